package io.hostorder.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hostorder.core.config.ConfigKey.Kind;
import io.hostorder.core.error.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigSourcesTest {
  static final List<ConfigKey> KEYS = List.of(
      ConfigKey.required("base-url", Kind.URL, "base URL"),
      ConfigKey.optional("call-timeout", Kind.DURATION, "60s", "call time-out"),
      ConfigKey.optional("skipbasket", Kind.BOOLEAN, "false", "skip the cart"),
      ConfigKey.choice("format", "xml", "answer format", "xml", "json"),
      ConfigKey.secret("password", "the password"),
      ConfigKey.optional("username", Kind.STRING, null, "the login"));

  @TempDir Path dir;

  @Test
  void resolve_setBeatsEnvironmentBeatsFile() throws Exception {
    Path file = dir.resolve("p.properties");
    Files.writeString(file, "base-url=https://file.example\nusername=from-file\nformat=json\ncall-timeout=5s\n");

    ResolvedConfig resolved = ConfigSources.resolve(file, null,
        List.of("base-url=https://set.example", "username=from-set"),
        Map.of("HOSTORDER_USERNAME", "from-env", "HOSTORDER_CALL_TIMEOUT", "7s", "HOSTORDER_UNRELATED", "x"), KEYS);
    ProviderConfig config = resolved.config().check(KEYS);

    assertThat(config.require("base-url")).isEqualTo("https://set.example");
    assertThat(config.require("username")).isEqualTo("from-set");
    assertThat(config.require("call-timeout")).isEqualTo("7s");
    assertThat(config.require("format")).isEqualTo("json");
    assertThat(config.values()).doesNotContainKey("unrelated");
    assertThat(resolved.origin("username")).isEqualTo("--set");
    assertThat(resolved.origin("call-timeout")).isEqualTo("environment variable HOSTORDER_CALL_TIMEOUT");
    assertThat(resolved.origin("format")).isEqualTo("file " + file);
  }

  @Test
  void resolve_profile_readsItsSectionOverTheSharedKeys_andOnlyItsOwnVariables() throws Exception {
    Path file = dir.resolve("accounts.properties");
    Files.writeString(file, "format=json\n[shop-a]\nbase-url=https://a.example\nusername=alice\n"
        + "[shop-b]\nbase-url=https://b.example\nusername=bob\nformat=xml\n");
    Map<String, String> env = Map.of("HOSTORDER_PASSWORD", "stray", "HOSTORDER_SHOP_B_PASSWORD", "pw-b",
        "HOSTORDER_SHOP_A_PASSWORD", "pw-a");

    ResolvedConfig b = ConfigSources.resolve(file, "shop-b", List.of(), env, KEYS);
    ResolvedConfig a = ConfigSources.resolve(file, "shop-a", List.of(), env, KEYS);

    assertThat(b.config().values()).containsEntry("base-url", "https://b.example").containsEntry("username", "bob")
        .containsEntry("format", "xml").containsEntry("password", "pw-b");
    assertThat(a.config().values()).containsEntry("base-url", "https://a.example").containsEntry("format", "json")
        .containsEntry("password", "pw-a");
    assertThat(b.origin("username")).isEqualTo("file " + file + ":shop-b");
    assertThat(a.origin("format")).isEqualTo("file " + file);
    assertThat(b.origin("password")).isEqualTo("environment variable HOSTORDER_SHOP_B_PASSWORD");
  }

  @Test
  void resolve_profileFromTheEnvironmentAlone() {
    ResolvedConfig r = ConfigSources.resolve(null, "b", List.of(),
        Map.of("HOSTORDER_B_BASE_URL", "https://b.example", "HOSTORDER_BASE_URL", "https://plain.example"), KEYS);

    assertThat(r.config().values()).containsExactly(Map.entry("base-url", "https://b.example"));
  }

  @Test
  void resolve_unknownProfile_namesTheFileAndItsProfiles() throws Exception {
    Path file = dir.resolve("accounts.properties");
    Files.writeString(file, "[shop-a]\nusername=alice\n[shop-b]\nusername=bob\n");

    assertThatThrownBy(() -> ConfigSources.resolve(file, "shop-c", List.of(), Map.of(), KEYS))
        .hasMessageContaining("file " + file + " has no profile [shop-c]; its profiles: shop-a, shop-b");
    assertThatThrownBy(() -> ConfigSources.resolve(file, null, List.of(), Map.of(), KEYS))
        .hasMessageContaining("choose one with --profile NAME");
    assertThatThrownBy(() -> ConfigSources.resolve(null, "shop-c", List.of(), Map.of(), KEYS))
        .hasMessageContaining("HOSTORDER_SHOP_C_<KEY>");
  }

  @Test
  void explain_withoutAProfile_pointsAtTheFilesProfiles() throws Exception {
    Path file = dir.resolve("accounts.properties");
    Files.writeString(file, "format=json\n[shop-a]\nbase-url=https://a.example\n[shop-b]\nbase-url=https://b.example\n");
    ResolvedConfig r = ConfigSources.resolve(file, null, List.of(), Map.of(), KEYS);

    assertThatThrownBy(() -> r.config().check(KEYS))
        .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(r.explain(e).getMessage())
            .isEqualTo("configuration key 'base-url': required (base URL); the --config file also holds the profiles"
                + " shop-a, shop-b, read only with --profile NAME"));
  }

  @Test
  void explain_namesWhereEachValueTheMessageNamesCameFrom() {
    ResolvedConfig r = ConfigSources.resolve(null, null, List.of("token=t"), Map.of("HOSTORDER_PASSWORD", "p"),
        List.of(ConfigKey.secret("token", "t"), ConfigKey.secret("password", "p")));

    ConfigurationException e = r.explain(new ConfigurationException("token", "give either token or username and password, not both"));

    assertThat(e.key()).isEqualTo("token");
    assertThat(e.getMessage()).isEqualTo("configuration key 'token': give either token or username and password, not both"
        + " (token from --set; password from environment variable HOSTORDER_PASSWORD)");
  }

  @Test
  void resolve_lastSetOfAKeyWins() {
    ProviderConfig config = ConfigSources.resolve(null, List.of("username=a", "username=b"), Map.of(), KEYS);

    assertThat(config.require("username")).isEqualTo("b");
  }

  @Test
  void resolve_setWithoutEquals_namesIt() {
    assertThatThrownBy(() -> ConfigSources.resolve(null, List.of("username"), Map.of(), KEYS))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("key=value");
  }

  @Test
  void resolve_missingFile_isAConfigurationError() {
    assertThatThrownBy(() -> ConfigSources.resolve(dir.resolve("nope.properties"), List.of(), Map.of(), KEYS))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("nope.properties");
  }

  @Test
  void check_fillsDefaults_andParsesTypes() {
    ProviderConfig config = ProviderConfig.of(Map.of("base-url", "https://x.example", "call-timeout", "250ms"))
        .check(KEYS);

    assertThat(config.duration("call-timeout")).contains(Duration.ofMillis(250));
    assertThat(config.bool("skipbasket")).isFalse();
    assertThat(config.require("format")).isEqualTo("xml");
  }

  @Test
  void check_missingRequiredKey_namesIt() {
    assertThatThrownBy(() -> ProviderConfig.of(Map.of()).check(KEYS))
        .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.key()).isEqualTo("base-url"));
  }

  @Test
  void check_unknownKey_namesIt() {
    assertThatThrownBy(() -> ProviderConfig.of(Map.of("base-url", "https://x", "bse-url", "y")).check(KEYS))
        .isInstanceOfSatisfying(ConfigurationException.class, e -> {
          assertThat(e.key()).isEqualTo("bse-url");
          assertThat(e.getMessage()).contains("unknown key");
        });
  }

  @Test
  void check_malformedValues_nameTheirKeys() {
    assertKeyError(Map.of("base-url", "ftp://x"), "base-url");
    assertKeyError(Map.of("base-url", "https://x", "call-timeout", "soon"), "call-timeout");
    assertKeyError(Map.of("base-url", "https://x", "skipbasket", "yes"), "skipbasket");
    assertKeyError(Map.of("base-url", "https://x", "format", "yaml"), "format");
  }

  @Test
  void toString_masksSecrets() {
    ProviderConfig config = ProviderConfig.of(Map.of("base-url", "https://x", "password", "S3cret-pw", "username", "u"))
        .check(KEYS);

    assertThat(config.toString()).doesNotContain("S3cret-pw").contains("password=****").contains("username=u");
    assertThat(config.secretValues()).containsExactly("S3cret-pw");
  }

  private static void assertKeyError(Map<String, String> values, String key) {
    assertThatThrownBy(() -> ProviderConfig.of(values).check(KEYS))
        .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.key()).isEqualTo(key));
  }
}
