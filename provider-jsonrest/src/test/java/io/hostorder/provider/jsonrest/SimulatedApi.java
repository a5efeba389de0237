package io.hostorder.provider.jsonrest;

import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.Resources;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.simulator.jsonrest.JsonActionSimulator;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/** A JSON action API simulator and a provider pointed at it, with a read time-out short enough for late answers. */
final class SimulatedApi implements AutoCloseable {
  static final Duration READ_TIMEOUT = Duration.ofMillis(800);

  final JsonActionSimulator simulator;
  final ProviderRegistry registry;
  final JsonRestProvider provider;

  SimulatedApi(JsonActionSimulator.Builder builder) {
    simulator = builder.start();
    simulator.faults().lateAnswerDelay(READ_TIMEOUT.multipliedBy(2));
    registry = ProviderRegistry.builder().add(new JsonRestProviderFactory()).build();
    provider = (JsonRestProvider) registry.create("jsonrest", ProviderConfig.of(Map.of(
        "base-url", simulator.baseUrl().toString(), "token", simulator.token(),
        "read-timeout", READ_TIMEOUT.toMillis() + "ms", "call-timeout", "10s")));
  }

  SimulatedApi() {
    this(JsonActionSimulator.builder());
  }

  static OrderRequest order(String reference) {
    return OrderRequest.builder().reference(reference).addItem(OrderItem.builder().plan("VPS").name("web-1")
        .resources(new Resources(new BigDecimal("0.5"), 1, 10)).image("2").build()).build();
  }

  /** Returns a provider of another registry on the same simulator, as another broker process would hold. */
  Other otherProcess() {
    return new Other(simulator);
  }

  /** A second registry and provider on the same simulator; closing it leaves the simulator running. */
  static final class Other implements AutoCloseable {
    final ProviderRegistry registry;
    final JsonRestProvider provider;

    Other(JsonActionSimulator simulator) {
      registry = ProviderRegistry.builder().add(new JsonRestProviderFactory()).build();
      provider = (JsonRestProvider) registry.create("jsonrest", ProviderConfig.of(Map.of(
          "base-url", simulator.baseUrl().toString(), "token", simulator.token())));
    }

    @Override
    public void close() {
      registry.close();
    }
  }

  /** Returns how many {@code order_create} requests the simulator received. */
  long orderCreates() {
    return simulator.requests().stream().filter(r -> r.body().contains("\"order_create\"")).count();
  }

  @Override
  public void close() {
    registry.close();
    simulator.close();
  }
}
