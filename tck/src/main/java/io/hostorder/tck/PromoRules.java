package io.hostorder.tck;

import static io.hostorder.tck.Rule.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.PromoCodeRejectedException;
import io.hostorder.core.model.Order;
import java.util.List;
import java.util.Optional;

/** SPEC.md section 4: promo codes. */
final class PromoRules {
  private PromoRules() {}

  static List<Rule> all() {
    return List.of(
        rule("R4.1", "an accepted promo code is applied to the order").with(Capability.PROMO_CODE)
            .hint("send the code with the order (or apply it to the cart) and report it in Order.promoCode")
            .check(ctx -> {
              String code = ctx.harness().validPromoCode()
                  .orElseThrow(() -> ctx.skip("the harness gives no accepted promo code"));
              Order order = ctx.place(ctx.plainOrder().toBuilder().promoCode(code).build());
              Optional<String> seen = ctx.harness().observer().flatMap(o -> o.promoCodeApplied(order.ref()));
              if (seen.isPresent()) {
                assertThat(seen.get()).as("promo code applied at the provider").isEqualTo(code);
              } else {
                assertThat(order.promoCode()).as("Order.promoCode").isEqualTo(code);
              }
            }),
        rule("R4.2", "a rejected promo code fails with PromoCodeRejectedException and places nothing")
            .with(Capability.PROMO_CODE)
            .hint("map the provider's refusal of a code to PromoCodeRejectedException and stop before checkout")
            .check(ctx -> {
              String code = ctx.harness().rejectedPromoCode()
                  .orElseThrow(() -> ctx.skip("the harness gives no rejected promo code"));
              int orders = ctx.orders();
              Throwable e = catchThrowable(() -> ctx.place(ctx.plainOrder().toBuilder().promoCode(code).build()));
              assertThat(e).as("error of a rejected code").isInstanceOf(PromoCodeRejectedException.class);
              assertThat(((PromoCodeRejectedException) e).promoCode()).isEqualTo(code);
              assertThat(ctx.orders()).as("orders the provider holds").isEqualTo(orders);
            }),
        rule("R4.3", "a blank promo code is rejected naming promoCode before any request")
            .with(Capability.PROMO_CODE).liveSafe()
            .hint("validate the code (not blank) before sending it")
            .check(ctx -> {
              int requests = ctx.requests();
              Throwable e = catchThrowable(() -> ctx.provider().place(ctx.plainOrder().toBuilder().promoCode(" ").build()));
              assertThat(ValidationRules.paths(e)).contains("promoCode");
              Cart cart = ctx.newCart();
              assertThat(catchThrowable(() -> cart.applyPromoCode(" "))).as("Cart.applyPromoCode(\" \")")
                  .isInstanceOf(InvalidOrderException.class);
              assertThat(ctx.requests()).as("requests sent").isEqualTo(requests);
            }));
  }
}
