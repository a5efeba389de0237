package io.hostorder.tck.simulated;

import io.hostorder.core.config.ProviderConfig;
import io.hostorder.simulator.hostway.HostwayAuth;
import io.hostorder.simulator.hostway.HostwaySimulator;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.TckHarnessFactory;
import java.util.Optional;

/**
 * The built-in harness of provider type {@code hostway}: the TCK against a {@link HostwaySimulator}
 * started for it (Basic credentials, a new USD account, one accepted promo code), or against a real
 * Hostway account. Knows the provider only by its configuration keys.
 */
public final class HostwayHarnessFactory implements TckHarnessFactory {
  /** The promo code the simulated harness accepts. */
  static final String PROMO_CODE = "TCK-SPRING10";
  static final String USER = "tck-broker";
  static final String PASSWORD = "tck-Pa55-9f3b7c";

  /** Creates the factory (ServiceLoader needs this constructor). */
  public HostwayHarnessFactory() {}

  @Override
  public String type() {
    return "hostway";
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
    HostwaySimulator.Builder b = HostwaySimulator.builder()
        .auth(HostwayAuth.basic(USER, PASSWORD))
        .promoCodes(PROMO_CODE);
    if (seed != null) {
      b.seed(seed);
    }
    if (activationDelay != null) {
      b.activationDelay(activationDelay);
    }
    return Optional.of(HostwayHarness.simulated(b.start(port)));
  }

  /**
   * Returns a harness for the real account in {@code config} (a {@code hostway} configuration). Its plain
   * item is the document's VPS Virtuozzo offering ({@code core.plan.vps.virtuozzo.u101/USD-1}) with its
   * server service, resolved against the configured {@code base-url}.
   */
  @Override
  public TckHarness live(ProviderConfig config) {
    return HostwayHarness.live(config);
  }
}
