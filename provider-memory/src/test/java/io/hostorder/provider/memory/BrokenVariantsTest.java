package io.hostorder.provider.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.Cart;
import io.hostorder.core.CartLine;
import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.TransientException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.tck.RuleResult;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.TckResult;
import io.hostorder.tck.TckRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tests of the TCK itself: deliberately broken variants of the memory provider, each run through the
 * runner (JUnit Platform Launcher), must make the rule that guards against the defect fail — with a hint,
 * and without the secret in the reason.
 */
class BrokenVariantsTest {

  @Test
  void passwordInAnExceptionMessage_failsTheSecretRule_andTheReportsDoNotRepeatIt() throws Exception {
    TckHarness harness = VariantHarness.broken((p, config) -> new ForwardingProvider(p) {
      @Override
      public Order place(OrderRequest order) {
        try {
          return delegate.place(order);
        } catch (AuthenticationException e) {
          throw new AuthenticationException("login refused for password " + config.require("password"));
        }
      }
    });
    List<String> secrets = harness.secrets();
    Path reports = Path.of("target", "tck-reports", "leaky-password");
    TckResult result = TckRunner.builder(harness).only("R8", "R9").reportDirectory(reports).build().run();
    RuleResult leak = assertFailed(result, "R9.1");
    assertOutcome(result, "R8.1", RuleResult.Outcome.PASSED);
    String written = Files.readString(reports.resolve("TEST-hostorder-tck-memory.xml"))
        + Files.readString(reports.resolve("hostorder-tck-memory.html"));
    assertThat(written).contains("R9.1").contains("FAIL");
    for (String secret : secrets) {
      assertThat(leak.reason()).doesNotContain(secret);
      assertThat(written).as("the TCK's own reports").doesNotContain(secret);
    }
  }

  @Test
  void passwordInALogLine_failsTheLogRule() {
    TckHarness harness = VariantHarness.broken((p, config) -> new ForwardingProvider(p) {
      @Override
      public Order place(OrderRequest order) {
        org.slf4j.LoggerFactory.getLogger("io.hostorder.wire").debug("login with {}", config.require("password"));
        return delegate.place(order);
      }
    });
    TckResult result = run(harness, "R9");
    assertFailed(result, "R9.2");
    assertOutcome(result, "R9.1", RuleResult.Outcome.PASSED);
  }

  @Test
  void requestSentForAnInvalidItem_failsTheNoRequestRule() {
    TckHarness harness = VariantHarness.broken((p, config) -> new ForwardingProvider(p) {
      @Override
      public Order place(OrderRequest order) {
        // Asks the account for its balance before validating: one request too many.
        memory().request(false, order.reference(), "balance", Map.of(), () -> null);
        return delegate.place(order);
      }
    });
    TckResult result = run(harness, "R2");
    assertFailed(result, "R2.3");
    assertOutcome(result, "R2.2", RuleResult.Outcome.PASSED);
  }

  @Test
  void secondCheckoutPlacingAnotherOrder_failsTheCheckoutTwiceAndRetryRules() {
    TckHarness harness = VariantHarness.broken((p, config) -> new ForwardingProvider(p) {
      @Override
      public Cart newCart(String reference) {
        return new ForgetfulCart(memory(), reference);
      }
    });
    TckResult result = run(harness, "R3", "R12");
    assertFailed(result, "R3.4");
    assertFailed(result, "R12.2");
  }

  @Test
  void notFoundReportedAsAGenericError_failsTheNotFoundRules() {
    TckHarness harness = VariantHarness.broken((p, config) -> new ForwardingProvider(p) {
      @Override
      public Order order(OrderRef ref) {
        try {
          return delegate.order(ref);
        } catch (NotFoundException e) {
          throw new IllegalStateException("lookup failed");
        }
      }

      @Override
      public void cancel(OrderRef ref) {
        try {
          delegate.cancel(ref);
        } catch (NotFoundException e) {
          throw new io.hostorder.core.error.ProviderErrorException("500", "cancel failed");
        }
      }
    });
    TckResult result = run(harness, "R6", "R7");
    assertFailed(result, "R6.2");
    assertFailed(result, "R7.2");
    assertOutcome(result, "R6.1", RuleResult.Outcome.PASSED);
  }

