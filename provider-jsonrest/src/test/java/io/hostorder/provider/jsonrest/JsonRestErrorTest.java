package io.hostorder.provider.jsonrest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.Cart;
import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.TransientException;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderRequest;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/** Every answer that is not HTTP 2xx, and every lost answer, becomes the right typed error. */
class JsonRestErrorTest extends MockApi {
  private static final OrderItem ITEM = OrderItem.builder().plan("VPS").name("a").build();

  private OrderRequest order() {
    return OrderRequest.builder().reference("broker-42").addItem(ITEM).build();
  }

  @Test
  void status_when401_isAuthenticationFailure() {
    enqueueJson(401, "{\"message\": \"Invalid token\"}");

    AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
        () -> provider().order(new OrderRef("73")));

    assertThat(e).hasMessageContaining("401").hasMessageContaining("Invalid token");
  }

  @Test
  void create_when403_isAuthenticationFailure_andNothingIsRetried() {
    enqueueJson(403, "{\"message\": \"IP not allowed for this token\"}");

    catchThrowableOfType(AuthenticationException.class, () -> provider().place(order()));

    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void status_when404_isNotFound() {
    enqueueJson(404, "{\"message\": \"Order not found\"}");

    assertThat(catchThrowableOfType(NotFoundException.class, () -> provider().order(new OrderRef("999"))))
        .hasMessageContaining("order 999");
  }

  @Test
  void cancel_when404_isNotFound() {
    server.enqueue(new MockResponse().setResponseCode(404));

    catchThrowableOfType(NotFoundException.class, () -> provider().cancel(new OrderRef("999")));
  }

  @Test
  void cancelLine_when404_isNotFound() {
    server.enqueue(new MockResponse().setResponseCode(404));

    catchThrowableOfType(NotFoundException.class, () -> provider().cancel(new OrderRef("73"), "55"));
  }

  @Test
  void anIdThatIsNotANumber_isNotFound_withoutARequest() {
    catchThrowableOfType(NotFoundException.class, () -> provider().order(new OrderRef("no-such-order")));
    catchThrowableOfType(NotFoundException.class, () -> provider().cancel(new OrderRef("73"), "line-x"));

    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void status_when500_isTransient() {
    enqueueJson(500, "{\"message\": \"database busy\"}");

    assertThat(catchThrowableOfType(TransientException.class, () -> provider().order(new OrderRef("73"))))
        .hasMessageContaining("database busy");
  }

  @Test
  void create_when503_isTransient_becauseTheServerDidNotTakeIt() {
    server.enqueue(new MockResponse().setResponseCode(503).setBody("service unavailable"));

    catchThrowableOfType(TransientException.class, () -> provider().place(order()));
  }

  @Test
  void create_when500_isOutcomeUnknown_withTheReference() {
    enqueueJson(500, "{\"message\": \"internal error\"}");

    OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class, () -> provider().place(order()));

    assertThat(e.reference()).isEqualTo("broker-42");
    assertThat(e.step()).isEqualTo("order_create");
  }

  @Test
  void create_when504CarriesAnOrderId_reportsItWithTheOutcomeUnknown() {
    enqueueJson(504, "{\"order_id\": 81, \"message\": \"gateway timeout\"}");

    OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class, () -> provider().place(order()));

    assertThat(e.details()).containsEntry("orderId", "81").containsEntry("reference", "broker-42");
  }

  @Test
  void create_whenConnectionDropsAfterTheRequest_isOutcomeUnknown_andCheckoutNeverResends() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    Cart cart = provider().newCart("broker-43");
    cart.add(ITEM);

    OutcomeUnknownException first = catchThrowableOfType(OutcomeUnknownException.class, cart::checkout);
    // The second checkout only reads: it looks for an order of this reference, finds none, and says so.
    enqueueJson(200, "{\"orders\": [{\"order_id\": 12, \"status\": 200, \"reference\": \"another\"}]}");
    OutcomeUnknownException again = catchThrowableOfType(OutcomeUnknownException.class, cart::checkout);

    assertThat(first.reference()).isEqualTo("broker-43");
    assertThat(again).isSameAs(first);
    assertThat(takeAction().path("action").asText()).isEqualTo("order_create");
    assertThat(takeAction().path("action").asText()).isEqualTo("order_list");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void status_whenConnectionDrops_isTransient() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

    catchThrowableOfType(TransientException.class, () -> provider().order(new OrderRef("73")));
  }

  @Test
  void create_when2xxHasNoOrderId_isOutcomeUnknown() {
    enqueueJson(200, "<html>ok</html>");

    assertThat(catchThrowableOfType(OutcomeUnknownException.class, () -> provider().place(order())).reference())
        .isEqualTo("broker-42");
  }

  @Test
  void create_when2xxBodyReportsARefusal_isOutcomeUnknown_aRefusalComesAsANon2xx() {
    // "Return data is HTTP 2xx JSON with created order id. HTTP response codes other than 2xx is an error."
    enqueueJson(200, "{\"status\": 400, \"message\": \"Unknown product\"}");

    OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class, () -> provider().place(order()));

    assertThat(e.getCause()).hasMessageContaining("without order_id");
  }

  @Test
  void create_when400_isProviderError_withTheBodysMessage() {
    enqueueJson(400, "{\"message\": \"Product VPS2 does not exist\"}");

    ProviderErrorException e = catchThrowableOfType(ProviderErrorException.class, () -> provider().place(order()));

    assertThat(e.code()).isEqualTo("HTTP 400");
    assertThat(e.providerMessage()).isEqualTo("Product VPS2 does not exist");
  }

  @Test
  void errors_neverShowTheToken_evenWhenTheProviderEchoesIt() {
    enqueueJson(401, "{\"message\": \"token " + TOKEN + " is not valid\"}");

    AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
        () -> provider().order(new OrderRef("73")));

    assertThat(e.getMessage()).doesNotContain(TOKEN).contains("****");
  }

  @Test
  void list_whenAnswerIsNotJson_isProviderError() {
    enqueueJson(200, "this is not json");

    assertThat(catchThrowableOfType(ProviderErrorException.class, () -> provider().orders()).code())
        .isEqualTo("malformed-answer");
  }

  @Test
  void status_whenTheAnswerIsHuge_isAMalformedAnswer_notAHang() {
    server.enqueue(new MockResponse().setResponseCode(200).setBody(new okio.Buffer().write(new byte[5 * 1024 * 1024])));

    assertThat(catchThrowableOfType(ProviderErrorException.class, () -> provider().order(new OrderRef("73"))).code())
        .isEqualTo("malformed-answer");
  }

  @Test
  void create_whenTheAnswerIsHuge_isOutcomeUnknown() {
    server.enqueue(new MockResponse().setResponseCode(200).setBody(new okio.Buffer().write(new byte[5 * 1024 * 1024])));

    assertThat(catchThrowableOfType(OutcomeUnknownException.class, () -> provider().place(order())).reference())
        .isEqualTo("broker-42");
  }

  @Test
  void status_whenTheAnswerIsAnArray_isAMalformedAnswer() {
    enqueueJson(200, "[1, 2]");

    assertThat(catchThrowableOfType(ProviderErrorException.class, () -> provider().order(new OrderRef("73"))).code())
        .isEqualTo("malformed-answer");
  }

  @Test
  void list_whenAnElementHasNoOrderId_isAMalformedAnswer() {
    enqueueJson(200, "{\"orders\": [{\"status\": 200}]}");

    assertThat(catchThrowableOfType(ProviderErrorException.class, () -> provider().orders()).code())
        .isEqualTo("malformed-answer");
  }

  @Test
  void list_whenAnswerIsEmpty_isAnEmptyList() {
    server.enqueue(new MockResponse().setResponseCode(200));

    assertThat(provider().orders()).isEmpty();
  }

  @Test
  void create_when400IsAGatewaysHtmlPage_isOutcomeUnknown_notARefusal() {
    server.enqueue(new MockResponse().setResponseCode(400).setHeader("Content-Type", "text/html")
        .setBody("<html><body><h1>400 Bad Request</h1></body></html>"));

    assertThat(catchThrowableOfType(OutcomeUnknownException.class, () -> provider().place(order())).getCause())
        .hasMessageContaining("HTML");
  }

  @Test
  void create_when4xxIsNotTheApisErrorBody_isOutcomeUnknown() {
    server.enqueue(new MockResponse().setResponseCode(422).setBody("unprocessable"));

    catchThrowableOfType(OutcomeUnknownException.class, () -> provider().place(order()));
  }

  @Test
  void create_when4xxSpeaksOfCreditWithoutAnOrderId_isOutcomeUnknown_theInvoiceMayExist() {
    enqueueJson(409, "{\"status\": 409, \"message\": \"Insufficient credit, please top up your balance\"}");

    OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class, () -> provider().place(order()));

    assertThat(e.getCause()).hasMessageContaining("payment");
  }

  @Test
  void create_whenA2xxWithoutOrderIdSpeaksOfPayment_isOutcomeUnknown_notPaymentRequiredWithoutAnOrder() {
    enqueueJson(200, "{\"status\": 402, \"message\": \"Please pay invoice 9001\", \"invoice_id\": 9001}");

    OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class, () -> provider().place(order()));

    assertThat(e.reference()).isEqualTo("broker-42");
  }

  @Test
  void create_when429_isSafeToRetry_nothingWasTaken() {
    server.enqueue(new MockResponse().setResponseCode(429).setBody("slow down"));

    assertThat(catchThrowableOfType(TransientException.class, () -> provider().place(order())))
        .hasMessageContaining("safe to retry");
  }
}
