package io.hostorder.core;

import com.google.inject.Module;
import io.hostorder.core.config.ConfigKey;
import io.hostorder.core.config.ProviderConfig;
import java.util.List;

/**
 * Creates {@link OrderProvider} instances of one type. A plugin registers its factory in
 * {@code META-INF/services/io.hostorder.core.OrderProviderFactory}; a broker may also hand factories to
 * {@link io.hostorder.core.registry.ProviderRegistry.Builder#add} explicitly.
 *
 * <p>A factory implements {@link #create(ProviderContext)}, or, to wire its provider with Guice itself,
 * {@link #module(ProviderConfig)}. Implementations are stateless, cheap to create, and do no I/O.
 */
public interface OrderProviderFactory {

  /**
   * Returns the type id, e.g. {@code "billmanager"}: lower case letters, digits and dashes.
   *
   * @return the type id
   */
  String type();

  /**
   * Returns one line saying what this provider orders from.
   *
   * @return the description
   */
  String description();

  /**
   * Returns every configuration key an instance reads; the registry rejects any other key.
   *
   * @return the keys
   */
  List<ConfigKey> configKeys();

  /**
   * Returns what an instance configured with {@code config} can do, without creating it.
   *
   * @param config the instance's configuration, already checked against {@link #configKeys()}
   * @return the instance's capabilities
   */
  Capabilities capabilities(ProviderConfig config);

  /**
   * Creates one instance from {@code context}: its checked configuration, the shared JSON mapper, a clock,
   * the journal if any, and HTTP over the registry's shared connections ({@link ProviderContext#http()}).
   * Called once per {@link io.hostorder.core.registry.ProviderRegistry#create}; must do no I/O. A factory
   * implements this or {@link #module}; the default refuses, naming the factory.
   *
   * @param context the instance's context
   * @return the instance
   * @throws io.hostorder.core.error.ConfigurationException naming the key that is wrong
   * @throws UnsupportedOperationException when the factory implements neither this nor {@link #module}
   */
  default OrderProvider create(ProviderContext context) {
    throw new UnsupportedOperationException("provider factory " + getClass().getName() + " (type '" + type()
        + "') implements neither create(ProviderContext) nor module(ProviderConfig)");
  }

  /**
   * Returns the Guice module of one instance: it binds {@link OrderProvider}. The registry installs it in a
   * child injector of its parent injector, which provides this instance's {@link ProviderContext} and
   * {@link ProviderConfig}, the shared {@code com.fasterxml.jackson.databind.ObjectMapper} and the
   * {@code java.time.Clock}. It must do no I/O.
   *
   * <p>The default binds {@link OrderProvider} to {@link #create}, once per instance. Override it only to
   * wire the provider with Guice yourself.
   *
   * @param config already checked against {@link #configKeys()}
   * @return the module
   */
  default Module module(ProviderConfig config) {
    return new CreateModule(this);
  }
}
