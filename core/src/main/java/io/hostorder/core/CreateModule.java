package io.hostorder.core;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/** The default {@link OrderProviderFactory#module}: binds {@link OrderProvider} to the factory's create. */
final class CreateModule extends AbstractModule {
  private final OrderProviderFactory factory;

  CreateModule(OrderProviderFactory factory) {
    this.factory = factory;
  }

  @Override
  protected void configure() {
    Provider<ProviderContext> context = getProvider(ProviderContext.class);
    bind(OrderProvider.class).toProvider(new Creating(factory, context)).in(Singleton.class);
  }

  private static final class Creating implements Provider<OrderProvider> {
    private final OrderProviderFactory factory;
    private final Provider<ProviderContext> context;

    Creating(OrderProviderFactory factory, Provider<ProviderContext> context) {
      this.factory = factory;
      this.context = context;
    }

    @Override
    public OrderProvider get() {
      return factory.create(context.get());
    }
  }
}
