package io.hostorder.bench;

import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.registry.ProviderRegistry;
import java.util.Map;

/**
 * Run in a fresh JVM by {@link StartupSuite}: prints the milliseconds from the first line of {@code
 * main} until the first provider instance exists ({@code ProviderRegistry.installed()} and {@code
 * create("billmanager", …)}; no request is sent).
 */
public final class FirstInstance {
  private FirstInstance() {}

  public static void main(String[] args) {
    long t0 = System.nanoTime();
    try (ProviderRegistry registry = ProviderRegistry.installed()) {
      registry.create("billmanager", ProviderConfig.of(Map.of("base-url", "http://127.0.0.1:9/billmgr",
          "username", "bench", "password", "bench-password")));
      System.out.println((System.nanoTime() - t0) / 1e6);
    }
  }
}
