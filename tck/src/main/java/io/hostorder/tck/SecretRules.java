package io.hostorder.tck;

import static io.hostorder.tck.Rule.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.Cart;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.tck.log.LogCapture;
import java.util.ArrayList;
import java.util.List;

/** SPEC.md section 9: secrets. */
final class SecretRules {
  private SecretRules() {}

  static List<Rule> all() {
    return List.of(
        rule("R9.1", "no secret appears in an exception message, its details or a toString").liveSafe()
            .hint("never put a password, token or session in a message; mask secrets in toString (Secrets.MASK)")
            .check(ctx -> {
              List<String> texts = exercise(ctx);
              assertNoSecret(ctx, texts, "exception messages and toString");
            }),
        rule("R9.2", "no secret appears in a log line, with DEBUG and the wire logger on").liveSafe()
            .hint("send through ProviderContext.http() (its wire log masks secret values) and scrub messages with SecretScrubber")
            .check(ctx -> {
              LogCapture capture;
              try {
                capture = LogCapture.open();
              } catch (IllegalStateException e) {
                throw ctx.skip(e.getMessage());
              }
              List<String> lines;
              try (capture) {
                exercise(ctx);
                lines = capture.lines();
              }
              assertNoSecret(ctx, lines, "log lines");
            }));
  }

  /** Runs what can go wrong and right with the provider; returns every message and toString seen. */
  static List<String> exercise(TckContext ctx) {
    List<String> texts = new ArrayList<>();
    texts.add(ctx.harness().config().toString());
    OrderProvider provider = ctx.provider();
    texts.add(provider.toString());
    OrderRequest request = ctx.plainOrder();
    texts.add(request.toString());
    ctx.session().badCredentials().ifPresent(bad -> attempt(texts, () -> {
      OrderProvider p = ctx.create(bad);
      texts.add(p.toString());
      ctx.placed(p, p.place(ctx.plainOrder()));
    }));
    for (TckHarness.InvalidSample s : ctx.harness().invalidItems()) {
      attempt(texts, () -> provider.place(ctx.order(s.item())));
    }
    ctx.harness().providerError().ifPresent(s -> attempt(texts, () -> ctx.place(ctx.order(s.item()))));
    attempt(texts, () -> {
      Cart cart = provider.newCart(request.reference());
      texts.add(cart.add(ctx.harness().plainItem()).toString());
      texts.add(cart.toString());
      Order order = ctx.placed(provider, cart.checkout());
      texts.add(order.toString());
    });
    if (!ctx.harness().live()) {
      ctx.harness().observer().ifPresent(o -> {
        o.failNext(1);
        attempt(texts, () -> ctx.place(ctx.plainOrder()));
        o.clearFaults();
        o.dropAfterNextCommit();
        attempt(texts, () -> ctx.place(ctx.plainOrder()));
        o.clearFaults();
      });
    }
    return texts;
  }

  private static void attempt(List<String> texts, Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      describe(e, texts);
    }
  }

  /** Adds the message, toString and details of {@code e} and of its causes and suppressed errors. */
  static void describe(Throwable e, List<String> texts) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      texts.add(String.valueOf(t.getMessage()));
      texts.add(t.toString());
      if (t instanceof HostorderException h) {
        texts.add(h.details().toString());
      }
      for (Throwable s : t.getSuppressed()) {
        describe(s, texts);
      }
    }
  }

  static void assertNoSecret(TckContext ctx, List<String> texts, String where) {
    for (String secret : ctx.session().secrets()) {
      if (secret == null || secret.length() < 3) {
        continue;
      }
      List<String> leaks = texts.stream().filter(t -> t != null && t.contains(secret)).toList();
      // The message shows where, never the secret itself: the TCK's own reports must not leak it either.
      assertThat(leaks).as("%s holding the secret #%d of the harness", where,
          ctx.session().secrets().indexOf(secret) + 1).isEmpty();
    }
  }
}
