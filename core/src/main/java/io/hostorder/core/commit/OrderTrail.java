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

  /** Records provider ids that became known (a cart line id, an order id, a service URL). */
  default void idsKnown(Map<String, String> ids) {}

  /** Records that the committing request {@code step} is about to be sent, with the ids known so far. */
  default void commitSending(String step, Map<String, String> ids) {}

  /** Records that {@code step} was answered with a recognised success. */
  default void commitSucceeded(String step, Map<String, String> ids) {}

  /** Records that {@code step} was refused definitively (a documented refusal: nothing was committed by it). */
  default void commitRefused(String step, HostorderException refusal) {}

  /** Records that {@code step} may or may not have happened at the provider. */
  default void commitUnknown(String step, OutcomeUnknownException unknown) {}
}
