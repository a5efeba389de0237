package io.hostorder.provider.memory;

import io.hostorder.core.Capabilities;
import io.hostorder.core.Cart;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderRequest;
import java.util.List;
import java.util.Optional;

/** Forwards every call to another provider; the broken variants override what they break. */
class ForwardingProvider implements OrderProvider {
  final OrderProvider delegate;

  ForwardingProvider(OrderProvider delegate) {
    this.delegate = delegate;
  }

  MemoryProvider memory() {
    return (MemoryProvider) delegate;
  }

  @Override public String type() { return delegate.type(); }
  @Override public Capabilities capabilities() { return delegate.capabilities(); }
  @Override public List<Violation> validate(OrderRequest order) { return delegate.validate(order); }
  @Override public Cart newCart(String reference) { return delegate.newCart(reference); }
  @Override public Order place(OrderRequest order) { return delegate.place(order); }
  @Override public Optional<Order> reconcile(String reference) { return delegate.reconcile(reference); }
  @Override public Order order(OrderRef ref) { return delegate.order(ref); }
  @Override public List<Order> orders() { return delegate.orders(); }
  @Override public void cancel(OrderRef ref) { delegate.cancel(ref); }
  @Override public void cancel(OrderRef ref, String lineId) { delegate.cancel(ref, lineId); }
  @Override public String toString() { return delegate.toString(); }
}
