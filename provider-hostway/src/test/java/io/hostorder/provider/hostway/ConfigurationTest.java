package io.hostorder.provider.hostway;

import static io.hostorder.provider.hostway.Wire.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.Capability;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.ConfigurationException;
import io.hostorder.core.registry.ProviderRegistry;
import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Configuration keys: the account, the credentials (masked), the defaults. */
class ConfigurationTest {
  private final MockWebServer server = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private static ConfigurationException configError(Map<String, String> config) {
    return catchThrowableOfType(ConfigurationException.class, () -> ProviderRegistry.builder()
        .add(new HostwayProviderFactory()).build().create("hostway", ProviderConfig.of(config)));
  }

  @Test
  void baseUrl_defaultsToTheDocumentedHost() {
    var key = new HostwayProviderFactory().configKeys().stream().filter(k -> k.name().equals("base-url")).findFirst().orElseThrow();
    assertThat(key.defaultValue()).isEqualTo("https://api.hostway.com/");
  }

  @Test
  void create_withoutAnAccount_namesAccountNumber() {
    assertThat(configError(Map.of()).key()).isEqualTo("account-number");
    assertThat(configError(Map.of("currency", "USD")).key()).isEqualTo("language");
    assertThat(configError(Map.of("account-number", "a1", "currency", "USD", "language", "en-US")).key())
        .isEqualTo("account-number");
  }

  @Test
  void create_withBasicLoginButNoPassword_namesPassword() {
    assertThat(configError(Map.of("account-number", "a1", "login", "basic", "username", "u")).key()).isEqualTo("password");
    assertThat(configError(Map.of("account-number", "a1", "login", "token-header")).key()).isEqualTo("token");
    assertThat(configError(Map.of("account-number", "a1", "password", "unused-pass")).key()).isEqualTo("password");
    assertThat(configError(Map.of("account-number", "a1", "login", "basic", "username", "u", "password", "p",
        "token", "t0ken")).key()).isEqualTo("token");
  }

  @Test
  void capabilities_declareNewAccountOnlyWithCurrencyAndLanguage() {
    var factory = new HostwayProviderFactory();
    assertThat(factory.capabilities(ProviderConfig.of(Map.of("currency", "USD", "language", "en-US"))).has(Capability.NEW_ACCOUNT)).isTrue();
    assertThat(factory.capabilities(ProviderConfig.of(Map.of("account-number", "a1"))).has(Capability.NEW_ACCOUNT)).isFalse();
  }

  @Test
  void basicLogin_sendsAuthorizationOnEveryRequest_andMasksThePassword() throws Exception {
    server.enqueue(text(401, "Unauthorized"));
    var provider = provider(server, "login", "basic", "username", "broker", "password", "s3cret-pass");
    var e = catchThrowableOfType(io.hostorder.core.error.AuthenticationException.class,
        () -> provider.place(VirtuozzoDocumentExampleTest.example()));
    RecordedRequest r = take(server);
    assertThat(r.getHeader("Authorization")).isEqualTo(okhttp3.Credentials.basic("broker", "s3cret-pass"));
    assertThat(e.getMessage()).doesNotContain("s3cret-pass");
    assertThat(provider.toString()).doesNotContain("s3cret-pass").doesNotContain(okhttp3.Credentials.basic("broker", "s3cret-pass"));
  }

  @Test
  void tokenHeaderLogin_sendsTheTokenInTheConfiguredHeader() throws Exception {
    server.enqueue(text(403, "Order failed permission check"));
    var provider = provider(server, "login", "token-header", "header-name", "X-Api-Token", "token", "tok-123456");
    catchThrowableOfType(io.hostorder.core.error.AuthenticationException.class,
        () -> provider.place(VirtuozzoDocumentExampleTest.example()));
    assertThat(take(server).getHeader("X-Api-Token")).isEqualTo("tok-123456");
    assertThat(provider.toString()).doesNotContain("tok-123456");
  }

  @Test
  void plainHttpToANonLoopbackHost_isRefused() {
    assertThat(configError(Map.of("account-number", "a1", "base-url", "http://api.hostway.com/")).key()).isEqualTo("base-url");
  }
}
