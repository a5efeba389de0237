package io.hostorder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Configuration errors name where a value came from, and where a missing one can be given, in the run's terms. */
class ConfigurationErrorsTest {
  @TempDir
  Path dir;

  @Test
  void missingKey_withoutProfile_saysTheThreeWaysToGiveIt() {
    Cli.Result r = Cli.run("list", "--provider", "testshop");
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("configuration key 'store'",
        "give store with --set store=VALUE, in the environment as HOSTORDER_STORE, or as store=VALUE in a --config file");
  }

  @Test
  void missingKey_ofAProfile_namesItsVariableAndItsSectionOfTheFile() throws Exception {
    Path props = Files.writeString(dir.resolve("accounts.properties"), "[shop-a]\ntoken=good-a\n");
    Cli.Result r = Cli.run("list", "--provider", "testshop", "--config", props.toString(), "--profile", "shop-a");
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("HOSTORDER_SHOP_A_STORE", "store=VALUE under [shop-a] in " + props);
  }

  @Test
  void missingSecret_isBestGivenInTheEnvironment() {
    Cli.Result r = Cli.run("list", "--provider", "jsonrest", "--set", "base-url=http://127.0.0.1:9/api");
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("give token in the environment as HOSTORDER_TOKEN (out of the shell's history)");
  }

  @Test
  void aValueGiven_namesWhereItCameFrom_withoutTheHintForAMissingOne() {
    Cli.Result r = Cli.run(Map.of("HOSTORDER_CANCEL", "maybe"), "list", "--provider", "testshop", "--set", "store=s");
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("cancel from environment variable HOSTORDER_CANCEL").doesNotContain("give cancel");
  }

  @Test
  void aProfileConfiguredNowhere_readsAsTheOption_notAsAKey() throws Exception {
    Path props = Files.writeString(dir.resolve("accounts.properties"), "[shop-a]\nstore=a\n");
    Cli.Result r = Cli.run("list", "--provider", "testshop", "--config", props.toString(), "--profile", "shop-b");
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: --profile: ").doesNotContain("configuration key '--profile'");
  }
}
