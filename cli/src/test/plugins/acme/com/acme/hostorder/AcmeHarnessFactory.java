package com.acme.hostorder;

import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.Access;
import io.hostorder.core.model.OrderItem;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.TckHarnessFactory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The TCK harness of Acme: its simulator is a fresh Acme account in this JVM with a random API key. */
public final class AcmeHarnessFactory implements TckHarnessFactory {
  @Override
  public String type() {
    return AcmeProviderFactory.TYPE;
  }

  @Override
  public Optional<TckHarness> simulated() {
    String account = "sim-" + UUID.randomUUID();
    String key = "acme-key-" + UUID.randomUUID();
    AcmeProvider.Account.named(account).apiKey = key;
    return Optional.of(harness(ProviderConfig.of(Map.of("account", account, "api-key", key))));
  }

  @Override
  public TckHarness live(ProviderConfig config) {
    return harness(config);
  }

  private static TckHarness harness(ProviderConfig config) {
    return new TckHarness() {
      @Override
      public String type() {
        return AcmeProviderFactory.TYPE;
      }

      @Override
      public ProviderConfig config() {
        return config;
      }

      @Override
      public Optional<ProviderConfig> badCredentials() {
        return Optional.of(ProviderConfig.of(Map.of("account", config.require("account"), "api-key", "wrong-key")));
      }

      @Override
      public List<String> secrets() {
        return List.of(config.optional("api-key").orElse(""));
      }

      @Override
      public OrderItem plainItem() {
        return OrderItem.builder().plan("acme-s").name("web-1").access(Access.password("Acme-pass-1")).build();
      }

      @Override
      public Optional<String> validPromoCode() {
        return Optional.of(AcmeProvider.PROMO);
      }

      @Override
      public Optional<String> rejectedPromoCode() {
        return Optional.of("NOT-A-CODE");
      }

      @Override
      public List<InvalidSample> invalidItems() {
        return List.of(new InvalidSample("a plan Acme does not sell",
            OrderItem.builder().plan("acme-xxl").access(Access.password("Acme-pass-1")).build(), "items[0].plan"));
      }
    };
  }
}
