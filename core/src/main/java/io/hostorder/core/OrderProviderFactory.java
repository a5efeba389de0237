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
 * <p>Implementations are stateless, cheap to create, and do no I/O.
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
   * Returns the Guice module of one instance: it binds {@link OrderProvider}. The module is installed
   * in a child injector of the registry's parent injector, which provides the shared
   * {@code okhttp3.OkHttpClient}, {@code com.fasterxml.jackson.databind.ObjectMapper},
   * {@code java.time.Clock} and this instance's {@link ProviderConfig}. It must do no I/O.
   *
   * @param config already checked against {@link #configKeys()}
   * @return the module
   */
  Module module(ProviderConfig config);
}
