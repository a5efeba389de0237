package io.hostorder.provider.billmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import io.hostorder.core.Cart;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.PaymentRequiredException;
import io.hostorder.core.error.PromoCodeRejectedException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.TransientException;
import java.math.BigDecimal;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** BILLmanager's error documents (HTTP 200 with doc.error), in XML and in JSON, mapped to the typed errors. */
class BillmanagerErrorsTest {
  private final Wire wire = new Wire();

  @AfterEach
  void close() {
    wire.close();
  }

  static String error(String format, String type, String object, String msg) {
    if (format.equals("json")) {
      return "{\"doc\": {\"error\": {\"$type\": \"" + type + "\", \"$object\": \"" + object + "\", \"$lang\": \"en\","
          + " \"msg\": {\"$\": \"" + msg + "\"}}}}";
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<doc><error type=\"" + type + "\" object=\"" + object
        + "\" lang=\"en\"><msg>" + msg + "</msg></error></doc>";
  }

  private OrderProvider provider(String format) {
    // With remoteid (the default) a cart lists nothing before its first add, so each answer below is the add's.
    return wire.provider("format", format);
  }

  private static String lineItem(String format) {
    return format.equals("json") ? "{\"doc\": {\"lineitem.id\": {\"$\": \"1818\"}}}" : "<doc><lineitem.id>1818</lineitem.id></doc>";
  }

  @ParameterizedTest
  @ValueSource(strings = {"xml", "json"})
  void authError_isAuthenticationException_withoutTheCredentials(String format) {
    wire.enqueue(error(format, "auth", "badpassword", "Invalid username or password"));
    assertThatThrownBy(() -> provider(format).newCart().add(BillmanagerDocumentExamplesTest.documentItem()))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("auth/badpassword").hasMessageContaining("Invalid username or password")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("admin_password"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"xml", "json"})
  void accessError_isAuthenticationException(String format) {
    wire.enqueue(error(format, "access", "", "Access denied"));
    assertThatThrownBy(() -> provider(format).newCart().add(BillmanagerDocumentExamplesTest.documentItem()))
        .isInstanceOf(AuthenticationException.class).hasMessageContaining("Access denied");
  }

  @ParameterizedTest
  @ValueSource(strings = {"xml", "json"})
  void missedField_isInvalidOrder_namingTheBrokersField(String format) {
    wire.enqueue(error(format, "missed", "datacenter", "Field Datacenter is required"));
    InvalidOrderException e = catchThrowableOfType(
        () -> provider(format).newCart().add(BillmanagerDocumentExamplesTest.documentItem()), InvalidOrderException.class);
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("items[0].region");
      assertThat(v.message()).contains("datacenter").contains("Field Datacenter is required");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"xml", "json"})
  void badValue_isInvalidOrder_namingTheBrokersField(String format) {
    wire.enqueue(error(format, "value", "pricelist", "Invalid tariff"));
    InvalidOrderException e = catchThrowableOfType(
        () -> provider(format).newCart().add(BillmanagerDocumentExamplesTest.documentItem()), InvalidOrderException.class);
    assertThat(e.violations()).extracting(v -> v.path()).containsExactly("items[0].plan");
  }

  @ParameterizedTest
  @ValueSource(strings = {"xml", "json"})
  void rejectedPromoCode_stopsBeforeConfirm_andDeletesTheOrdersCartLine(String format) {
    wire.enqueue(lineItem(format));
    wire.enqueue(error(format, "promocode_not_use", "promocode", "Promo code cannot be used"));
    wire.enqueue("<doc><ok/></doc>");
    Cart cart = provider(format).newCart("broker-7");
    cart.add(BillmanagerDocumentExamplesTest.documentItem());

    PromoCodeRejectedException e = catchThrowableOfType(() -> cart.applyPromoCode("PROMO_2024"),
        PromoCodeRejectedException.class);

    assertThat(e.promoCode()).isEqualTo("PROMO_2024");
    assertThat(e.details()).containsEntry("lineitem.id", "1818").containsEntry("reference", "broker-7");
    assertThat(e.getMessage()).contains("Promo code cannot be used").contains("nothing was paid");
    wire.take();
    wire.take();
    // API notes: func=cart&clicked_button=delete&id=<lineitem>&sok=ok
    assertThat(Wire.fields(wire.take())).contains(entry("func", "cart"), entry("clicked_button", "delete"),
        entry("id", "1818"), entry("sok", "ok"));
    assertThat(wire.requestCount()).isEqualTo(3);
    assertThatThrownBy(cart::checkout).isInstanceOf(IllegalStateException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"xml", "json"})
  void unknownPromoCode_missed_isRejected(String format) {
    wire.enqueue(lineItem(format));
    wire.enqueue(error(format, "missed", "promocode", "Promo code not found"));
    wire.enqueue("<doc><ok/></doc>");
    Cart cart = provider(format).newCart();
    cart.add(BillmanagerDocumentExamplesTest.documentItem());
    assertThatThrownBy(() -> cart.applyPromoCode("NOPE")).isInstanceOf(PromoCodeRejectedException.class)
        .hasMessageContaining("Promo code not found");
  }

