package io.hostorder.tck;

import io.hostorder.core.model.OrderRef;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A view of the provider's own side, usually a simulator's state and fault injection, for the rules
 * that cannot be checked from the client alone. Optional methods return false or empty when the
 * observer cannot do them; the rules that need them are then skipped with that reason.
 *
 * <p>For SPEC.md section 14 an observer names the provider's committing steps ({@link #committingSteps()})
 * and aims faults at them: after processing ({@link #failAfterProcessing}) and before it ({@link
 * #refuseBeforeProcessing}). Those methods take only the TCK's own types ({@link CommittingStep}, {@link
 * AnswerFault}), so that a harness need not expose its simulator's.
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

  /**
   * Returns the provider's committing steps (requests that create, submit or pay) in the order an order
   * sends them, for this harness's configuration; empty when the observer cannot aim faults at steps (the
   * rules of section 14 are then skipped).
   */
  default List<CommittingStep> committingSteps() {
    return List.of();
  }

  /**
   * Arms the fault: the next request of {@code step} (a name from {@link #committingSteps()}) is processed
   * (its effects stay), then answered with {@code fault} instead of its real answer. Several armed faults
   * are taken in the order they were armed. Returns false when the observer cannot do it.
   */
  default boolean failAfterProcessing(String step, AnswerFault fault) {
    return false;
  }

  /**
   * Arms the refusal: the next request of {@code step} is refused <em>before</em> it is processed, with
   * HTTP {@code status} 503 or 429 (nothing happens at the provider). Returns false when the observer
   * cannot do it.
   */
  default boolean refuseBeforeProcessing(String step, int status) {
    return false;
  }

  /**
   * Returns how long an {@link AnswerFault#LATE_ANSWER} waits before answering. The TCK creates the
   * provider with a {@code call-timeout} below it for that fault, so keep it short (under a second).
   */
  default Duration lateAnswerDelay() {
    return Duration.ofSeconds(3);
  }

  /**
   * Arms the fault for reconcile: the next reading request (a list or a search) cannot be read to its end
   * (an error answer, a body cut short, or a list that says it has more than it gives), so a reconcile
   * cannot look everywhere. Returns false when the observer cannot do it (rule R14.3 is then skipped).
   */
  default boolean spoilNextRead() {
    return false;
  }

  /**
   * Returns how many faults armed with {@link #failAfterProcessing} or {@link #refuseBeforeProcessing} the
   * provider side has not met yet, or -1 when the observer cannot tell. Section 14 uses it to fail a case
   * whose fault never fired (the provider never sent the step's request), which would otherwise pass
   * without testing anything.
   */
  default int armedFaultsLeft() {
    return -1;
  }

  /** Clears every armed fault. */
  void clearFaults();

  /**
   * Makes the provider finish setting up every order it holds now (a simulator activates its services at
   * once, addresses assigned), so that they report ACTIVE; returns false when it cannot (then the await rule
   * is skipped).
   */
  default boolean activateOrders() {
    return false;
  }
}
