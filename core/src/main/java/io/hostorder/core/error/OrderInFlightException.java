package io.hostorder.core.error;

import java.util.Map;

/**
 * Another live process (or thread) is placing the order with this reference right now; nothing was
 * sent by this call. Safe to retry later: the retry gets that placement's result, never a second order.
 */
public final class OrderInFlightException extends HostorderException {
  private static final long serialVersionUID = 1L;
  /** The reference being placed elsewhere. */
  private final String reference;

  /**
   * Creates the error.
   *
   * @param reference the reference being placed
   * @param message who holds it and until when, secret-free
   * @param details ids and facts to act on; never a secret
   */
  public OrderInFlightException(String reference, String message, Map<String, String> details) {
    super(message, null, details);
    this.reference = reference;
  }

  /**
   * The reference being placed elsewhere.
   *
   * @return the reference
   */
  public String reference() {
    return reference;
  }

  @Override
  public String kind() {
    return "in-flight";
  }
}
