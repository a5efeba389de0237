package io.hostorder.tck;

import static io.hostorder.tck.Rule.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hostorder.core.Capability;
import io.hostorder.core.error.AwaitTimeoutException;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderStatus;
import java.time.Duration;
import java.util.List;

/** SPEC.md section 6: status, list and reconcile. */
final class StatusRules {
  private StatusRules() {}

  static List<Rule> all() {
    return List.of(
        rule("R6.1", "a placed order is found again by its id").with(Capability.ORDER_STATUS).liveSafe()
            .hint("order(ref) asks the provider for that order and maps its status")
            .check(ctx -> {
              Order placed = ctx.place(ctx.plainOrder());
              Order found = ctx.provider().order(placed.ref());
              assertThat(found.ref()).as("ref of order(ref)").isEqualTo(placed.ref());
            }),
        rule("R6.2", "the status of an unknown order is NotFoundException").with(Capability.ORDER_STATUS).liveSafe()
            .hint("map the provider's 'no such order' answer to NotFoundException")
            .check(ctx -> assertThat(catchThrowable(() -> ctx.provider().order(unknown())))
                .as("error of order(unknown)").isInstanceOf(NotFoundException.class)),
        rule("R6.3", "a placed order is in the list of orders").with(Capability.ORDER_LIST)
            .hint("orders() lists every order of the account, including one placed a moment ago")
            .check(ctx -> {
              Order placed = ctx.place(ctx.plainOrder());
              assertThat(ctx.provider().orders()).extracting(Order::ref).as("refs listed").contains(placed.ref());
            }),
        rule("R6.4", "reconcile finds a placed order by the broker's reference, and nothing for a new one")
            .with(Capability.RECONCILE)
            .hint("reconcile(reference) looks the reference up at the provider; empty when no order has it")
            .check(ctx -> {
              io.hostorder.core.model.OrderRequest request = ctx.plainOrder();
              Order placed = ctx.place(request);
              assertThat(ctx.provider().reconcile(request.reference()))
                  .as("reconcile(the order's reference)").map(Order::ref).contains(placed.ref());
              assertThat(ctx.provider().reconcile("tck-never-" + java.util.UUID.randomUUID()))
                  .as("reconcile(a reference never used)").isEmpty();
            }),
        rule("R6.5", "await returns a placed order once it is active, with its servers, ordering nothing")
            .with(Capability.ORDER_STATUS).observer()
            .hint("OrderProvider.await polls order(ref); order(ref) must report ACTIVE once the provider has set the "
                + "order up, and give each line its Server where the provider reports one")
            .check(ctx -> {
              ProviderObserver observer = ctx.observer();
              Order placed = ctx.place(ctx.plainOrder());
              int orders = observer.orderCount();
              Order first = ctx.provider().order(placed.ref());
              if (first.status() != OrderStatus.ACTIVE) {
                assertThat(catchThrowable(() -> ctx.provider().await(placed.ref(), OrderStatus.ACTIVE, Duration.ZERO)))
                    .as("await with no time left, before the order is active").isInstanceOf(AwaitTimeoutException.class);
                if (!observer.activateOrders()) {
                  throw ctx.skip("the order is not active and the observer cannot make the provider set orders up");
                }
              }
              Order active = ctx.provider().await(placed.ref(), OrderStatus.ACTIVE, Duration.ofSeconds(30));
              assertThat(active.status()).as("status after await").isEqualTo(OrderStatus.ACTIVE);
              assertThat(active.ref()).as("ref after await").isEqualTo(placed.ref());
              for (io.hostorder.core.model.OrderLine line : active.lines()) {
                if (line.server() != null) {
                  assertThat(line.server().status()).as("server status of line " + line.id()).isEqualTo(OrderStatus.ACTIVE);
                }
              }
              assertThat(observer.orderCount()).as("orders held after awaiting").isEqualTo(orders);
            }));
  }

  static OrderRef unknown() {
    return OrderRef.of("999999997");
  }
}
