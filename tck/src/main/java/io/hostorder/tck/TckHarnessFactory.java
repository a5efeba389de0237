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
   * Returns a harness for a real account configured by {@code config}: no observer, only the configured
   * cheapest item is placed.
   */
  TckHarness live(ProviderConfig config);
}
