package io.hostorder.provider.hostway;

import static io.hostorder.provider.hostway.Wire.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.json.OrderJson;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.OrderStatus;
import java.nio.file.Path;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole example of "Order VPS Virtuozzo products and services" (Hostway OrderAPI), placed from the
 * one portable order file {@code examples/hostway-virtuozzo.json}: every request of the document, in
 * its order, with its method, path, Content-Type, OwnerId cookie and body.
 */
class VirtuozzoDocumentExampleTest {
  static final String ORDER = "00000143d407b34742ee26ae007f000000010001";
  static final String OWNER = "09185e9b-2ea0-4bef-950e-fc9f8b89861f";
  static final String ORDER_URL = "https://api.hostway.com/orders/" + ORDER;
  static final String PRODUCT_URL = ORDER_URL + "/account/products/00000143d407b725d9eb9a41007f000000010001";
  static final String SERVER_URL = PRODUCT_URL + "/services/00000143d407b34742ed9lker8007f000000010001";
  static final String PRODUCTS_PATH = "/orders/" + ORDER + "/account/products";
  static final String SERVICES_PATH = PRODUCTS_PATH + "/00000143d407b725d9eb9a41007f000000010001/services";
  static final List<String> CHILDREN = List.of(
      "core.vps.virtuozzo.controlpanel.plesk9-10domain", "core.vps.virtuozzo.additional_memory.256mb",
      "core.vps.virtuozzo.additional_disk.10gb", "core.vps.virtuozzo.additional_bandwidth.1000gb",
      "core.vps.virtuozzo.ip", "core.vps.virtuozzo.powerpack");
  static final List<String> CHILD_IDS = List.of(
      "00000143d407bea7e2b84d37001f000000010001", "00000288d407bcc7e2f81d39009f000000010001",
      "00000255d407bec6e2c84117001d000000010001", "00000143c2546caa7e2b84d37001f000000010001",
      "00000453c2547fae902b84d37001d000000010001", "00000199a2947fac902b11d37001d000000010001");

  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  static OrderRequest example() {
    return OrderJson.read(Path.of("..", "examples", "hostway-virtuozzo.json"));
  }

  /** Enqueues the document's answers, in order. */
  static void enqueueDocumentAnswers(MockWebServer server) {
    server.enqueue(orderCreated(ORDER, OWNER));
    server.enqueue(noContent());
    server.enqueue(created(PRODUCT_URL, null));
    server.enqueue(created(SERVER_URL, null));
    for (String id : CHILD_IDS) {
      server.enqueue(created(PRODUCT_URL + "/services/" + id, null));
    }
    server.enqueue(accepted());
  }

  static String child(String spec) {
    return "{ \"name\": \"VPS Virtuozzo Test\", \"serviceSpecification\": \"https://api.hostway.com/serviceSpecifications/"
        + spec + "\", \"billingCycle\": 1, \"relatedTo\": [\"" + SERVER_URL + "\"] }";
  }

