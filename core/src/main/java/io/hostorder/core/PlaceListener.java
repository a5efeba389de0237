package io.hostorder.core;

import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import java.util.function.Supplier;

/**
 * Hears how {@link OrderProvider#place(OrderRequest, io.hostorder.core.commit.OrderTrail, PlaceListener)} is
 * doing, e.g. to print a progress line per step. Every method does nothing by default. Called on the placing
 * thread, in this order: {@link #validated} once the order is valid, then for each step that waits on the
 * provider {@link #started} and {@link #done} (or {@link #failed}), then {@link #found} or {@link #placed};
 * through a {@link io.hostorder.core.journal.JournaledProvider} also {@link #recorded}, and an order the journal
 * already holds is only {@link #found}.
 *
 * <p>A listener cannot change a placement: what it throws is caught and ignored (see {@link #guarded}), before
 * and after any committing request alike, so that a failing progress display can never leave an order half
 * placed, unrecorded in the journal, or placed twice by a retry. The listener's own exception is not logged
 * with its message, which might quote the order.
 */
public interface PlaceListener {
  /** A listener that hears nothing. */
  PlaceListener NONE = new PlaceListener() {};

  /** Where an order already placed with the reference was found. */
  enum Source {
    /** At the provider, by its reconcile (an earlier attempt that placed it, or whose answer was lost). */
    PROVIDER,
    /** In the write-ahead journal, which holds it as placed; nothing was sent. */
    JOURNAL
  }

  /**
   * The order passed validation; nothing has been sent yet.
   *
   * @param order the order being placed
   */
  default void validated(OrderRequest order) {}

  /**
   * A step that waits on the provider begins.
   *
   * @param step the step
   */
  default void started(PlaceStep step) {}

  /**
   * The step {@code step} succeeded.
   *
   * @param step the step
   */
  default void done(PlaceStep step) {}

  /**
   * The step {@code step} failed with {@code error}, which the placement throws next.
   *
   * @param step the step
   * @param error what the step threw
   */
  default void failed(PlaceStep step, RuntimeException error) {}

  /**
   * An order already placed with the reference was found, and is returned instead of ordering again.
   *
   * @param order the order found
   * @param source where it was found
   */
  default void found(Order order, Source source) {}

  /**
   * The order was placed now.
   *
   * @param order the order as the provider answered
   */
  default void placed(Order order) {}

  /**
   * The write-ahead journal recorded {@code order} as placed (placed now, or found at the provider).
   *
   * @param order the order recorded
   */
  default void recorded(Order order) {}

  /**
   * Returns {@code listener} made safe to call from a placement: every exception it throws is caught and
   * ignored. A listener already guarded is returned as it is; null is {@link #NONE}.
   *
   * @param listener the listener, or null
   * @return a listener that never throws
   */
  static PlaceListener guarded(PlaceListener listener) {
    if (listener == null || listener == NONE) {
      return NONE;
    }
    return listener instanceof GuardedPlaceListener ? listener : new GuardedPlaceListener(listener);
  }

  /**
   * Runs {@code action} as the step {@code step}, telling {@code listener} when it starts and how it ends. The
   * listener should be {@link #guarded}; the action's own exception is rethrown as it was.
   *
   * @param listener hears the step
   * @param step the step
   * @param action what the step does
   * @param <T> what the step returns
   * @return what {@code action} returned
   */
  static <T> T step(PlaceListener listener, PlaceStep step, Supplier<T> action) {
    listener.started(step);
    T result;
    try {
      result = action.get();
    } catch (RuntimeException e) {
      listener.failed(step, e);
      throw e;
    }
    listener.done(step);
    return result;
  }
}
