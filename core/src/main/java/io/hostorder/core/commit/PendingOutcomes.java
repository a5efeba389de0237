package io.hostorder.core.commit;

import io.hostorder.core.error.OutcomeUnknownException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The references of one provider instance whose committing request had an unknown outcome, kept for the
 * life of the instance: a new cart for such a reference refuses to commit again (it throws the same {@link
 * OutcomeUnknownException}) until reconcile or an operator says how the order ended. Without a journal this
 * is all that stops a retry in the same process from ordering twice; the journal keeps the same across
 * processes and crashes. Safe for concurrent use.
 */
public final class PendingOutcomes {
  private final ConcurrentMap<String, OutcomeUnknownException> pending = new ConcurrentHashMap<>();

  /**
   * Returns the unknown outcome recorded for {@code reference}, or empty.
   *
   * @param reference the broker's reference, or null
   * @return the unknown outcome, or empty
   */
  public Optional<OutcomeUnknownException> get(String reference) {
    return reference == null ? Optional.empty() : Optional.ofNullable(pending.get(reference));
  }

  /**
   * Records the unknown outcome {@code e} of its reference (the first one recorded stays).
   *
   * @param e the unknown outcome; one without a reference is not recorded
   */
  public void record(OutcomeUnknownException e) {
    if (e.reference() != null) {
      pending.putIfAbsent(e.reference(), e);
    }
  }

  /**
   * Forgets {@code reference}: reconcile or an operator found how its order ended.
   *
   * @param reference the broker's reference, or null
   */
  public void resolved(String reference) {
    if (reference != null) {
      pending.remove(reference);
    }
  }

  /**
   * Returns how many references are pending.
   *
   * @return the number of references
   */
  public int size() {
    return pending.size();
  }

  @Override
  public String toString() {
    return "PendingOutcomes{" + pending.size() + " pending}";
  }
}
