package io.hostorder.core.follow;

import io.hostorder.core.error.HostorderException;
import io.hostorder.core.model.Order;
import java.time.Duration;

/** Hears how an {@link Awaiter} is doing, e.g. to print a progress line. Called on the awaiting thread. */
public interface AwaitListener {
  /** A listener that hears nothing. */
  AwaitListener NONE = new AwaitListener() {};

  /**
   * The order was read ({@code polls} reads so far, {@code elapsed} since the wait began).
   *
   * @param order the order as read
   * @param polls the number of reads so far, this one included
   * @param elapsed the time since the wait began
   */
  default void polled(Order order, int polls, Duration elapsed) {}

  /**
   * A read failed in a way that may pass (a time-out, a 503); the wait goes on.
   *
   * @param error the failure of this read
   * @param polls the number of reads so far, this one included
   * @param elapsed the time since the wait began
   */
  default void readFailed(HostorderException error, int polls, Duration elapsed) {}
}
