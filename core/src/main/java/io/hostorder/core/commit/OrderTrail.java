package io.hostorder.core.commit;

import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.OutcomeUnknownException;
import java.util.Map;

/**
 * What a cart tells, as it goes, about the order it places: each provider id as soon as it is known, and
 * each committing request before it is sent and after its answer. A write-ahead journal implements it;
 * every call returns only once what it records is durable, so that a crash right after it leaves the
 * record behind.
 *
 * <p>A provider calls it through {@link CommitGuard}; brokers do not call it. Implementations are called
 * by one thread at a time for one order.
 */
public interface OrderTrail {

  /** A trail that records nothing: the behaviour without a journal. */
  OrderTrail NONE = new OrderTrail() {
    @Override
    public String toString() {
      return "OrderTrail.NONE";
    }
  };

  /**
   * Returns true when the trail's journal shows that no committing request of this order's reference has
   * reached the provider: the journal never saw the reference, or its last attempt was definitively not
   * placed, or it was just looked up at the provider and not found. A provider then skips looking the
   * reference up before ordering (the journal, not the provider's list, is what makes a retry safe), so
   * that an order costs the documented requests only. False by default and for {@link #NONE}: without a
   * journal the lookup is the only guard against a second order.
   *
   * @return whether the reference is known not to have reached the provider
   */
  default boolean neverSent() {
    return false;
  }

  /**
   * Records provider ids that became known (a cart line id, an order id, a service URL).
   *
   * @param ids the ids by name
   */
  default void idsKnown(Map<String, String> ids) {}

  /**
   * Records that the committing request {@code step} is about to be sent, with the ids known so far.
   *
   * @param step the request's name
   * @param ids the provider ids known before it is sent
   */
  default void commitSending(String step, Map<String, String> ids) {}

  /**
   * Records that {@code step} was answered with a recognised success.
   *
   * @param step the request's name
   * @param ids the provider ids known when it was sent
   */
  default void commitSucceeded(String step, Map<String, String> ids) {}

  /**
   * Records that {@code step} was refused definitively (a documented refusal: nothing was committed by it).
   *
   * @param step the request's name
   * @param refusal the provider's refusal
   */
  default void commitRefused(String step, HostorderException refusal) {}

  /**
   * Records that {@code step} may or may not have happened at the provider.
   *
   * @param step the request's name
   * @param unknown the unknown outcome, to reconcile by
   */
  default void commitUnknown(String step, OutcomeUnknownException unknown) {}
}
