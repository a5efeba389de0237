package io.hostorder.tck;

import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import java.util.ArrayList;
import java.util.List;
import org.opentest4j.TestAbortedException;

/**
 * What a rule works with: the harness, the provider under test (created fresh for the rule), the
 * observer, and a record of the orders the rule placed so that a live run cancels them afterwards.
 */
final class TckContext {
  private final TckSession session;
  private final Rule rule;
  private final List<Placed> placed = new ArrayList<>();
  private OrderProvider provider;

  private record Placed(OrderProvider provider, Order order) {}

  TckContext(TckSession session, Rule rule) {
    this.session = session;
    this.rule = rule;
  }

  TckSession session() {
    return session;
  }

  TckHarness harness() {
    return session.harness();
  }

  Capabilities capabilities() {
    return session.capabilities();
  }

  boolean has(Capability capability) {
    return session.has(capability);
  }

  /** Returns the provider under test, created for this rule from the harness's configuration. */
  OrderProvider provider() {
    if (provider == null) {
      provider = create(harness().config());
    }
    return provider;
  }

  /** Returns a new provider instance configured by {@code config}. */
  OrderProvider create(ProviderConfig config) {
    return harness().create(session.registry(), config);
  }

  /** Returns the observer, or skips the rule when there is none. */
  ProviderObserver observer() {
    return harness().observer().orElseThrow(() -> new TestAbortedException(
        "needs an observer of the provider's side; the harness gives none"));
  }

  /** Returns the request count, or -1 when there is no observer. */
  int requests() {
    return harness().observer().map(ProviderObserver::requestCount).orElse(-1);
  }

  /** Returns the order count, or -1 when there is no observer. */
  int orders() {
    return harness().observer().map(ProviderObserver::orderCount).orElse(-1);
  }

  /** Skips the rule with {@code reason}. */
  TestAbortedException skip(String reason) {
    return new TestAbortedException(reason);
  }

  /** Returns an order of the harness's plain item with a fresh reference of this run. */
  OrderRequest plainOrder() {
    return order(harness().plainItem());
  }

  /** Returns an order of {@code items} with a fresh reference of this run. */
  OrderRequest order(OrderItem... items) {
    OrderRequest.Builder b = OrderRequest.builder().reference(reference());
    for (OrderItem item : items) {
      b.addItem(item);
    }
    return b.build();
  }

  /** Returns a fresh order reference of this run ({@code tck-k3x9q2-r3-2-7}): its orders are known by it. */
  String reference() {
    return session.newReference(rule);
  }

  /** Returns a new cart of the rule's provider under a fresh reference of this run. */
  io.hostorder.core.Cart newCart() {
    return provider().newCart(reference());
  }

  /** Places {@code request} with the rule's provider and remembers the order for clean-up. */
  Order place(OrderRequest request) {
    try {
      return placed(provider(), provider().place(request));
    } catch (io.hostorder.core.error.PaymentRequiredException e) {
      // The order may exist, unpaid: a live run must cancel it or list it as left behind.
      if (e.order() != null) {
        placed(provider(), e.order());
      }
      throw e;
    } catch (io.hostorder.core.error.OutcomeUnknownException e) {
      session.placed(rule, e.reference(), null);
      if (harness().live()) {
        session.leftover("reference " + e.reference() + " (rule " + rule.id() + "): outcome unknown at step '"
            + e.step() + "'; reconcile it by hand");
      }
      throw e;
    }
  }

  /** Remembers {@code order}, placed by {@code by}, for clean-up; returns it. */
  Order placed(OrderProvider by, Order order) {
    placed.add(new Placed(by, order));
    session.placed(rule, order.reference(), order.ref().id());
    return order;
  }

  /** In a live run, cancels every order this rule placed; lists those it cannot cancel as left behind. */
  void cleanUp() {
    if (!harness().live()) {
      return;
    }
    for (Placed p : placed) {
      String what = p.order().ref() + " (reference " + p.order().reference() + ", rule " + rule.id() + ")";
      if (!p.provider().capabilities().has(Capability.CANCEL_ORDER)) {
        session.leftover(what + ": the provider cannot cancel orders");
        continue;
      }
      try {
        p.provider().cancel(p.order().ref());
      } catch (RuntimeException e) {
        session.leftover(what + ": cancel failed (" + e.getClass().getSimpleName() + ")");
      }
    }
  }
}
