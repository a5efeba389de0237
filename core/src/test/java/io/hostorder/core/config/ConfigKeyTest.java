package io.hostorder.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hostorder.core.config.ConfigKey.Kind;
import io.hostorder.core.error.ConfigurationException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigKeyTest {

  @Test
  void requiredSecret_mustBeGiven_andIsMaskedOnceGiven() {
    ConfigKey password = ConfigKey.requiredSecret("account-pass-phrase", "the phrase of the account");
    List<ConfigKey> keys = List.of(password);

    assertThat(password.required()).isTrue();
    assertThat(password.secret()).isTrue();
    assertThat(password.kind()).isEqualTo(Kind.STRING);
    assertThatThrownBy(() -> ProviderConfig.of(Map.of()).check(keys))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("account-pass-phrase");
    ProviderConfig config = ProviderConfig.of(Map.of("account-pass-phrase", "open-s3same")).check(keys);
    assertThat(config.toString()).doesNotContain("open-s3same");
    assertThat(config.secretValues()).containsExactly("open-s3same");
  }

  @Test
  void factoriesPerKind_giveAnOptionalKeyOfThatKindWithItsDefault() {
    assertThat(ConfigKey.string("region", "eu", "where")).isEqualTo(
        new ConfigKey("region", "where", Kind.STRING, false, "eu", false, List.of()));
    assertThat(ConfigKey.url("base-url", "https://api.example/", "the API")).isEqualTo(
        new ConfigKey("base-url", "the API", Kind.URL, false, "https://api.example/", false, List.of()));
    assertThat(ConfigKey.duration("call-timeout", "30s", "one call")).isEqualTo(
        new ConfigKey("call-timeout", "one call", Kind.DURATION, false, "30s", false, List.of()));
    assertThat(ConfigKey.flag("skipbasket", true, "skip the cart")).isEqualTo(
        new ConfigKey("skipbasket", "skip the cart", Kind.BOOLEAN, false, "true", false, List.of()));
    assertThat(ConfigKey.integer("paymethod-id", 0, "how to pay")).isEqualTo(
        new ConfigKey("paymethod-id", "how to pay", Kind.INTEGER, false, "0", false, List.of()));
    assertThat(ConfigKey.string("note", null, "free text").defaultValue()).isNull();
  }

  @Test
  void defaultsOfTheFactories_areWhatCheckFillsIn() {
    List<ConfigKey> keys = List.of(ConfigKey.duration("call-timeout", "2m", "one call"),
        ConfigKey.flag("verbose", false, "talk more"), ConfigKey.integer("retries", 3, "how often"));

    ProviderConfig config = ProviderConfig.of(Map.of()).check(keys);

    assertThat(config.duration("call-timeout")).contains(Duration.ofMinutes(2));
    assertThat(config.require("verbose")).isEqualTo("false");
    assertThat(config.require("retries")).isEqualTo("3");
  }

  @Test
  void duration_withADefaultThatIsNoDuration_isRefusedWhenDeclared() {
    assertThatThrownBy(() -> ConfigKey.duration("call-timeout", "soon", "one call"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("soon");
  }
}
