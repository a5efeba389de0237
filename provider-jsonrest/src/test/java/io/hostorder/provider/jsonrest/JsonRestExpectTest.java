package io.hostorder.provider.jsonrest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.core.Cart;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.model.Access;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderLine;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.OrderStatus;
import io.hostorder.core.model.Resources;
import java.math.BigDecimal;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Each request example of the document, sent from the portable model, and each answer example read. */
class JsonRestExpectTest extends MockApi {

  /** The document's order request, as a portable item. */
  static OrderItem documentItem() {
    return OrderItem.builder().plan("VPS").name("My testserver 1")
        .resources(new Resources(new BigDecimal("0.5"), 9, 25))
        .image("2")
        .access(Access.sshPublicKey("ssh-rsa ......"))
        .option("ipv4", "1")
        .option("ip_allow", "fec0:aaa:1:2::ff,192.168.0.0/24")
        .option("public_ports_allow", "80,443,12000:12010")
        .build();
  }

  @Test
  void place_sendsTheDocumentsOrderRequest_only_andKnowsItsItemsByPosition() throws Exception {
    enqueueFixture("order-create-res.json");

    Order order = provider().place(OrderRequest.builder().reference("Optional order reference")
        .addItem(documentItem()).build());

    assertThat(takeAction()).isEqualTo(read(fixture("order-create-req.json")));
    assertThat(server.getRequestCount()).as("order_create alone: the documented minimum").isEqualTo(1);
    assertThat(order.ref()).isEqualTo(new OrderRef("73"));
    assertThat(order.reference()).isEqualTo("Optional order reference");
    assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(order.providerStatus()).isEqualTo("200");
    assertThat(order.message()).isEqualTo("Order is being processed");
    assertThat(order.lines()).singleElement().satisfies(line -> {
      assertThat(line.id()).isEqualTo("#1");
      assertThat(line.name()).isEqualTo("My testserver 1");
      assertThat(line.status()).isEqualTo(OrderStatus.PROCESSING);
    });
  }

  @Test
  void order_afterPlace_readsTheItemsWithTheirIds() throws Exception {
    enqueueFixture("order-create-res.json");
    enqueueFixture("order-status-res.json");
    Order placed = provider().place(OrderRequest.builder().reference("Optional order reference")
        .addItem(documentItem()).build());
    enqueueJson(200, "[]"); // server_list: no server yet

    Order read = provider().order(placed.ref());

    takeAction();
    assertThat(takeAction()).isEqualTo(read(fixture("order-status-req.json")));
    assertThat(read.lines()).singleElement().satisfies(line -> {
      assertThat(line.id()).isEqualTo("1293");
      assertThat(line.name()).isEqualTo("VPS");
      assertThat(line.providerIds()).containsEntry("reference", "My testserver 1");
    });
  }

