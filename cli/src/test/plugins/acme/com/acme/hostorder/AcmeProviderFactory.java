package com.acme.hostorder;

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

/** Creates Acme providers, type {@code acme}: orders go to a named account held in this JVM. */
public final class AcmeProviderFactory implements OrderProviderFactory {
  /** The type id. */
  public static final String TYPE = "acme";

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String description() {
    return "Acme Hosting (a plugin made up for the command's tests)";
  }

  @Override
  public List<ConfigKey> configKeys() {
    return List.of(
        ConfigKey.required("account", ConfigKey.Kind.STRING, "the Acme account the orders go to"),
        ConfigKey.secret("api-key", "the account's API key"));
  }

  @Override
  public Capabilities capabilities(ProviderConfig config) {
    return Capabilities.builder()
        .add(Capability.ORDER_STATUS, Capability.ORDER_LIST, Capability.CANCEL_ORDER, Capability.RECONCILE,
            Capability.PROMO_CODE)
        .idempotency(Idempotency.LOOKUP)
        .periods(BillingPeriod.P1M, BillingPeriod.P12M)
        .accessKinds("password", "sshKeyId")
        .build();
  }

  @Override
  public Module module(ProviderConfig config) {
    Capabilities caps = capabilities(config);
    return new AbstractModule() {
      @Override
      protected void configure() {
        bind(OrderProvider.class).toInstance(new AcmeProvider(config, caps));
      }
    };
  }
}