  @Test
  void placingTheExampleFile_newAccount_sendsEveryRequestOfTheDocumentInOrder() throws Exception {
    enqueueDocumentAnswers(server);
    OrderProvider provider = provider(server, "currency", "USD", "language", "en-US");

    Order order = provider.place(example());

    assertSent(take(server), "POST", "/orders", null, "{}");
    assertSent(take(server), "PUT", "/orders/" + ORDER + "/account", OWNER, "{ \"currency\": \"USD\", \"language\": \"en-US\" }");
    // The document's body, plus the documented optional partnerId: the broker's reference as it is (issue 12).
    assertSent(take(server), "POST", PRODUCTS_PATH, OWNER,
        "{ \"offering\": \"https://api.hostway.com/productSpecifications/core.plan.vps.virtuozzo.u101/offerings/USD-1\","
            + " \"partnerId\": \"hostway-virtuozzo-example\" }");
    assertSent(take(server), "POST", SERVICES_PATH, OWNER, "{ \"name\": \"VPS Virtuozzo Test\", \"serviceSpecification\": "
        + "\"https://api.hostway.com/serviceSpecifications/core.vps.virtuozzo.server.u100\", \"billingCycle\": 1 }");
    for (String spec : CHILDREN) {
      assertSent(take(server), "POST", SERVICES_PATH, OWNER, child(spec));
    }
    // The document shows no Cookie on submit; the API notes say every later call of the order sends it.
    assertSent(take(server), "POST", "/orders/" + ORDER + "/action", OWNER, "{ \"action\": \"submit\" }");
    assertThat(server.getRequestCount()).isEqualTo(11);

    assertThat(order.ref().id()).isEqualTo(ORDER);
    assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(order.reference()).isEqualTo("hostway-virtuozzo-example");
    assertThat(order.lines()).hasSize(8);
    assertThat(order.lines().get(1).providerIds()).containsEntry("service", SERVER_URL);
    assertThat(order.lines().get(2).parentId()).isEqualTo("00000143d407b34742ed9lker8007f000000010001");
    assertThat(order.toString()).doesNotContain(OWNER);
  }

  @Test
  void placingTheExampleFile_existingAccount_sendsTheAccountNumber() throws Exception {
    enqueueDocumentAnswers(server);
    OrderProvider provider = provider(server, "account-number", "acct123456");

    provider.place(example());

    take(server);
    assertSent(take(server), "PUT", "/orders/" + ORDER + "/account", OWNER, "{ \"accountNumber\": \"acct123456\" }");
  }

  @Test
  void parallelServices_sendsTheSameRequests_serverServiceFirst() throws Exception {
    enqueueDocumentAnswersByPath(server);
    OrderProvider provider = provider(server, "parallel-services", "true");

    Order order = provider.place(example());

    for (int i = 0; i < 3; i++) take(server);
    assertSent(take(server), "POST", SERVICES_PATH, OWNER, "{ \"name\": \"VPS Virtuozzo Test\", \"serviceSpecification\": "
        + "\"https://api.hostway.com/serviceSpecifications/core.vps.virtuozzo.server.u100\", \"billingCycle\": 1 }");
    java.util.Set<String> children = new java.util.HashSet<>();
    for (int i = 0; i < CHILDREN.size(); i++) {
      var r = take(server);
      assertThat(r.getHeader("Cookie")).isEqualTo("OwnerId=" + OWNER);
      children.add(MAPPER.readTree(r.getBody().readUtf8()).toString());
    }
    java.util.Set<String> expected = new java.util.HashSet<>();
    for (String spec : CHILDREN) expected.add(MAPPER.readTree(child(spec)).toString());
    assertThat(children).isEqualTo(expected);
    assertSent(take(server), "POST", "/orders/" + ORDER + "/action", OWNER, "{ \"action\": \"submit\" }");
    assertThat(order.lines()).hasSize(8);
  }

  /** Answers by the request's body (children may arrive in any order when created in parallel). */
  static void enqueueDocumentAnswersByPath(MockWebServer server) {
    server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
      @Override
      public okhttp3.mockwebserver.MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest r) {
        String path = r.getPath();
        String body = r.getBody().clone().readUtf8();
        if (path.equals("/orders")) return orderCreated(ORDER, OWNER);
        if (path.endsWith("/account")) return noContent();
        if (path.equals(PRODUCTS_PATH)) return created(PRODUCT_URL, null);
        if (path.endsWith("/action")) return accepted();
        if (body.contains("server.u100")) return created(SERVER_URL, null);
        for (int i = 0; i < CHILDREN.size(); i++) {
          if (body.contains(CHILDREN.get(i) + "\"")) return created(PRODUCT_URL + "/services/" + CHILD_IDS.get(i), null);
        }
        return text(404, "Resource not found");
      }
    });
  }
}
