package io.hostorder.simulator.jsonrest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hostorder.simulator.Exchange;
import io.hostorder.simulator.Exchange.Answer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import okhttp3.Credentials;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Authentication, validation, payment, cancel, server list and faults of the JSON action API. */
class JsonActionRulesTest {
  static final String OPTIONS = "\"quantity_ram_gb\": 1, \"quantity_cpu\": 2, "
      + "\"quantity_storage_gb\": 20, \"os\": 1";

  JsonActionSimulator sim;
  Headers token;

  @BeforeEach
  void start() {
    sim = JsonActionSimulator.builder().credentials("broker", "pw").token("tok").start();
    token = Headers.of("X-Account-Token", "tok");
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  Answer post(Headers headers, String body) throws IOException {
    return Exchange.send(Exchange.CLIENT, "POST", sim.endpoint(), headers, body);
  }

  Answer post(String body) throws IOException {
    return post(token, body);
  }

  static String item(String name, String options) {
    return "{\"name\": \"" + name + "\", \"product\": {\"name\": \"VPS\", \"options\": {" + options
        + "}}}";
  }

  Answer create(String... items) throws IOException {
    return post("{\"action\": \"order_create\", \"items\": [" + String.join(",", items) + "]}");
  }

  static void assertError(Answer answer, int code, String message) {
    assertThat(answer.code()).isEqualTo(code);
    assertThat(answer.json().get("status").asInt()).isEqualTo(code);
    assertThat(answer.json().get("message").asText()).contains(message);
  }

  @Test
  void request_withoutOrWithWrongCredentials_is401() throws IOException {
    String list = "{\"action\": \"order_list\"}";
    assertError(post(Headers.of(), list), 401, "Authentication");
    assertError(post(Headers.of("X-Account-Token", "nope"), list), 401, "Authentication");
    assertError(post(Headers.of("Authorization", Credentials.basic("broker", "bad")), list), 401,
        "Authentication");
    assertThat(post(Headers.of("Authorization", Credentials.basic("broker", "pw")), list).code())
        .isEqualTo(200);
    assertThat(sim.toString()).doesNotContain("pw");
  }

  @Test
  void badJsonUnknownActionOrWrongMethod_areNon2xx() throws IOException {
    assertError(post("{not json"), 400, "JSON object");
    assertError(post("{\"action\": \"order_teleport\"}"), 400, "Unknown action");
    assertError(post("{\"order_id\": 1}"), 400, "action is required");
    assertThat(Exchange.send(Exchange.CLIENT, "GET", sim.endpoint(), token, null).code())
        .isEqualTo(405);
    assertThat(sim.orders()).isEmpty();
  }

  @Test
  void orderCreate_invalidFields_areRefusedNamingTheField() throws IOException {
    assertError(create(), 400, "items");
    assertError(create(item("a", OPTIONS.replace("\"os\": 1", "\"os\": 99"))), 400,
        "items[0].product.options.os");
    assertError(create(item("a", OPTIONS + ", \"os_version\": \"7\"")), 400, "os_version");
    assertError(create(item("a", OPTIONS.replace("\"quantity_cpu\": 2", "\"quantity_cpu\": 0"))),
        400, "quantity_cpu");
    assertError(create(item("a", OPTIONS + ", \"colour\": \"red\"")), 400,
        "items[0].product.options.colour: unknown field");
    assertError(create(item("a", OPTIONS), item("", OPTIONS)), 400, "items[1].name");
    assertError(create(item("a", OPTIONS + ", \"features\": {\"sshd\": {\"authorized_keys\": "
        + "\"ssh-rsa AAAA\"}}")), 400, "ip_allow");
    assertError(create(item("a", OPTIONS + ", \"features\": {\"sshd\": {\"ip_allow\": \"1.2.3.4\","
        + " \"public_ports_allow\": \"80,99999\"}}")), 400, "public_ports_allow");
    assertError(create(item("a", OPTIONS + ", \"firewall_addme\": \"1\"")), 400, "firewall_id");
    assertError(create("{\"name\": \"a\", \"product\": {\"name\": \"Dedicated\", \"options\": {"
        + OPTIONS + "}}}"), 400, "unknown product");
    assertThat(sim.orders()).isEmpty();
  }

  @Test
  void orderCreate_severalItems_makeOneOrder() throws IOException {
    Answer created = create(item("web-1", OPTIONS), item("web-2", OPTIONS));
    assertThat(created.code()).isEqualTo(200);
    assertThat(sim.orders()).singleElement().satisfies(o -> assertThat(o.items())
        .extracting(JsonOrder.Item::name).containsExactly("web-1", "web-2"));
    Answer status = post("{\"action\": \"order_status\", \"order_id\": "
        + created.json().get("order_id") + "}");
    assertThat(status.json().get("order_items")).hasSize(2);
  }

  @Test
  void orderCreate_beyondCredit_asksForPaymentWithInvoice_andOrderIsFindable() throws IOException {
    sim.setCredit(new BigDecimal("5.00"));
    Answer created = create(item("big", OPTIONS));
    assertThat(created.code()).isEqualTo(402);
    long orderId = created.json().get("order_id").asLong();
    long invoiceId = created.json().get("invoice_id").asLong();
    assertThat(created.json().get("amount").decimalValue()).isEqualByComparingTo("10.00");
    assertThat(created.json().get("message").asText()).contains("pay");
    assertThat(sim.order(orderId).orElseThrow().invoice().id()).isEqualTo(invoiceId);
    assertThat(sim.credit()).isEqualByComparingTo("5.00");

    Answer status = post("{\"action\": \"order_status\", \"order_id\": " + orderId + "}");
    assertThat(status.code()).isEqualTo(200);
    assertThat(status.json().get("status").asInt()).isEqualTo(402);
    assertThat(status.json().get("invoice_id").asLong()).isEqualTo(invoiceId);
    assertThat(post("{\"action\": \"server_list\"}").json().get("servers")).isEmpty();

    sim.payInvoice(invoiceId);
    assertThat(post("{\"action\": \"order_status\", \"order_id\": " + orderId + "}").json()
        .at("/order_items/0/status").asInt()).isEqualTo(200);
    assertThat(post("{\"action\": \"server_list\", \"order_item_id\": \"\"}").json()
        .get("servers")).hasSize(1);
  }

  @Test
  void orderCreate_withinCredit_chargesTheCredit() throws IOException {
    create(item("a", OPTIONS));
    assertThat(sim.credit()).isEqualByComparingTo("990.00");
  }

  @Test
  void cancel_unknownOrderOrItem_is404_andOneItemLeavesTheOther() throws IOException {
    long orderId = create(item("a", OPTIONS), item("b", OPTIONS)).json().get("order_id").asLong();
    assertError(post("{\"action\": \"order_cancel\", \"order_id\": 999}"), 404, "not found");
    assertError(post("{\"action\": \"order_cancel\", \"order_id\": " + orderId
        + ", \"order_item_id\": 999}"), 404, "not found");
    assertError(post("{\"action\": \"order_status\", \"order_id\": 999}"), 404, "not found");
    long first = sim.orders().get(0).items().get(0).id();
    assertThat(post("{\"action\": \"order_cancel\", \"order_id\": " + orderId
        + ", \"order_item_id\": " + first + "}").code()).isEqualTo(200);
    JsonOrder order = sim.order(orderId).orElseThrow();
    assertThat(order.items()).extracting(JsonOrder.Item::cancelled).containsExactly(true, false);
    assertThat(order.status()).isEqualTo(200);
    assertThat(order.items().get(0).status()).isEqualTo(410);
  }

  @Test
  void serverList_forOneItem_andUnknownItem() throws IOException {
    create(item("a", OPTIONS), item("b", OPTIONS));
    long second = sim.orders().get(0).items().get(1).id();
    Answer one = post("{\"action\": \"server_list\", \"order_item_id\": " + second + "}");
    assertThat(one.json().get("servers")).hasSize(1);
    assertThat(one.json().at("/servers/0/name").asText()).isEqualTo("b");
    assertError(post("{\"action\": \"server_list\", \"order_item_id\": 5}"), 404, "not found");
    assertThat(post("{\"action\": \"server_list\"}").json().get("servers")).hasSize(2);
  }

  @Test
  void setItemStatus_showsUnknownCodesAsGiven() throws IOException {
    long orderId = create(item("a", OPTIONS)).json().get("order_id").asLong();
    sim.setItemStatus(sim.orders().get(0).items().get(0).id(), 299, "Installing");
    Answer status = post("{\"action\": \"order_status\", \"order_id\": \"" + orderId + "\"}");
    assertThat(status.json().at("/order_items/0/status").asInt()).isEqualTo(299);
    assertThat(status.json().at("/order_items/0/message").asText()).isEqualTo("Installing");
  }

  @Test
  void dropAfterProcessing_orderCreate_createsTheOrderButLosesTheAnswer() throws IOException {
    sim.faults().dropAfterProcessing("order_create");
    assertThatThrownBy(() -> create(item("a", OPTIONS))).isInstanceOf(IOException.class);
    assertThat(sim.orders()).hasSize(1);
    assertThat(post("{\"action\": \"order_list\"}").json().get("orders")).hasSize(1);
  }

  @Test
  void failNext_aimedAtAction_answers503WithoutProcessing() throws IOException {
    sim.faults().failNext("order_create", 1);
    assertThat(post("{\"action\": \"order_list\"}").code()).isEqualTo(200);
    assertThat(create(item("a", OPTIONS)).code()).isEqualTo(503);
    assertThat(sim.orders()).isEmpty();
    assertThat(create(item("a", OPTIONS)).code()).isEqualTo(200);
  }

  @Test
  void parallelCreates_getDistinctOrders() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Long>> ids = new java.util.ArrayList<>();
    for (int i = 0; i < 24; i++) {
      String name = "srv-" + i;
      ids.add(pool.submit(() -> create(item(name, OPTIONS)).json().get("order_id").asLong()));
    }
    Set<Long> distinct = new HashSet<>();
    for (Future<Long> id : ids) {
      distinct.add(id.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();
    assertThat(distinct).hasSize(24);
    assertThat(sim.orders()).allSatisfy(o -> assertThat(o.items()).hasSize(1));
  }

  @Test
  void reset_forgetsOrdersAndRestartsIds() throws IOException {
    create(item("a", OPTIONS));
    sim.reset();
    assertThat(sim.orders()).isEmpty();
    assertThat(create(item("a", OPTIONS)).json().get("order_id").asLong()).isEqualTo(73);
  }
}
