package io.hostorder.provider.hostway;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderStatus;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.simulator.ReceivedRequest;
import io.hostorder.simulator.hostway.HostwayOrder;
import io.hostorder.simulator.hostway.HostwaySimulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The document's example file against the Hostway simulator handing out the document's ids. */
class SimulatorRoundTripTest {

  @Test
  void theExampleFile_isPlacedAtTheSimulator_withTheDocumentsSequence() {
    try (HostwaySimulator simulator = HostwaySimulator.builder().documentIds().start();
        ProviderRegistry registry = ProviderRegistry.builder().add(new HostwayProviderFactory()).build()) {
      HostwayProvider provider = (HostwayProvider) registry.create("hostway", ProviderConfig.of(Map.of(
          "base-url", simulator.baseUrl().toString(), "account-number", "acct123456")));

      Order order = provider.place(VirtuozzoDocumentExampleTest.example());

      assertThat(order.ref().id()).isEqualTo(HostwaySimulator.DOCUMENT_ORDER_ID);
      List<String> sent = simulator.requests().stream().map(r -> r.method() + " " + r.path()).toList();
      String services = "POST /orders/" + HostwaySimulator.DOCUMENT_ORDER_ID + "/account/products/"
          + HostwaySimulator.DOCUMENT_PRODUCT_ID + "/services";
      assertThat(sent).containsExactly("POST /orders", "PUT /orders/" + HostwaySimulator.DOCUMENT_ORDER_ID + "/account",
          "POST /orders/" + HostwaySimulator.DOCUMENT_ORDER_ID + "/account/products",
          services, services, services, services, services, services, services,
          "POST /orders/" + HostwaySimulator.DOCUMENT_ORDER_ID + "/action");
      HostwayOrder placed = simulator.order(order.ref().id()).orElseThrow();
      assertThat(placed.submitted()).isTrue();
      assertThat(placed.services()).hasSize(7);
      assertThat(placed.services().get(0).server()).isTrue();
      Order status = provider.order(OrderRef.of(HostwaySimulator.DOCUMENT_ORDER_ID));
      // The only documented order status; without a login the products' status is not read.
      assertThat(status.providerStatus()).isEqualTo(HostwaySimulator.STATUS_NEW);
      assertThat(status.status()).isEqualTo(OrderStatus.PROCESSING);
      assertThat(status.lines()).hasSize(8);
      assertThat(simulator.requestCount()).as("the document's 11 requests, then one GET /orders/{id}").isEqualTo(12);
      for (ReceivedRequest r : simulator.requests().subList(1, simulator.requests().size())) {
        assertThat(r.headers().get("Cookie")).isEqualTo("OwnerId=" + HostwaySimulator.DOCUMENT_OWNER_ID);
      }
    }
  }
}
