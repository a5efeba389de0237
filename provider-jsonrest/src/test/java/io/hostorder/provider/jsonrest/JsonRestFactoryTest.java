package io.hostorder.provider.jsonrest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.Capability;
import io.hostorder.core.Idempotency;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ConfigKey;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.ConfigurationException;
import io.hostorder.core.error.UnsupportedCapabilityException;
import io.hostorder.core.registry.ProviderRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Configuration keys, credentials rules, registration and capabilities. */
class JsonRestFactoryTest {
  private final JsonRestProviderFactory factory = new JsonRestProviderFactory();

  private static ConfigurationException failure(Map<String, String> values) {
    try (ProviderRegistry registry = ProviderRegistry.builder().add(new JsonRestProviderFactory()).build()) {
      return catchThrowableOfType(ConfigurationException.class,
          () -> registry.create("jsonrest", ProviderConfig.of(values)));
    }
  }

  @Test
  void keys_defaultToKlikksEndpoint_andMarkCredentialsSecret() {
    assertThat(factory.configKeys()).extracting(ConfigKey::name).contains("base-url", "connect-timeout",
        "read-timeout", "call-timeout", "allow-insecure-http", "token", "username", "password");
    assertThat(factory.configKeys()).filteredOn(k -> k.name().equals("base-url")).singleElement()
        .extracting(ConfigKey::defaultValue).isEqualTo("https://my.klikk.com/api");
    assertThat(factory.configKeys()).filteredOn(ConfigKey::secret).extracting(ConfigKey::name)
        .containsExactlyInAnyOrder("token", "password");
  }

  @Test
  void create_withoutCredentials_namesTheTokenKey() {
    assertThat(failure(Map.of()).key()).isEqualTo("token");
  }

  @Test
  void create_withUsernameOnly_namesThePasswordKey() {
    assertThat(failure(Map.of("username", "u")).key()).isEqualTo("password");
  }

  @Test
  void create_withTokenAndPassword_isRejected_withoutShowingEither() {
    ConfigurationException e = failure(Map.of("token", "tok-abcdef", "username", "u", "password", "pw-secret"));

    assertThat(e.key()).isEqualTo("token");
    assertThat(e.getMessage()).doesNotContain("tok-abcdef").doesNotContain("pw-secret");
  }

  @Test
  void create_withATokenAHeaderCannotCarry_isRejected_withoutShowingIt() {
    ConfigurationException e = failure(Map.of("token", "tok en-\u00e9-77"));

    assertThat(e.key()).isEqualTo("token");
    assertThat(e.getMessage()).doesNotContain("tok en");
  }

  @Test
  void create_withAColonInTheUsername_isRejected() {
    assertThat(failure(Map.of("username", "a:b", "password", "pw-123")).key()).isEqualTo("username");
  }

  @Test
  void create_withPlainHttpToAnotherHost_isRejected() {
    assertThat(failure(Map.of("token", "t-123", "base-url", "http://my.klikk.com/api")).key()).isEqualTo("base-url");
  }

  @Test
  void installed_findsTheJsonRestType_andItsInstanceServesServers() {
    try (ProviderRegistry registry = ProviderRegistry.installed()) {
      OrderProvider p = registry.create("jsonrest", ProviderConfig.of(Map.of("token", "tok-abcdef")));

      assertThat(p).isInstanceOf(JsonRestProvider.class);
      assertThat(p.type()).isEqualTo("jsonrest");
      assertThat(p.toString()).doesNotContain("tok-abcdef");
    }
  }

  @Test
  void capabilities_declareNoIdempotency_andNoReconcile() {
    var caps = factory.capabilities(ProviderConfig.of(Map.of()));

    assertThat(caps.idempotency()).isEqualTo(Idempotency.NONE);
    assertThat(caps.has(Capability.RECONCILE)).isFalse();
    assertThat(caps.supported()).contains(Capability.ORDER_STATUS, Capability.ORDER_LIST, Capability.CANCEL_ORDER,
        Capability.CANCEL_LINE, Capability.MULTIPLE_ITEMS, Capability.PAY_FROM_BALANCE);
    assertThat(caps.accessKinds()).containsExactly("sshPublicKey");
  }

  @Test
  void reconcile_isUnsupported() {
    try (ProviderRegistry registry = ProviderRegistry.installed()) {
      OrderProvider p = registry.create("jsonrest", ProviderConfig.of(Map.of("token", "tok-abcdef")));

      catchThrowableOfType(UnsupportedCapabilityException.class, () -> p.reconcile("r"));
    }
  }
}
