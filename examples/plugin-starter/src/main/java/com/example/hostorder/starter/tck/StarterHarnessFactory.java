package com.example.hostorder.starter.tck;

import com.example.hostorder.starter.StarterProviderFactory;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.TckHarnessFactory;
import java.util.Optional;

/**
 * Lets {@code hostorder tck --provider starter} find the harness of this plugin, through {@code
 * META-INF/services/io.hostorder.tck.TckHarnessFactory}. Stateless.
 */
public final class StarterHarnessFactory implements TckHarnessFactory {
  /** Creates the factory; {@link java.util.ServiceLoader} needs a public constructor without arguments. */
  public StarterHarnessFactory() {}

  @Override
  public String type() {
    return StarterProviderFactory.TYPE;
  }

  /** A fresh simulator on 127.0.0.1: what {@code hostorder tck --provider starter} runs against. */
  @Override
  public Optional<TckHarness> simulated() {
    return Optional.of(StarterHarness.simulated());
  }

  /** A real account ({@code --live}), configured as a broker would configure the provider. */
  @Override
  public TckHarness live(ProviderConfig config) {
    return StarterHarness.live(config);
  }
}
