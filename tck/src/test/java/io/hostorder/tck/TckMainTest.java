package io.hostorder.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.OrderItem;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TckMainTest {

  @Test
  void parse_readsTypeConfigurationReportDirAndLiveFlags() {
    TckMain.Options o = TckMain.parse(new String[] {"zomro", "--config", "z.properties", "--set", "password=x",
        "--report-dir", "out", "--live", "--confirm-real-orders"});
    assertThat(o.type()).isEqualTo("zomro");
    assertThat(o.configFile()).isEqualTo(Path.of("z.properties"));
    assertThat(o.pairs()).containsExactly("password=x");
    assertThat(o.reportDir()).isEqualTo(Path.of("out"));
    assertThat(o.live()).isTrue();
    assertThat(o.confirmRealOrders()).isTrue();
    assertThat(o.configured()).isTrue();
    assertThat(TckMain.parse(new String[] {"memory"}).configured()).isFalse();
    assertThat(TckMain.parse(new String[] {"memory"}).spec().spec()).as("SPEC.html beside the reports").isEqualTo("SPEC.html");
  }

  @Test
  void parse_specUrl_linksTheReportsThere_andRefusesAnythingButHttpOrARelativePath() {
    TckMain.Options o = TckMain.parse(new String[] {"memory", "--spec-url", "https://git.example.com/h/SPEC.md"});
    assertThat(o.spec().rule("R1.1")).startsWith("https://git.example.com/h/SPEC.md#r11-");
    assertThatThrownBy(() -> TckMain.parse(new String[] {"memory", "--spec-url", "ftp://x/SPEC.md"}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("spec-url: ");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(TckMain.run(new String[] {"memory", "--spec-url", "ftp://x/SPEC.md"}, System.out,
        new PrintStream(err, true, StandardCharsets.UTF_8), Map.of())).isEqualTo(TckMain.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("spec-url: 'ftp://x/SPEC.md'", "[--spec-url URL]");
  }

  @Test
  void parse_rejectsUnknownOptionsMissingValuesAndTwoTypes() {
    assertThatThrownBy(() -> TckMain.parse(new String[] {"a", "--bogus"})).hasMessageContaining("--bogus");
    assertThatThrownBy(() -> TckMain.parse(new String[] {"a", "--set"})).hasMessageContaining("--set needs a value");
    assertThatThrownBy(() -> TckMain.parse(new String[] {"a", "b"})).hasMessageContaining("one provider type");
    assertThatThrownBy(() -> TckMain.parse(new String[] {})).hasMessageContaining("provider type");
  }

  @Test
  void run_withBadUsageOrAnUnknownType_exitsTwo() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertThat(TckMain.run(new String[] {}, System.out, e, Map.of())).isEqualTo(TckMain.USAGE);
    assertThat(TckMain.run(new String[] {"no-such-type"}, System.out, e, Map.of())).isEqualTo(TckMain.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:").contains("no TCK harness for provider type 'no-such-type'");
  }

  @Test
  void reachesRealAccount_forALiveHarnessOrABaseUrlThatIsNotLoopback() {
    assertThat(TckRunner.reachesRealAccount(harness("http://127.0.0.1:8080/api", false))).isFalse();
    assertThat(TckRunner.reachesRealAccount(harness("http://localhost:1/", false))).isFalse();
    assertThat(TckRunner.reachesRealAccount(harness(null, false))).isFalse();
    assertThat(TckRunner.reachesRealAccount(harness("https://my.zomro.com/billmgr", false))).isTrue();
    assertThat(TckRunner.reachesRealAccount(harness(null, true))).isTrue();
  }

  @Test
  void run_againstARealAccountWithoutConfirmation_isRefusedBeforeAnything() {
    TckHarness real = harness("https://api.example.com/", false);
    assertThatThrownBy(() -> TckRunner.builder(real).build().run())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("--live --confirm-real-orders").hasMessageContaining("https://api.example.com/");
  }

  static TckHarness harness(String baseUrl, boolean live) {
    return new TckHarness() {
      @Override public String type() { return "fake"; }
      @Override public ProviderConfig config() {
        return ProviderConfig.of(baseUrl == null ? Map.of() : Map.of("base-url", baseUrl));
      }
      @Override public List<String> secrets() { return List.of(); }
      @Override public OrderItem plainItem() { return OrderItem.builder().plan("p").build(); }
      @Override public List<InvalidSample> invalidItems() { return List.of(); }
      @Override public boolean live() { return live; }
    };
  }
}
