package io.hostorder.provider.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.Cart;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.error.ConfigurationException;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.PaymentRequiredException;
import io.hostorder.core.error.PromoCodeRejectedException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.TransientException;
import io.hostorder.core.model.Access;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderLine;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.OrderStatus;
import io.hostorder.core.registry.ProviderRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The in-memory provider's own behaviour, beyond what the TCK checks. */
class MemoryProviderTest {
  final String account = "test-" + UUID.randomUUID();
  final ProviderRegistry registry = ProviderRegistry.builder().add(new MemoryProviderFactory()).build();

  @AfterEach
  void forget() {
    MemoryAccount.remove(account);
    registry.close();
  }

  OrderProvider provider(String... pairs) {
    Map<String, String> values = new java.util.LinkedHashMap<>(Map.of("account", account, "password", "pw-1"));
    for (int i = 0; i < pairs.length; i += 2) {
      values.put(pairs[i], pairs[i + 1]);
    }
    return registry.create("memory", ProviderConfig.of(values));
  }

  static OrderItem small() {
    return OrderItem.builder().plan("small").period(BillingPeriod.P1M).build();
  }

  @Test
  void place_paysFromTheBalance_andTheOrderIsActiveWithALinePerItem() {
    Order order = provider().place(OrderRequest.of(OrderItem.builder().plan("medium").period(BillingPeriod.P3M)
        .addRelated(OrderItem.builder().plan("panel").build()).build()));
    assertThat(order.status()).isEqualTo(OrderStatus.ACTIVE);
    assertThat(order.lines()).extracting(OrderLine::name).containsExactly("medium", "panel");
    assertThat(order.lines().get(1).parentId()).isEqualTo(order.lines().get(0).id());
    // 3 months of medium (30.00) and of a panel (6.00) from 1000
    assertThat(MemoryAccount.find(account).orElseThrow().balance()).isEqualByComparingTo("964.00");
  }

