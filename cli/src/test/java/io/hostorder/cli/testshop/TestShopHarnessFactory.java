package io.hostorder.cli.testshop;

import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.Access;
import io.hostorder.core.model.OrderItem;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.TckHarnessFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A TCK harness of the test shop: its "simulator" is a fresh in-JVM store. */
public final class TestShopHarnessFactory implements TckHarnessFactory {
  @Override
  public String type() {
    return "testshop";
  }

  @Override
  public Optional<TckHarness> simulated() {
    return Optional.of(harness(ProviderConfig.of(Map.of("store", "sim-" + UUID.randomUUID(), "token", "good-sim-token"))));
  }

  @Override
  public TckHarness live(ProviderConfig config) {
    return harness(config);
  }

  private static TckHarness harness(ProviderConfig config) {
    return new TckHarness() {
      @Override public String type() { return "testshop"; }
      @Override public ProviderConfig config() { return config; }
      @Override public List<String> secrets() { return List.of(config.optional("token").orElse("")); }
      @Override public OrderItem plainItem() {
        return OrderItem.builder().plan("vps-1").region("eu").access(Access.password("sim-pass-1")).build();
      }
      @Override public Optional<String> validPromoCode() { return Optional.of("SPRING"); }
      @Override public List<InvalidSample> invalidItems() {
        return List.of(new InvalidSample("unknown region", OrderItem.builder().plan("vps-1").region("mars").build(),
            "items[0].region"));
      }
    };
  }
}
