package io.hostorder.provider.hostway;

import static io.hostorder.provider.hostway.VirtuozzoDocumentExampleTest.*;
import static io.hostorder.provider.hostway.Wire.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.PromoCodeRejectedException;
import io.hostorder.core.error.TransientException;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Error answers (the JSON template or text/plain) become typed errors that keep the provider's words. */
class ErrorMappingTest {
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void createOrder_when401TextPlain_isAuthentication_keepingTheText() {
    server.enqueue(text(401, "Invalid OwnerId"));
    AuthenticationException e = catchThrowableOfType(AuthenticationException.class, () -> provider(server).place(example()));
    assertThat(e.getMessage()).contains("401").contains("Invalid OwnerId");
  }

  @Test
  void createOrder_when503_isTransient_nothingCreated() {
    server.enqueue(text(503, "busy"));
    TransientException e = catchThrowableOfType(TransientException.class, () -> provider(server).place(example()));
    assertThat(e.getMessage()).contains("503").contains("busy");
    assertThat(e.details()).containsEntry("providerBody", "busy");
  }

  @Test
  void createOrder_when409_isProviderError_withTemplateTypeCodeAndMessage() {
    server.enqueue(error(409, "{\"conflict\": {\"message\": \"A new order has already been created for this ownerID\", "
        + "\"code\": 409, \"details\": \"\"}}"));
    ProviderErrorException e = catchThrowableOfType(ProviderErrorException.class, () -> provider(server).place(example()));
    assertThat(e.code()).isEqualTo("HTTP 409 conflict (409)");
    assertThat(e.providerMessage()).contains("A new order has already been created for this ownerID");
    assertThat(e.details().get("providerBody")).contains("\"conflict\"");
  }

  @Test
  void addProduct_when400_isIncomplete_withTheProviderErrorAsCause_andNotSubmitted() {
    server.enqueue(orderCreated(ORDER, OWNER));
    server.enqueue(noContent());
    server.enqueue(error(400, "{\"badRequest\": {\"message\": \"Currency EUR not allowed for this franchise\", \"code\": 400, \"details\": \"offering\"}}"));
    HostwayOrderIncompleteException e = catchThrowableOfType(HostwayOrderIncompleteException.class,
        () -> provider(server).place(example()));
    assertThat(e.getCause()).isInstanceOf(ProviderErrorException.class);
    assertThat(((ProviderErrorException) e.getCause()).providerMessage()).contains("Currency EUR not allowed").contains("offering");
    assertThat(e.code()).startsWith("HTTP 400 badRequest");
    assertThat(e.state().products()).isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void addProduct_when404_isIncomplete_withNotFoundCause() {
    server.enqueue(orderCreated(ORDER, OWNER));
    server.enqueue(noContent());
    server.enqueue(error(404, "{\"itemNotFound\": {\"guid\": \"\", \"message\": \"Resource not found\", \"code\": 404, \"details\": \"\"}}"));
    HostwayOrderIncompleteException e = catchThrowableOfType(HostwayOrderIncompleteException.class,
        () -> provider(server).place(example()));
    assertThat(e.getCause()).isInstanceOf(NotFoundException.class).hasMessageContaining("Resource not found");
  }

  @Test
  void addProduct_whenThePromoCodeIsRefused_isPromoCodeRejected_andNotSubmitted() {
    server.enqueue(orderCreated(ORDER, OWNER));
    server.enqueue(noContent());
    server.enqueue(error(400, "{\"badRequest\": {\"message\": \"Invalid promo code BAD\", \"code\": 400, \"details\": \"\"}}"));
    OrderRequest order = example().toBuilder().promoCode("BAD").build();
    PromoCodeRejectedException e = catchThrowableOfType(PromoCodeRejectedException.class, () -> provider(server).place(order));
    assertThat(e.promoCode()).isEqualTo("BAD");
    assertThat(e.details()).containsEntry("orderId", ORDER).containsEntry("submitted", "false");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void createOrder_whenTheAnswerIsNotJsonAndHasNoLocation_isOutcomeUnknown_sayingNothingIsOrdered() {
    server.enqueue(new okhttp3.mockwebserver.MockResponse().setResponseCode(201).setBody("<html>"));
    OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class,
        () -> provider(server).place(OrderRequest.of(OrderItem.builder().plan("a/b").build())));
    assertThat(e.step()).isEqualTo("create order");
    assertThat(e.getCause()).hasMessageContaining("nothing is ordered");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
