package io.hostorder.tck;

import static io.hostorder.tck.Rule.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hostorder.core.Cart;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.TransientException;
import java.time.Duration;
import java.util.List;

/** SPEC.md section 11: time-outs. */
final class TimeoutRules {
  /** The call-timeout the rules configure. */
  static final Duration TIMEOUT = Duration.ofSeconds(2);
  /** What the rules allow beyond it. */
  static final Duration GRACE = Duration.ofSeconds(1);

  private TimeoutRules() {}

  static List<Rule> all() {
    return List.of(
        rule("R11.1", "a provider that stops answering gives a time-out error within call-timeout + 1 s").observer()
            .hint("send through ProviderContext.http(), which honours call-timeout and maps the time-out "
                + "by AnswerRule.io (or, with your own client, map its InterruptedIOException with AnswerRule.io)")
            .check(ctx -> {
              OrderProvider provider = ctx.create(ctx.harness().config().with("call-timeout", TIMEOUT.toSeconds() + "s"));
              ctx.observer().stopAnswering(true);
              long start = System.nanoTime();
              Throwable e = catchThrowable(() -> ctx.placed(provider, provider.place(ctx.plainOrder())));
              Duration took = Duration.ofNanos(System.nanoTime() - start);
              ctx.observer().stopAnswering(false);
              assertThat(e).as("error of a silent provider")
                  .isInstanceOfAny(TransientException.class, OutcomeUnknownException.class);
              assertThat(took).as("time to fail").isLessThanOrEqualTo(TIMEOUT.plus(GRACE));
            }),
        rule("R11.2", "a time-out of a step that created something is outcome unknown, never transient")
            .observer()
            .hint("a request that creates (add, checkout, submit) and times out is OutcomeUnknownException "
                + "(Failures.io with creates=true)")
            .check(ctx -> {
              OrderProvider provider = ctx.create(ctx.harness().config().with("call-timeout", TIMEOUT.toSeconds() + "s"));
              Cart cart = provider.newCart(ctx.reference());
              cart.add(ctx.harness().plainItem());
              int orders = ctx.orders();
              ctx.observer().latency(TIMEOUT.plus(Duration.ofSeconds(2)));
              long start = System.nanoTime();
              Throwable e = catchThrowable(() -> ctx.placed(provider, cart.checkout()));
              Duration took = Duration.ofNanos(System.nanoTime() - start);
              ctx.observer().clearFaults();
              if (e == null && took.compareTo(TIMEOUT) < 0) {
                throw ctx.skip("the observer did not delay the answers (it cannot set a latency)");
              }
              assertThat(took).as("time to fail").isLessThanOrEqualTo(TIMEOUT.plus(GRACE));
              // A delayed request is processed only once its delay is over, after the time-out: wait for it here,
              // so that its order is counted by this rule and does not land in a later rule's count.
              awaitOrderAfter(ctx, orders, start + TIMEOUT.plus(Duration.ofSeconds(2)).plus(GRACE).toNanos());
              if (ctx.orders() > orders) {
                assertThat(e).as("error of a checkout whose order was created but whose answer came too late")
                    .isInstanceOf(OutcomeUnknownException.class);
                assertThat(((OutcomeUnknownException) e).reference()).isEqualTo(cart.reference());
              } else {
                assertThat(e).as("error of a slow checkout")
                    .isInstanceOfAny(TransientException.class, OutcomeUnknownException.class);
              }
            }));
  }

  /** Waits until the provider holds more than {@code orders} orders, or until {@code deadline} (System.nanoTime()). */
  private static void awaitOrderAfter(TckContext ctx, int orders, long deadline) throws InterruptedException {
    while (ctx.orders() <= orders && System.nanoTime() < deadline) {
      Thread.sleep(25);
    }
  }
}
