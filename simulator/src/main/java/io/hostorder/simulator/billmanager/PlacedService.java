package io.hostorder.simulator.billmanager;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * A service created by a paid order ({@code cartorder.create.confirm}, or {@code skipbasket=on}).
 *
 * @param id the service id ({@code elid} in lists)
 * @param login the client that owns it
 * @param itemType the product type, e.g. {@code vds} or {@code instances}
 * @param pricelist the tariff id
 * @param period the order period
 * @param datacenter the datacenter id, or null
 * @param servername the server name asked for ({@code servername}), or null
 * @param remoteid the {@code remoteid} sent with the order, or null
 * @param promoCode the promo code applied, or null
 * @param price what the client paid for this service (discount included)
 * @param lineItemId the cart line it came from (with {@code skipbasket=on}: the id the line was
 *     given, although it never entered the cart)
 * @param active false while "Activation in progress", true once activated
 * @param fields every field of the order request (secrets included: a test view)
 */
public record PlacedService(long id, String login, String itemType, String pricelist, int period,
    String datacenter, String servername, String remoteid, String promoCode, BigDecimal price,
    long lineItemId, boolean active, Map<String, String> fields) {

  public PlacedService {
    Objects.requireNonNull(login, "login == null");
    Objects.requireNonNull(itemType, "itemType == null");
    Objects.requireNonNull(price, "price == null");
    fields = Map.copyOf(fields);
  }

  PlacedService activated() {
    return new PlacedService(id, login, itemType, pricelist, period, datacenter, servername,
        remoteid, promoCode, price, lineItemId, true, fields);
  }

  @Override
  public String toString() {
    return "PlacedService{id=" + id + ", login=" + login + ", itemType=" + itemType + ", pricelist="
        + pricelist + ", period=" + period + ", remoteid=" + remoteid + ", promo=" + promoCode
        + ", price=" + price + ", active=" + active + "}";
  }
}
