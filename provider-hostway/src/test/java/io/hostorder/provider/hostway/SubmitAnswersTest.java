package io.hostorder.provider.hostway;

import static io.hostorder.provider.hostway.VirtuozzoDocumentExampleTest.*;
import static io.hostorder.provider.hostway.Wire.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.Cart;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.PromoCodeRejectedException;
import io.hostorder.core.error.TransientException;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Answers to submit, and to a product carrying a promo code, that the simulator does not give: which are definitive. */
class SubmitAnswersTest {
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private Cart builtCart(OrderProvider provider) {
    server.enqueue(orderCreated(ORDER, OWNER));
    server.enqueue(noContent());
    server.enqueue(created(PRODUCT_URL, null));
    server.enqueue(created(SERVER_URL, null));
    for (String id : CHILD_IDS) server.enqueue(created(PRODUCT_URL + "/services/" + id, null));
    Cart cart = provider.newCart("ref-answers");
    for (OrderItem item : example().items()) cart.add(item);
    return cart;
  }

  private OutcomeUnknownException submitIsUnknown(MockResponse answer) {
    Cart cart = builtCart(provider(server));
    server.enqueue(answer);
    OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class, cart::checkout);
    assertThat(e).isNotNull();
    assertThat(e.step()).isEqualTo("submit");
    assertThat(e.details()).containsEntry("orderId", ORDER).containsEntry("product items[0]", PRODUCT_URL);
    assertThat(e.getMessage()).doesNotContain(OWNER);
    int sent = server.getRequestCount();
    assertThat(catchThrowableOfType(OutcomeUnknownException.class, cart::checkout)).isSameAs(e);
    assertThat(server.getRequestCount()).isEqualTo(sent);
    return e;
  }

  @Test
  void submit_answered502UnexpectedBackendResponse_isOutcomeUnknown_theBackendMayHaveSubmitted() {
    submitIsUnknown(error(502, "{\"badGateway\": {\"message\": \"Unexpected backend response\", \"code\": 502, \"details\": \"\"}}"));
  }

  @Test
  void submit_answered500WithTheErrorTemplate_isOutcomeUnknown() {
    submitIsUnknown(error(500, "{\"serverError\": {\"message\": \"Internal error\", \"code\": 500, \"details\": \"\"}}"));
  }

  @Test
  void submit_answered404WithAGatewaysHtmlPage_isOutcomeUnknown_notNotFound() {
    submitIsUnknown(new MockResponse().setResponseCode(404).setHeader("Content-Type", "text/html").setBody("<html><body>404</body></html>"));
  }

  @Test
  void submit_answered200_isOutcomeUnknown_only202IsDocumented() {
    submitIsUnknown(new MockResponse().setResponseCode(200).setHeader("Content-Type", JSON).setBody("{}"));
  }

  @Test
  void submit_answered409SayingTheOrderWasAlreadySubmitted_isOutcomeUnknown_notARefusal() {
    submitIsUnknown(error(409, "{\"conflictingRequest\": {\"message\": \"Order " + ORDER + " has already been submitted.\", \"code\": 409, \"details\": \"\"}}"));
  }

  @Test
  void submit_answered409Conflict_isADefinitiveRefusal_theOrderIsNotSubmittedAndCanBeResumed() {
    Cart cart = builtCart(provider(server));
    server.enqueue(error(409, "{\"conflict\": {\"message\": \"One of the domains to be ordered is already owned by another account\", \"code\": 409, \"details\": \"\"}}"));

    HostwayOrderIncompleteException e = catchThrowableOfType(HostwayOrderIncompleteException.class, cart::checkout);

    assertThat(e.step()).isEqualTo("submit");
    assertThat(e.getCause()).isInstanceOf(ProviderErrorException.class);
    assertThat(e.state().resumable()).isTrue();
    assertThat(e.details()).containsEntry("submitted", "false");
  }

  @Test
  void submit_answered401TextPlain_isAuthentication_definitive() {
    Cart cart = builtCart(provider(server));
    server.enqueue(text(401, "Unauthorized"));

    HostwayOrderIncompleteException e = catchThrowableOfType(HostwayOrderIncompleteException.class, cart::checkout);

    assertThat(e.getCause()).isInstanceOf(AuthenticationException.class);
  }

  @Test
  void submit_refused503BeforeProcessing_isSafeToRetry_andCheckoutAgainSubmitsOnce() throws Exception {
    Cart cart = builtCart(provider(server));
    server.enqueue(text(503, "Service temporarily unavailable"));

    TransientException e = catchThrowableOfType(TransientException.class, cart::checkout);

    assertThat(e).hasMessageContaining("safe to retry");
    assertThat(e.details()).containsEntry("orderId", ORDER).containsEntry("submitted", "false");
    server.enqueue(accepted());
    assertThat(cart.checkout().ref().id()).isEqualTo(ORDER);
    int submits = 0;
    while (server.getRequestCount() > 0) {
      var r = server.takeRequest(1, java.util.concurrent.TimeUnit.SECONDS);
      if (r == null) break;
      if (r.getPath().endsWith("/action")) submits++;
    }
    assertThat(submits).isEqualTo(2);
  }

  @Test
  void aPromoCodeRefusal_isRecognisedByItsErrorType_itsDetails_orOtherWordsForIt() {
    for (String body : new String[] {
        "{\"invalidPromoCode\": {\"message\": \"Not valid.\", \"code\": 400, \"details\": \"\"}}",
        "{\"badRequest\": {\"message\": \"Invalid value.\", \"code\": 400, \"details\": \"promoCode\"}}",
        "{\"badRequest\": {\"message\": \"Coupon BAD has expired\", \"code\": 400, \"details\": \"\"}}"}) {
      server.enqueue(orderCreated(ORDER, OWNER));
      server.enqueue(noContent());
      server.enqueue(error(400, body));
      OrderRequest order = example().toBuilder().reference("ref-promo").promoCode("BAD").build();

      PromoCodeRejectedException e = catchThrowableOfType(PromoCodeRejectedException.class, () -> provider(server).place(order));

      assertThat(e).as(body).isNotNull();
      assertThat(e.details()).containsEntry("submitted", "false");
    }
  }

  @Test
  void aProductAnswered201WithoutLocation_isUnknown_theOrderIsNeverCompleted() {
    server.enqueue(orderCreated(ORDER, OWNER));
    server.enqueue(noContent());
    server.enqueue(new MockResponse().setResponseCode(201));

    OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class,
        () -> provider(server).place(example()));

    assertThat(e.step()).isEqualTo("add product items[0]");
    assertThat(e.details()).containsEntry("orderId", ORDER);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }
}