  @Test
  void checkout_whenTheBalanceIsTooLow_keepsTheOrderPending_andPaysItOnTheNextCheckout() {
    OrderProvider provider = provider("balance", "1");
    Cart cart = provider.newCart();
    cart.add(small());
    PaymentRequiredException e = catchThrowableOfType(PaymentRequiredException.class, cart::checkout);
    assertThat(e.order().status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
    assertThat(e.invoice().amount()).isEqualByComparingTo("5.00");
    assertThat(e.invoice().currency()).isEqualTo("EUR");
    MemoryAccount.find(account).orElseThrow().balance(new BigDecimal("10"));
    Order paid = cart.checkout();
    assertThat(paid.ref()).isEqualTo(e.order().ref());
    assertThat(paid.status()).isEqualTo(OrderStatus.ACTIVE);
    assertThat(MemoryAccount.find(account).orElseThrow().orderCount()).isEqualTo(1);
  }

  @Test
  void applyPromoCode_whenUnknown_isRejected_andAKnownOneDiscountsTheOrder() {
    OrderProvider provider = provider("promo-codes", "SPRING,AUTUMN");
    Cart cart = provider.newCart();
    cart.add(small());
    assertThatThrownBy(() -> cart.applyPromoCode("WINTER")).isInstanceOf(PromoCodeRejectedException.class)
        .hasMessageContaining("nothing was paid");
    cart.applyPromoCode("AUTUMN");
    Order order = cart.checkout();
    assertThat(order.promoCode()).isEqualTo("AUTUMN");
    assertThat(MemoryAccount.find(account).orElseThrow().balance()).isEqualByComparingTo("995.50");
  }

  @Test
  void cancelLine_cancelsTheLinesRelatedToIt_andTheOrderWithItsLastLine() {
    OrderProvider provider = provider();
    Order order = provider.place(OrderRequest.of(OrderItem.builder().plan("large")
        .addRelated(OrderItem.builder().plan("backup").build()).build(), small()));
    provider.cancel(order.ref(), order.lines().get(0).id());
    Order now = provider.order(order.ref());
    assertThat(now.lines()).extracting(OrderLine::status)
        .containsExactly(OrderStatus.CANCELLED, OrderStatus.CANCELLED, OrderStatus.ACTIVE);
    assertThat(now.status()).isEqualTo(OrderStatus.ACTIVE);
    provider.cancel(order.ref(), order.lines().get(2).id());
    assertThat(provider.order(order.ref()).status()).isEqualTo(OrderStatus.CANCELLED);
  }

  @Test
  void aProviderWithAnotherPassword_isRefused_withoutShowingIt() {
    provider().place(OrderRequest.of(small()));
    OrderProvider intruder = provider("password", "guess-123");
    assertThatThrownBy(() -> intruder.orders()).isInstanceOf(AuthenticationException.class)
        .hasMessageNotContaining("guess-123").hasMessageNotContaining("pw-1");
  }

  @Test
  void addonsAndOptions_areRejectedNamingThem_ratherThanDropped() {
    InvalidOrderException e = catchThrowableOfType(InvalidOrderException.class, () -> provider().place(
        OrderRequest.of(small().toBuilder().addon("6746", "260").option("os", "debian").build())));
    assertThat(e.violations()).extracting(v -> v.path())
        .containsExactly("items[0].addons.6746", "items[0].options.os");
  }

  @Test
  void anUnknownPlan_isTheAccountsOwnError_withItsCode() {
    ProviderErrorException e = catchThrowableOfType(ProviderErrorException.class, () -> provider().newCart()
        .add(OrderItem.builder().plan("huge").build()));
    assertThat(e.code()).isEqualTo("unknown-plan");
    assertThat(e.providerMessage()).contains("huge").contains("small");
  }

  @Test
  void faults_failNext_isTransient_andALostAnswerIsOutcomeUnknownWithTheOrderStored() {
    OrderProvider provider = provider();
    MemoryAccount acct = MemoryAccount.find(account).orElseThrow();
    acct.failNext(1);
    assertThatThrownBy(() -> provider.orders()).isInstanceOf(TransientException.class);
    Cart cart = provider.newCart("broker-7");
    cart.add(small());
    acct.dropAfterNextCommit();
    OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class, cart::checkout);
    assertThat(e.reference()).isEqualTo("broker-7");
    assertThat(acct.orderCount()).isEqualTo(1);
    assertThat(cart.checkout().reference()).as("the retry finds it").isEqualTo("broker-7");
    assertThat(acct.orderCount()).isEqualTo(1);
  }

  @Test
  void aSilentAccount_endsTheCallAtTheCallTimeout() {
    OrderProvider provider = provider("call-timeout", "300ms");
    MemoryAccount.find(account).orElseThrow().stopAnswering(true);
    long start = System.nanoTime();
    assertThatThrownBy(() -> provider.orders()).isInstanceOf(TransientException.class)
        .hasMessageContaining("timed out");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    MemoryAccount.find(account).orElseThrow().stopAnswering(false);
  }

  @Test
  void skipCart_placesTheWholeOrderInOneRequest() {
    OrderProvider provider = provider();
    MemoryAccount acct = MemoryAccount.find(account).orElseThrow();
    int before = acct.requestCount();
    provider.place(OrderRequest.of(small().toBuilder().access(Access.sshKeyId("k1")).build()));
    assertThat(acct.requestCount() - before).as("reconcile, then one request that orders").isEqualTo(2);
  }

  @Test
  void capabilitiesKey_naming_anUnknownCapability_isAConfigurationError() {
    assertThatThrownBy(() -> provider("capabilities", "PROMO_CODE,TELEPORT"))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("capabilities").hasMessageContaining("TELEPORT");
    assertThat(provider("capabilities", "ORDER_LIST").capabilities().idempotency())
        .isEqualTo(io.hostorder.core.Idempotency.NONE);
  }
}
