package io.hostorder.core.error;

import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderStatus;

/**
 * An awaited order ended in a status from which it will not reach the awaited one (it failed or was
 * cancelled). {@link #order()} is the order as read.
 */
public final class OrderEndedException extends HostorderException {
  private static final long serialVersionUID = 1L;
  private final transient Order order;

  /**
   * Creates the error.
   *
   * @param order the order as read
   * @param awaited the status that was awaited
   */
  public OrderEndedException(Order order, OrderStatus awaited) {
    super("order " + order.ref() + " is " + order.status()
        + (order.providerStatus() != null ? " (provider: " + order.providerStatus() + ")" : "")
        + (order.message() != null ? ": " + order.message() : "") + "; it will not become " + awaited, null,
        AwaitTimeoutException.details(order, awaited, null));
    this.order = order;
  }

  /**
   * The order as read.
   *
   * @return the order
   */
  public Order order() {
    return order;
  }

  @Override
  public String kind() {
    return "order-ended";
  }
}
