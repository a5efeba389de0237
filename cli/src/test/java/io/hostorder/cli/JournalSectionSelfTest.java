package io.hostorder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.Capabilities;
import io.hostorder.core.Cart;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.PlaceListener;
import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.Violation;
import io.hostorder.core.journal.JournalEntry;
import io.hostorder.core.journal.JournalQuery;
import io.hostorder.core.journal.JournalStatus;
import io.hostorder.core.journal.JournalUpdate;
import io.hostorder.core.journal.OrderJournal;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.journal.Journals;
import io.hostorder.provider.memory.tck.MemoryHarness;
import io.hostorder.tck.ProviderObserver;
import io.hostorder.tck.RuleResult;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.TckResult;
import io.hostorder.tck.TckRunner;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Tests of the TCK's section 15 (the journal-backed place): a deliberately broken memory provider, or a
 * broken journal, must fail the rule that guards against the defect, naming its case; a provider that does
 * not report its trail has R15.5 skipped with the reason; without an observer every rule is skipped.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class JournalSectionSelfTest {

  @Test
  void aProviderThatReportsNoTrail_passesR15_1to4_andHasR15_5SkippedWithTheReason() {
    TckResult result = run(broken(p -> new Forwarding(p, false)), null);
    assertThat(result.rules()).extracting(RuleResult::outcome).containsExactly(RuleResult.Outcome.PASSED,
        RuleResult.Outcome.PASSED, RuleResult.Outcome.PASSED, RuleResult.Outcome.PASSED, RuleResult.Outcome.SKIPPED);
    assertThat(result.rules().get(4).reason()).contains("does not report its trail", "reportsTrail() false");
  }

  @Test
  void aProviderThatDoesNotKeepTheBrokersReference_failsR15_4_withASecondOrder() {
    // Each instance stores the order under a reference of its own, so reconcile(reference) finds nothing: the
    // instance that placed it still finds it (R15.3 passes), a second process after a crash orders again.
    TckResult result = run(broken(p -> new Forwarding(p, true) {
      private final String tag = java.util.UUID.randomUUID().toString().substring(0, 8);

      @Override
      public Order place(OrderRequest order, OrderTrail trail, PlaceListener listener) {
        return viaCart(order.toBuilder().reference(order.reference() + "-" + tag).build(), trail);
      }
    }), null);
    assertThat(failed(result, "R15.4").reason()).contains("[crash after the answer to checkout]",
        "(a second order)");
  }

  @Test
  void aProviderThatAnnouncesACommitOnlyAfterSendingIt_failsR15_5() {
    TckResult result = run(broken(p -> new Forwarding(p, true) {
      @Override
      public Order place(OrderRequest order, OrderTrail trail, PlaceListener listener) {
        Order placed = viaCart(order, OrderTrail.NONE);
        trail.commitSending("checkout", Map.of());
        trail.commitSucceeded("checkout", Map.of("orderId", placed.ref().id()));
        return placed;
      }
    }), null);
    assertThat(failed(result, "R15.5").reason()).contains("[crash before announcing the first committing request]",
        "sent a committing request before its trail's commitSending returned");
  }

  @Test
  void aJournalThatLosesThePlacedRecord_failsR15_1_onTheReplay() {
    TckResult result = run(broken(p -> new Forwarding(p, true)), file -> new Forgetful(Journals.open("jdbc:sqlite:" + file)));
    assertThat(failed(result, "R15.1").reason()).contains("[same instance] requests sent by place()");
  }

  @Test
  void withoutAnObserver_everyRuleOfSection15IsSkippedWithTheReason() {
    MemoryHarness memory = MemoryHarness.fresh();
    TckHarness blind = new Wrapped(memory, UnaryOperator.identity()) {
      @Override
      public Optional<ProviderObserver> observer() {
        return Optional.empty();
      }
    };
    TckResult result = run(blind, null);
    assertThat(result.rules()).hasSize(5).allSatisfy(r -> {
      assertThat(r.outcome()).isEqualTo(RuleResult.Outcome.SKIPPED);
      assertThat(r.reason()).contains("needs an observer");
    });
  }

  private static TckResult run(TckHarness harness, io.hostorder.tck.TckJournalSource journals) {
    TckRunner.Builder b = TckRunner.builder(harness).only("R15");
    if (journals != null) {
      b.journals(journals);
    }
    return b.build().run();
  }

  private static RuleResult failed(TckResult result, String id) {
    RuleResult r = result.rules().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    assertThat(r.outcome()).as("%s: %s", id, r.reason()).isEqualTo(RuleResult.Outcome.FAILED);
    System.out.println(id + " failed as expected: " + r.reason());
    return r;
  }

  private static TckHarness broken(UnaryOperator<OrderProvider> wrap) {
    return new Wrapped(MemoryHarness.fresh(), wrap);
  }

  /** The memory harness with its provider wrapped. */
  private static class Wrapped implements TckHarness {
    private final MemoryHarness memory;
    private final UnaryOperator<OrderProvider> wrap;

    Wrapped(MemoryHarness memory, UnaryOperator<OrderProvider> wrap) {
      this.memory = memory;
      this.wrap = wrap;
    }

    @Override public String type() { return memory.type(); }
    @Override public ProviderConfig config() { return memory.config(); }
    @Override public List<String> secrets() { return memory.secrets(); }
    @Override public OrderItem plainItem() { return memory.plainItem(); }
    @Override public Optional<String> validPromoCode() { return memory.validPromoCode(); }
    @Override public List<InvalidSample> invalidItems() { return memory.invalidItems(); }
    @Override public Optional<ProviderObserver> observer() { return memory.observer(); }
    @Override public void reset() { memory.reset(); }
    @Override public void close() { memory.close(); }

    @Override
    public OrderProvider create(ProviderRegistry registry, ProviderConfig config) {
      return wrap.apply(memory.create(registry, config));
    }
  }

  /**
   * Forwards to the memory provider; {@code trail}: whether it reports its trail. It places through a cart of
   * its own, so that the memory provider's own reconcile-before-placing does not hide what a wrapper breaks.
   */
  private static class Forwarding implements OrderProvider {
    final OrderProvider delegate;
    private final boolean trail;

    Forwarding(OrderProvider delegate, boolean trail) {
      this.delegate = delegate;
      this.trail = trail;
    }

    Order viaCart(OrderRequest order, OrderTrail t) {
      Cart cart = delegate.newCart(order.reference(), t);
      order.items().forEach(cart::add);
      if (order.promoCode() != null) {
        cart.applyPromoCode(order.promoCode());
      }
      return cart.checkout();
    }

    @Override public String type() { return delegate.type(); }
    @Override public Capabilities capabilities() { return delegate.capabilities(); }
    @Override public List<Violation> validate(OrderRequest order) { return delegate.validate(order); }
    @Override public Cart newCart(String reference) { return delegate.newCart(reference); }
    @Override public Cart newCart(String reference, OrderTrail t) { return trail ? delegate.newCart(reference, t) : delegate.newCart(reference); }
    @Override public boolean reportsTrail() { return trail; }
    @Override public Order place(OrderRequest order) { return place(order, OrderTrail.NONE); }
    @Override public Order place(OrderRequest order, OrderTrail t) { return place(order, t, PlaceListener.NONE); }
    @Override public Order place(OrderRequest order, OrderTrail t, PlaceListener l) { return viaCart(order, trail ? t : OrderTrail.NONE); }
    @Override public Optional<Order> reconcile(String reference) { return delegate.reconcile(reference); }
    @Override public Order order(OrderRef ref) { return delegate.order(ref); }
    @Override public List<Order> orders() { return delegate.orders(); }
    @Override public void cancel(OrderRef ref) { delegate.cancel(ref); }
    @Override public void cancel(OrderRef ref, String lineId) { delegate.cancel(ref, lineId); }
  }

  /** A real SQLite journal that reads a placed record as absent, as if its last write had been lost. */
  private static final class Forgetful implements OrderJournal {
    private final OrderJournal delegate;

    Forgetful(OrderJournal delegate) {
      this.delegate = delegate;
    }

    @Override
    public <T> T update(String reference, Function<Optional<JournalEntry>, JournalUpdate<T>> change) {
      return delegate.update(reference, existing -> change.apply(existing.filter(e -> e.status() != JournalStatus.PLACED)));
    }

    @Override public Optional<JournalEntry> find(String reference) { return delegate.find(reference); }
    @Override public List<JournalEntry> list(JournalQuery query) { return delegate.list(query); }
    @Override public String location() { return delegate.location(); }
    @Override public void close() { delegate.close(); }
  }
}
