package io.hostorder.simulator.billmanager;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A service created by a paid order ({@code cartorder.create.confirm}, {@code skipbasket=on}, or the old
 * cart's {@code payment.add.method}).
 *
 * @param id the service id ({@code elid} in lists)
 * @param login the client that owns it
 * @param itemType the product type, e.g. {@code vds} or {@code instances}
 * @param pricelist the tariff id
 * @param period the order period
 * @param datacenter the datacenter id, or null
 * @param servername the server name (Zomro: the {@code servername} sent, or one the simulator set); null
 *     on generic BILLmanager
 * @param domain the {@code domain} (generic BILLmanager: the one sent, or one the simulator set); null on Zomro
 * @param remoteid the {@code remoteid} sent with the order, or null
 * @param promoCode the promo code applied, or null
 * @param price what the client paid for this service (discount included)
 * @param lineItemId the cart line it came from (with {@code skipbasket=on}: the id the line was
 *     given, although it never entered the cart)
 * @param status the list status: 5 processing, 2 active, 4 deleted (API notes' codes)
 * @param ip the IPv4 address once active (from 192.0.2.0/24 or 198.51.100.0/24), else null
 * @param created when it was created, on the simulator's clock
 * @param fields every field of the order request (secrets included: a test view); empty once the service is
 *     older than the simulator's history (see {@code BillmanagerSimulator.Builder#history})
 */
public record PlacedService(long id, String login, String itemType, String pricelist, int period,
    String datacenter, String servername, String domain, String remoteid, String promoCode,
    BigDecimal price, long lineItemId, int status, String ip, Instant created, Map<String, String> fields) {

  /** Status of a service being created ("Processing", Zomro "Activation in progress"). */
  public static final int PROCESSING = 5;
  /** Status of an active service. */
  public static final int ACTIVE = 2;
  /** Status of a deleted service: it stays listed. */
  public static final int DELETED = 4;

  public PlacedService {
    Objects.requireNonNull(login, "login == null");
    Objects.requireNonNull(itemType, "itemType == null");
    Objects.requireNonNull(price, "price == null");
    Objects.requireNonNull(created, "created == null");
    fields = Map.copyOf(fields);
  }

  /** Returns true once activated (status 2). */
  public boolean active() {
    return status == ACTIVE;
  }

  /** Returns true once deleted (status 4). */
  public boolean deleted() {
    return status == DELETED;
  }

  PlacedService withStatus(int newStatus, String newIp) {
    return new PlacedService(id, login, itemType, pricelist, period, datacenter, servername, domain,
        remoteid, promoCode, price, lineItemId, newStatus, newIp, created, fields);
  }

  PlacedService withoutFields() {
    return new PlacedService(id, login, itemType, pricelist, period, datacenter, servername, domain,
        remoteid, promoCode, price, lineItemId, status, ip, created, Map.of());
  }

  @Override
  public String toString() {
    return "PlacedService{id=" + id + ", login=" + login + ", itemType=" + itemType + ", pricelist="
        + pricelist + ", period=" + period + ", domain=" + domain + ", servername=" + servername
        + ", remoteid=" + remoteid + ", promo=" + promoCode + ", price=" + price + ", status=" + status
        + ", ip=" + ip + "}";
  }
}
