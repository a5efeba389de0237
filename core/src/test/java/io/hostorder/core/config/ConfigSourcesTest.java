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
  void resolve_environmentBeatsSetBeatsFile() throws Exception {
    Path file = dir.resolve("p.properties");
    Files.writeString(file, "base-url=https://file.example\nusername=from-file\nformat=json\n");

    ProviderConfig config = ConfigSources.resolve(file,
        List.of("base-url=https://set.example", "username=from-set"),
        Map.of("HOSTORDER_USERNAME", "from-env", "HOSTORDER_UNRELATED", "x"), KEYS).check(KEYS);

    assertThat(config.require("base-url")).isEqualTo("https://set.example");
    assertThat(config.require("username")).isEqualTo("from-env");
    assertThat(config.require("format")).isEqualTo("json");
    assertThat(config.values()).doesNotContainKey("unrelated");
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
