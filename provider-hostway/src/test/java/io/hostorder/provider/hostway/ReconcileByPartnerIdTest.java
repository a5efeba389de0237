package io.hostorder.provider.hostway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.UnsupportedCapabilityException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderStatus;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.simulator.AfterProcessing;
import io.hostorder.simulator.ReceivedRequest;
import io.hostorder.simulator.hostway.HostwayAuth;
import io.hostorder.simulator.hostway.HostwayOrder;
import io.hostorder.simulator.hostway.HostwaySimulator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code reconcile(reference)} by the products' {@code partnerId} (the reference, sent when each product is added):
 * {@code GET /accounts/{accountId}/products?filterPartnerId=…}, with no order id recorded at all.
 */
class ReconcileByPartnerIdTest {
  private static final String USER = "broker";
  private static final String PASSWORD = "Pw-7c1f3a";
  private HostwaySimulator sim;
  private ProviderRegistry registry;

  @BeforeEach
  void start() {
    sim = HostwaySimulator.builder().auth(HostwayAuth.basic(USER, PASSWORD)).start();
    registry = ProviderRegistry.builder().add(new HostwayProviderFactory()).build();
  }

  @AfterEach
  void stop() {
    registry.close();
    sim.close();
  }

  private HostwayProvider provider(String... keyValues) {
    Map<String, String> c = new LinkedHashMap<>(Map.of("base-url", sim.baseUrl().toString(), "read-timeout", "800ms",
        "call-timeout", "10s", "login", "basic", "username", USER, "password", PASSWORD));
    c.put("account-number", "acct123456");
    for (int i = 0; i < keyValues.length; i += 2) {
      if (keyValues[i + 1] == null) c.remove(keyValues[i]); else c.put(keyValues[i], keyValues[i + 1]);
    }
    return (HostwayProvider) registry.create("hostway", ProviderConfig.of(c));
  }

  private static Cart cart(HostwayProvider p, String reference) {
    Cart cart = p.newCart(reference);
    VirtuozzoDocumentExampleTest.example().items().forEach(cart::add);
    return cart;
  }

  @Test
  void anOrderWhoseSubmitHadAnUnknownOutcome_isFoundByPartnerIdAlone_fromANewInstance() {
    sim.faults().dropAfterProcessing("submit");
    assertThatThrownBy(() -> cart(provider(), "broker-4711").checkout()).isInstanceOf(OutcomeUnknownException.class);
    HostwayOrder placed = sim.orders().get(0);
    assertThat(placed.submitted()).isTrue();
    assertThat(placed.products().get(0).partnerId()).isEqualTo("broker-4711");
    int before = sim.requestCount();

    Optional<Order> found = provider().reconcile("broker-4711", Map.of());

    assertThat(found).isPresent();
    assertThat(found.get().ref().id()).isEqualTo(placed.id());
    assertThat(found.get().reference()).isEqualTo("broker-4711");
    assertThat(found.get().status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(found.get().lines().get(0).server().serviceId()).isEqualTo(placed.products().get(0).id());
    List<ReceivedRequest> sent = sim.requests().subList(before, sim.requestCount());
    assertThat(sent).extracting(r -> r.method() + " " + r.path()).containsExactly(
        "GET /accounts/acct123456/products?filterPartnerId=broker-4711&page=1&pageSize=400",
        "GET /orders/" + placed.id(),
        "GET /orders/" + placed.id() + "/account/products/" + placed.products().get(0).id());
    assertThat(sent).allSatisfy(r -> assertThat(r.headers().get("Cookie")).isNull());
    assertThat(sim.submittedCount()).isEqualTo(1);
  }

  @Test
  void anOrderNeverSubmitted_isNoOrder() {
    sim.faults().failNext("submit", 1);
    assertThatThrownBy(() -> cart(provider(), "broker-1").checkout());
    assertThat(sim.submittedCount()).isZero();

    assertThat(provider().reconcile("broker-1")).isEmpty();
  }

  @Test
  void aReferenceNeverPlaced_isEmpty_andAnotherReferencesOrderIsNotAdopted() {
    cart(provider(), "broker-2").checkout();

    assertThat(provider().reconcile("broker-3")).isEmpty();
    assertThat(provider().reconcile("broker-2")).isPresent();
  }

  @Test
  void twoSubmittedOrdersOfOneReference_areLeftToAnOperator() {
    cart(provider(), "broker-5").checkout();
    cart(provider(), "broker-5").checkout();

    assertThatThrownBy(() -> provider().reconcile("broker-5")).isInstanceOf(ProviderErrorException.class)
        .hasMessageContaining("operator");
  }

  @Test
  void aSuspendedAccount_isAnError_notAnEmptyAnswer() {
    cart(provider(), "broker-6").checkout();
    sim.accountStatus("acct123456", "suspended");

    assertThatThrownBy(() -> provider().reconcile("broker-6")).isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("Access to closed and suspended accounts requires elevated permissions");
  }

  @Test
  void withoutALogin_orWithoutAnAccountNumber_itCannotLook() {
    HostwayProvider noLogin = provider("login", "none", "username", null, "password", null);
    assertThatThrownBy(() -> noLogin.reconcile("broker-7")).isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessageContaining("login");
    HostwayProvider newAccount = provider("account-number", null, "currency", "USD", "language", "en-US");
    assertThatThrownBy(() -> newAccount.reconcile("broker-7")).isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessageContaining("account-number");
    assertThat(sim.requestCount()).isZero();
  }

  @Test
  void reconcileIsDeclared_withALoginAndAnExistingAccount_andPlacingLooksFirstWithOneFilteredRead() {
    HostwayProvider p = provider();
    assertThat(p.capabilities().has(Capability.RECONCILE)).isTrue();
    assertThat(provider("account-number", null, "currency", "USD", "language", "en-US").capabilities()
        .has(Capability.RECONCILE)).isFalse();

    assertThat(p.capabilities().idempotency()).isEqualTo(io.hostorder.core.Idempotency.LOOKUP);

    var placed = p.place(VirtuozzoDocumentExampleTest.example());

    // The document's 11 requests and one GET /accounts/{a}/products?filterPartnerId=… before them.
    assertThat(sim.requestCount()).isEqualTo(12);
    int before = sim.requestCount();
    assertThat(p.place(VirtuozzoDocumentExampleTest.example()).ref()).isEqualTo(placed.ref());
    assertThat(sim.submittedCount()).isEqualTo(1);
    assertThat(sim.requestCount() - before).as("a second place() only reads").isLessThanOrEqualTo(3);
  }

  @Test
  void aSecondPageOfProducts_meansItCouldNotLookEverywhere() throws Exception {
    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setHeader("Content-Type", Wire.JSON).setBody("{\"list\": [], \"links\": "
          + "[{\"href\": \"x\", \"rel\": \"self\"}, {\"href\": \"y\", \"rel\": \"next\"}]}"));
      var p = Wire.provider(server, "account-number", "acct123456", "login", "basic", "username", USER, "password", PASSWORD);
      assertThatThrownBy(() -> p.reconcile("broker-8")).isInstanceOf(ProviderErrorException.class)
          .hasMessageContaining("could not look everywhere");
      assertThat(Wire.take(server).getPath())
          .isEqualTo("/accounts/acct123456/products?filterPartnerId=broker-8&page=1&pageSize=400");
    }
  }
}