  @Test
  void checkout_isOneOrderCreate_andASecondCheckoutSendsNothing() throws Exception {
    enqueueFixture("order-create-res.json");

    Cart cart = provider().newCart("ref-1");
    cart.add(documentItem());
    Order order = cart.checkout();

    assertThat(order.ref().id()).isEqualTo("73");
    assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(order.reference()).isEqualTo("ref-1");
    assertThat(cart.checkout()).isSameAs(order);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void cancel_ofALineKnownByPosition_readsOrderStatusOnce_thenCancelsThatItem() throws Exception {
    enqueueJson(200, "{\"order_id\": 90, \"status\": 200, \"order_items\": [{\"id\": 11, \"status\": 200},"
        + " {\"id\": 12, \"status\": 200}]}");
    enqueueJson(200, "");

    provider().cancel(new OrderRef("90"), "#2");

    assertThat(takeAction()).isEqualTo(read("{\"action\": \"order_status\", \"order_id\": 90}"));
    assertThat(takeAction()).isEqualTo(read("{\"action\": \"order_cancel\", \"order_id\": 90, \"order_item_id\": 12}"));
  }

  @Test
  void cancel_ofAPositionBeyondTheOrder_isNotFound_andCancelsNothing() throws Exception {
    enqueueJson(200, "{\"order_id\": 90, \"status\": 200, \"order_items\": [{\"id\": 11, \"status\": 200}]}");

    assertThat(catchThrowable(() -> provider().cancel(new OrderRef("90"), "#3")))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("#3");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void order_sendsOrderStatus_andReadsTheDocumentsAnswer() throws Exception {
    enqueueFixture("order-status-res.json");

    Order order = provider().order(new OrderRef("73"));

    assertThat(takeAction()).isEqualTo(read(fixture("order-status-req.json")));
    assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
    OrderLine line = order.lines().get(0);
    assertThat(line.status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(line.providerStatus()).isEqualTo("200");
    assertThat(line.message()).isEqualTo("Order is being processed");
  }

  @Test
  void order_keepsAnUnknownStatusCodeVisible() throws Exception {
    enqueueJson(200, "{\"order_id\": 73, \"status\": 299, \"message\": \"Something new\","
        + " \"order_items\": [{\"id\": 5, \"status\": 410, \"message\": \"Gone\"}]}");

    Order order = provider().order(new OrderRef("73"));

    assertThat(order.status()).isEqualTo(OrderStatus.UNKNOWN);
    assertThat(order.providerStatus()).isEqualTo("299");
    assertThat(order.message()).isEqualTo("Something new");
    assertThat(order.lines().get(0).status()).isEqualTo(OrderStatus.UNKNOWN);
    assertThat(order.lines().get(0).providerStatus()).isEqualTo("410");
  }

  @Test
  void order_whoseMessageSaysCancelled_isCancelled_withItsCodeKept() throws Exception {
    enqueueJson(200, "{\"order_id\": 73, \"status\": 410, \"message\": \"Cancelled: will not be renewed\","
        + " \"order_items\": [{\"id\": 5, \"status\": 410, \"message\": \"Cancelled\"},"
        + " {\"id\": 6, \"status\": 409, \"message\": \"Could not be cancelled\"}]}");

    Order order = provider().order(new OrderRef("73"));

    assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(order.providerStatus()).isEqualTo("410");
    assertThat(order.lines().get(0).status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(order.lines().get(1).status()).isEqualTo(OrderStatus.UNKNOWN);
  }

  @Test
  void orders_sendsOrderList_andReadsAnArrayOfOrders() throws Exception {
    enqueueJson(200, "[" + fixture("order-status-res.json") + ", {\"order_id\": 74, \"status\": 200}]");

    List<Order> orders = provider().orders();

    assertThat(takeAction()).isEqualTo(read(fixture("order-list-req.json")));
    assertThat(orders).extracting(o -> o.ref().id()).containsExactly("73", "74");
    assertThat(orders.get(0).lines()).hasSize(1);
  }

  @Test
  void orders_readsAnObjectHoldingTheList() throws Exception {
    enqueueJson(200, "{\"orders\": [{\"order_id\": \"80\", \"status\": 200}]}");

    assertThat(provider().orders()).extracting(o -> o.ref().id()).containsExactly("80");
  }

  @Test
  void cancel_sendsTheDocumentsCancelOfTheWholeOrder() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(200));

    provider().cancel(new OrderRef("73"));

    assertThat(takeAction()).isEqualTo(read(fixture("order-cancel-req.json")));
  }

  @Test
  void cancelLine_sendsTheDocumentsCancelOfOneItem() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(200));

    provider().cancel(new OrderRef("73"), "1293");

    assertThat(takeAction()).isEqualTo(read(fixture("order-cancel-item-req.json")));
  }

