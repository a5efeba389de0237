package io.hostorder.simulator.hostway;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.simulator.Exchange.Answer;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The documented rules and error answers of the OrderAPI. */
class HostwayRulesTest {
  HostwaySimulator sim;
  HostwayFlow flow;

  @BeforeEach
  void start() {
    sim = HostwaySimulator.builder().promoCodes("SPRING10")
        .offering("core.plan.vps.virtuozzo.u101", "EUR-1", "EUR").start();
    flow = new HostwayFlow(sim);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  static void assertError(Answer answer, int code, String type, String message) {
    assertThat(answer.code()).isEqualTo(code);
    assertThat(answer.header("Content-Type")).startsWith("application/json");
    assertThat(answer.json().at("/" + type + "/code").asInt()).isEqualTo(code);
    assertThat(answer.json().at("/" + type + "/message").asText()).contains(message);
  }

  @Test
  void orderCall_withoutOrWithWrongCookie_is401PlainText() throws IOException {
    flow.create();
    String cookie = flow.cookie;
    flow.cookie = null;
    Answer missing = flow.account();
    flow.cookie = "OwnerId=00000000-0000-4000-8000-000000000000";
    Answer wrong = flow.account();
    flow.cookie = cookie;
    assertThat(missing.code()).isEqualTo(401);
    assertThat(missing.header("Content-Type")).startsWith("text/plain");
    assertThat(wrong.code()).isEqualTo(401);
    assertThat(wrong.header("Content-Type")).startsWith("text/plain");
    assertThat(flow.account().code()).isEqualTo(204);
  }

  @Test
  void createOrder_withCookieOfOwnerWithOpenOrder_is409_andAllowedOnceSubmitted() throws IOException {
    flow.ready();
    assertError(flow.send("POST", "/orders", "{}"), 409, "conflictingRequest",
        "A new order has already been created for this ownerID");
    assertThat(flow.action("submit").code()).isEqualTo(202);
    String owner = flow.cookie;
    Answer next = flow.send("POST", "/orders", "{}");
    assertThat(next.code()).isEqualTo(201);
    assertThat(next.header("Set-Cookie")).startsWith(owner + ";");
    assertThat(sim.orders()).hasSize(2);
  }

  @Test
  void createOrder_withClientIpWithoutPermission_is400() throws IOException {
    assertError(flow.send("POST", "/orders", "{\"clientIp\":\"10.0.0.1\"}"), 400, "badRequest",
        "clientIp");
    assertThat(sim.orders()).isEmpty();
  }

  @Test
  void createOrder_notJsonOrUnknownAttribute_isRejected() throws IOException {
    assertThat(flow.send("POST", "/orders", "not json").code()).isEqualTo(400);
    assertError(flow.send("POST", "/orders", "{\"colour\":\"red\"}"), 400, "badRequest", "colour");
    assertThat(sim.orders()).isEmpty();
  }

  @Test
  void account_missingLanguage_is400_andForeignCurrencyRefused() throws IOException {
    flow.create();
    assertError(flow.send("PUT", flow.orderPath + "/account", "{\"currency\":\"USD\"}"), 400,
        "badRequest", "Missing language or currency.");
    assertError(flow.send("PUT", flow.orderPath + "/account",
        "{\"currency\":\"XXX\",\"language\":\"en-US\"}"), 400, "badRequest",
        "Currency XXX not allowed for this franchise");
    assertError(flow.send("PUT", flow.orderPath + "/account", "{\"accountNumber\":\"acct999\"}"),
        403, "forbidden", "Order failed permission check");
    assertThat(sim.orders().get(0).account()).isNull();
  }

  @Test
  void product_beforeAccount_isRefused_andOfferingMustHaveTheDocumentedShape() throws IOException {
    flow.create();
    assertError(flow.product(""), 400, "badRequest", "Account has not been set");
    flow.account();
    assertError(flow.send("POST", flow.orderPath + "/account/products",
        "{\"offering\":\"https://api.hostway.com/offerings/USD-1\"}"), 400, "badRequest",
        "productSpecifications");
    assertError(flow.send("POST", flow.orderPath + "/account/products", "{\"offering\":"
        + "\"https://api.hostway.com/productSpecifications/core.plan.nope/offerings/USD-1\"}"),
        400, "badRequest", "not found");
    assertError(flow.send("POST", flow.orderPath + "/account/products", "{\"offering\":"
        + "\"https://api.hostway.com/productSpecifications/core.plan.vps.virtuozzo.u101/offerings/EUR-1\"}"),
        409, "conflictingRequest", "currency");
    assertThat(sim.orders().get(0).products()).isEmpty();
  }

  @Test
  void promoCode_invalidIsRefused_validIsRecorded() throws IOException {
    flow.create();
    flow.account();
    assertError(flow.product(",\"promoCode\":\"BOGUS\""), 400, "invalidPromoCode", "BOGUS");
    assertThat(flow.product(",\"promoCode\":\"SPRING10\"").code()).isEqualTo(201);
    String server = flow.service("server.u100", null, "").header("Location");
    assertError(flow.service("ip", server, ",\"promoCode\":\"NOPE\""), 400, "invalidPromoCode",
        "NOPE");
    assertThat(flow.service("ip", server, ",\"promoCode\":\"SPRING10\"").code()).isEqualTo(201);
    assertThat(sim.orders().get(0).promoCodes()).containsExactly("SPRING10", "SPRING10");
  }

  @Test
  void childService_beforeServerOrWithoutRelatedTo_isRefused() throws IOException {
    flow.create();
    flow.account();
    flow.product("");
    assertError(flow.service("ip", null, ""), 400, "badRequest",
        "must be created before the services related to it");
    String server = flow.service("server.u100", null, "").header("Location");
    assertError(flow.service("ip", null, ""), 400, "badRequest", "relatedTo");
    assertError(flow.service("ip", server.replace("services/", "services/x"), ""), 400,
        "badRequest", "is not a service of this order");
    String ip = flow.service("ip", server, "").header("Location");
    assertError(flow.service("powerpack", ip, ""), 400, "badRequest", "Virtuozzo Server");
    assertThat(sim.orders().get(0).services()).hasSize(2);
  }

  @Test
  void service_billingCycleOutside1To120OrUnknownSpecification_isRefused() throws IOException {
    flow.create();
    flow.account();
    flow.product("");
    String spec = HostwayFlow.SPEC + "server.u100";
    for (String cycle : new String[] {"0", "121", "1.5", "\"1\""}) {
      assertError(flow.send("POST", flow.productPath + "/services", "{\"name\":\"a\","
          + "\"serviceSpecification\":\"" + spec + "\",\"billingCycle\":" + cycle + "}"),
          400, "badRequest", "billingCycle");
    }
    assertError(flow.service("teleporter", null, ""), 400, "badRequest", "not found");
    assertError(flow.send("POST", flow.productPath + "/services",
        "{\"serviceSpecification\":\"" + spec + "\",\"billingCycle\":1}"), 400, "badRequest",
        "No name attribute set.");
    assertThat(flow.send("POST", flow.productPath + "/services", "{\"name\":\"a\","
        + "\"serviceSpecification\":\"" + spec + "\",\"billingCycle\":120,\"quantity\":2,"
        + "\"attributes\":{\"hostname\":\"h1\"}}").code()).isEqualTo(201);
    HostwayOrder.Service created = sim.orders().get(0).services().get(0);
    assertThat(created.billingCycle()).isEqualTo(120);
    assertThat(created.quantity()).isEqualTo(2);
    assertThat(created.attributes()).containsEntry("hostname", "h1");
  }

  @Test
  void validate_reportsTheProblem_thenAnswers204WithoutSubmitting() throws IOException {
    flow.create();
    assertError(flow.action("validate"), 400, "badRequest", "Account has not been set");
    flow.account();
    assertError(flow.action("submit"), 400, "badRequest", "product");
    flow.product("");
    assertThat(flow.action("validate").code()).isEqualTo(204);
    assertThat(sim.orders().get(0).validations()).isEqualTo(1);
    assertThat(sim.submittedCount()).isZero();
    assertError(flow.action("checkout"), 400, "badRequest", "Unknown action");
  }

  @Test
  void submittedOrder_canNoLongerChange() throws IOException {
    String server = flow.ready();
    assertThat(flow.action("submit").code()).isEqualTo(202);
    assertThat(flow.action("submit").code()).isEqualTo(409);
    assertThat(flow.product("").code()).isEqualTo(409);
    assertThat(flow.service("ip", server, "").code()).isEqualTo(409);
    assertThat(flow.account().code()).isEqualTo(409);
    assertThat(sim.submittedCount()).isEqualTo(1);
    assertThat(sim.orders().get(0).services()).hasSize(2);
    // Only "new" is documented as an order status: a submitted order still says so (inferred), and
    // its progress is in its products' status.
    assertThat(flow.send("GET", flow.orderPath, null).json().at("/order/Status").asText())
        .isEqualTo("new");
    assertThat(flow.send("GET", flow.productPath, null).json().at("/status").asText())
        .isEqualTo("pending");
  }

  @Test
  void unknownOrderOrProduct_is404InTheDocumentedTemplate() throws IOException {
    flow.create();
    Answer missing = flow.send("GET", "/orders/0000000000000000000000000000000000000000", null);
    assertError(missing, 404, "itemNotFound", "Resource not found");
    assertThat(missing.json().at("/itemNotFound/guid").isTextual()).isTrue();
    flow.account();
    assertError(flow.send("POST", flow.orderPath + "/account/products/nope/services",
        "{\"name\":\"a\"}"), 404, "itemNotFound", "Resource not found");
  }

  @Test
  void body_withoutJsonContentType_is415() throws IOException {
    flow.create();
    okhttp3.Request request = new okhttp3.Request.Builder()
        .url(sim.baseUrl().resolve(flow.orderPath + "/account").toString()).header("Cookie", flow.cookie)
        .put(okhttp3.RequestBody.create("currency=USD", okhttp3.MediaType.get("text/plain")))
        .build();
    try (okhttp3.Response response = flow.client.newCall(request).execute()) {
      assertThat(response.code()).isEqualTo(415);
    }
    assertThat(sim.orders().get(0).account()).isNull();
  }
}
