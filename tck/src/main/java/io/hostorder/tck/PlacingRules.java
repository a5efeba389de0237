package io.hostorder.tck;

import static io.hostorder.tck.Rule.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.CartLine;
import io.hostorder.core.error.PaymentRequiredException;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderStatus;
import java.util.List;

/** SPEC.md section 3: placing an order. */
final class PlacingRules {
  private PlacingRules() {}

  static List<Rule> all() {
    return List.of(
        rule("R3.1", "place() of the plain sample returns an order that is not failed").liveSafe()
            .hint("place() must return the Order the provider created (its id, status and lines)")
            .check(ctx -> {
              Order order = ctx.place(ctx.plainOrder());
              assertThat(order.ref()).as("order ref").isNotNull();
              assertThat(order.status()).as("status").isNotIn(OrderStatus.FAILED, OrderStatus.CANCELLED);
            }),
        rule("R3.2", "checkout returns an order with the provider's order id and its lines")
            .hint("map the provider's order id into Order.ref and one OrderLine per ordered service")
            .check(ctx -> {
              Cart cart = ctx.newCart();
              CartLine line = cart.add(ctx.harness().plainItem());
              assertThat(line.item()).as("the cart line's item").isEqualTo(ctx.harness().plainItem());
              assertThat(cart.lines()).as("cart lines").containsExactly(line);
              Order order = ctx.placed(ctx.provider(), cart.checkout());
              assertThat(order.ref().id()).as("provider order id").isNotBlank();
              assertThat(order.lines()).as("order lines").isNotEmpty();
            }),
        rule("R3.3", "a checkout places exactly one order at the provider").observer()
            .hint("a checkout must create one order, not one per step or per retry inside the client")
            .check(ctx -> {
              int before = ctx.orders();
              ctx.place(ctx.plainOrder());
              assertThat(ctx.orders()).as("orders the provider holds").isEqualTo(before + 1);
            }),
        rule("R3.4", "a second checkout of the same cart returns the same order and places nothing new").liveSafe()
            .hint("remember the placed order in the cart; checkout() again returns it without a new request "
                + "that creates anything")
            .check(ctx -> {
              Cart cart = ctx.newCart();
              cart.add(ctx.harness().plainItem());
              Order first = ctx.placed(ctx.provider(), cart.checkout());
              int orders = ctx.orders();
              Order second = cart.checkout();
              assertThat(second.ref()).as("order of the second checkout").isEqualTo(first.ref());
              assertThat(ctx.orders()).as("orders the provider holds").isEqualTo(orders);
            }),
        rule("R3.5", "the cart keeps the reference it was opened with").liveSafe()
            .hint("Cart.reference() returns the reference given to newCart(reference)")
            .check(ctx -> {
              String reference = "tck-" + java.util.UUID.randomUUID();
              assertThat(ctx.provider().newCart(reference).reference()).isEqualTo(reference);
              assertThat(ctx.provider().newCart().reference()).as("a generated reference").isNotBlank();
            }),
        rule("R3.6", "an order the account cannot pay fails with PaymentRequiredException and its invoice")
            .with(Capability.PAY_FROM_BALANCE).observer()
            .hint("map the provider's 'not enough money' answer to PaymentRequiredException with an Invoice")
            .check(ctx -> {
              if (!ctx.observer().insufficientFunds()) {
                throw ctx.skip("the observer cannot make the account unable to pay");
              }
              Throwable e = catchThrowable(() -> ctx.place(ctx.plainOrder()));
              assertThat(e).as("error of an unpaid order").isInstanceOf(PaymentRequiredException.class);
              PaymentRequiredException p = (PaymentRequiredException) e;
              assertThat(p.invoice()).as("invoice").isNotNull();
              if (p.order() != null) {
                assertThat(p.order().status()).as("status of the unpaid order").isEqualTo(OrderStatus.PENDING_PAYMENT);
              }
            }),
        rule("R3.7", "an order of two items is placed with a line for each").with(Capability.MULTIPLE_ITEMS)
            .hint("send every item of the cart; return a line per item")
            .check(ctx -> {
              Order order = ctx.place(ctx.order(ctx.harness().plainItem(), ctx.harness().plainItem()));
              assertThat(order.lines().size()).as("order lines").isGreaterThanOrEqualTo(2);
            }),
        rule("R3.8", "an item with quantity 2 is placed").with(Capability.QUANTITY)
            .hint("send the quantity the item asks for")
            .check(ctx -> {
              Order order = ctx.place(ctx.order(ctx.harness().plainItem().toBuilder().quantity(2).build()));
              assertThat(order.ref()).isNotNull();
            }),
        rule("R3.9", "an item billed by the day (P1D) is placed").with(Capability.DAILY_BILLING)
            .hint("map period P1D to the provider's daily billing")
            .check(ctx -> {
              Order order = ctx.place(ctx.order(ctx.harness().plainItem().toBuilder().period(BillingPeriod.P1D).build()));
              assertThat(order.ref()).isNotNull();
            }),
        rule("R3.10", "validating a cart at the provider places nothing").with(Capability.VALIDATE_ONLY).liveSafe()
            .hint("Cart.validate() is a dry run: it must not create an order")
            .check(ctx -> {
              int orders = ctx.orders();
              Cart cart = ctx.newCart();
              cart.add(ctx.harness().plainItem());
              cart.validate();
              assertThat(ctx.orders()).as("orders the provider holds").isEqualTo(orders);
            }));
  }
}
