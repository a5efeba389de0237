package io.hostorder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.Idempotency;
import io.hostorder.tck.RuleResult;
import io.hostorder.tck.RunFacts;
import io.hostorder.tck.SpecLinks;
import io.hostorder.tck.TckResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's matrix page as a reader meets it: summary first, failures apart, skip reasons in the matrix. */
class MatrixPageTest {
  private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");

  private static RuleResult rule(String id, RuleResult.Outcome outcome, String reason) {
    return new RuleResult(id, "title of " + id, "required", outcome, Duration.ofMillis(5), reason);
  }

  private static TckResult result(String name, Map<String, String> settings, RuleResult... rules) {
    Capabilities caps = Capabilities.builder().add(Capability.ORDER_STATUS).idempotency(Idempotency.NONE).build();
    RunFacts facts = new RunFacts("9.8.7", "17.0.1 (Test)", "TestOS 1 (x)", settings);
    return new TckResult(name, caps, false, START, Duration.ofSeconds(2), List.of(rules), List.of(), facts);
  }

  /** Two providers and a variant: one failure, two skips for one reason and one for another, one rule not run. */
  static List<TckResult> results() {
    return List.of(
        result("alpha", Map.of("base-url", "http://127.0.0.1:1/", "password", "****"),
            rule("R1.1", RuleResult.Outcome.PASSED, ""), rule("R3.1", RuleResult.Outcome.PASSED, ""),
            rule("R4.1", RuleResult.Outcome.SKIPPED, "provider lacks PROMO_CODE")),
        result("alpha[variant]", Map.of(),
            rule("R3.1", RuleResult.Outcome.FAILED, "no order came back\n— hint: read the answer"),
            rule("R4.1", RuleResult.Outcome.SKIPPED, "provider lacks PROMO_CODE")),
        result("beta", Map.of("token", "****"),
            rule("R1.1", RuleResult.Outcome.SKIPPED, "the provider has no required configuration key"),
            rule("R3.1", RuleResult.Outcome.PASSED, ""), rule("R4.1", RuleResult.Outcome.PASSED, "")));
  }

  private static Document write(Path dir, SpecLinks spec) throws Exception {
    Path file = new CompatibilityMatrix(results()).writeHtml(dir, spec);
    return Jsoup.parse(file.toFile(), "UTF-8");
  }

  @Test
  void summaryComesFirst_thenTheFailedRulesAlone_beforeTheMatrix(@TempDir Path dir) throws Exception {
    Document page = write(dir, SpecLinks.beside());
    assertThat(page.body().child(0).tagName()).isEqualTo("h1");
    assertThat(page.body().child(0).text()).isEqualTo("hostorder 9.8.7 — compatibility matrix");
    Element summary = page.body().child(1);
    assertThat(summary.id()).isEqualTo("summary");
    assertThat(summary.text()).isEqualTo("3 configurations of 2 providers, 2 passed, 1 failed — rule results: "
        + "4 passed, 1 failed, 3 skipped — FAILED");
    assertThat(page.selectFirst("nav a[href=#failed]").text()).isEqualTo("Failed only (1)");

    Element failed = page.getElementById("failed");
    assertThat(failed.elementSiblingIndex()).isLessThan(page.getElementById("matrix").elementSiblingIndex());
    assertThat(page.select("#failed-table tr[id]")).hasSize(1);
    Element row = page.selectFirst("#failed-table tr#fail-1");
    assertThat(row.select("td").eachText()).containsExactly("alpha[variant]", "R3.1", "title of R3.1",
        "no order came back — hint: read the answer");
    assertThat(row.selectFirst("a").attr("href")).isEqualTo("hostorder-tck-alpha-variant.html");
  }

  @Test
  void matrix_showsSkipReasonsByNumber_listedUnderIt_andFailuresLinkToTheirReason(@TempDir Path dir) throws Exception {
    Document page = write(dir, SpecLinks.beside());
    assertThat(page.select("#matrix-table th").eachText()).containsExactly("Rule", "Title", "alpha", "alpha[variant]", "beta");
    // Rows: R1.1, R3.1, R4.1; columns after rule and title: alpha, alpha[variant], beta.
    List<Element> rows = page.select("#matrix-table tr:has(td)");
    assertThat(rows.get(0).select("td").eachText()).containsExactly("R1.1", "title of R1.1", "pass", "–", "skip 1");
    assertThat(rows.get(1).select("td").eachText()).containsExactly("R3.1", "title of R3.1", "pass", "FAIL", "pass");
    assertThat(rows.get(2).select("td").eachText()).containsExactly("R4.1", "title of R4.1", "skip 2", "skip 2", "pass");
    assertThat(rows.get(1).selectFirst("td.FAIL a").attr("href")).isEqualTo("#fail-1");
    assertThat(rows.get(0).selectFirst("td.none").attr("title")).isEqualTo("not run in this configuration");

    assertThat(page.select("ol.why li").eachText()).containsExactly(
        "the provider has no required configuration key (beta: R1.1)",
        "provider lacks PROMO_CODE (alpha: R4.1; alpha[variant]: R4.1)");
    for (String href : page.select("#matrix-table td.skip a").eachAttr("href")) {
      assertThat(page.getElementById(href.substring(1))).as(href).isNotNull();
    }
  }

