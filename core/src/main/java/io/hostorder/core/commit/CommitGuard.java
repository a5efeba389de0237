package io.hostorder.core.commit;

import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.OutcomeUnknownException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Sends the committing requests of one order, each at most once, and tells the {@link OrderTrail} about
 * them. After an unknown outcome every further committing request of the order is refused with that same
 * {@link OutcomeUnknownException}, without a request: the library never sends a committing request twice,
 * not by a retry, not after a re-login, not by a second checkout. The unknown outcome is resolved by
 * reconcile or by an operator.
 *
 * <p>What the request throws decides the outcome: an {@link OutcomeUnknownException} is unknown; any other
 * {@link HostorderException} is a definitive refusal (the provider code throws only documented refusals
 * typed as such, and hands anything it does not recognise to {@link AnswerRule}); any other exception
 * (a bug reading an odd answer) after the request was sent is unknown too. One guard per cart; used by one
 * thread at a time.
 */
public final class CommitGuard {
  private final String reference;
  private final OrderTrail trail;
  private final PendingOutcomes pending;
  private OutcomeUnknownException unknown;

  /**
   * Returns a guard for the order {@code reference} that reports to {@code trail}.
   *
   * @param reference the broker's reference of the order
   * @param trail hears every committing request and its outcome
   */
  public CommitGuard(String reference, OrderTrail trail) {
    this(reference, trail, new PendingOutcomes());
  }

  /**
   * Returns a guard for the order {@code reference} that reports to {@code trail} and shares the provider
   * instance's {@code pending} outcomes: a reference already pending there is refused at once.
   *
   * @param reference the broker's reference of the order
   * @param trail hears every committing request and its outcome
   * @param pending the unknown outcomes of the provider instance, shared by its carts
   */
  public CommitGuard(String reference, OrderTrail trail, PendingOutcomes pending) {
    this.reference = reference;
    this.trail = Objects.requireNonNull(trail, "trail == null");
    this.pending = Objects.requireNonNull(pending, "pending == null");
  }

  /**
   * Returns the broker's reference of the order.
   *
   * @return the reference
   */
  public String reference() {
    return reference;
  }

  /**
   * Returns the unknown outcome of this order's committing requests, or null when there is none.
   *
   * @return the unknown outcome, or null
   */
  public OutcomeUnknownException unknown() {
    return unknown != null ? unknown : pending.get(reference).orElse(null);
  }

  /** Throws the unknown outcome, when there is one, before anything more is sent for this order. */
  public void requireKnown() {
    OutcomeUnknownException e = unknown();
    if (e != null) {
      throw e;
    }
  }

  /**
   * Records provider ids as soon as they are known.
   *
   * @param ids the provider ids, by name; nothing is recorded when empty
   */
  public void idsKnown(Map<String, String> ids) {
    if (!ids.isEmpty()) {
      trail.idsKnown(Map.copyOf(ids));
    }
  }

  /**
   * Sends the committing request {@code step} once and returns its recognised answer.
   *
   * @param ids the provider ids known before sending, recorded with it
   * @param send the request; it throws {@link OutcomeUnknownException} or a definitive typed error
   * @throws OutcomeUnknownException when this or an earlier committing request of the order has an unknown outcome
   * @param <T> the answer's type
   * @param step the request's name, as the trail and errors show it
   * @return the answer {@code send} gave
   */
  public <T> T send(String step, Map<String, String> ids, Supplier<T> send) {
    requireKnown();
    Map<String, String> known = new LinkedHashMap<>(ids);
    trail.commitSending(step, known);
    T answer;
    try {
      answer = send.get();
    } catch (OutcomeUnknownException e) {
      throw markUnknown(step, e);
    } catch (HostorderException e) {
      trail.commitRefused(step, e);
      throw e;
    } catch (RuntimeException e) {
      throw markUnknown(step, new OutcomeUnknownException(reference, step, known, e));
    }
    trail.commitSucceeded(step, known);
    return answer;
  }

  /**
   * Records {@code e}, an unknown outcome found after {@link #send} returned (an answer that looked like a
   * success but is not one), and returns it to be thrown.
   *
   * @param step the request's name
   * @param e the unknown outcome
   * @return {@code e}, or the unknown outcome recorded before it
   */
  public OutcomeUnknownException markUnknown(String step, OutcomeUnknownException e) {
    if (unknown == null) {
      unknown = e;
      pending.record(e);
      trail.commitUnknown(step, e);
    }
    return e;
  }

  /** Forgets the unknown outcome once reconcile has found how it ended (the order was or was not placed). */
  public void resolved() {
    unknown = null;
    pending.resolved(reference);
  }

  @Override
  public String toString() {
    return "CommitGuard{reference=" + reference + (unknown != null ? ", outcome unknown at " + unknown.step() : "") + "}";
  }
}
