package io.hostorder.tck;

import io.hostorder.core.config.ProviderConfig;
import java.util.Optional;

/**
 * Creates harnesses of one provider type, so the TCK runner can find them outside a build. Register an
 * implementation in {@code META-INF/services/io.hostorder.tck.TckHarnessFactory}.
 */
public interface TckHarnessFactory {

  /** Returns the provider type id these harnesses test. */
  String type();

  /** Returns a harness backed by a simulator started for it, or empty when there is none. */
  Optional<TckHarness> simulated();

  /**
   * Returns a harness backed by a simulator listening on 127.0.0.1 at {@code port} (0: a free port) whose
   * generated ids and tokens follow {@code seed} (null: the simulator's default), or empty when there is
   * none. {@code hostorder simulate --port N --seed N} calls it. Override it when the simulator's builder
   * takes a port and a seed; the default serves only a free port and the default seed.
   *
   * @throws UnsupportedOperationException when a port or seed is given and this harness cannot honour it
   */
  default Optional<TckHarness> simulated(int port, Long seed) {
    if (port != 0 || seed != null) {
      throw new UnsupportedOperationException("the " + type() + " simulator harness cannot be given a port or a seed");
    }
    return simulated();
  }

  /**
   * Returns a harness as {@link #simulated(int, Long)} does, whose simulator takes {@code activationDelay} to
   * set a new order up (processing, then active with its addresses), where it plays set-up at all; null
   * keeps the simulator's default. {@code hostorder simulate --activation-delay} calls it. The default
   * ignores the delay.
   */
  default Optional<TckHarness> simulated(int port, Long seed, java.time.Duration activationDelay) {
    return simulated(port, seed);
  }

  /**
   * Returns a harness for a real account configured by {@code config}: no observer, only the configured
   * cheapest item is placed.
   */
  TckHarness live(ProviderConfig config);
}
