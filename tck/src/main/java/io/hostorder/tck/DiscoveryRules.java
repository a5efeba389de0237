package io.hostorder.tck;

import static io.hostorder.tck.Rule.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.Idempotency;
import io.hostorder.core.OrderProviderFactory;
import io.hostorder.core.config.ConfigKey;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.ConfigurationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SPEC.md section 1: discovery and configuration. */
final class DiscoveryRules {
  private DiscoveryRules() {}

  static List<Rule> all() {
    return List.of(
        rule("R1.1", "the factory is registered under the provider's type id").liveSafe()
            .hint("register the factory in META-INF/services/io.hostorder.core.OrderProviderFactory; type() of "
                + "factory and provider must be the harness's type()")
            .check(ctx -> {
              assertThat(ctx.harness().create(ctx.session().registry(), ctx.harness().config()).type())
                  .as("provider type").isEqualTo(ctx.harness().type());
              assertThat(factory(ctx)).as("factory of type '%s' on the class path", ctx.harness().type()).isNotNull();
            }),
        rule("R1.2", "the factory's capabilities match the instance's and are coherent").liveSafe()
            .hint("capabilities(config) must not need the network and must equal provider.capabilities()")
            .check(ctx -> {
              Capabilities caps = ctx.provider().capabilities();
              OrderProviderFactory f = factory(ctx);
              if (f != null) {
                ProviderConfig checked = ctx.harness().config().check(f.configKeys());
                assertThat(f.capabilities(checked)).as("factory.capabilities(config)").isEqualTo(caps);
              }
              if (caps.periods().isEmpty()) {
                // An API that takes no billing period (the JSON action API) must refuse one before any request.
                List<String> paths = ctx.provider().validate(ctx.order(ctx.harness().plainItem().toBuilder()
                    .period(io.hostorder.core.model.BillingPeriod.P1M).build())).stream()
                    .map(io.hostorder.core.error.Violation::path).toList();
                assertThat(paths).as("violations of an item with a period, for a provider that offers no period")
                    .contains("items[0].period");
              }
              if (caps.accessKinds().isEmpty()) {
                // An API that takes no access at all (Hostway's OrderAPI) must refuse one before any request.
                List<String> paths = ctx.provider().validate(ctx.order(ctx.harness().plainItem().toBuilder()
                    .access(io.hostorder.core.model.Access.password("tck-unused")).build())).stream()
                    .map(io.hostorder.core.error.Violation::path).toList();
                assertThat(paths).as("violations of an item with access, for a provider that accepts no access kind")
                    .anyMatch(p -> p.startsWith("items[0].access"));
              }
              assertThat(caps.idempotency() == Idempotency.NONE || caps.has(Capability.RECONCILE))
                  .as("idempotency %s needs RECONCILE", caps.idempotency()).isTrue();
              assertThat(caps.has(Capability.DAILY_BILLING))
                  .as("DAILY_BILLING declared iff period P1D offered")
                  .isEqualTo(caps.periods().contains(io.hostorder.core.model.BillingPeriod.P1D));
            }),
        rule("R1.3", "an unknown configuration key is rejected naming the key").liveSafe()
            .hint("declare every key in configKeys(); the registry rejects the others")
            .check(ctx -> {
              ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
                  () -> ctx.create(ctx.harness().config().with("no-such-key", "x")));
              assertThat(e).as("ConfigurationException for key no-such-key").isNotNull();
              assertThat(e.key()).isEqualTo("no-such-key");
            }),
        rule("R1.4", "a missing required configuration key is rejected naming the key").liveSafe()
            .hint("mark keys required in configKeys() and read them with ProviderConfig.require(key)")
            .check(ctx -> {
              OrderProviderFactory f = factory(ctx);
              List<ConfigKey> required = f == null ? List.of()
                  : f.configKeys().stream().filter(k -> k.required() && k.defaultValue() == null).toList();
              if (required.isEmpty()) {
                throw ctx.skip("the provider has no required configuration key");
              }
              for (ConfigKey key : required) {
                Map<String, String> values = new LinkedHashMap<>(ctx.harness().config().values());
                values.remove(key.name());
                ConfigurationException e = catchThrowableOfType(ConfigurationException.class,
                    () -> ctx.create(ProviderConfig.of(values)));
                assertThat(e).as("ConfigurationException without key %s", key.name()).isNotNull();
                assertThat(e.key()).isEqualTo(key.name());
              }
            }),
        rule("R1.5", "creating an instance sends no request").observer()
            .hint("Guice modules and constructors do no I/O; log in lazily on the first call")
            .check(ctx -> {
              int before = ctx.requests();
              ctx.create(ctx.harness().config()).capabilities();
              assertThat(ctx.requests()).as("requests sent while creating the instance").isEqualTo(before);
            }));
  }

  static OrderProviderFactory factory(TckContext ctx) {
    return ctx.session().registry().factory(ctx.harness().type()).orElse(null);
  }
}
