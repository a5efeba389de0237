package io.hostorder.provider.zomro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.Cart;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.error.ConfigurationException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.OrderStatus;
import io.hostorder.simulator.AfterProcessing;
import io.hostorder.simulator.billmanager.BillmanagerSimulator;
import io.hostorder.simulator.billmanager.ParsedRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code checkout-flow=basket}: the old cart Zomro's own web panel pays through (api-notes: {@code basket} →
 * {@code billorder} → {@code payment.add.method} → {@code ok}, {@code payment_id}), against the simulator.
 */
class ZomroBasketFlowTest {
  private final ZomroFixture fixture = new ZomroFixture();
  private final BillmanagerSimulator sim = fixture.sim;

  @AfterEach
  void close() {
    fixture.close();
  }

  private OrderProvider provider(String... extra) {
    Map<String, String> login = new LinkedHashMap<>(ZomroFixture.credentials());
    login.put("checkout-flow", "basket");
    return fixture.provider(login, extra);
  }

  private static OrderRequest order(String reference, String promo) {
    return OrderRequest.builder().reference(reference).promoCode(promo)
        .addItem(ZomroDocumentExamplesTest.documentItem().toBuilder().name(null).build()).build();
  }

  private List<String> funcs() {
    return sim.requests().stream().map(r -> r.fields().get("func")).filter(f -> !f.endsWith(".filter")).toList();
  }

  @Test
  void placesThroughTheOldCart_withItsPromoCode_andFindsTheServerByItsServername() {
    Order order = provider().place(order("broker-b1", "PROMO_2024"));

    assertThat(funcs()).containsExactly("auth", "instances", "v2.instances.order.param", "basket", "basket", "basket",
        "payment.add.method");
    List<ParsedRequest> basket = sim.requests().stream().filter(r -> "basket".equals(r.fields().get("func"))).toList();
    assertThat(basket.get(0).fields()).containsEntry("clicked_button", "setpromocode").containsEntry("promocode", "PROMO_2024");
    assertThat(basket.get(1).fields()).doesNotContainKey("sok"); // reads the cart: only this order's line may be in it
    assertThat(basket.get(2).fields()).containsEntry("sok", "ok");
    assertThat(sim.requests().stream().filter(r -> "payment.add.method".equals(r.fields().get("func"))))
        .singleElement().satisfies(r -> assertThat(r.fields()).containsEntry("paymethod", "0").containsKey("billorder"));
    assertThat(sim.services()).singleElement().satisfies(s -> {
      assertThat(order.ref().id()).isEqualTo("servername=" + s.servername());
      assertThat(s.promoCode()).isEqualTo("PROMO_2024");
      assertThat(s.servername()).isEqualTo("broker-b1");
    });
    assertThat(order.lines().get(0).providerIds()).containsKeys("billorder", "confirm.payment_id");
    assertThat(sim.requests()).allSatisfy(r -> assertThat(r.unknownFields()).as(r.fields().get("func")).isEmpty());
  }

  @Test
  void anotherLineInTheAccountsCart_stopsTheCheckoutBeforeAnythingIsCommitted() {
    OrderProvider provider = provider();
    Cart other = provider.newCart("someone-else");
    other.add(ZomroDocumentExamplesTest.documentItem());
    Cart mine = provider.newCart("broker-b2");
    mine.add(ZomroDocumentExamplesTest.documentItem().toBuilder().name(null).build());

    ProviderErrorException e = catchThrowableOfType(mine::checkout, ProviderErrorException.class);

    assertThat(e.code()).isEqualTo("cart-not-own");
    assertThat(e.getMessage()).contains("nothing was paid");
    assertThat(funcs()).doesNotContain("payment.add.method");
    assertThat(sim.confirmedOrders()).isZero();
  }

  @Test
  void aLostPaymentAnswer_isOutcomeUnknown_andTheRetryFindsTheOrderWithoutPayingTwice() {
    OrderProvider provider = provider();
    sim.faults().afterProcessing("payment.add.method", AfterProcessing.DROP);

    OutcomeUnknownException e = catchThrowableOfType(() -> provider.place(order("broker-b3", null)),
        OutcomeUnknownException.class);
    assertThat(e.step()).isEqualTo("checkout");
    assertThat(e.details()).containsKey("billorder");

    Order again = provider.place(order("broker-b3", null));
    assertThat(again.ref().id()).isEqualTo("servername=" + sim.services().get(0).servername());
    assertThat(sim.confirmedOrders()).isEqualTo(1);
    assertThat(funcs().stream().filter("payment.add.method"::equals)).hasSize(1);
  }

  @Test
  void theFlowIsChecked_andExcludesSkipbasket() {
    Assertions.assertThatThrownBy(() -> provider("checkout-flow", "legacy")).isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("checkout-flow");
  }

  @Test
  void statusAndAwait_showTheServersAddressOnceActive() {
    sim.activationDelay(Duration.ofMillis(200));
    OrderProvider provider = provider("checkout-flow", "confirm");
    Order order = provider.place(order("broker-b4", null));
    assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
    Order active = io.hostorder.core.follow.Awaiter.withBackoff(Duration.ofMillis(50), Duration.ofMillis(200))
        .await(provider, order.ref(), OrderStatus.ACTIVE, Duration.ofSeconds(10), io.hostorder.core.follow.AwaitListener.NONE);
    assertThat(active.lines()).singleElement().satisfies(l -> {
      assertThat(l.server().ipAddresses()).isNotEmpty();
      assertThat(l.server().name()).isEqualTo("broker-b4");
    });
  }
}
