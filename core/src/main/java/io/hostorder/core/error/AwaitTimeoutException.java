package io.hostorder.core.error;

import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An order did not reach the awaited status within the time given. Nothing was committed while waiting
 * (awaiting only reads), so waiting again is safe. {@link #lastSeen()} is the order as last read.
 */
public final class AwaitTimeoutException extends HostorderException {
  private static final long serialVersionUID = 1L;
  private final transient Order lastSeen;
  /** The status that was awaited. */
  private final OrderStatus awaited;

  /**
   * Creates the error.
   *
   * @param lastSeen the order as last read
   * @param awaited the status awaited
   * @param waited how long the wait lasted
   * @param polls how many reads were made
   */
  public AwaitTimeoutException(Order lastSeen, OrderStatus awaited, Duration waited, int polls) {
    super("order " + lastSeen.ref() + " is still " + lastSeen.status()
        + (lastSeen.providerStatus() != null ? " (provider: " + lastSeen.providerStatus() + ")" : "")
        + " after " + Durations.words(waited) + " (" + polls + " reads); it did not become " + awaited
        + " in time. Nothing was ordered while waiting: waiting again is safe", null, details(lastSeen, awaited, waited));
    this.lastSeen = lastSeen;
    this.awaited = awaited;
  }

  /**
   * The order as last read.
   *
   * @return the order
   */
  public Order lastSeen() {
    return lastSeen;
  }

  /**
   * The status that was awaited.
   *
   * @return the status
   */
  public OrderStatus awaited() {
    return awaited;
  }

  @Override
  public String kind() {
    return "await-timeout";
  }

  static Map<String, String> details(Order order, OrderStatus awaited, Duration waited) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("ref", order.ref().id());
    if (order.reference() != null) {
      m.put("reference", order.reference());
    }
    m.put("status", order.status().name());
    if (order.providerStatus() != null) {
      m.put("providerStatus", order.providerStatus());
    }
    m.put("awaited", awaited.name());
    if (waited != null) {
      m.put("waited", Durations.words(waited));
    }
    return m;
  }
}
