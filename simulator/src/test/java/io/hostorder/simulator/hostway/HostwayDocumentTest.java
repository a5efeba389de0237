package io.hostorder.simulator.hostway;

import static io.hostorder.simulator.Exchange.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.simulator.Exchange;
import io.hostorder.simulator.Exchange.Answer;
import io.hostorder.simulator.hostway.HostwayOrder.Service;
import java.io.IOException;
import java.util.List;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replays every request of the Hostway OrderAPI document, with its bodies and headers, in order. */
class HostwayDocumentTest {
  static final String DOC = "https://api.hostway.com/";
  static final String ORDER = "orders/00000143d407b34742ee26ae007f000000010001";
  static final String PRODUCT = ORDER + "/account/products/00000143d407b725d9eb9a41007f000000010001";
  static final String SERVER = PRODUCT + "/services/00000143d407b34742ed9lker8007f000000010001";
  static final Headers COOKIE =
      Headers.of("Cookie", "OwnerId=09185e9b-2ea0-4bef-950e-fc9f8b89861f; Path=/");
  static final List<String> CHILDREN = List.of("controlpanel.plesk9-10domain",
      "additional_memory.256mb", "additional_disk.10gb", "additional_bandwidth.1000gb", "ip",
      "powerpack");

  HostwaySimulator sim;

  @BeforeEach
  void start() {
    sim = HostwaySimulator.builder().documentIds().start();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  Answer send(String method, String path, Headers headers, String body) throws IOException {
    return Exchange.send(Exchange.CLIENT, method, sim.baseUrl().resolve(path), headers, body);
  }

  @Test
  void documentSequence_everyRequestAnsweredAsDocumented() throws IOException {
    String base = sim.baseUrl().toString();

    Answer created = send("POST", "/orders", Headers.of(), "{}");
    assertThat(created.code()).isEqualTo(201);
    assertThat(created.header("Content-Type")).isEqualTo("application/json; charset=UTF-8");
    assertThat(created.header("Location")).isEqualTo(base + ORDER);
    assertThat(created.header("Set-Cookie"))
        .isEqualTo("OwnerId=09185e9b-2ea0-4bef-950e-fc9f8b89861f; Path=/");
    assertThat(created.json()).isEqualTo(json("""
        { "orderId": "00000143d407b34742ee26ae007f000000010001",
          "links": [ {"href": "%sorders/", "rel": "self"}, {"href": "%s%s", "rel": "item"} ] }
        """.formatted(base, base, ORDER)));

    Answer newAccount = send("PUT", "/" + ORDER + "/account", COOKIE,
        "{ \"currency\": \"USD\", \"language\": \"en-US\" }");
    assertThat(newAccount.code()).isEqualTo(204);
    assertThat(sim.orders().get(0).account().created()).isTrue();
    assertThat(sim.orders().get(0).account().language()).isEqualTo("en-US");

    Answer existing = send("PUT", "/" + ORDER + "/account", COOKIE,
        "{ \"accountNumber\": \"acct123456\" }");
    assertThat(existing.code()).isEqualTo(204);

    Answer product = send("POST", "/" + ORDER + "/account/products", COOKIE, "{ \"offering\": "
        + "\"https://api.hostway.com/productSpecifications/core.plan.vps.virtuozzo.u101/offerings/USD-1\" }");
    assertThat(product.code()).isEqualTo(201);
    assertThat(product.header("Location")).isEqualTo(base + PRODUCT);

    Answer server = send("POST", "/" + PRODUCT + "/services", COOKIE, """
        { "name": "VPS Virtuozzo Test", "serviceSpecification":
          "https://api.hostway.com/serviceSpecifications/core.vps.virtuozzo.server.u100",
          "billingCycle": 1 }""");
    assertThat(server.code()).isEqualTo(201);
    assertThat(server.header("Location")).isEqualTo(base + SERVER);

    for (int i = 0; i < CHILDREN.size(); i++) {
      Answer child = send("POST", "/" + PRODUCT + "/services", COOKIE, """
          { "name": "VPS Virtuozzo Test", "serviceSpecification":
            "https://api.hostway.com/serviceSpecifications/core.vps.virtuozzo.%s",
            "billingCycle": 1, "relatedTo": ["%s%s"] }""".formatted(CHILDREN.get(i), DOC, SERVER));
      assertThat(child.code()).as(CHILDREN.get(i)).isEqualTo(201);
      assertThat(child.header("Location"))
          .isEqualTo(base + PRODUCT + "/services/" + HostwaySimulator.DOCUMENT_SERVICE_IDS.get(i + 1));
    }

    // The document shows no Cookie on submit; its notes demand it on every call of the order.
    Answer submit = send("POST", "/" + ORDER + "/action", COOKIE, "{ \"action\": \"submit\" }");
    assertThat(submit.code()).isEqualTo(202);

    HostwayOrder order = sim.orders().get(0);
    assertThat(order.submitted()).isTrue();
    assertThat(sim.submittedCount()).isEqualTo(1);
    assertThat(order.account()).isEqualTo(new HostwayOrder.Account("acct123456", "USD", null, false));
    assertThat(order.products()).singleElement().satisfies(p -> {
      assertThat(p.specification()).isEqualTo("core.plan.vps.virtuozzo.u101");
      assertThat(p.offeringId()).isEqualTo("USD-1");
    });
    assertThat(order.services()).extracting(Service::specification).containsExactly(
        "core.vps.virtuozzo.server.u100", "core.vps.virtuozzo.controlpanel.plesk9-10domain",
        "core.vps.virtuozzo.additional_memory.256mb", "core.vps.virtuozzo.additional_disk.10gb",
        "core.vps.virtuozzo.additional_bandwidth.1000gb", "core.vps.virtuozzo.ip",
        "core.vps.virtuozzo.powerpack");
    assertThat(order.services().subList(1, 7)).allSatisfy(s -> {
      assertThat(s.relatedTo()).containsExactly(DOC + SERVER);
      assertThat(s.billingCycle()).isEqualTo(1);
      assertThat(s.server()).isFalse();
    });
    assertThat(sim.requests()).hasSize(12);
    assertThat(sim.requests().get(3).header("Cookie")).contains("OwnerId=09185e9b");
  }

  @Test
  void getOrder_answersCapitalisedKeysAndLinksObject() throws IOException {
    send("POST", "/orders", Headers.of(), "{}");
    send("PUT", "/" + ORDER + "/account", COOKIE, "{ \"accountNumber\": \"acct123456\" }");
    Answer status = send("GET", "/" + ORDER, COOKIE, null);
    assertThat(status.code()).isEqualTo(200);
    assertThat(status.json().at("/order/Status").asText()).isEqualTo("new");
    assertThat(status.json().at("/order/Account").asText()).isEqualTo("acct123456");
    assertThat(status.json().at("/order/Products").isArray()).isTrue();
    assertThat(status.json().at("/order/Products")).isEmpty();
    assertThat(status.json().at("/links/self/href").asText())
        .isEqualTo(sim.baseUrl().toString() + ORDER);
  }
}
