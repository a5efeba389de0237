package io.hostorder.tck.simulated;

import io.hostorder.core.config.ProviderConfig;
import io.hostorder.simulator.jsonrest.JsonActionSimulator;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.TckHarnessFactory;
import java.util.Optional;

/**
 * The built-in harness of provider type {@code jsonrest}: the TCK against a {@link JsonActionSimulator}
 * started for it (token authentication, the simulator's default credit), or against a real account of
 * the JSON action API. Knows the provider only by its configuration keys.
 */
public final class JsonRestHarnessFactory implements TckHarnessFactory {
  static final String TOKEN = "tck-token-7d41c9e25f0a";
  static final String USER = "tck-broker";
  static final String PASSWORD = "tck-Pa55-2c8e1f";

  /** Creates the factory (ServiceLoader needs this constructor). */
  public JsonRestHarnessFactory() {}

  @Override
  public String type() {
    return "jsonrest";
  }

  @Override
  public Optional<TckHarness> simulated() {
    return simulated(0, null);
  }

  @Override
  public Optional<TckHarness> simulated(int port, Long seed) {
    return simulated(port, seed, null);
  }

  @Override
  public Optional<TckHarness> simulated(int port, Long seed, java.time.Duration activationDelay) {
    JsonActionSimulator.Builder b = JsonActionSimulator.builder().token(TOKEN).credentials(USER, PASSWORD)
        .credit(HarnessMoney.BALANCE);
    if (seed != null) {
      b.seed(seed);
    }
    if (activationDelay != null) {
      b.activationDelay(activationDelay);
    }
    return Optional.of(JsonRestHarness.simulated(b.start(port)));
  }

  /**
   * Returns a harness for the real account in {@code config} (a {@code jsonrest} configuration). Its
   * plain item is the smallest VPS (0.5 GB RAM, 1 CPU, 10 GB storage, Debian).
   */
  @Override
  public TckHarness live(ProviderConfig config) {
    return JsonRestHarness.live(config);
  }
}
