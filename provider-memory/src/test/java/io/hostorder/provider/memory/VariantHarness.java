package io.hostorder.provider.memory;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.provider.memory.tck.MemoryHarness;
import io.hostorder.tck.ProviderObserver;
import io.hostorder.tck.TckHarness;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/** A memory harness whose provider is wrapped (a broken variant) or whose observer is withheld. */
class VariantHarness implements TckHarness {
  private final MemoryHarness memory;
  private final BiFunction<OrderProvider, ProviderConfig, OrderProvider> wrap;
  private final boolean observer;
  private final boolean live;

  VariantHarness(MemoryHarness memory, BiFunction<OrderProvider, ProviderConfig, OrderProvider> wrap, boolean observer) {
    this(memory, wrap, observer, false);
  }

  /** {@code live}: plays a real account (the runner then needs confirmation and runs only live-safe rules). */
  VariantHarness(MemoryHarness memory, BiFunction<OrderProvider, ProviderConfig, OrderProvider> wrap, boolean observer,
      boolean live) {
    this.memory = memory;
    this.wrap = wrap;
    this.observer = observer;
    this.live = live;
  }

  @Override
  public boolean live() {
    return live;
  }

  static VariantHarness broken(BiFunction<OrderProvider, ProviderConfig, OrderProvider> wrap) {
    return new VariantHarness(MemoryHarness.fresh(), wrap, true);
  }

  MemoryAccount account() {
    return memory.account();
  }

  @Override public String type() { return memory.type(); }
  @Override public ProviderConfig config() { return memory.config(); }
  @Override public Optional<ProviderConfig> badCredentials() { return memory.badCredentials(); }
  @Override public List<String> secrets() { return memory.secrets(); }
  @Override public OrderItem plainItem() { return memory.plainItem(); }
  @Override public Optional<OrderItem> itemWithRelated() { return memory.itemWithRelated(); }
  @Override public Optional<String> validPromoCode() { return memory.validPromoCode(); }
  @Override public Optional<String> rejectedPromoCode() { return memory.rejectedPromoCode(); }
  @Override public List<InvalidSample> invalidItems() { return memory.invalidItems(); }
  @Override public Optional<ProviderErrorSample> providerError() { return memory.providerError(); }
  @Override public void reset() { memory.reset(); }
  @Override public void close() { memory.close(); }

  @Override
  public Optional<ProviderObserver> observer() {
    return observer ? memory.observer() : Optional.empty();
  }

  @Override
  public OrderProvider create(ProviderRegistry registry, ProviderConfig config) {
    return wrap.apply(memory.create(registry, config), config);
  }
}
