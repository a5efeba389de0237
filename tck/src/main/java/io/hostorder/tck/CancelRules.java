package io.hostorder.tck;

import static io.hostorder.tck.Rule.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hostorder.core.Capability;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderStatus;
import java.util.List;

/** SPEC.md section 7: cancel. */
final class CancelRules {
  private CancelRules() {}

  static List<Rule> all() {
    return List.of(
        rule("R7.1", "a placed order can be cancelled, and is then reported cancelled")
            .with(Capability.CANCEL_ORDER).liveSafe()
            .hint("cancel(ref) asks the provider to cancel; order(ref) then maps its status to CANCELLED")
            .check(ctx -> {
              Order placed = ctx.place(ctx.plainOrder());
              ctx.provider().cancel(placed.ref());
              if (ctx.has(Capability.ORDER_STATUS)) {
                assertThat(ctx.provider().order(placed.ref()).status()).as("status after cancel")
                    .isEqualTo(OrderStatus.CANCELLED);
              }
            }),
        rule("R7.2", "cancelling an unknown order is NotFoundException").with(Capability.CANCEL_ORDER).liveSafe()
            .hint("map the provider's 'no such order' answer to NotFoundException, not a generic error")
            .check(ctx -> assertThat(catchThrowable(() -> ctx.provider().cancel(StatusRules.unknown())))
                .as("error of cancel(unknown)").isInstanceOf(NotFoundException.class)),
        rule("R7.3", "one line of a placed order can be cancelled; an unknown line is NotFoundException")
            .with(Capability.CANCEL_LINE)
            .hint("cancel(ref, lineId) takes the ids of Order.lines(); an id not in the order is NotFoundException")
            .check(ctx -> {
              Order placed = ctx.place(ctx.plainOrder());
              assertThat(placed.lines()).as("lines of the placed order").isNotEmpty();
              ctx.provider().cancel(placed.ref(), placed.lines().get(0).id());
              assertThat(catchThrowable(() -> ctx.provider().cancel(placed.ref(), "999999998")))
                  .as("error of cancel(ref, unknown line)").isInstanceOf(NotFoundException.class);
            }));
  }
}
