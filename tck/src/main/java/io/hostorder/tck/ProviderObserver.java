package io.hostorder.tck;

import io.hostorder.core.model.OrderRef;
import java.time.Duration;
import java.util.Optional;

/**
 * A view of the provider's own side, usually a simulator's state and fault injection, for the rules
 * that cannot be checked from the client alone. Optional methods return false or empty when the
 * observer cannot do them; the rules that need them are then skipped with that reason.
 */
public interface ProviderObserver {

  /** Returns how many orders the provider now holds for this account (placed, not merely in a cart). */
  int orderCount();

  /** Returns how many HTTP requests (or calls) the provider has received so far. */
  int requestCount();

  /** Returns the promo code the provider applied to order {@code ref}, or empty. */
  default Optional<String> promoCodeApplied(OrderRef ref) {
    return Optional.empty();
  }

  /** Answers the next {@code count} requests with a server error (HTTP 5xx) without processing them. */
  void failNext(int count);

  /**
   * Arms the fault: the next request that commits an order (creates it at the provider) is processed,
   * then its connection is dropped before the answer.
   */
  void dropAfterNextCommit();

  /** Makes the provider stop answering (connections stay open), or answer again. */
  void stopAnswering(boolean silent);

  /** Delays every answer by {@code latency}. */
  default void latency(Duration latency) {}

  /**
   * Makes the account unable to pay (balance or credit too low) so the next order needs payment.
   * Returns false when the provider cannot be made to ask for payment.
   */
  default boolean insufficientFunds() {
    return false;
  }

  /** Expires every session the provider holds, so the next call must log in again. Returns false when there are no sessions. */
  default boolean expireSessions() {
    return false;
  }

  /** Clears every armed fault. */
  void clearFaults();
}