  @Test
  void lostAnswerReportedAsTransient_failsTheOutcomeUnknownRule() {
    TckHarness harness = VariantHarness.broken((p, config) -> new ForwardingProvider(p) {
      @Override
      public Cart newCart(String reference) {
        Cart cart = delegate.newCart(reference);
        return new ForgetfulCart(memory(), reference) {
          @Override
          public CartLine add(OrderItem item) {
            return cart.add(item);
          }

          @Override
          public Order checkout() {
            try {
              return cart.checkout();
            } catch (OutcomeUnknownException e) {
              throw new TransientException("checkout failed; retry", e);
            }
          }
        };
      }
    });
    TckResult result = run(harness, "R12.1");
    assertFailed(result, "R12.1");
  }

  @Test
  void retryingATimeOutBehindTheCallersBack_failsTheTimeOutRule() {
    TckHarness harness = VariantHarness.broken((p, config) -> new ForwardingProvider(p) {
      @Override
      public Order place(OrderRequest order) {
        try {
          return delegate.place(order);
        } catch (TransientException e) {
          return delegate.place(order); // hides the time-out, and doubles the wait
        }
      }
    });
    TckResult result = run(harness, "R11.1");
    assertThat(assertFailed(result, "R11.1").reason()).contains("time to fail");
  }

  @Test
  void askingTheAccountBeforeCheckingACapability_failsTheAbsentCapabilityRule() {
    TckHarness harness = new VariantHarness(
        io.hostorder.provider.memory.tck.MemoryHarness.fresh(Map.of("capabilities", "ORDER_STATUS,CANCEL_ORDER")),
        (p, config) -> new ForwardingProvider(p) {
          @Override
          public Order place(OrderRequest order) {
            memory().request(false, order.reference(), "quote", Map.of(), () -> null);
            return delegate.place(order);
          }
        }, true);
    TckResult result = run(harness, "R13");
    assertFailed(result, "R13.1");
    assertOutcome(result, "R13.3", RuleResult.Outcome.SKIPPED);
    assertOutcome(result, "R13.4", RuleResult.Outcome.PASSED);
  }

  private static TckResult run(TckHarness harness, String... rules) {
    return TckRunner.builder(harness).only(rules).build().run();
  }

  private static RuleResult assertFailed(TckResult result, String id) {
    RuleResult r = assertOutcome(result, id, RuleResult.Outcome.FAILED);
    assertThat(r.reason()).as("reason of %s", id).contains("— hint: ");
    assertThat(result.exitCode()).isEqualTo(1);
    return r;
  }

  private static RuleResult assertOutcome(TckResult result, String id, RuleResult.Outcome outcome) {
    RuleResult r = result.rules().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    assertThat(r.outcome()).as("%s: %s", r.displayName(), r.reason()).isEqualTo(outcome);
    return r;
  }

  /** A cart that forgets what it placed and never looks the reference up: every checkout orders again. */
  static class ForgetfulCart implements Cart {
    private final MemoryProvider provider;
    private final String reference;
    private final List<CartLine> lines = new java.util.ArrayList<>();

    ForgetfulCart(MemoryProvider provider, String reference) {
      this.provider = provider;
      this.reference = reference;
    }

    @Override public String reference() { return reference; }
    @Override public void applyPromoCode(String code) { throw new UnsupportedOperationException(); }
    @Override public List<CartLine> lines() { return List.copyOf(lines); }

    @Override
    public CartLine add(OrderItem item) {
      CartLine line = new CartLine("l" + lines.size(), item, Map.of());
      lines.add(line);
      return line;
    }

    @Override
    public Order checkout() {
      List<OrderItem> items = lines.stream().map(CartLine::item).toList();
      return provider.request(true, reference, "checkout", Map.of(),
          () -> provider.account().ledger().commit(reference, items, null, false));
    }
  }
}
