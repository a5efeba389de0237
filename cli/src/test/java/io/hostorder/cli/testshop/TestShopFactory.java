package io.hostorder.cli.testshop;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.Idempotency;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderProviderFactory;
import io.hostorder.core.config.ConfigKey;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.BillingPeriod;
import java.util.List;

/**
 * A tiny provider for the command's tests (type {@code testshop}): orders live in a named in-JVM store,
 * the token must be {@code good-token}, and the {@code fail} key makes checkout fail the way a real
 * provider can, so every exit status can be reached without a network.
 */
public final class TestShopFactory implements OrderProviderFactory {
  @Override
  public String type() {
    return "testshop";
  }

  @Override
  public String description() {
    return "a test shop kept in memory";
  }

  @Override
  public List<ConfigKey> configKeys() {
    return List.of(
        ConfigKey.required("store", ConfigKey.Kind.STRING, "the name of the in-JVM store holding the orders"),
        ConfigKey.secret("token", "the API token; accepted when it starts with 'good-'"),
        ConfigKey.choice("fail", "none", "how checkout fails", "none", "payment", "provider-error", "outcome-unknown",
            "promo-rejected", "transient", "leaky-error"),
        ConfigKey.optional("cancel", ConfigKey.Kind.BOOLEAN, "true", "whether orders can be cancelled"));
  }

  @Override
  public Capabilities capabilities(ProviderConfig config) {
    Capabilities.Builder b = Capabilities.builder()
        .add(Capability.PROMO_CODE, Capability.ORDER_STATUS, Capability.ORDER_LIST, Capability.RECONCILE,
            Capability.MULTIPLE_ITEMS, Capability.RELATED_ITEMS)
        .idempotency(Idempotency.LOOKUP)
        .periods(BillingPeriod.P1M, BillingPeriod.P12M)
        .accessKinds("password", "sshKeyId");
    if (!config.optional("cancel").orElse("true").equals("false")) {
      b.add(Capability.CANCEL_ORDER, Capability.CANCEL_LINE);
    }
    return b.build();
  }

  @Override
  public Module module(ProviderConfig config) {
    Capabilities caps = capabilities(config);
    return new AbstractModule() {
      @Override
      protected void configure() {
        bind(OrderProvider.class).toInstance(new TestShop(config, caps));
      }
    };
  }
}
