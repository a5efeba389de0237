package io.hostorder.core.error;

import java.util.Map;

/**
 * The broker's reference was already used for a different order (other items, promo code or provider
 * instance): nothing was sent. Like an idempotency key reused with other parameters, it is the caller's
 * mistake; give the new order a new reference, or send the original order again to get its result.
 */
public final class IdempotencyConflictException extends HostorderException {
  private static final long serialVersionUID = 1L;
  /** The reference that was reused. */
  private final String reference;

  /**
   * Creates the error.
   *
   * @param reference the reference that was reused
   * @param message how the orders differ, secret-free
   * @param details ids and facts to act on; never a secret
   */
  public IdempotencyConflictException(String reference, String message, Map<String, String> details) {
    super(message, null, details);
    this.reference = reference;
  }

  /**
   * The reference that was reused.
   *
   * @return the reference
   */
  public String reference() {
    return reference;
  }

  @Override
  public String kind() {
    return "idempotency-conflict";
  }
}
