package io.hostorder.provider.hostway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hostorder.core.Cart;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.error.UnsupportedCapabilityException;
import io.hostorder.core.model.Order;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.simulator.AfterProcessing;
import io.hostorder.simulator.hostway.HostwayAuth;
import io.hostorder.simulator.hostway.HostwayOrder;
import io.hostorder.simulator.hostway.HostwaySimulator;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code reconcile(reference, knownIds)}: a new process (a new provider instance, no OwnerId) finds the
 * order a journal recorded by its order id — {@code GET /orders/{id}} with the configured Authorization,
 * which reads a submitted order; an order never submitted answers 401 text/plain and holds nothing.
 */
class ReconcileByKnownIdsTest {
  private static final String USER = "broker";
  private static final String PASSWORD = "Pw-3a9c1e";

  private static HostwayProvider provider(ProviderRegistry registry, HostwaySimulator sim, String login) {
    return provider(registry, sim, login, PASSWORD);
  }

  private static HostwayProvider provider(ProviderRegistry registry, HostwaySimulator sim, String login, String password) {
    Map<String, String> c = new java.util.LinkedHashMap<>(Map.of("base-url", sim.baseUrl().toString(), "currency", "USD",
        "language", "en-US", "read-timeout", "800ms", "call-timeout", "10s", "login", login));
    if (login.equals("basic")) {
      c.put("username", USER);
      c.put("password", password);
    }
    return (HostwayProvider) registry.create("hostway", ProviderConfig.of(c));
  }

  private static Cart cart(HostwayProvider p, String reference) {
    Cart cart = p.newCart(reference);
    VirtuozzoDocumentExampleTest.example().items().forEach(cart::add);
    return cart;
  }

  @Test
  void aSubmittedOrder_isFoundByTheRecordedOrderId_fromANewInstanceWithoutItsOwnerId() {
    try (HostwaySimulator sim = HostwaySimulator.builder().auth(HostwayAuth.basic(USER, PASSWORD)).start();
        ProviderRegistry registry = ProviderRegistry.builder().add(new HostwayProviderFactory()).build()) {
      sim.faults().afterProcessing("submit", AfterProcessing.HTTP_502);
      assertThatThrownBy(() -> cart(provider(registry, sim, "basic"), "ref-1").checkout());
      HostwayOrder placed = sim.orders().get(0);
      assertThat(placed.submitted()).isTrue();
      int before = sim.requestCount();

      Optional<Order> found = provider(registry, sim, "basic").reconcile("ref-1", Map.of("orderId", placed.id()));

      assertThat(found).isPresent();
      assertThat(found.get().ref().id()).isEqualTo(placed.id());
      // GET /orders/{id}, then the product named by the order's answer: reading requests only.
      assertThat(sim.requests().subList(before, sim.requestCount())).extracting(r -> r.method() + " " + r.path())
          .containsExactly("GET /orders/" + placed.id(), "GET /orders/" + placed.id() + "/account/products/"
              + placed.products().get(0).id());
      assertThat(found.get().lines().get(0).server().providerStatus()).isEqualTo("pending");
      assertThat(sim.submittedCount()).isEqualTo(1);
    }
  }

  @Test
  void anOrderNeverSubmitted_holdsNoOrder() {
    try (HostwaySimulator sim = HostwaySimulator.builder().auth(HostwayAuth.basic(USER, PASSWORD)).start();
        ProviderRegistry registry = ProviderRegistry.builder().add(new HostwayProviderFactory()).build()) {
      sim.faults().afterProcessing("POST /orders/{id}/account/products", AfterProcessing.HTTP_500);
      assertThatThrownBy(() -> cart(provider(registry, sim, "basic"), "ref-2").checkout());
      HostwayOrder open = sim.orders().get(0);
      assertThat(open.submitted()).isFalse();

      assertThat(provider(registry, sim, "basic").reconcile("ref-2", Map.of("orderId", open.id()))).isEmpty();
    }
  }

  @Test
  void withoutAnOrderId_orWithoutALogin_itCannotLook_neverNotFound() {
    try (HostwaySimulator sim = HostwaySimulator.builder().start();
        ProviderRegistry registry = ProviderRegistry.builder().add(new HostwayProviderFactory()).build()) {
      HostwayProvider p = provider(registry, sim, "none");
      assertThatThrownBy(() -> p.reconcile("ref-3", Map.of())).isInstanceOf(UnsupportedCapabilityException.class);
      assertThatThrownBy(() -> p.reconcile("ref-3", Map.of("orderId", "o-1"))).isInstanceOf(UnsupportedCapabilityException.class);
    }
  }

  @Test
  void anOrderIdHostwayDoesNotKnow_isAnError_notAnEmptyAnswer() {
    try (HostwaySimulator sim = HostwaySimulator.builder().auth(HostwayAuth.basic(USER, PASSWORD)).start();
        ProviderRegistry registry = ProviderRegistry.builder().add(new HostwayProviderFactory()).build()) {
      assertThatThrownBy(() -> provider(registry, sim, "basic").reconcile("ref-4", Map.of("orderId", "no-such-order")))
          .isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void credentialsHostwayRefuses_areAnError_notAnOrderNeverSubmitted() {
    try (HostwaySimulator sim = HostwaySimulator.builder().auth(HostwayAuth.basic(USER, PASSWORD)).start();
        ProviderRegistry registry = ProviderRegistry.builder().add(new HostwayProviderFactory()).build()) {
      cart(provider(registry, sim, "basic"), "ref-5").checkout();
      HostwayOrder placed = sim.orders().get(0);

      // A 401 with Hostway's JSON error body (not the plain-text OwnerId refusal) says nothing of the order.
      assertThatThrownBy(() -> provider(registry, sim, "basic", "not-the-Pa55word")
          .reconcile("ref-5", Map.of("orderId", placed.id())))
          .isInstanceOf(io.hostorder.core.error.AuthenticationException.class);
    }
  }
}
