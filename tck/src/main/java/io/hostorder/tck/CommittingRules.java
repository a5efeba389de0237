package io.hostorder.tck;

import static io.hostorder.tck.Rule.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hostorder.core.Capability;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.TransientException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SPEC.md section 14: answers to committing requests. Each rule runs one case per committing step the
 * observer names and per fault, on a fresh provider instance and a reset provider side; a failure lists
 * every failing case by step and fault, e.g. {@code [confirm × HTML_504] …}.
 */
final class CommittingRules {
  private static final int[] REFUSALS = {503, 429};

  private CommittingRules() {}

  static List<Rule> all() {
    return List.of(
        rule("R14.1", "after a fault following the processing of a committing step, the caller gets the order or "
            + "OutcomeUnknownException and a retry places nothing new").observer()
            .hint("a committing request's answer is definitive only when it is a recognised success or a documented "
                + "refusal; hand everything else to AnswerRule (OutcomeUnknownException) and send it through "
                + "CommitGuard, which never sends it again")
            .check(CommittingRules::afterProcessing),
        rule("R14.2", "a refusal before processing gives TransientException or OutcomeUnknownException, and a retry "
            + "places exactly one order").observer()
            .hint("a 503 or 429 before processing is AnswerRule.refusedBeforeProcessing: TransientException, safe to "
                + "retry; a retry with the same reference must then place the order once")
            .check(CommittingRules::beforeProcessing),
        rule("R14.3", "a reconcile that cannot look everywhere is an error, not an empty answer")
            .with(Capability.RECONCILE).observer()
            .hint("when a list page cannot be read, or the page cap is reached, throw a typed error; \"not found\" "
                + "makes the broker order again")
            .check(CommittingRules::incompleteReconcile));
  }

  private static void afterProcessing(TckContext ctx) {
    ProviderObserver observer = ctx.observer();
    List<CommittingStep> steps = steps(ctx, observer);
    List<String> failures = new ArrayList<>();
    int cases = 0;
    for (CommittingStep step : steps) {
      for (AnswerFault fault : AnswerFault.values()) {
        Case c = new Case(ctx, step, fault.name());
        if (!c.arm(() -> observer.failAfterProcessing(step.name(), fault), fault == AnswerFault.LATE_ANSWER)) {
          throw ctx.skip("the observer cannot answer " + step.name() + " with " + fault + " after processing it");
        }
        c.first();
        c.checkFired(failures);
        int held = c.held();
        if (c.error != null) {
          if (!(c.error instanceof HostorderException)) {
            c.fail(failures, "untyped error " + c.error.getClass().getName());
          } else if ((step.creates() || held > 0) && !(c.error instanceof OutcomeUnknownException)) {
            c.fail(failures, c.error.getClass().getSimpleName() + " (\"nothing happened\") although the step "
                + (held > 0 ? "placed the order at the provider" : "left something at the provider")
                + "; expected the order or OutcomeUnknownException");
          } else if (c.error instanceof OutcomeUnknownException u && !c.request.reference().equals(u.reference())) {
            c.fail(failures, "OutcomeUnknownException names reference " + u.reference() + ", not the cart's");
          }
        } else if (held != 1) {
          c.fail(failures, "checkout returned an order but the provider holds " + held + " new orders");
        }
        c.retry(failures, held);
        cases++;
      }
    }
    assertThat(failures).as(cases + " cases (committing step × fault after processing); failing").isEmpty();
  }

  private static void beforeProcessing(TckContext ctx) {
    ProviderObserver observer = ctx.observer();
    List<CommittingStep> steps = steps(ctx, observer);
    List<String> failures = new ArrayList<>();
    int cases = 0;
    for (CommittingStep step : steps) {
      for (int status : REFUSALS) {
        Case c = new Case(ctx, step, "HTTP " + status + " before processing");
        if (!c.arm(() -> observer.refuseBeforeProcessing(step.name(), status), false)) {
          throw ctx.skip("the observer cannot refuse " + step.name() + " before processing it");
        }
        c.first();
        c.checkFired(failures);
        int held = c.held();
        if (c.error == null) {
          if (held != 1) {
            c.fail(failures, "checkout returned an order but the provider holds " + held + " new orders");
          }
        } else if (!(c.error instanceof TransientException) && !(c.error instanceof OutcomeUnknownException)) {
          c.fail(failures, c.error.getClass().getName() + " says nothing of whether a retry is safe; expected "
              + "TransientException (refused before processing: safe to retry)");
        } else if (held != 0) {
          c.fail(failures, "a refused request placed " + held + " orders");
        }
        ctx.observer().clearFaults();
        Throwable again = catchThrowable(() -> c.provider.place(c.request));
        int total = ctx.orders() - c.before;
        if (again != null) {
          c.fail(failures, "the retry failed with " + again.getClass().getSimpleName() + ": " + again.getMessage());
        } else if (total != 1) {
          c.fail(failures, "the refusal and its retry left " + total + " new orders at the provider, not 1");
        }
        cases++;
      }
    }
    assertThat(failures).as(cases + " cases (committing step × refusal before processing); failing").isEmpty();
  }

