package io.hostorder.provider.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.Cart;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.TransientException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.provider.memory.tck.MemoryHarness;
import io.hostorder.tck.ProviderObserver;
import io.hostorder.tck.RuleResult;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.TckResult;
import io.hostorder.tck.TckRunner;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests of the TCK's section 14: broken variants of the memory provider must fail the rule that guards
 * against the defect, naming the committing step and the fault of each failing case; an observer written
 * before section 14 has the rules skipped with the reason.
 */
class BrokenCommitVariantsTest {

  @Test
  void unknownCheckoutReportedAsTransient_failsR14_1_namingStepAndFault() {
    TckHarness harness = VariantHarness.broken((p, config) -> new ForwardingProvider(p) {
      @Override
      public Cart newCart(String reference) {
        return new BrokenForgetfulCart(memory(), reference, true);
      }
    });
    RuleResult r = failed(run(harness), "R14.1");
    assertThat(r.reason()).contains("[checkout × HTML_504] TransientException", "[checkout × DROP]",
        "[checkout × LATE_ANSWER]", "cases (committing step × fault after processing)");
  }

  @Test
  void commitResentAfterAnUnknownOutcome_failsR14_1_withADuplicate() {
    TckHarness harness = VariantHarness.broken((p, config) -> new ForwardingProvider(p) {
      @Override
      public Cart newCart(String reference) {
        return new BrokenForgetfulCart(memory(), reference, false);
      }

      @Override
      public Order place(OrderRequest order) {
        Cart cart = newCart(order.reference());
        order.items().forEach(cart::add);
        return cart.checkout();
      }
    });
    RuleResult r = failed(run(harness), "R14.1");
    assertThat(r.reason()).contains("[checkout × HTTP_500]", "(a duplicate)");
  }

  @Test
  void refusalBeforeProcessingReportedAsProviderError_failsR14_2() {
    TckHarness harness = VariantHarness.broken((p, config) -> new ForwardingProvider(p) {
      @Override
      public Order place(OrderRequest order) {
        try {
          return delegate.place(order);
        } catch (TransientException e) {
          throw new ProviderErrorException("refused", "the provider refused", e.details(), null);
        }
      }

      @Override
      public Cart newCart(String reference) {
        return new BrokenForgetfulCart(memory(), reference, false) {
          @Override
          public Order checkout() {
            try {
              return super.checkout();
            } catch (TransientException e) {
              throw new ProviderErrorException("refused", "the provider refused", e.details(), null);
            }
          }
        };
      }
    });
    RuleResult r = failed(run(harness), "R14.2");
    assertThat(r.reason()).contains("[checkout × HTTP 503 before processing]", "[checkout × HTTP 429 before processing]");
  }

  @Test
  void reconcileAnsweringEmptyWhenItCouldNotRead_failsR14_3() {
    TckHarness harness = VariantHarness.broken((p, config) -> new ForwardingProvider(p) {
      @Override
      public Optional<Order> reconcile(String reference) {
        try {
          return delegate.reconcile(reference);
        } catch (HostorderException e) {
          return Optional.empty();
        }
      }
    });
    failed(run(harness), "R14.3");
  }

  @Test
  void theReferenceProvider_passesSection14_inItsVariantToo() {
    try (MemoryHarness harness = MemoryHarness.fresh()) {
      TckHarness variant = harness.variants().get(0);
      assertThat(variant.name()).isEqualTo("memory[no-reconcile]");
      TckResult result = TckRunner.builder(variant).only("R14").build().run();
      assertThat(result.rules()).extracting(RuleResult::outcome)
          .containsExactly(RuleResult.Outcome.PASSED, RuleResult.Outcome.PASSED, RuleResult.Outcome.SKIPPED);
      assertThat(result.provider()).isEqualTo("memory[no-reconcile]");
    }
  }

  @Test
  void anObserverWrittenBeforeSection14_hasItsRulesSkippedWithTheReason() {
    MemoryHarness memory = MemoryHarness.fresh();
    ProviderObserver full = memory.observer().orElseThrow();
    ProviderObserver old = new ProviderObserver() {
      @Override public int orderCount() { return full.orderCount(); }
      @Override public int requestCount() { return full.requestCount(); }
      @Override public void failNext(int count) { full.failNext(count); }
      @Override public void dropAfterNextCommit() { full.dropAfterNextCommit(); }
      @Override public void stopAnswering(boolean silent) { full.stopAnswering(silent); }
      @Override public void clearFaults() { full.clearFaults(); }
    };
    TckHarness harness = new VariantHarness(memory, (p, c) -> p, true) {
      @Override
      public Optional<ProviderObserver> observer() {
        return Optional.of(old);
      }
    };
    TckResult result = TckRunner.builder(harness).only("R14").build().run();
    assertThat(result.rules()).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(RuleResult.Outcome.SKIPPED));
    assertThat(result.rules().get(0).reason()).contains("committingSteps()");
    assertThat(result.rules().get(2).reason()).contains("cannot make the next list unreadable");
  }

  private static TckResult run(TckHarness harness) {
    return TckRunner.builder(harness).only("R14").build().run();
  }

  private static RuleResult failed(TckResult result, String id) {
    RuleResult r = result.rules().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    assertThat(r.outcome()).as("%s: %s", r.displayName(), r.reason()).isEqualTo(RuleResult.Outcome.FAILED);
    assertThat(r.reason()).contains("— hint: ");
    return r;
  }

  /**
   * A cart that commits without a guard: every checkout sends the commit again; with {@code transient}, an
   * unknown outcome is reported as "safe to retry".
   */
  static class BrokenForgetfulCart extends BrokenVariantsTest.ForgetfulCart {
    private final boolean asTransient;

    BrokenForgetfulCart(MemoryProvider provider, String reference, boolean asTransient) {
      super(provider, reference);
      this.asTransient = asTransient;
    }

    @Override
    public Order checkout() {
      try {
        return super.checkout();
      } catch (OutcomeUnknownException e) {
        if (asTransient) {
          throw new TransientException("checkout failed; safe to retry", e, e.details());
        }
        throw e;
      }
    }
  }
}
