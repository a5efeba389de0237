package io.hostorder.provider.billmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.Cart;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.PaymentRequiredException;
import io.hostorder.core.error.PromoCodeRejectedException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.OrderStatus;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.simulator.billmanager.BillmanagerSimulator;
import io.hostorder.simulator.billmanager.LoginAnswer;
import io.hostorder.simulator.billmanager.Profile;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against the BILLmanager simulator (generic profile), which was written from the documents alone. */
class BillmanagerSimulatorTest {
  private final BillmanagerSimulator sim = BillmanagerSimulator.start(Profile.BILLMANAGER);
  private final ProviderRegistry registry = ProviderRegistry.builder().add(new BillmanagerProviderFactory()).build();

  @AfterEach
  void close() {
    registry.close();
    sim.close();
  }

  private OrderProvider provider(String... extra) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("base-url", sim.baseUrl().toString());
    m.put("username", BillmanagerSimulator.ADMIN_LOGIN);
    m.put("password", BillmanagerSimulator.ADMIN_PASSWORD);
    m.put("su", BillmanagerSimulator.CLIENT_LOGIN);
    for (int i = 0; i < extra.length; i += 2) {
      m.put(extra[i], extra[i + 1]);
    }
    return registry.create("billmanager", ProviderConfig.of(m));
  }

  private static OrderRequest order(String reference) {
    return OrderRequest.builder().reference(reference).addItem(BillmanagerDocumentExamplesTest.documentItem()).build();
  }

  @Test
  void documentExample_isPlacedForTheClient_andFoundByRemoteid() {
    Order order = provider().place(order("broker-1"));

    assertThat(sim.servicesWithRemoteid("broker-1")).singleElement().satisfies(s -> {
      assertThat(order.ref().id()).isEqualTo("domain=" + s.domain());
      assertThat(s.login()).isEqualTo(BillmanagerSimulator.CLIENT_LOGIN);
      assertThat(s.price()).isEqualByComparingTo("5.50");
    });
    assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(sim.balance(BillmanagerSimulator.CLIENT_LOGIN)).isEqualByComparingTo("94.50");
    assertThat(sim.lastRequest()).hasValueSatisfying(r -> assertThat(r.toString()).doesNotContain("admin_password"));
  }

  @Test
  void jsonAnswers_workTheSame() {
    OrderProvider provider = provider("format", "json");
    Order order = provider.place(order("broker-2"));
    // No list returns the reference: the order is shown with its domain, the key derived from the reference.
    assertThat(provider.order(order.ref()).lines()).singleElement()
        .satisfies(l -> assertThat(l.server().name()).isEqualTo("broker-2"));
    assertThat(provider.orders()).hasSize(1);
  }

  @Test
  void expiredSessions_areRenewedOnce_whateverErrorTypeTheyShowAs() {
    OrderProvider provider = provider("login-mode", "session");
    provider.place(order("broker-3"));
    sim.expireSessions();
    provider.place(order("broker-4"));
    sim.expiredSessionErrorType("auth");
    sim.expireSessions();
    provider.place(order("broker-5"));
    assertThat(sim.confirmedOrders()).isEqualTo(3);
  }

  @Test
  void wrongPassword_isAuthenticationException_inEveryLoginMode() {
    for (String mode : new String[] {"authinfo", "session"}) {
      OrderProvider provider = provider("login-mode", mode, "password", "wrong-Passw0rd");
      assertThatThrownBy(() -> provider.place(order("broker-6"))).isInstanceOf(AuthenticationException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("wrong-Passw0rd"));
    }
    assertThat(sim.confirmedOrders()).isZero();
  }

  @Test
  void loginPages_areAuthenticationExceptions_thatSaySo() {
    OrderProvider provider = provider("password", "wrong-Passw0rd");
    sim.loginAnswer(LoginAnswer.HTML_PAGE);
    assertThatThrownBy(() -> provider.place(order("broker-7"))).isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("HTML login page");
    sim.loginAnswer(LoginAnswer.LOGON_DOC);
    assertThatThrownBy(() -> provider.place(order("broker-7"))).isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("$func=logon");
  }

  @Test
  void twoFactorPending_isAuthenticationException_thatSaysSo() {
    sim.twoFactor("123456");
    assertThatThrownBy(() -> provider("login-mode", "session").place(order("broker-8")))
        .isInstanceOf(AuthenticationException.class).hasMessageContaining("two-factor");
  }

  @Test
  void rejectedPromoCode_paysNothing_andDeletesTheOrdersLineFromTheCart() {
    PromoCodeRejectedException e = catchThrowableOfType(() -> provider().place(order("broker-9").toBuilder()
        .promoCode("NOT-A-CODE").build()), PromoCodeRejectedException.class);
    assertThat(sim.confirmedOrders()).isZero();
    assertThat(sim.balance(BillmanagerSimulator.CLIENT_LOGIN)).isEqualByComparingTo("100.00");
    assertThat(sim.cart(BillmanagerSimulator.CLIENT_LOGIN)).isEmpty();
    assertThat(e.details()).containsKey("lineitem.id");
  }

  @Test
  void promoCodeThatFitsNoLine_isRejectedToo() {
    assertThatThrownBy(() -> provider().place(order("broker-10").toBuilder().promoCode("DEDIC50").build()))
        .isInstanceOf(PromoCodeRejectedException.class);
    assertThat(sim.confirmedOrders()).isZero();
  }

  @Test
  void validPromoCode_isAppliedToTheService() {
    Order order = provider().place(order("broker-11").toBuilder().promoCode("PROMO_2024").build());
    assertThat(order.promoCode()).isEqualTo("PROMO_2024");
    assertThat(sim.servicesWithRemoteid("broker-11")).singleElement()
        .satisfies(s -> assertThat(s.promoCode()).isEqualTo("PROMO_2024"));
  }

  @Test
  void lowBalance_isPaymentRequired_withTheAmount() {
    sim.setBalance(new BigDecimal("1.00"));
    PaymentRequiredException e = catchThrowableOfType(() -> provider().place(order("broker-12")),
        PaymentRequiredException.class);
    assertThat(e.invoice().amount()).isEqualByComparingTo("5.50");
    assertThat(sim.confirmedOrders()).isZero();
  }

  @Test
  void droppedConfirm_isOutcomeUnknown_andTheRetryFindsTheOrderWithoutPayingTwice() {
    OrderProvider provider = provider();
    Cart cart = provider.newCart("broker-13");
    cart.add(BillmanagerDocumentExamplesTest.documentItem());
    sim.faults().dropAfterProcessing("cartorder.create.confirm");
    OutcomeUnknownException e = catchThrowableOfType(cart::checkout, OutcomeUnknownException.class);
    assertThat(e.details()).containsEntry("reference", "broker-13").containsKey("lineitem.id");

    Order order = cart.checkout();
    Order again = provider.place(order("broker-13"));

    assertThat(again.ref()).isEqualTo(order.ref());
    assertThat(sim.confirmedOrders()).isEqualTo(1);
    assertThat(sim.balance(BillmanagerSimulator.CLIENT_LOGIN)).isEqualByComparingTo("94.50");
  }

  @Test
  void skipbasket_savesOneRoundTripPerOrder() {
    provider().place(order("broker-14"));
    int withCart = sim.requestCount();
    provider("skipbasket", "true").place(order("broker-15"));
    int withSkip = sim.requestCount() - withCart;
    assertThat(sim.confirmedOrders()).isEqualTo(2);
    assertThat(sim.servicesWithRemoteid("broker-15")).hasSize(1);
    assertThat(withCart - withSkip).isEqualTo(1);
    System.out.printf("simulator round trips per order: cart + confirm %d, skipbasket %d%n", withCart, withSkip);
  }
}
