package io.hostorder.simulator.hostway;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A snapshot of one order held by the {@link HostwaySimulator}: its owner, account, products and
 * services as the client created them. A value; later changes to the simulator do not show here.
 *
 * @param id the order id (40 hexadecimal digits unless preset)
 * @param url the absolute URL of the order on the simulator (its {@code Location})
 * @param ownerId the value of the {@code OwnerId} cookie that owns the order
 * @param status what {@code GET /orders/{id}} answers as {@code Status}: always {@code new}, the only order
 *     status the OrderAPI documents (a submitted order's progress shows in its products' {@code status})
 * @param submitted true once {@code {"action":"submit"}} was accepted
 * @param account the account set by {@code PUT /orders/{id}/account}, or null
 * @param products the products in creation order
 * @param validations how many {@code validate} actions succeeded on this order
 */
public record HostwayOrder(String id, String url, String ownerId, String status, boolean submitted,
    Account account,
    List<Product> products, int validations) {

  public HostwayOrder {
    Objects.requireNonNull(id, "id == null");
    products = List.copyOf(products);
  }

  /** Returns a description in which the {@code OwnerId} cookie, a secret, is masked. */
  @Override
  public String toString() {
    return "HostwayOrder[id=" + id + ", status=" + status + ", submitted=" + submitted + ", ownerId=***, account=" + account
        + ", products=" + products + ", validations=" + validations + "]";
  }

  /** Returns the account, or empty when none was set. */
  public Optional<Account> accountIfSet() {
    return Optional.ofNullable(account);
  }

  /** Returns every service of every product, in creation order per product. */
  public List<Service> services() {
    return products.stream().flatMap(p -> p.services().stream()).toList();
  }

  /** Returns every promo code applied to a product or a service of this order, in creation order. */
  public List<String> promoCodes() {
    return products.stream()
        .flatMap(p -> Stream.concat(Stream.ofNullable(p.promoCode()),
            p.services().stream().map(Service::promoCode).filter(Objects::nonNull)))
        .toList();
  }

  /**
   * The order's account.
   *
   * @param accountNumber the account number (assigned by the simulator for a new account)
   * @param currency the account's currency, e.g. {@code USD}
   * @param language the account's language for a new account, else null
   * @param created true when the order creates a new account, false for an existing one
   */
  public record Account(String accountNumber, String currency, String language, boolean created) {}

  /**
   * A product of the order.
   *
   * @param id the product id
   * @param url the absolute URL of the product on the simulator
   * @param offering the offering URL exactly as the client sent it
   * @param specification the product specification id, e.g. {@code core.plan.vps.virtuozzo.u101}
   * @param offeringId the offering id, e.g. {@code USD-1}
   * @param promoCode the product's promo code, or null
   * @param displayName the optional display name, or null
   * @param partnerId the optional partner id (the client's own key for the product), or null
   * @param status the product's status when the snapshot was taken: {@code new} until its order is
   *     submitted, then {@code pending}, {@code open} after the activation delay, or what {@link
   *     HostwaySimulator#productStatus} set ({@code suspended}, {@code close_pending}, {@code closed},
   *     {@code purge_pending})
   * @param services the product's services in creation order
   */
  public record Product(String id, String url, String offering, String specification,
      String offeringId, String promoCode, String displayName, String partnerId, String status,
      List<Service> services) {
    public Product {
      services = List.copyOf(services);
    }
  }

  /**
   * A service of a product.
   *
   * @param id the service id
   * @param url the absolute URL of the service on the simulator
   * @param name the service name
   * @param specification the service specification id, e.g. {@code core.vps.virtuozzo.ip}
   * @param server true when the specification is a server service (others must relate to one)
   * @param billingCycle the billing cycle in months (1–120)
   * @param relatedTo the {@code relatedTo} URLs exactly as sent (empty when none)
   * @param promoCode the service's promo code, or null
   * @param quantity the quantity, or null when not sent
   * @param attributes the {@code attributes} object as sent (empty when none)
   */
  public record Service(String id, String url, String name, String specification, boolean server,
      int billingCycle, List<String> relatedTo, String promoCode, Integer quantity,
      Map<String, Object> attributes) {
    public Service {
      relatedTo = List.copyOf(relatedTo);
      attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
  }
}