  private static void incompleteReconcile(TckContext ctx) {
    OrderRequest request = ctx.plainOrder();
    Order placed = ctx.place(request);
    if (!ctx.observer().spoilNextRead()) {
      throw ctx.skip("the observer cannot make the next list unreadable");
    }
    Throwable e = catchThrowable(() -> {
      Optional<Order> found = ctx.provider().reconcile(request.reference());
      assertThat(found).as("reconcile(reference) of placed order " + placed.ref() + " when a list it reads cannot "
          + "be read (an empty answer says \"not placed\")").isPresent();
    });
    if (e instanceof AssertionError a) {
      throw a;
    }
    if (e != null) {
      assertThat(e).as("error of a reconcile that could not read its list").isInstanceOf(HostorderException.class);
    }
  }

  /** Returns the steps the rules can reach with the harness's samples; skips when there are none. */
  static List<CommittingStep> steps(TckContext ctx, ProviderObserver observer) {
    List<CommittingStep> all = observer.committingSteps();
    if (all.isEmpty()) {
      throw ctx.skip("the observer names no committing steps (ProviderObserver.committingSteps())");
    }
    boolean promo = ctx.has(Capability.PROMO_CODE) && ctx.harness().validPromoCode().isPresent();
    List<CommittingStep> out = all.stream().filter(s -> s.reachedBy(false) || promo).toList();
    if (out.isEmpty()) {
      throw ctx.skip("no committing step is reached without a promo code, and the harness gives none");
    }
    return out;
  }

  /** Returns a plain order with a fresh reference that reaches {@code step} (with the accepted promo code where it needs one). */
  static OrderRequest orderReaching(TckContext ctx, CommittingStep step) {
    OrderRequest plain = ctx.plainOrder();
    boolean promo = !step.reachedBy(false);
    return promo ? plain.toBuilder().promoCode(ctx.harness().validPromoCode().orElseThrow()).build() : plain;
  }

  /** One case: a fresh provider and order, a fault armed at one step, the order placed, then retried. */
  private static final class Case {
    private final TckContext ctx;
    private final CommittingStep step;
    private final String fault;
    private final OrderRequest request;
    private io.hostorder.core.OrderProvider provider;
    private io.hostorder.core.Cart cart;
    private boolean checkedOut;
    private int before;
    private Throwable error;

    Case(TckContext ctx, CommittingStep step, String fault) {
      this.ctx = ctx;
      this.step = step;
      this.fault = fault;
      this.request = orderReaching(ctx, step);
    }

    /** Resets the provider's side, creates the provider (with a short call-timeout for a late answer) and arms. */
    boolean arm(java.util.function.BooleanSupplier armer, boolean late) {
      ctx.harness().reset();
      ctx.observer().clearFaults();
      io.hostorder.core.config.ProviderConfig config = ctx.harness().config();
      if (late) {
        long ms = Math.max(100, ctx.observer().lateAnswerDelay().toMillis() / 2);
        config = config.with("call-timeout", ms + "ms");
      }
      provider = ctx.create(config);
      before = ctx.orders();
      return armer.getAsBoolean();
    }

    /** Places the order through a cart: add, the promo code where the step needs it, checkout. */
    void first() {
      cart = provider.newCart(request.reference());
      error = catchThrowable(() -> {
        request.items().forEach(cart::add);
        if (request.promoCode() != null) {
          cart.applyPromoCode(request.promoCode());
        }
        checkedOut = true;
        ctx.placed(provider, cart.checkout());
      });
    }

    int held() {
      return ctx.orders() - before;
    }

    /** A fault that was armed but never met tested nothing: the provider never sent the step's request. */
    void checkFired(List<String> failures) {
      if (ctx.observer().armedFaultsLeft() > 0) {
        fail(failures, "the fault never fired: the order was placed without sending the step's request"
            + (error != null ? " (it ended with " + error.getClass().getSimpleName() + ": " + error.getMessage() + ")" : ""));
      }
    }

    /** A second checkout of the cart, then place() of the same reference: neither may place anything new. */
    void retry(List<String> failures, int held) {
      ctx.observer().clearFaults();
      if (checkedOut) {
        Throwable second = catchThrowable(cart::checkout);
        judgeRetry(failures, "second checkout()", second, held);
      }
      // After a plain success the broker knows the order; a provider without idempotency would rightly order again.
      if (error != null || ctx.capabilities().idempotency() != io.hostorder.core.Idempotency.NONE) {
        Throwable again = catchThrowable(() -> provider.place(request));
        judgeRetry(failures, "place() of the same reference", again, held);
      }
      int total = ctx.orders() - before;
      if (total > 1) {
        fail(failures, "the fault and the retries left " + total + " new orders at the provider (a duplicate)");
      }
    }

    private void judgeRetry(List<String> failures, String what, Throwable e, int held) {
      if (e == null || e instanceof OutcomeUnknownException) {
        return;
      }
      if (!(e instanceof HostorderException)) {
        fail(failures, what + " threw untyped " + e.getClass().getName());
      } else if (held > 0) {
        fail(failures, what + " threw " + e.getClass().getSimpleName() + " (\"nothing happened\") although the "
            + "provider holds the order");
      }
    }

    void fail(List<String> failures, String what) {
      failures.add("[" + step.name() + " × " + fault + "] " + what);
    }
  }
}
