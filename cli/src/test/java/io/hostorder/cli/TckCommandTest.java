package io.hostorder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import io.hostorder.tck.TckResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hostorder tck}: the runner against a built-in simulator, its reports, and its live-safety rules. */
class TckCommandTest {
  @TempDir
  Path dir;

  @Test
  void tck_withoutConfiguration_runsAgainstTheBuiltInSimulator_andWritesTheReports() {
    Cli.Result r = Cli.run("tck", "--provider", "memory", "--report", dir.toString());
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.err()).containsPattern("running the TCK against memory… done \\(\\d+ ms\\)");
    assertThat(r.out()).contains("R3.2", "PASS", "SKIP", "— PASSED", "hostorder-tck-memory.html");
    assertThat(dir.resolve("hostorder-tck-memory.html")).exists();
    assertThat(dir.resolve("TEST-hostorder-tck-memory.xml")).exists();
  }

  @Test
  void tck_json_isOneDocumentWithEveryRuleAndTheReportPaths() throws Exception {
    Cli.Result r = Cli.run("tck", "--provider", "memory", "--report", dir.toString(), "--json");
    assertThat(r.status()).as(r.toString()).isZero();
    var doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    assertThat(doc.get("provider").asText()).isEqualTo("memory");
    assertThat(doc.get("passed").asBoolean()).isTrue();
    assertThat(doc.get("rules").findValuesAsText("id")).contains("R3.2", "R9.2");
    assertThat(doc.get("rules").findValuesAsText("outcome")).contains("PASSED", "SKIPPED").doesNotContain("FAILED");
    assertThat(Path.of(doc.get("html").asText())).exists();
    assertThat(TckResultJson.read(r.out()).rules()).hasSize(doc.get("rules").size());
  }

  @Test
  void tck_aBaseUrlThatIsNotLoopback_withoutLive_isRefused_status2_andSendsNothing() {
    Cli.Result r = Cli.run("tck", "--provider", "jsonrest", "--set", "base-url=https://api.example.com/",
        "--set", "token=tok-123456");
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("real orders", "--live --confirm-real-orders");
    assertThat(r.all()).doesNotContain("tok-123456");
  }

  @Test
  void tck_liveWithoutConfirmation_isUsageError_status2() {
    Cli.Result r = Cli.run("tck", "--provider", "memory", "--live");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--live and --confirm-real-orders");
  }

  @Test
  void tck_liveWithoutConfiguration_isUsageError_status2() {
    Cli.Result r = Cli.run("tck", "--provider", "memory", "--live", "--confirm-real-orders");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("needs the account's configuration");
  }

  @Test
  void tck_typeWithoutHarness_status2() {
    Cli.Result r = Cli.run("tck", "--provider", "nosuch");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("no built-in simulator", "memory");
  }

  @Test
  void tck_aProviderThatFailsRules_exits1_andTheMatrixSaysWhy() throws Exception {
    // The test shop refuses its token here, so every rule that places an order fails.
    Cli.Result r = Cli.run("tck", "--provider", "testshop", "--set", "store=tck-bad", "--set", "token=bad-token-1",
        "--report", dir.toString());
    assertThat(r.status()).as(r.toString()).isEqualTo(1);
    assertThat(r.out()).contains("FAIL", "— FAILED");
    assertThat(Files.readString(dir.resolve("hostorder-tck-testshop.html"))).doesNotContain("bad-token-1");
    // The page opens on the failures: its summary, then the failed rules alone, each with its reason.
    Document page = Jsoup.parse(dir.resolve("hostorder-tck-testshop.html").toFile(), "UTF-8");
    assertThat(page.getElementById("summary").text()).endsWith("— FAILED");
    assertThat(page.selectFirst("nav a[href=#failed]").text()).matches("Failed only \\([1-9]\\d*\\)");
    List<Element> failed = page.select("#failed-table tr:has(td)");
    assertThat(failed).isNotEmpty().allMatch(row -> row.hasClass("FAILED") && !row.select("td.r").text().isBlank());
    assertThat(page.getElementById("run").text()).contains("store=tck-bad", "token=****")
        .doesNotContain("bad-token-1");
  }

  @Test
  void tck_specUrl_linksTheRulesThere_andWritesNoSpecHtml() throws Exception {
    Cli.Result r = Cli.run("tck", "--provider", "memory", "--report", dir.toString(),
        "--spec-url", "https://git.example.com/hostorder/blob/main/SPEC.md");
    assertThat(r.status()).as(r.toString()).isZero();
    Document page = Jsoup.parse(dir.resolve("hostorder-tck-memory.html").toFile(), "UTF-8");
    assertThat(page.selectFirst("#rules-table a").attr("href"))
        .isEqualTo("https://git.example.com/hostorder/blob/main/SPEC.md#r11-the-factory-is-registered-under-the-providers-type-id");
    assertThat(dir.resolve("SPEC.html")).doesNotExist();
  }

  @Test
  void tck_aSpecUrlThatIsNoWebAddress_isUsageError_status2_beforeAnyRun() {
    Cli.Result r = Cli.run("tck", "--provider", "memory", "--report", dir.toString(), "--spec-url", "file:///etc/passwd");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--spec-url: 'file:///etc/passwd' is neither an http(s) URL nor a relative path");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void aResultHandedOverBetweenClassLoaders_keepsItsFacts_whileTckJsonShowsNone() {
    TckResult result = new TckResult("acme", null, false, java.time.Instant.parse("2026-11-23T10:00:00Z"),
        java.time.Duration.ofSeconds(1), List.of(new io.hostorder.tck.RuleResult("R1.1", "t", "required",
            io.hostorder.tck.RuleResult.Outcome.PASSED, java.time.Duration.ZERO, "")), List.of(),
        new io.hostorder.tck.RunFacts("1.2.3", "17 (x)", "os (y)", java.util.Map.of("base-url", "http://127.0.0.1:1/",
            "password", "****")));
    TckResult back = TckResultJson.read(TckResultJson.write(result));
    assertThat(back.facts()).isEqualTo(result.facts());
    assertThat(back).isEqualTo(result);
    assertThat(TckResultJson.tree(result).has("facts")).as("tck --json keeps its documented fields").isFalse();
  }

  @Test
  void tck_aStrayCredentialInTheEnvironment_keepsTheSimulator() {
    Cli.Result r = Cli.run(java.util.Map.of("HOSTORDER_PASSWORD", "stray-pw-1", "HOSTORDER_TOKEN", "stray-token-1"),
        "tck", "--provider", "memory", "--report", dir.toString());

    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("testing the account").doesNotContain("LIVE");
  }

  @Test
  void tck_anAccountInTheEnvironment_saysWhichVariablesMadeIt() {
    Cli.Result r = Cli.run(java.util.Map.of("HOSTORDER_BASE_URL", "https://api.example.com", "HOSTORDER_TOKEN",
        "env-token-1"), "tck", "--provider", "jsonrest", "--report", dir.toString());

    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("note: testing the account of environment variables HOSTORDER_BASE_URL, HOSTORDER_TOKEN,"
        + " not the built-in simulator", "confirm with --live --confirm-real-orders");
    assertThat(r.all()).doesNotContain("env-token-1");
  }
}
