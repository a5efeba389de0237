package io.hostorder.provider.hostway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.Cart;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.TransientException;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.simulator.hostway.HostwayOrder;
import io.hostorder.simulator.hostway.HostwaySimulator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A failure in the middle of the flow, against the Hostway simulator: resumed on the same order, nothing doubled. */
class SimulatorFailureTest {

  @Test
  void theThirdServiceFailing_leavesTheOrderOpen_andCheckoutAgainFinishesItWithoutDuplicates() {
    try (HostwaySimulator simulator = HostwaySimulator.builder().start();
        ProviderRegistry registry = ProviderRegistry.builder().add(new HostwayProviderFactory()).build()) {
      HostwayProvider provider = (HostwayProvider) registry.create("hostway", ProviderConfig.of(Map.of(
          "base-url", simulator.baseUrl().toString(), "currency", "USD", "language", "en-US")));
      Cart cart = provider.newCart("ref-sim");
      for (OrderItem item : VirtuozzoDocumentExampleTest.example().items()) cart.add(item);
      simulator.faults().failNext("core.vps.virtuozzo.additional_disk.10gb", 1);

      // failNext answers 503 without processing: refused before processing, safe to retry.
      TransientException e = catchThrowableOfType(TransientException.class, cart::checkout);

      assertThat(e.details()).containsEntry("submitted", "false").containsKey("service items[0].related[1]");
      assertThat(simulator.submittedCount()).isZero();
      HostwayOrder open = simulator.order(e.details().get("orderId")).orElseThrow();
      assertThat(open.services()).hasSize(3);
      assertThat(e.getMessage()).doesNotContain(open.ownerId());

      cart.checkout();

      HostwayOrder done = simulator.order(e.details().get("orderId")).orElseThrow();
      assertThat(done.submitted()).isTrue();
      assertThat(done.services()).hasSize(7);
      assertThat(done.services().stream().map(HostwayOrder.Service::specification).distinct()).hasSize(7);
      assertThat(simulator.orders()).hasSize(1);
    }
  }
}