  @ParameterizedTest
  @ValueSource(strings = {"xml", "json"})
  void insufficientFunds_atConfirm_isPaymentRequired_withTheAmount(String format) {
    wire.enqueue(lineItem(format));
    wire.enqueue(error(format, "value", "", "insufficient funds to complete the operation. Required amount 12.50 EUR."
        + " Your current balance: 1.00, credit limit 0"));
    Cart cart = provider(format).newCart("broker-8");
    cart.add(BillmanagerDocumentExamplesTest.documentItem());

    PaymentRequiredException e = catchThrowableOfType(cart::checkout, PaymentRequiredException.class);

    assertThat(e.invoice().amount()).isEqualByComparingTo(new BigDecimal("12.50"));
    assertThat(e.invoice().currency()).isEqualTo("EUR");
    assertThat(e.details()).containsEntry("lineitem.id", "1818").containsEntry("reference", "broker-8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"xml", "json"})
  void otherError_isProviderError_withTypeObjectAndMessage(String format) {
    wire.enqueue(error(format, "pricelist_min_order", "pricelist", "Minimum order is 3 months"));
    ProviderErrorException e = catchThrowableOfType(
        () -> provider(format).newCart().add(BillmanagerDocumentExamplesTest.documentItem()), ProviderErrorException.class);
    assertThat(e.code()).isEqualTo("pricelist_min_order/pricelist");
    assertThat(e.providerMessage()).isEqualTo("Minimum order is 3 months");
    assertThat(e.details()).containsEntry("type", "pricelist_min_order").containsEntry("object", "pricelist");
  }

  @ParameterizedTest
  @ValueSource(strings = {"xml", "json"})
  void twoFactorPending_isAuthenticationException_thatSaysSo(String format) {
    wire.enqueue(error(format, "extraconfirm", "", "Confirm the session"));
    assertThatThrownBy(() -> provider(format).newCart().add(BillmanagerDocumentExamplesTest.documentItem()))
        .isInstanceOf(AuthenticationException.class).hasMessageContaining("two-factor")
        .hasMessageContaining("extraconfirm");
  }

  @ParameterizedTest
  @ValueSource(strings = {"xml", "json"})
  void providerMessageEchoingASecret_isScrubbed(String format) {
    wire.enqueue(error(format, "exists", "user", "user admin_login:admin_password is locked"));
    assertThatThrownBy(() -> provider(format).newCart().add(BillmanagerDocumentExamplesTest.documentItem()))
        .isInstanceOf(ProviderErrorException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("admin_password").contains("****"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"not a document", "{\"doc\": ", "<doc><unclosed></doc>", "{\"nodoc\": {}}", ""})
  void malformedAnswer_toTheAdd_isOutcomeUnknown_sinceTheLineMayBeInTheCart(String body) {
    wire.server.enqueue(new MockResponse().setBody(body));
    assertThatThrownBy(() -> provider("xml").newCart("broker-20").add(BillmanagerDocumentExamplesTest.documentItem()))
        .isInstanceOf(OutcomeUnknownException.class).hasMessageContaining("broker-20");
  }

  @ParameterizedTest
  @ValueSource(strings = {"not a document", "{\"doc\": ", "<doc><unclosed></doc>", "{\"nodoc\": {}}", ""})
  void malformedAnswer_toAReadingRequest_isTransient(String body) {
    wire.server.enqueue(new MockResponse().setBody(body));
    assertThatThrownBy(() -> provider("xml").orders()).isInstanceOf(TransientException.class);
  }

  @org.junit.jupiter.api.Test
  void xmlWithADoctype_isRefused() {
    wire.enqueue("<?xml version=\"1.0\"?><!DOCTYPE doc [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><doc><lineitem.id>&x;</lineitem.id></doc>");
    assertThatThrownBy(() -> provider("xml").newCart().add(BillmanagerDocumentExamplesTest.documentItem()))
        .isInstanceOf(OutcomeUnknownException.class).hasRootCauseMessage(
            "the answer was not one the provider documents: HTTP 200: the answer is not valid XML: "
            + "<?xml version=\"1.0\"?><!DOCTYPE doc [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><doc><lineitem.id>&x;</lineitem.id></doc>");
  }

  @org.junit.jupiter.api.Test
  void serviceUnavailable_isTransient() {
    wire.server.enqueue(new MockResponse().setResponseCode(503).setBody("busy"));
    assertThatThrownBy(() -> provider("xml").newCart().add(BillmanagerDocumentExamplesTest.documentItem()))
        .isInstanceOf(TransientException.class);
  }

  @org.junit.jupiter.api.Test
  void badGatewayAtConfirm_isOutcomeUnknown() {
    wire.enqueue(lineItem("xml"));
    wire.server.enqueue(new MockResponse().setResponseCode(502).setBody("bad gateway"));
    Cart cart = provider("xml").newCart("broker-9");
    cart.add(BillmanagerDocumentExamplesTest.documentItem());
    OutcomeUnknownException e = catchThrowableOfType(cart::checkout, OutcomeUnknownException.class);
    assertThat(e.reference()).isEqualTo("broker-9");
    assertThat(e.details()).containsEntry("lineitem.id", "1818");
  }

  @ParameterizedTest
  @ValueSource(strings = {"xml", "json"})
  void unknownFunction_isTheProvidersError_notAnInvalidOrder(String format) {
    wire.enqueue(error(format, "missed", "func", "Unknown function"));
    ProviderErrorException e = catchThrowableOfType(() -> provider(format).newCart().add(
        BillmanagerDocumentExamplesTest.documentItem().toBuilder().option("item-type", "nosuch").build()),
        ProviderErrorException.class);
    assertThat(e.code()).isEqualTo("missed/func");
  }
}
