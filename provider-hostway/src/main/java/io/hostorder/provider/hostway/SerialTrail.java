package io.hostorder.provider.hostway;

import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.OutcomeUnknownException;
import java.util.Map;

/**
 * Hands a trail its calls one at a time: with {@code parallel-services} the services of one product are created
 * on several threads, and each reports its URL, while {@link OrderTrail} is called by one thread at a time.
 */
final class SerialTrail implements OrderTrail {
  private final OrderTrail trail;

  SerialTrail(OrderTrail trail) {
    this.trail = trail;
  }

  @Override
  public synchronized void idsKnown(Map<String, String> ids) {
    trail.idsKnown(ids);
  }

  @Override
  public synchronized void commitSending(String step, Map<String, String> ids) {
    trail.commitSending(step, ids);
  }

  @Override
  public synchronized void commitSucceeded(String step, Map<String, String> ids) {
    trail.commitSucceeded(step, ids);
  }

  @Override
  public synchronized void commitRefused(String step, HostorderException refusal) {
    trail.commitRefused(step, refusal);
  }

  @Override
  public synchronized void commitUnknown(String step, OutcomeUnknownException unknown) {
    trail.commitUnknown(step, unknown);
  }

  @Override
  public String toString() {
    return trail.toString();
  }
}
