package io.hostorder.tck;

import static io.hostorder.tck.Rule.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.error.UnsupportedCapabilityException;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * SPEC.md section 13: for each capability a provider lacks, asking for it fails with
 * {@link UnsupportedCapabilityException} naming it, before any request.
 */
final class AbsentCapabilityRules {
  private AbsentCapabilityRules() {}

  static List<Rule> all() {
    List<Rule> out = new ArrayList<>();
    add(out, 1, Capability.PROMO_CODE, "a promo code", ctx -> ctx.provider()
        .place(ctx.plainOrder().toBuilder().promoCode("TCK10").build()));
    add(out, 2, Capability.RELATED_ITEMS, "a related item", ctx -> ctx.provider().place(ctx.order(
        ctx.harness().plainItem().toBuilder().addRelated(ctx.harness().plainItem()).build())));
    add(out, 3, Capability.ORDER_STATUS, "an order's status", ctx -> ctx.provider().order(OrderRef.of("1")));
    add(out, 4, Capability.ORDER_LIST, "the list of orders", ctx -> ctx.provider().orders());
    add(out, 5, Capability.CANCEL_ORDER, "cancelling an order", ctx -> ctx.provider().cancel(OrderRef.of("1")));
    add(out, 6, Capability.CANCEL_LINE, "cancelling a line", ctx -> ctx.provider().cancel(OrderRef.of("1"), "1"));
    add(out, 7, Capability.RECONCILE, "reconciling a reference", ctx -> ctx.provider().reconcile("tck-ref"));
    add(out, 8, Capability.MULTIPLE_ITEMS, "two items in one order", ctx -> ctx.provider().place(
        ctx.order(ctx.harness().plainItem(), ctx.harness().plainItem())));
    add(out, 9, Capability.QUANTITY, "a quantity of 2", ctx -> ctx.provider().place(
        ctx.order(ctx.harness().plainItem().toBuilder().quantity(2).build())));
    add(out, 10, Capability.DAILY_BILLING, "billing by the day (P1D)", ctx -> ctx.provider().place(
        ctx.order(ctx.harness().plainItem().toBuilder().period(BillingPeriod.P1D).build())));
    add(out, 11, Capability.VALIDATE_ONLY, "a dry run of the cart", null);
    out.add(rule("R13.12", "an order asking for a missing capability lists its other problems too").liveSafe()
        .hint("OrderValidator.throwIfAny puts every violation into the UnsupportedCapabilityException")
        .check(ctx -> {
          Capability missing = List.of(Capability.QUANTITY, Capability.DAILY_BILLING, Capability.RELATED_ITEMS)
              .stream().filter(c -> !ctx.has(c)).findFirst()
              .orElseThrow(() -> ctx.skip("the provider has QUANTITY, DAILY_BILLING and RELATED_ITEMS"));
          OrderItem.Builder item = ctx.harness().plainItem().toBuilder().name(" ");
          switch (missing) {
            case QUANTITY -> item.quantity(2);
            case DAILY_BILLING -> item.period(BillingPeriod.P1D);
            default -> item.addRelated(ctx.harness().plainItem());
          }
          Throwable e = catchThrowable(() -> ctx.provider().place(ctx.order(item.build())));
          assertThat(e).as("error").isInstanceOf(UnsupportedCapabilityException.class);
          assertThat(ValidationRules.paths(e)).as("paths listed").contains("items[0].name");
        }));
    return out;
  }

  private static void add(List<Rule> out, int n, Capability capability, String what, Consumer<TckContext> ask) {
    out.add(rule("R13." + n, "without " + capability + ", asking for " + what
        + " fails with UnsupportedCapabilityException before any request").without(capability).liveSafe()
        .hint("check capabilities (OrderValidator / Capabilities.require) before the first request")
        .check(ctx -> {
          Cart cart = null;
          if (ask == null) {
            cart = ctx.newCart();
            cart.add(ctx.harness().plainItem());
          }
          int requests = ctx.requests();
          Cart dryRun = cart;
          Throwable e = catchThrowable(() -> {
            if (dryRun != null) {
              dryRun.validate();
            } else {
              ask.accept(ctx);
            }
          });
          assertThat(e).as("error of asking for %s", what).isInstanceOf(UnsupportedCapabilityException.class);
          assertThat(((UnsupportedCapabilityException) e).capability()).as("capability named").isEqualTo(capability);
          assertThat(ctx.requests()).as("requests sent").isEqualTo(requests);
          if (capability == Capability.PROMO_CODE) {
            assertThat(catchThrowable(() -> ctx.newCart().applyPromoCode("TCK10")))
                .as("error of Cart.applyPromoCode").isInstanceOf(UnsupportedCapabilityException.class);
          }
        }));
  }
}
