package com.example.hostorder.starter;

import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.Idempotency;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderProviderFactory;
import io.hostorder.core.ProviderContext;
import io.hostorder.core.config.ConfigKey;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.http.HttpSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates providers of type {@value #TYPE}: Starter Cloud's order API, a small JSON-over-HTTP API made up for
 * this example ({@code POST /v1/orders}, {@code GET /v1/orders/{id}}, {@code GET /v1/orders?reference=},
 * {@code POST /v1/orders/{id}/cancel}, a bearer token). Found by {@link java.util.ServiceLoader} through
 * {@code META-INF/services/io.hostorder.core.OrderProviderFactory}. Stateless and safe for concurrent use.
 */
public final class StarterProviderFactory implements OrderProviderFactory {
  /** The provider type id, as brokers write it in their configuration and on the command line. */
  public static final String TYPE = "starter";
  /** The API's address unless {@code base-url} says otherwise. */
  public static final String DEFAULT_BASE_URL = "https://api.starter.example/";
  /** The API token, sent as {@code Authorization: Bearer}; a secret, so never printed or logged. */
  public static final String TOKEN = "token";

  static final Capabilities CAPABILITIES = Capabilities.builder()
      .add(Capability.ORDER_STATUS, Capability.ORDER_LIST, Capability.CANCEL_ORDER, Capability.RECONCILE,
          Capability.MULTIPLE_ITEMS)
      // Orders carry the broker's reference and can be listed by it: a retry finds the first order again.
      .idempotency(Idempotency.LOOKUP)
      .accessKinds("sshKeyId")
      .build();

  /** Creates the factory; {@link java.util.ServiceLoader} needs a public constructor without arguments. */
  public StarterProviderFactory() {}

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String description() {
    return "Starter Cloud (the example plugin of docs/plugin-guide.md)";
  }

  @Override
  public List<ConfigKey> configKeys() {
    List<ConfigKey> keys = new ArrayList<>(HttpSettings.keys(DEFAULT_BASE_URL));
    keys.add(ConfigKey.requiredSecret(TOKEN, "API token of the Starter Cloud account"));
    return List.copyOf(keys);
  }

  @Override
  public Capabilities capabilities(ProviderConfig config) {
    return CAPABILITIES;
  }

  /**
   * Returns the provider {@code context} configures. The configuration is read first, so that a missing token
   * or a plain-HTTP address is a typed error before any request.
   */
  @Override
  public OrderProvider create(ProviderContext context) {
    HttpSettings settings = context.httpSettings();
    String token = context.config().require(TOKEN);
    // The registry's shared connections with this instance's time-outs; the wire log masks the token.
    return new StarterProvider(new StarterApi(context.http(), settings.baseUrl(), token, context.mapper()));
  }
}
