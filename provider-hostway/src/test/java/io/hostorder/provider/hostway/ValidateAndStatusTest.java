package io.hostorder.provider.hostway;

import static io.hostorder.provider.hostway.VirtuozzoDocumentExampleTest.*;
import static io.hostorder.provider.hostway.Wire.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.UnsupportedCapabilityException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderStatus;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code {"action":"validate"}} as a dry run and before submit, and {@code GET /orders/{id}}. */
class ValidateAndStatusTest {
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private void enqueueUntilServices() {
    server.enqueue(orderCreated(ORDER, OWNER));
    server.enqueue(noContent());
    server.enqueue(created(PRODUCT_URL, null));
    server.enqueue(created(SERVER_URL, null));
    for (String id : CHILD_IDS) server.enqueue(created(PRODUCT_URL + "/services/" + id, null));
  }

  private Cart cart(OrderProvider provider) {
    Cart cart = provider.newCart("ref-v");
    for (OrderItem item : example().items()) cart.add(item);
    return cart;
  }

  @Test
  void cartValidate_isADryRun_thenCheckoutOnlySubmitsTheSameOrder() throws Exception {
    enqueueUntilServices();
    server.enqueue(noContent());
    OrderProvider provider = provider(server);
    assertThat(provider.capabilities().has(Capability.VALIDATE_ONLY)).isTrue();
    Cart cart = cart(provider);

    cart.validate();

    for (int i = 0; i < 10; i++) take(server);
    assertSent(take(server), "POST", "/orders/" + ORDER + "/action", OWNER, "{\"action\": \"validate\"}");
    server.enqueue(accepted());
    Order order = cart.checkout();
    assertSent(take(server), "POST", "/orders/" + ORDER + "/action", OWNER, "{\"action\": \"submit\"}");
    assertThat(server.getRequestCount()).isEqualTo(12);
    assertThat(order.ref().id()).isEqualTo(ORDER);
  }

  @Test
  void validateBeforeSubmit_whenValidateRefuses_doesNotSubmit() throws Exception {
    enqueueUntilServices();
    server.enqueue(error(400, "{\"badRequest\": {\"message\": \"No hostname attribute set.\", \"code\": 400, \"details\": \"\"}}"));
    Cart cart = cart(provider(server, "validate-before-submit", "true"));

    HostwayOrderIncompleteException e = catchThrowableOfType(HostwayOrderIncompleteException.class, cart::checkout);

    assertThat(e.step()).isEqualTo("validate");
    assertThat(e.providerMessage()).contains("No hostname attribute set.");
    assertThat(server.getRequestCount()).isEqualTo(11);
    for (int i = 0; i < 10; i++) take(server);
    assertSent(take(server), "POST", "/orders/" + ORDER + "/action", OWNER, "{\"action\": \"validate\"}");
  }

  @Test
  void validateBeforeSubmit_whenValid_validatesThenSubmits() throws Exception {
    enqueueUntilServices();
    server.enqueue(noContent());
    server.enqueue(accepted());
    cart(provider(server, "validate-before-submit", "true")).checkout();
    for (int i = 0; i < 10; i++) take(server);
    assertSent(take(server), "POST", "/orders/" + ORDER + "/action", OWNER, "{\"action\": \"validate\"}");
    assertSent(take(server), "POST", "/orders/" + ORDER + "/action", OWNER, "{\"action\": \"submit\"}");
  }

  @Test
  void order_afterPlacing_getsTheOrderWithItsOwnerCookie_andMapsNew() throws Exception {
    enqueueUntilServices();
    server.enqueue(accepted());
    HostwayProvider provider = (HostwayProvider) provider(server);
    provider.place(example());
    for (int i = 0; i < 11; i++) take(server);
    server.enqueue(new MockResponse().setHeader("Content-Type", JSON).setBody("{\"order\": {\"Status\": \"new\", "
        + "\"Account\": \"acct123456\"}, \"links\": {\"self\": {\"href\": \"" + ORDER_URL + "\"}}}"));

    Order order = provider.order(OrderRef.of(ORDER));

    assertSent(take(server), "GET", "/orders/" + ORDER, OWNER, null);
    assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(order.providerStatus()).isEqualTo("new");
    assertThat(provider.ownerId(OrderRef.of(ORDER))).map(OwnerId::value).contains(OWNER);
  }

  @Test
  void order_whenTheStatusIsUndocumented_keepsItVisible() throws Exception {
    server.enqueue(new MockResponse().setHeader("Content-Type", JSON).setBody("{\"order\": {\"Status\": \"submitted\"}, \"links\": {}}"));
    Order order = provider(server).order(OrderRef.of("abc"));
    assertThat(order.status()).isEqualTo(OrderStatus.UNKNOWN);
    assertThat(order.providerStatus()).isEqualTo("submitted");
    assertSent(take(server), "GET", "/orders/abc", null, null);
  }

  @Test
  void order_when404_isNotFound_andMalformedIsATypedError() {
    server.enqueue(error(404, "{\"itemNotFound\": {\"guid\": \"\", \"message\": \"Resource not found\", \"code\": 404, \"details\": \"\"}}"));
    server.enqueue(new MockResponse().setHeader("Content-Type", JSON).setBody("[1,2"));
    OrderProvider provider = provider(server);
    catchThrowableOfType(NotFoundException.class, () -> provider.order(OrderRef.of("nope")));
    catchThrowableOfType(ProviderErrorException.class, () -> provider.order(OrderRef.of("bad")));
  }

  @Test
  void listAndCancel_areNotDeclared_andFailBeforeAnyRequest() {
    OrderProvider provider = provider(server);
    assertThat(provider.capabilities().has(Capability.ORDER_LIST)).isFalse();
    assertThat(provider.capabilities().has(Capability.CANCEL_ORDER)).isFalse();
    catchThrowableOfType(UnsupportedCapabilityException.class, provider::orders);
    catchThrowableOfType(UnsupportedCapabilityException.class, () -> provider.cancel(OrderRef.of(ORDER)));
    assertThat(server.getRequestCount()).isZero();
  }
}
