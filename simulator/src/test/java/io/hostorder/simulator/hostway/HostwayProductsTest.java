package io.hostorder.simulator.hostway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.simulator.Exchange.Answer;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Credentials;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Products after ordering (Hostway API wiki, "Finding a product again"): the product GET, its status from
 * {@code new} to {@code pending} to {@code open}, and {@code GET /accounts/{accountId}/products} with its
 * filters, paging and permission rules.
 */
class HostwayProductsTest {
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
  private final Clock clock = new Clock() {
    @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(java.time.ZoneId zone) { return this; }
    @Override public Instant instant() { return now.get(); }
  };
  HostwaySimulator sim;
  HostwayFlow flow;

  @BeforeEach
  void start() {
    sim = HostwaySimulator.builder().auth(HostwayAuth.basic("broker", "s3cret"))
        .activationDelay(Duration.ofMinutes(5)).clock(clock).start();
    flow = new HostwayFlow(sim);
    flow.auth = Headers.of("Authorization", Credentials.basic("broker", "s3cret"));
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private String accountProducts(String query) {
    return "/accounts/acct123456/products" + query;
  }

  private void orderFor(String partnerId, String displayName) throws IOException {
    flow.create();
    flow.send("PUT", flow.orderPath + "/account", "{\"accountNumber\": \"acct123456\"}");
    flow.product(",\"partnerId\":\"" + partnerId + "\",\"displayName\":\"" + displayName + "\"");
    flow.service("server.u100", null, "");
  }

  @Test
  void productGet_answersTheDocumentedFields_andTheStatusGoesNewPendingOpen() throws IOException {
    orderFor("broker-4711", "My VPS");
    JsonNode p = flow.send("GET", flow.productPath, null).json();
    assertThat(p.get("status").asText()).isEqualTo("new");
    assertThat(p.get("partnerId").asText()).isEqualTo("broker-4711");
    assertThat(p.get("displayName").asText()).isEqualTo("My VPS");
    assertThat(p.get("offering").asText()).isEqualTo(HostwayFlow.OFFERING);
    assertThat(p.get("services").asText()).endsWith(flow.productPath + "/services");
    assertThat(p.at("/links/0/href").asText()).endsWith(flow.productPath);

    assertThat(flow.action("submit").code()).isEqualTo(202);
    assertThat(flow.send("GET", flow.productPath, null).json().get("status").asText()).isEqualTo("pending");
    now.set(now.get().plus(Duration.ofMinutes(5)));
    assertThat(flow.send("GET", flow.productPath, null).json().get("status").asText()).isEqualTo("open");
    assertThat(flow.send("GET", flow.orderPath, null).json().at("/order/Status").asText()).isEqualTo("new");
    assertThat(sim.orders().get(0).products().get(0).status()).isEqualTo("open");
  }

  @Test
  void manualHooks_openPendingProducts_andSetAnyStatus() throws IOException {
    orderFor("r-1", "one");
    flow.action("submit");
    assertThat(sim.activateProducts()).isEqualTo(1);
    String pid = sim.orders().get(0).products().get(0).id();
    assertThat(sim.orders().get(0).products().get(0).status()).isEqualTo("open");
    sim.productStatus(pid, "suspended");
    assertThat(flow.send("GET", flow.productPath, null).json().get("status").asText()).isEqualTo("suspended");
  }

  @Test
  void productGet_canAnswerTheDocumented502() throws IOException {
    orderFor("r-1", "one");
    sim.failProductReads(1);
    Answer failed = flow.send("GET", flow.productPath, null);
    HostwayRulesTest.assertError(failed, 502, "backendError", "Unexpected backend response");
    assertThat(flow.send("GET", flow.productPath, null).code()).isEqualTo(200);
  }

  @Test
  void accountProducts_filterByPartnerIdDisplayNameAndStatus() throws IOException {
    orderFor("ref-a", "alpha");
    flow.action("submit");
    orderFor("ref-b", "beta");
    JsonNode all = flow.send("GET", accountProducts(""), null).json();
    assertThat(all.get("list")).hasSize(2);
    assertThat(all.at("/links/0/rel").asText()).isEqualTo("self");
    JsonNode a = flow.send("GET", accountProducts("?filterPartnerId=ref-a"), null).json();
    assertThat(a.get("list")).hasSize(1);
    assertThat(a.at("/list/0/partnerId").asText()).isEqualTo("ref-a");
    assertThat(a.at("/list/0/status").asText()).isEqualTo("pending");
    assertThat(a.at("/list/0/links/0/href").asText()).contains("/orders/" + sim.orders().get(0).id() + "/account/products/");
    assertThat(flow.send("GET", accountProducts("?filterDisplayName=beta"), null).json().get("list")).hasSize(1);
    assertThat(flow.send("GET", accountProducts("?filterStatus=pending"), null).json().get("list")).hasSize(1);
    assertThat(flow.send("GET", accountProducts("?filterStatus=open"), null).json().get("list")).isEmpty();
    HostwayRulesTest.assertError(flow.send("GET", accountProducts("?filterStatus=new"), null), 400, "badRequest", "filterStatus");
  }

  @Test
  void accountProducts_arePaged_upTo400() throws IOException {
    orderFor("ref-a", "alpha");
    flow.action("submit");
    orderFor("ref-b", "beta");
    JsonNode first = flow.send("GET", accountProducts("?page=1&pageSize=1"), null).json();
    assertThat(first.get("list")).hasSize(1);
    assertThat(first.at("/links/1/rel").asText()).isEqualTo("next");
    JsonNode second = flow.send("GET", accountProducts("?page=2&pageSize=1"), null).json();
    assertThat(second.at("/list/0/partnerId").asText()).isEqualTo("ref-b");
    HostwayRulesTest.assertError(flow.send("GET", accountProducts("?pageSize=401"), null), 400, "badRequest", "pageSize");
  }

  @Test
  void accountResources_needTheAuthorizationHeader_andClosedAccountsAre403() throws IOException {
    orderFor("ref-a", "alpha");
    flow.auth = Headers.of();
    assertThat(flow.send("GET", accountProducts(""), null).code()).isEqualTo(401);
    assertThat(flow.send("GET", "/accounts", null).code()).isEqualTo(401);
    flow.auth = Headers.of("Authorization", Credentials.basic("broker", "s3cret"));
    JsonNode accounts = flow.send("GET", "/accounts", null).json();
    assertThat(accounts.at("/list/0/accountNumber").asText()).isEqualTo("acct123456");
    sim.accountStatus("acct123456", "suspended");
    HostwayRulesTest.assertError(flow.send("GET", accountProducts(""), null), 403, "forbidden",
        "Access to closed and suspended accounts requires elevated permissions");
    assertThat(flow.send("GET", "/accounts/acct999999/products", null).code()).isEqualTo(404);
  }

  @Test
  void withoutCredentialsConfigured_theAccountResourcesAre401() throws IOException {
    try (HostwaySimulator open = HostwaySimulator.builder().start()) {
      assertThat(new HostwayFlow(open).send("GET", "/accounts", null).code()).isEqualTo(401);
    }
  }
}
