package io.hostorder.provider.hostway;

import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where an unsubmitted Hostway order stands: the portable order it places, the provider's order id,
 * the {@code OwnerId} that gives access to it, whether the account is set, and the URL of every product
 * and service created so far, each under the portable path of its item ({@code items[0]},
 * {@code items[0].related[2]}). Hand it to {@link HostwayProvider#resume} to carry out the remaining
 * steps on the same order, or drop it to abandon the order (an order that is never submitted orders
 * nothing). Immutable; {@link #toString()} masks the owner id.
 */
public final class HostwayOrderState {
  private final OrderRequest order;
  private final String orderId;
  private final OwnerId ownerId;
  private final boolean accountSet;
  private final Map<String, String> products;
  private final Map<String, String> services;
  private final String uncertainStep;

  HostwayOrderState(OrderRequest order, String orderId, OwnerId ownerId, boolean accountSet,
      Map<String, String> products, Map<String, String> services, String uncertainStep) {
    this.order = Objects.requireNonNull(order, "order == null");
    this.orderId = Objects.requireNonNull(orderId, "orderId == null");
    this.ownerId = ownerId;
    this.accountSet = accountSet;
    this.products = Collections.unmodifiableMap(new LinkedHashMap<>(products));
    this.services = Collections.unmodifiableMap(new LinkedHashMap<>(services));
    this.uncertainStep = uncertainStep;
  }

  /**
   * Returns the state of an order placed earlier, to resume it: the same portable {@code order}, its
   * id and owner, and what was created so far (as reported by {@link #products()} and {@link #services()}).
   */
  public static HostwayOrderState of(OrderRequest order, String orderId, OwnerId ownerId, boolean accountSet,
      Map<String, String> products, Map<String, String> services) {
    return new HostwayOrderState(order, orderId, Objects.requireNonNull(ownerId, "ownerId == null"), accountSet,
        products, services, null);
  }

  /** The portable order this Hostway order places. */
  public OrderRequest order() { return order; }

  /** The provider's order id. */
  public String orderId() { return orderId; }

  /** The owner id that gives access to the order (a secret), or null when the API gave none. */
  public OwnerId ownerId() { return ownerId; }

  /** Whether {@code PUT /orders/{id}/account} succeeded. */
  public boolean accountSet() { return accountSet; }

  /** The product URL created for each item, by item path ({@code items[0]}). */
  public Map<String, String> products() { return products; }

  /** The service URL created for each service, by path ({@code items[0]} for its server service, {@code items[0].related[1]}, …). */
  public Map<String, String> services() { return services; }

  /**
   * Returns the step that left this order unusable, or null: one whose outcome is unknown (then the
   * broker hears {@code OutcomeUnknownException}, and the order might hold the thing twice if resumed), or a
   * {@code POST /orders} answered without an {@code OwnerId}. Such an order cannot be resumed safely:
   * abandon it and place a new one.
   */
  public String uncertainStep() { return uncertainStep; }

  /** Returns true when the remaining steps can be carried out on this order. */
  public boolean resumable() {
    return uncertainStep == null && ownerId != null;
  }

  /** Returns the items of the portable order (convenience). */
  java.util.List<OrderItem> items() {
    return order.items();
  }

  @Override
  public String toString() {
    return "HostwayOrderState{orderId=" + orderId + ", ownerId=" + (ownerId == null ? "none" : "****")
        + ", reference=" + order.reference() + ", accountSet=" + accountSet + ", products=" + products
        + ", services=" + services + (uncertainStep == null ? "" : ", uncertainStep=" + uncertainStep) + '}';
  }
}
