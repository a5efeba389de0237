package io.hostorder.provider.jsonrest;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderLine;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderStatus;
import io.hostorder.core.model.Server;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;

/**
 * {@code order(ref)}: one {@code order_status}, then one {@code server_list} per line with its {@code
 * order_item_id}; a line is ACTIVE when its server runs with an address, whatever its status code; a
 * server_list that fails or cannot be read leaves the line without a server, and says why.
 */
class ServerDetailsTest extends MockApi {
  static final String TWO_ITEMS = "{\"order_id\": 73, \"status\": 200, \"message\": \"Order is being processed\","
      + " \"order_items\": [{\"id\": 1293, \"status\": 200, \"message\": \"Order is being processed\"},"
      + " {\"id\": 1294, \"status\": 200, \"message\": \"Order is being processed\"}]}";

  static String running(long item, String ip) {
    return "{\"servers\": [{\"order_item_id\": " + item + ", \"name\": \"web-" + item + "\", \"status\": 200,"
        + " \"message\": \"Active\", \"state\": \"running\", \"ipv4\": \"" + ip + "\", \"ipv6\": null,"
        + " \"ip_addresses\": [\"" + ip + "\", \"2001:db8::7\"], \"root_password\": \"hunter2\"}]}";
  }

  @Test
  void eachLine_getsItsServerFromOneServerListWithItsItemId_andTheOrderIsActive() throws Exception {
    enqueueFixture("order-status-res.json");
    enqueueJson(200, running(1293, "192.0.2.17"));

    Order order = provider().order(new OrderRef("73"));

    assertThat(takeAction()).isEqualTo(read(fixture("order-status-req.json")));
    assertThat(takeAction()).isEqualTo(read(fixture("server-list-item-req.json")));
    assertThat(server.getRequestCount()).isEqualTo(2);
    OrderLine line = order.lines().get(0);
    assertThat(line.status()).isEqualTo(OrderStatus.ACTIVE);
    assertThat(line.providerStatus()).isEqualTo("200");
    Server s = line.server();
    assertThat(s.serviceId()).isEqualTo("1293");
    assertThat(s.name()).isEqualTo("web-1293");
    assertThat(s.ipAddresses()).containsExactly("192.0.2.17", "2001:db8::7");
    assertThat(s.status()).isEqualTo(OrderStatus.ACTIVE);
    assertThat(s.providerStatus()).isEqualTo("running");
    assertThat(s.details()).containsEntry("message", "Active").doesNotContainKey("root_password");
    assertThat(order.status()).isEqualTo(OrderStatus.ACTIVE);
    assertThat(order.providerStatus()).isEqualTo("200");
  }

