package io.hostorder.core.model;

/** The portable status of an order or of one of its lines. */
public enum OrderStatus {
  /** The provider waits for payment; an {@link Invoice} says how much. */
  PENDING_PAYMENT,
  /** Accepted and being set up. */
  PROCESSING,
  /** Set up and running. */
  ACTIVE,
  /** Cancelled (possibly running until the end of its paid period). */
  CANCELLED,
  /** The provider gave up on it. */
  FAILED,
  /** The provider said something this library cannot map; the provider's own status is kept beside it. */
  UNKNOWN
}