  @Test
  void ruleIdsLinkToSpecHtml_writtenBeside_orToTheSpecUrlGiven(@TempDir Path dir) throws Exception {
    Document page = write(dir, SpecLinks.beside());
    assertThat(page.select("#matrix-table tr td:eq(0) a").eachAttr("href"))
        .containsExactly("SPEC.html#R1.1", "SPEC.html#R3.1", "SPEC.html#R4.1");
    Document spec = Jsoup.parse(dir.resolve("SPEC.html").toFile(), "UTF-8");
    assertThat(spec.getElementById("R3.1").text()).startsWith("R3.1 place() of the plain sample");

    Document linked = write(dir.resolve("linked"), SpecLinks.at("https://git.example.com/h/SPEC.md"));
    assertThat(linked.selectFirst("#matrix-table tr td:eq(0) a").attr("href"))
        .isEqualTo("https://git.example.com/h/SPEC.md#r11-the-factory-is-registered-under-the-providers-type-id");
    assertThat(dir.resolve("linked").resolve("SPEC.html")).doesNotExist();
  }

  @Test
  void header_namesTheRun_andEachConfigurationsMaskedSettings_andTheLinksStayOnTheMachine(@TempDir Path dir)
      throws Exception {
    Document page = write(dir, SpecLinks.beside());
    assertThat(page.getElementById("run").text()).contains("2026-11-23 10:00:00 UTC", "2.000s", "9.8.7", "17.0.1 (Test)",
        "TestOS 1 (x)", "alpha, beta — each against its simulator (built in or its plugin's), no real orders");
    List<Element> providers = page.select("#providers-table tr:has(td)");
    assertThat(providers.get(0).select("td.conf").text()).isEqualTo("base-url=http://127.0.0.1:1/ password=****");
    assertThat(providers.get(1).select("td.conf").text()).as("no settings recorded").isEqualTo("none");
    assertThat(providers.get(1).select("td").get(1).text()).isEqualTo("FAILED");
    assertThat(page.select("[src], script, link, img")).isEmpty();
    for (String href : page.select("[href]").eachAttr("href")) {
      assertThat(href).doesNotContain(":");
      if (href.startsWith("#")) {
        assertThat(page.getElementById(href.substring(1))).as(href).isNotNull();
      }
    }
  }

  @Test
  void aRunWithoutFailuresOrSkips_saysSo_underTheSameAnchors(@TempDir Path dir) throws Exception {
    TckResult clean = result("gamma", Map.of(), rule("R1.1", RuleResult.Outcome.PASSED, ""));
    Document page = Jsoup.parse(new CompatibilityMatrix(List.of(clean)).writeHtml(dir, SpecLinks.beside()).toFile(), "UTF-8");
    assertThat(page.getElementById("summary").hasClass("ok")).isTrue();
    assertThat(page.getElementById("failed").nextElementSibling().text()).isEqualTo("No rule failed in any configuration.");
    assertThat(page.getElementById("skipped").nextElementSibling().text()).isEqualTo("No rule was skipped.");
  }

  /** The page in a real browser through the documented {@code tck/check-report}; skipped without Chromium. */
  @Test
  void inChromium_theMatrixRendersItsSummary_andAsksTheNetworkForNothing() throws Exception {
    Path script = Path.of("..", "tck", "check-report");
    Process probe = new ProcessBuilder("bash", "-c", "[ -n \"${CHROMIUM:-}\" ] || command -v chromium || command -v "
        + "chromium-browser || command -v google-chrome").redirectErrorStream(true).start();
    boolean found = probe.waitFor() == 0;
    org.junit.jupiter.api.Assumptions.assumeTrue(found, "Chromium is not installed (Debian: apt-get install chromium): "
        + "the matrix page is not rendered in a browser here; tck/check-report does it by hand");
    Path dir = Path.of("target", "matrix-in-browser");
    Path page = new CompatibilityMatrix(results()).writeHtml(dir, SpecLinks.beside());
    Process check = new ProcessBuilder("bash", script.toString(), page.toString(), dir.resolve("SPEC.html").toString())
        .redirectErrorStream(true).start();
    String out = new String(check.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(check.waitFor(4, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
    assertThat(check.exitValue()).as(out).isZero();
    assertThat(out).contains("\"3 configurations of 2 providers, 2 passed, 1 failed — rule results: 4 passed, 1 failed, "
        + "3 skipped — FAILED\"; no request off the machine");
    assertThat(dir.resolve("index.png")).isNotEmptyFile();
  }
}
