package io.hostorder.provider.hostway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.TransientException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderLine;
import io.hostorder.core.model.OrderStatus;
import io.hostorder.core.model.Server;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.simulator.hostway.HostwayAuth;
import io.hostorder.simulator.hostway.HostwaySimulator;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code order(ref)} and {@code checkout} tell one story: PROCESSING after submit, then, read from the products'
 * status (the Authorization header configured), ACTIVE once the product is open; every line is kept and each
 * product line carries its {@link Server}.
 */
class OrderStatusFromProductsTest {
  private HostwaySimulator sim;
  private ProviderRegistry registry;
  private HostwayProvider provider;

  @BeforeEach
  void start() {
    sim = HostwaySimulator.builder().auth(HostwayAuth.basic("broker", "Pw-1")).activationDelay(Duration.ofMillis(300))
        .start();
    registry = ProviderRegistry.builder().add(new HostwayProviderFactory()).build();
    provider = (HostwayProvider) registry.create("hostway", ProviderConfig.of(Map.of("base-url", sim.baseUrl().toString(),
        "currency", "USD", "language", "en-US", "login", "basic", "username", "broker", "password", "Pw-1")));
  }

  @AfterEach
  void stop() {
    registry.close();
    sim.close();
  }

  @Test
  void afterCheckout_theOrderIsProcessing_thenActiveOnceItsProductIsOpen_withItsLinesAndServer() {
    var cart = provider.newCart("broker-4711");
    VirtuozzoDocumentExampleTest.example().items().forEach(cart::add);
    Order checkedOut = cart.checkout();
    assertThat(checkedOut.status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(checkedOut.lines().get(0).server().status()).isEqualTo(OrderStatus.PROCESSING);

    Order now = provider.order(checkedOut.ref());
    assertThat(now.status()).isEqualTo(OrderStatus.PROCESSING);
    assertThat(now.providerStatus()).isEqualTo("new");
    assertThat(now.lines()).hasSize(8);
    assertThat(now.lines().get(0).providerStatus()).isEqualTo("pending");

    sim.activateProducts();
    Order active = provider.order(checkedOut.ref());
    assertThat(active.status()).isEqualTo(OrderStatus.ACTIVE);
    assertThat(active.lines()).hasSize(8);
    OrderLine product = active.lines().get(0);
    Server server = product.server();
    assertThat(server.serviceId()).isEqualTo(sim.orders().get(0).products().get(0).id());
    assertThat(server.name()).isEqualTo("VPS Virtuozzo Test");
    assertThat(server.status()).isEqualTo(OrderStatus.ACTIVE);
    assertThat(server.providerStatus()).isEqualTo("open");
    assertThat(server.ipAddresses()).as("Hostway documents no IP address").isEmpty();
    assertThat(server.details()).containsEntry("partnerId", "broker-4711");
    assertThat(active.lines().get(1).status()).isEqualTo(OrderStatus.ACTIVE);
  }

  @Test
  void productStatuses_mapToThePortableOnes_keepingTheWords() {
    var cart = provider.newCart("broker-1");
    VirtuozzoDocumentExampleTest.example().items().forEach(cart::add);
    Order o = cart.checkout();
    String pid = sim.orders().get(0).products().get(0).id();
    for (var e : Map.of("suspended", OrderStatus.UNKNOWN, "close_pending", OrderStatus.CANCELLED,
        "closed", OrderStatus.CANCELLED, "purge_pending", OrderStatus.CANCELLED, "new", OrderStatus.PROCESSING,
        "open", OrderStatus.ACTIVE).entrySet()) {
      sim.productStatus(pid, e.getKey());
      Order read = provider.order(o.ref());
      assertThat(read.status()).as(e.getKey()).isEqualTo(e.getValue());
      assertThat(read.lines().get(0).server().providerStatus()).isEqualTo(e.getKey());
    }
  }

  @Test
  void await_returnsTheOrderOnceActive() {
    var cart = provider.newCart("broker-2");
    VirtuozzoDocumentExampleTest.example().items().forEach(cart::add);
    Order o = cart.checkout();

    Order active = provider.await(o.ref(), OrderStatus.ACTIVE, Duration.ofSeconds(20));

    assertThat(active.lines().get(0).server().status()).isEqualTo(OrderStatus.ACTIVE);
  }

  @Test
  void theDocumented502OfAProductRead_isATransientError() {
    var cart = provider.newCart("broker-3");
    VirtuozzoDocumentExampleTest.example().items().forEach(cart::add);
    Order o = cart.checkout();
    sim.failProductReads(1);

    assertThatThrownBy(() -> provider.order(o.ref())).isInstanceOf(TransientException.class)
        .hasMessageContaining("Unexpected backend response");
    assertThat(provider.order(o.ref()).status()).isEqualTo(OrderStatus.PROCESSING);
  }
}