  @Test
  void aServerBeingSetUp_isProcessing_andSoIsTheOrder() {
    enqueueFixture("order-status-res.json");
    enqueueJson(200, "{\"servers\": [{\"order_item_id\": 1293, \"state\": \"installing\", \"ipv4\": null,"
        + " \"ip_addresses\": []}]}");

    Order order = provider().order(new OrderRef("73"));

    assertThat(order.lines().get(0).status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(order.lines().get(0).server().status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(order.lines().get(0).server().ipAddresses()).isEmpty();
    assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
  }

  @Test
  void aRunningServerWithoutAnAddress_isNotActive() {
    enqueueFixture("order-status-res.json");
    enqueueJson(200, "[{\"order_item_id\": 1293, \"status\": \"running\"}]");

    Order order = provider().order(new OrderRef("73"));

    assertThat(order.lines().get(0).status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(order.lines().get(0).server().ready()).isFalse();
  }

  @Test
  void anUnknownItemCode_withItsServerRunning_isActive() {
    enqueueJson(200, "{\"order_id\": 73, \"status\": 201, \"message\": \"Delivered\","
        + " \"order_items\": [{\"id\": 1293, \"status\": 201, \"message\": \"Delivered\"}]}");
    enqueueJson(200, "{\"id\": 5001, \"order_item_id\": 1293, \"status\": \"Active\", \"ip\": \"198.51.100.4\"}");

    Order order = provider().order(new OrderRef("73"));

    assertThat(order.lines().get(0).status()).isEqualTo(OrderStatus.ACTIVE);
    assertThat(order.lines().get(0).providerStatus()).isEqualTo("201");
    assertThat(order.lines().get(0).server().serviceId()).isEqualTo("5001");
    assertThat(order.status()).isEqualTo(OrderStatus.ACTIVE);
  }

  @Test
  void oneLineActive_andOneBeingSetUp_leavesTheOrderProcessing() {
    enqueueJson(200, TWO_ITEMS);
    enqueueJson(200, running(1293, "192.0.2.17"));
    enqueueJson(200, "{\"servers\": [{\"order_item_id\": 1294, \"state\": \"installing\"}]}");

    Order order = provider().order(new OrderRef("73"));

    assertThat(order.lines()).extracting(OrderLine::status).containsExactly(OrderStatus.ACTIVE, OrderStatus.PROCESSING);
    assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void cancelledAndUnpaidLines_areNotAskedFor_andActivePlusCancelledIsActive() throws Exception {
    enqueueJson(200, "{\"order_id\": 73, \"status\": 200, \"order_items\": ["
        + "{\"id\": 1293, \"status\": 410, \"message\": \"Cancelled\"}, {\"id\": 1294, \"status\": 200}]}");
    enqueueJson(200, running(1294, "192.0.2.18"));

    Order order = provider().order(new OrderRef("73"));

    takeAction();
    assertThat(takeAction().path("order_item_id").asLong()).isEqualTo(1294);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(order.lines().get(0).server()).isNull();
    assertThat(order.status()).isEqualTo(OrderStatus.ACTIVE);

    enqueueJson(200, "{\"order_id\": 74, \"status\": 402, \"order_items\": [{\"id\": 3, \"status\": 402}]}");
    assertThat(provider().order(new OrderRef("74")).status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aServerListThatKnowsNoSuchItem_meansNoServerYet() {
    enqueueFixture("order-status-res.json");
    enqueueJson(404, "{\"status\": 404, \"message\": \"Order item 1293 not found\"}");

    Order order = provider().order(new OrderRef("73"));

    assertThat(order.lines().get(0).server()).isNull();
    assertThat(order.lines().get(0).message()).isEqualTo("Order is being processed");
    assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
  }

  @Test
  void aServerOfAnotherItem_isIgnored() {
    enqueueFixture("order-status-res.json");
    enqueueJson(200, running(999, "192.0.2.17"));

    Order order = provider().order(new OrderRef("73"));

    assertThat(order.lines().get(0).server()).isNull();
    assertThat(order.lines().get(0).status()).isEqualTo(OrderStatus.PROCESSING);
  }

  @Test
  void hostileAddresses_areDropped_neverLookedUp() {
    enqueueFixture("order-status-res.json");
    enqueueJson(200, "{\"servers\": [{\"order_item_id\": 1293, \"state\": \"running\","
        + " \"ipv4\": \"example.com\", \"ip\": {\"x\": 1}, \"ips\": [\"999.1.1.1\", \"192.0.2.9\", 7, null,"
        + " {\"address\": \"2001:db8::1\"}], \"ipv6\": \"::g\"}]}");

    Order order = provider().order(new OrderRef("73"));

    assertThat(order.lines().get(0).server().ipAddresses()).containsExactly("192.0.2.9", "2001:db8::1");
    assertThat(order.lines().get(0).status()).isEqualTo(OrderStatus.ACTIVE);
  }

  @Test
  void aServerListThatIsNotJson_leavesTheLineWithoutAServer_andSaysWhy() {
    enqueueFixture("order-status-res.json");
    server.enqueue(new MockResponse().setResponseCode(200).setBody("<html>oops</html>"));

    Order order = provider().order(new OrderRef("73"));

    OrderLine line = order.lines().get(0);
    assertThat(line.server()).isNull();
    assertThat(line.status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(line.message()).startsWith("Order is being processed; server details not read:")
        .contains("HTML page");
    assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
  }

  @Test
  void aServerListOfNoObjects_orARefusal_leavesTheLineWithoutAServer() {
    enqueueJson(200, TWO_ITEMS);
    enqueueJson(200, "{\"servers\": [1, 2]}");
    enqueueJson(403, "{\"status\": 403, \"message\": \"Permission denied\"}");

    Order order = provider().order(new OrderRef("73"));

    assertThat(order.lines()).allSatisfy(l -> assertThat(l.server()).isNull());
    assertThat(order.lines().get(0).message()).contains("server details not read").contains("not an object");
    assertThat(order.lines().get(1).message()).contains("server details not read").contains("403");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void afterAServerListThatMayPass_theOtherLinesAreNotAskedFor() {
    enqueueJson(200, TWO_ITEMS);
    enqueueJson(503, "{\"status\": 503, \"message\": \"Busy\"}");

    Order order = provider().order(new OrderRef("73"));

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(order.lines().get(0).message()).contains("503");
    assertThat(order.lines().get(1).message()).contains("not asked after server_list of item 1293 failed");
    assertThat(order.status()).isEqualTo(OrderStatus.PROCESSING);
  }

  @Test
  void aLostServerListAnswer_stillReturnsTheOrder() {
    enqueueFixture("order-status-res.json");
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    java.util.Map<String, String> config = config();
    config.put("read-timeout", "300ms");

    Order order = provider(config).order(new OrderRef("73"));

    assertThat(order.lines().get(0).server()).isNull();
    assertThat(order.lines().get(0).message()).contains("server details not read");
  }
}
