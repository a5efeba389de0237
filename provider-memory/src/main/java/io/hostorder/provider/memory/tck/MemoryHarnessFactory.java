package io.hostorder.provider.memory.tck;

import io.hostorder.core.config.ProviderConfig;
import io.hostorder.provider.memory.MemoryProviderFactory;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.TckHarnessFactory;
import java.util.Optional;

/**
 * Harnesses of the in-memory provider, for the TCK runner and the {@code hostorder tck} command:
 * {@link #simulated()} opens a fresh private account; {@link #live(ProviderConfig)} uses the account the
 * configuration names. Both come with an observer (the account is in this JVM), and neither places a
 * real order.
 */
public final class MemoryHarnessFactory implements TckHarnessFactory {
  @Override
  public String type() {
    return MemoryProviderFactory.TYPE;
  }

  @Override
  public Optional<TckHarness> simulated() {
    return Optional.of(MemoryHarness.fresh());
  }

  @Override
  public TckHarness live(ProviderConfig config) {
    return MemoryHarness.configured(config);
  }
}
