package io.hostorder.core.error;

import java.util.Map;

/**
 * Another live process (or thread) is placing the order with this reference right now; nothing was
 * sent by this call. Safe to retry later: the retry gets that placement's result, never a second order.
 */
public final class OrderInFlightException extends HostorderException {
  private static final long serialVersionUID = 1L;
  private final String reference;

  public OrderInFlightException(String reference, String message, Map<String, String> details) {
    super(message, null, details);
    this.reference = reference;
  }

  /** The reference being placed elsewhere. */
  public String reference() {
    return reference;
  }

  @Override
  public String kind() {
    return "in-flight";
  }
}
