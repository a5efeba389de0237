package io.hostorder.core;

import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link PlaceListener} whose exceptions never reach the placement: once a committing request may have been
 * sent, an exception out of a progress display must not look like the order's own failure (the journal would
 * record a refusal, the broker would retry). Only the exception's class is logged: its message may quote the order.
 */
final class GuardedPlaceListener implements PlaceListener {
  private static final Logger LOG = LoggerFactory.getLogger(PlaceListener.class);

  private final PlaceListener listener;

  GuardedPlaceListener(PlaceListener listener) {
    this.listener = listener;
  }

  @Override
  public void validated(OrderRequest order) {
    run(() -> listener.validated(order));
  }

  @Override
  public void started(PlaceStep step) {
    run(() -> listener.started(step));
  }

  @Override
  public void done(PlaceStep step) {
    run(() -> listener.done(step));
  }

  @Override
  public void failed(PlaceStep step, RuntimeException error) {
    run(() -> listener.failed(step, error));
  }

  @Override
  public void found(Order order, Source source) {
    run(() -> listener.found(order, source));
  }

  @Override
  public void placed(Order order) {
    run(() -> listener.placed(order));
  }

  @Override
  public void recorded(Order order) {
    run(() -> listener.recorded(order));
  }

  private static void run(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.warn("a place listener threw {}; ignored, the placement goes on", e.getClass().getName());
    }
  }
}
