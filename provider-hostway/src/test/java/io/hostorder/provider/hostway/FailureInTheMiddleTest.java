package io.hostorder.provider.hostway;

import static io.hostorder.provider.hostway.VirtuozzoDocumentExampleTest.*;
import static io.hostorder.provider.hostway.Wire.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.Cart;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A step fails after the order was created: nothing is submitted, and the order can be resumed or abandoned. */
class FailureInTheMiddleTest {
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private Cart cartWithExample(OrderProvider provider) {
    Cart cart = provider.newCart("ref-1");
    for (OrderItem item : example().items()) cart.add(item);
    return cart;
  }

  private void enqueueUntilThirdServiceFails() {
    server.enqueue(orderCreated(ORDER, OWNER));
    server.enqueue(noContent());
    server.enqueue(created(PRODUCT_URL, null));
    server.enqueue(created(SERVER_URL, null));
    server.enqueue(created(PRODUCT_URL + "/services/" + CHILD_IDS.get(0), null));
    // A documented refusal: the third service was not created, so the order can be resumed.
    server.enqueue(error(409, "{\"conflictingRequest\": {\"message\": \"The service cannot be added now\", \"code\": 409, \"details\": \"\"}}"));
  }

  @Test
  void checkout_whenThirdServiceIsRefused_doesNotSubmit_andReportsOrderOwnerAndWhatWasCreated() throws Exception {
    enqueueUntilThirdServiceFails();
    Cart cart = cartWithExample(provider(server));

    HostwayOrderIncompleteException e = catchThrowableOfType(HostwayOrderIncompleteException.class, cart::checkout);

    assertThat(e.orderId()).isEqualTo(ORDER);
    assertThat(e.step()).isEqualTo("add service items[0].related[1]");
    assertThat(e.getCause()).isInstanceOf(ProviderErrorException.class);
    assertThat(e.state().products()).containsExactly(java.util.Map.entry("items[0]", PRODUCT_URL));
    assertThat(e.state().services()).containsOnlyKeys("items[0]", "items[0].related[0]")
        .containsEntry("items[0]", SERVER_URL);
    assertThat(e.state().resumable()).isTrue();
    assertThat(e.state().ownerId().value()).isEqualTo(OWNER);
    // The OwnerId grants access to the order: only the typed accessor gives it.
    assertThat(e.getMessage()).doesNotContain(OWNER).contains(ORDER);
    assertThat(e.details().toString()).doesNotContain(OWNER).contains(PRODUCT_URL);
    assertThat(e.state().toString()).doesNotContain(OWNER);
    assertThat(e.toString()).doesNotContain(OWNER);
    assertThat(server.getRequestCount()).isEqualTo(6);
    for (int i = 0; i < 6; i++) {
      assertThat(take(server).getPath()).doesNotEndWith("/action");
    }
  }

  @Test
  void checkoutAgain_afterAFailureInTheMiddle_createsOnlyTheRemainingServicesOnTheSameOrder() throws Exception {
    enqueueUntilThirdServiceFails();
    Cart cart = cartWithExample(provider(server));
    assertThatThrownBy(cart::checkout).isInstanceOf(HostwayOrderIncompleteException.class);
    for (int i = 0; i < 6; i++) take(server);
    for (int i = 1; i < CHILD_IDS.size(); i++) server.enqueue(created(PRODUCT_URL + "/services/" + CHILD_IDS.get(i), null));
    server.enqueue(accepted());

    Order order = cart.checkout();

    for (int i = 1; i < CHILDREN.size(); i++) {
      assertSent(take(server), "POST", SERVICES_PATH, OWNER, child(CHILDREN.get(i)));
    }
    assertSent(take(server), "POST", "/orders/" + ORDER + "/action", OWNER, "{\"action\": \"submit\"}");
    assertThat(order.ref().id()).isEqualTo(ORDER);
    assertThat(server.getRequestCount()).isEqualTo(6 + 6);
  }

  @Test
  void resume_fromTheReportedState_inAnotherProviderInstance_finishesTheSameOrder() throws Exception {
    enqueueUntilThirdServiceFails();
    HostwayOrderIncompleteException e = catchThrowableOfType(HostwayOrderIncompleteException.class,
        () -> provider(server).place(example()));
    for (int i = 0; i < 6; i++) take(server);
    HostwayOrderState saved = HostwayOrderState.of(e.state().order(), e.orderId(), OwnerId.of(e.state().ownerId().value()),
        e.state().accountSet(), e.state().products(), e.state().services());
    for (int i = 1; i < CHILD_IDS.size(); i++) server.enqueue(created(PRODUCT_URL + "/services/" + CHILD_IDS.get(i), null));
    server.enqueue(accepted());

    HostwayProvider other = (HostwayProvider) provider(server);
    Order order = other.resume(saved).checkout();

    assertSent(take(server), "POST", SERVICES_PATH, OWNER, child(CHILDREN.get(1)));
    for (int i = 2; i < CHILDREN.size(); i++) take(server);
    assertSent(take(server), "POST", "/orders/" + ORDER + "/action", OWNER, "{\"action\": \"submit\"}");
    assertThat(order.lines()).hasSize(8);
  }

  @Test
  void checkout_whenTheConnectionDropsDuringSubmit_isOutcomeUnknown_withReferenceAndOrderId() throws Exception {
    server.enqueue(orderCreated(ORDER, OWNER));
    server.enqueue(noContent());
    server.enqueue(created(PRODUCT_URL, null));
    server.enqueue(created(SERVER_URL, null));
    for (String id : CHILD_IDS) server.enqueue(created(PRODUCT_URL + "/services/" + id, null));
    server.enqueue(new okhttp3.mockwebserver.MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    Cart cart = cartWithExample(provider(server));

    OutcomeUnknownException e = catchThrowableOfType(OutcomeUnknownException.class, cart::checkout);

    assertThat(e.reference()).isEqualTo("ref-1");
    assertThat(e.step()).isEqualTo("submit");
    assertThat(e.details()).containsEntry("orderId", ORDER);
    assertThat(e.getMessage()).doesNotContain(OWNER);
    int before = server.getRequestCount();
    // Never submitted blindly a second time.
    assertThatThrownBy(cart::checkout).isInstanceOf(OutcomeUnknownException.class);
    assertThat(server.getRequestCount()).isEqualTo(before);
  }
}