  @Test
  void servers_sendsServerListWithZeroForAll() throws Exception {
    enqueueJson(200, "[{\"id\": 9, \"order_item_id\": 1293, \"name\": \"My testserver 1\", \"status\": \"running\","
        + " \"ipv4\": \"192.0.2.7\"}]");

    List<JsonRestServer> servers = provider().servers();

    assertThat(takeAction()).isEqualTo(read(fixture("server-list-req.json")));
    assertThat(servers).singleElement().satisfies(s -> {
      assertThat(s.id()).isEqualTo("9");
      assertThat(s.orderItemId()).isEqualTo("1293");
      assertThat(s.name()).isEqualTo("My testserver 1");
      assertThat(s.fields()).containsEntry("ipv4", "192.0.2.7");
    });
  }

  @Test
  void serversOfOneItem_sendsItsOrderItemId() throws Exception {
    enqueueJson(200, "{\"servers\": []}");

    assertThat(provider().servers("1293")).isEmpty();

    assertThat(takeAction()).isEqualTo(read("{\"action\": \"server_list\", \"order_item_id\": 1293}"));
  }

  @Test
  void place_withSeveralItems_sendsOneOrderCreateHoldingThemAll() throws Exception {
    enqueueJson(200, "{\"order_id\": 90, \"status\": 200, \"message\": \"Order is being processed\"}");
    OrderItem second = OrderItem.builder().plan("VPS").name("web-2").image("Debian").option("os_version", "10.4").build();

    Order order = provider().place(OrderRequest.builder().reference("broker-7").addItem(documentItem())
        .addItem(second).build());

    JsonNode create = takeAction();
    assertThat(create.path("items")).hasSize(2);
    assertThat(create.path("items").get(1)).isEqualTo(read("{\"name\": \"web-2\", \"product\": {\"name\": \"VPS\","
        + " \"options\": {\"os\": \"Debian\", \"os_version\": \"10.4\"}}}"));
    assertThat(create.path("reference").asText()).isEqualTo("broker-7");
    assertThat(order.lines()).extracting(OrderLine::id).containsExactly("#1", "#2");
    assertThat(order.lines()).extracting(OrderLine::name).containsExactly("My testserver 1", "web-2");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void place_sendsTheCurrentVersionsOptions() throws Exception {
    enqueueFixture("order-create-res.json");
    enqueueFixture("order-status-res.json");
    OrderItem item = OrderItem.builder().plan("VPS").name("db-1")
        .resources(new Resources(new BigDecimal("2.0"), 2, 50))
        .image("Debian").option("os_version", "10.4")
        .access(Access.sshPublicKey("ssh-ed25519 AAAAC3Nz test"))
        .option("ip_allow", "192.168.0.0/24")
        .option("cloud_init_url", "https://example.com/init.yaml")
        .option("antiaffinity", "7").option("firewall_id", "12").option("firewall_addme", "1")
        .build();

    provider().place(OrderRequest.builder().reference("r-2").addItem(item).build());

    assertThat(takeAction().path("items").get(0).path("product")).isEqualTo(read("""
        {"name": "VPS", "options": {
          "quantity_ram_gb": 2, "quantity_cpu": 2, "quantity_storage_gb": 50,
          "os": "Debian", "os_version": "10.4", "antiaffinity": 7, "firewall_id": 12, "firewall_addme": "1",
          "features": {"cloud_init_url": "https://example.com/init.yaml",
            "sshd": {"authorized_keys": "ssh-ed25519 AAAAC3Nz test", "ip_allow": "192.168.0.0/24"}}}}
        """));
  }

  @Test
  void usernameAndPassword_areSentAsHttpBasic() throws Exception {
    enqueueFixture("order-status-res.json");
    Map<String, String> config = config();
    config.remove("token");
    config.put("username", "broker");
    config.put("password", "s3cret-pass");

    provider(config).order(new OrderRef("73"));

    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r.getHeader("Authorization")).isEqualTo("Basic "
        + Base64.getEncoder().encodeToString("broker:s3cret-pass".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(r.getHeader("X-Account-Token")).isNull();
    assertThat(r.getHeader("User-Agent")).startsWith("hostorder/");
  }
}
