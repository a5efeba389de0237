package io.hostorder.tck;

import static io.hostorder.tck.Rule.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.Idempotency;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import java.util.List;

/** SPEC.md section 12: idempotency and reconcile. */
final class IdempotencyRules {
  private IdempotencyRules() {}

  static List<Rule> all() {
    return List.of(
        rule("R12.1", "an answer lost after the commit gives the order or OutcomeUnknownException with the reference")
            .observer()
            .hint("map an I/O failure of a creating step with Failures.io(e, true, reference, step, ids)")
            .check(ctx -> {
              Cart cart = ctx.newCart();
              cart.add(ctx.harness().plainItem());
              int orders = ctx.orders();
              ctx.observer().dropAfterNextCommit();
              Throwable e = catchThrowable(() -> ctx.placed(ctx.provider(), cart.checkout()));
              if (e != null) {
                assertThat(e).as("error of a lost answer").isInstanceOf(OutcomeUnknownException.class);
                OutcomeUnknownException u = (OutcomeUnknownException) e;
                assertThat(u.reference()).as("reference in the error").isEqualTo(cart.reference());
                assertThat(u.details()).as("details").containsEntry("reference", cart.reference());
              }
              assertThat(ctx.orders()).as("orders the provider holds").isEqualTo(orders + 1);
            }),
        rule("R12.2", "a retry after a lost answer never places a second order").observer()
            .hint("before creating again, reconcile by reference; without RECONCILE keep answering "
                + "OutcomeUnknownException for that cart")
            .check(ctx -> {
              OrderRequest request = ctx.plainOrder();
              Cart cart = ctx.provider().newCart(request.reference());
              cart.add(ctx.harness().plainItem());
              int orders = ctx.orders();
              ctx.observer().dropAfterNextCommit();
              catchThrowable(cart::checkout);
              ctx.observer().clearFaults();
              Throwable retry = catchThrowable(() -> ctx.placed(ctx.provider(), cart.checkout()));
              if (retry != null) {
                assertThat(retry).as("error of the retried checkout").isInstanceOf(OutcomeUnknownException.class);
              }
              if (ctx.capabilities().idempotency() != Idempotency.NONE) {
                Order again = ctx.place(request);
                assertThat(again.ref()).as("order of place() with the same reference").isNotNull();
              }
              assertThat(ctx.orders()).as("orders the provider holds after the retries").isEqualTo(orders + 1);
            }),
        rule("R12.3", "after a lost answer, reconcile finds the order by its reference").with(Capability.RECONCILE)
            .observer()
            .hint("store the broker's reference with the order at the provider and look it up in reconcile()")
            .check(ctx -> {
              OrderRequest request = ctx.plainOrder();
              ctx.observer().dropAfterNextCommit();
              catchThrowable(() -> ctx.place(request));
              ctx.observer().clearFaults();
              assertThat(ctx.provider().reconcile(request.reference())).as("reconcile(reference)").isPresent();
            }),
        rule("R12.4", "place() of a reference already placed returns that order and places nothing")
            .with(Capability.RECONCILE).liveSafe()
            .hint("OrderProvider.place reconciles first when idempotency is not NONE; keep that behaviour")
            .check(ctx -> {
              OrderRequest request = ctx.plainOrder();
              Order first = ctx.place(request);
              int orders = ctx.orders();
              Order second = ctx.provider().place(request);
              assertThat(second.ref()).as("order of the second place()").isEqualTo(first.ref());
              assertThat(ctx.orders()).as("orders the provider holds").isEqualTo(orders);
            }));
  }
}
