package io.hostorder.provider.zomro;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.simulator.billmanager.BillmanagerSimulator;
import io.hostorder.simulator.billmanager.Profile;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The BILLmanager simulator in its Zomro profile and a registry holding the zomro factory: the set-up the
 * Zomro tests share. {@link #provider} gives an instance against the simulator, authenticated as the test
 * chose, with more keys on top.
 */
final class ZomroFixture implements AutoCloseable {
  /** The session token of the Zomro document's examples. */
  static final String TOKEN = "211a9ac6309a9f0c340bdebf";

  final BillmanagerSimulator sim = BillmanagerSimulator.start(Profile.ZOMRO);
  private final ProviderRegistry registry = ProviderRegistry.builder().add(new ZomroProviderFactory()).build();

  /** Adds the document's token as a session of the simulator's client. */
  ZomroFixture withDocumentToken() {
    sim.addSession(TOKEN, BillmanagerSimulator.CLIENT_LOGIN);
    return this;
  }

  /** Returns the keys that log in with the document's token. */
  static Map<String, String> token() {
    return Map.of("token", TOKEN);
  }

  /** Returns the keys that log in with the simulator client's username and password. */
  static Map<String, String> credentials() {
    return Map.of("username", BillmanagerSimulator.CLIENT_LOGIN, "password", BillmanagerSimulator.CLIENT_PASSWORD);
  }

  /** Returns a zomro instance against the simulator with {@code login}'s keys and then {@code extra} (key, value, …). */
  OrderProvider provider(Map<String, String> login, String... extra) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("base-url", sim.baseUrl().toString());
    m.putAll(login);
    for (int i = 0; i < extra.length; i += 2) {
      m.put(extra[i], extra[i + 1]);
    }
    return registry.create("zomro", ProviderConfig.of(m));
  }

  /** Returns a zomro instance against the simulator with exactly {@code config} (base-url included by the caller). */
  OrderProvider provider(ProviderConfig config) {
    return registry.create("zomro", config);
  }

  @Override
  public void close() {
    registry.close();
    sim.close();
  }
}
