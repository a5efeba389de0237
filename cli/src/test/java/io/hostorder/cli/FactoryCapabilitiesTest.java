package io.hostorder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.Capability;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderProviderFactory;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.TckHarnessFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * A factory says what an instance can do without creating it (the registry and {@code providers} list it); the
 * instance says it again at run time. For every built-in provider, in the configuration of its simulator's
 * harness and of each variant (skip-basket, acting for a customer, …), both say the same (TCK rule R1.2 checks
 * the main configuration of a plugin the same way).
 */
class FactoryCapabilitiesTest {

  @Test
  void everyBuiltInProvider_factoryCapabilities_equalItsInstances_inEveryHarnessConfiguration() {
    List<String> checked = new ArrayList<>();
    try (ProviderRegistry registry = ProviderRegistry.installed()) {
      for (TckHarnessFactory harnesses : ServiceLoader.load(TckHarnessFactory.class)) {
        try (TckHarness harness = harnesses.simulated().orElseThrow()) {
          List<TckHarness> all = new ArrayList<>(List.of(harness));
          all.addAll(harness.variants());
          for (TckHarness h : all) {
            OrderProviderFactory factory = registry.factory(h.type()).orElseThrow();
            OrderProvider instance = h.create(registry, h.config());
            assertThat(factory.capabilities(h.config().check(factory.configKeys())))
                .as("%s: factory.capabilities(config) against the instance's", h.name())
                .isEqualTo(instance.capabilities());
            checked.add(h.type());
          }
        }
      }
    }
    assertThat(checked).contains("billmanager", "zomro", "hostway", "jsonrest", "memory");
  }

  @Test
  void memory_withFewerCapabilities_factoryAndInstanceAgree() {
    try (ProviderRegistry registry = ProviderRegistry.installed()) {
      OrderProviderFactory factory = registry.factory("memory").orElseThrow();
      for (String kept : List.of("all", "PROMO_CODE", "RECONCILE,ORDER_STATUS", "SKIP_CART,RECONCILE")) {
        ProviderConfig config = ProviderConfig.of(Map.of("account", "caps-" + kept.hashCode(), "password", "pw-1",
            "capabilities", kept));
        OrderProvider instance = registry.create("memory", config);
        assertThat(factory.capabilities(config.check(factory.configKeys()))).as("capabilities=%s", kept)
            .isEqualTo(instance.capabilities());
        if (!kept.equals("all")) {
          assertThat(instance.capabilities().has(Capability.CANCEL_LINE)).as("capabilities=%s", kept).isFalse();
        }
      }
    }
  }
}
