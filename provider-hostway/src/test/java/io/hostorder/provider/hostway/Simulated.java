package io.hostorder.provider.hostway;

import io.hostorder.core.Cart;
import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.simulator.hostway.HostwaySimulator;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A Hostway simulator and a provider pointed at it, with a read time-out short enough for late answers. */
final class Simulated implements AutoCloseable {
  /** The client's read time-out; the simulator's late answers come after twice as long. */
  static final Duration READ_TIMEOUT = Duration.ofMillis(800);

  final HostwaySimulator simulator;
  final ProviderRegistry registry;
  final HostwayProvider provider;

  Simulated(String... keyValues) {
    simulator = HostwaySimulator.builder().promoCodes("SPRING10").start();
    simulator.faults().lateAnswerDelay(READ_TIMEOUT.multipliedBy(2));
    registry = ProviderRegistry.builder().add(new HostwayProviderFactory()).build();
    Map<String, String> config = new LinkedHashMap<>(Map.of("base-url", simulator.baseUrl().toString(),
        "currency", "USD", "language", "en-US", "read-timeout", READ_TIMEOUT.toMillis() + "ms", "call-timeout", "10s"));
    for (int i = 0; i < keyValues.length; i += 2) {
      config.put(keyValues[i], keyValues[i + 1]);
    }
    provider = (HostwayProvider) registry.create("hostway", ProviderConfig.of(config));
  }

  /** Returns a cart holding the document's whole example (one product, its server service, six related services). */
  Cart exampleCart(String reference) {
    return exampleCart(reference, OrderTrail.NONE);
  }

  Cart exampleCart(String reference, OrderTrail trail) {
    Cart cart = provider.newCart(reference, trail);
    for (OrderItem item : VirtuozzoDocumentExampleTest.example().items()) {
      cart.add(item);
    }
    return cart;
  }

  @Override
  public void close() {
    registry.close();
    simulator.close();
  }
}
