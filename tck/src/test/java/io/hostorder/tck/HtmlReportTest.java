package io.hostorder.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.Idempotency;
import io.hostorder.core.config.ProviderConfig;
import java.nio.file.Files;
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

/** The HTML report as a reader meets it: summary first, failures apart, facts, reasons and SPEC.md links. */
class HtmlReportTest {
  static final String SECRET = TckReportsTest.SECRET;

  /** A run of rules in SPEC order whose one failure sits in the middle of passed and skipped rules. */
  static TckResult mixed() {
    Capabilities caps = Capabilities.builder().add(Capability.PROMO_CODE).idempotency(Idempotency.NONE).build();
    ProviderConfig config = ProviderConfig.of(Map.of("base-url", "https://ops:" + SECRET + "@127.0.0.1:9/api",
        "password", SECRET, "username", "broker", "call-timeout", "10s"));
    RunFacts facts = RunFacts.of(config, List.of(SECRET));
    return new TckResult("acme", caps, false, Instant.parse("2026-11-23T10:00:00Z"), Duration.ofMillis(4321), List.of(
        rule("R1.1", "the factory is registered under the provider's type id", RuleResult.Outcome.PASSED, ""),
        rule("R3.1", "place() of the plain sample returns an order that is not failed", RuleResult.Outcome.PASSED, ""),
        rule("R4.1", "an accepted promo code is applied to the order", RuleResult.Outcome.FAILED,
            "the promo code was not applied\n— hint: send the code before checkout"),
        rule("R5.1", "an item with related items is placed", RuleResult.Outcome.SKIPPED, "provider lacks RELATED_ITEMS"),
        rule("R6.5", "await returns a placed order once it is active, with its servers, ordering nothing",
            RuleResult.Outcome.PASSED, "")),
        List.of(), facts);
  }

  private static RuleResult rule(String id, String title, RuleResult.Outcome outcome, String reason) {
    return new RuleResult(id, title, "required", outcome, Duration.ofMillis(7), reason);
  }

  private static Document write(Path dir, TckResult result, SpecLinks spec) throws Exception {
    Path file = dir.resolve(TckReports.htmlFileName(result));
    TckReports.html(result, file, List.of(SECRET), spec);
    return Jsoup.parse(file.toFile(), "UTF-8");
  }

  @Test
  void summaryComesFirst_thenTheFailedRulesAlone_beforeTheTableOfAllRules(@TempDir Path dir) throws Exception {
    Document page = write(dir, mixed(), SpecLinks.beside());
    Element body = page.body();
    assertThat(body.child(0).tagName()).isEqualTo("h1");
    Element summary = body.child(1);
    assertThat(summary.id()).isEqualTo("summary");
    assertThat(summary.text()).isEqualTo("5 rules: 3 passed, 1 failed, 1 skipped — FAILED");
    assertThat(page.title()).startsWith("FAILED");

    Element nav = body.selectFirst("nav");
    assertThat(nav.selectFirst("a[href=#failed]").text()).isEqualTo("Failed only (1)");
    Element failed = page.getElementById(HtmlPage.FAILED);
    assertThat(failed).as("the anchor the failed-only link goes to").isNotNull();
    assertThat(failed.elementSiblingIndex()).isLessThan(page.getElementById("rules-table").elementSiblingIndex());
    assertThat(page.select("#failed-table tr.FAILED")).hasSize(1);
    assertThat(page.select("#failed-table tr").not(":has(th)")).as("only the failing rules").hasSize(1);
    assertThat(page.selectFirst("#failed-table tr.FAILED").text()).contains("R4.1", "send the code before checkout");
    assertThat(page.select("#rules-table tr td:eq(0)").eachText()).containsExactly("R1.1", "R3.1", "R4.1", "R5.1", "R6.5");
  }

  @Test
  void aRunWithoutFailures_stillHasTheFailedAnchor_sayingNoneFailed(@TempDir Path dir) throws Exception {
    TckResult all = mixed();
    TckResult passed = new TckResult(all.provider(), all.capabilities(), false, all.started(), all.duration(),
        all.rules().stream().filter(r -> r.outcome() != RuleResult.Outcome.FAILED).toList(), List.of(), all.facts());
    Document page = write(dir, passed, SpecLinks.beside());
    assertThat(page.getElementById("summary").hasClass("ok")).isTrue();
    assertThat(page.getElementById(HtmlPage.FAILED).text()).isEqualTo("Failed rules (0)");
    assertThat(page.getElementById(HtmlPage.FAILED).nextElementSibling().text()).isEqualTo("No rule failed.");
    assertThat(page.getElementById("failed-table")).isNull();
  }

  @Test
  void header_namesVersionTimeJavaSystemAndConfiguration_withoutASecret(@TempDir Path dir) throws Exception {
    Document page = write(dir, mixed(), SpecLinks.beside());
    assertThat(page.selectFirst("h1").text()).isEqualTo("hostorder TCK " + RunFacts.hostorderVersion() + " — provider acme");
    assertThat(RunFacts.hostorderVersion()).as("filtered in by the build").matches("\\d+\\.\\d+\\.\\d+.*");
    Element run = page.getElementById("run");
    assertThat(run.select("th").eachText()).containsExactly("Started", "Duration", "hostorder", "Java",
        "Operating system", "Provider", "Configuration");
    assertThat(run.text()).contains("2026-11-23 10:00:00 UTC", "4.321s", System.getProperty("java.version"),
        System.getProperty("os.name"), "username=broker", "call-timeout=10s", "password=****",
        "base-url=https://****@127.0.0.1:9/api");
    assertThat(page.outerHtml()).doesNotContain(SECRET).doesNotContain("ops:");
  }

  @Test
  void emptyCapabilityLists_sayNone_neverAnEmptyLabel(@TempDir Path dir) throws Exception {
    Document page = write(dir, mixed(), SpecLinks.beside());
    String caps = page.getElementById("capabilities").nextElementSibling().nextElementSibling().text();
    assertThat(caps).isEqualTo("Idempotency: NONE; billing periods: none; access: none");
    assertThat(page.text()).doesNotContain(": ;").doesNotContain(":;");
  }

  @Test
  void ruleIds_linkToTheirHeadingInSpecHtml_writtenBesideTheReport(@TempDir Path dir) throws Exception {
    Document page = write(dir, mixed(), SpecLinks.beside());
    Path specPage = dir.resolve(SpecLinks.PAGE);
    assertThat(specPage).exists();
    Document spec = Jsoup.parse(specPage.toFile(), "UTF-8");
    List<String> links = page.select("#rules-table td:eq(0) a").eachAttr("href");
    assertThat(links).containsExactly("SPEC.html#R1.1", "SPEC.html#R3.1", "SPEC.html#R4.1", "SPEC.html#R5.1",
        "SPEC.html#R6.5");
    for (String link : links) {
      Element heading = spec.getElementById(link.substring(link.indexOf('#') + 1));
      assertThat(heading).as(link).isNotNull();
      assertThat(heading.tagName()).isEqualTo("h3");
      assertThat(heading.text()).startsWith(link.substring(link.indexOf('#') + 1) + " ");
    }
    assertThat(spec.getElementById("R6.5").text())
        .isEqualTo("R6.5 await returns a placed order once it is active, with its servers, ordering nothing");
    assertThat(spec.getElementById("R6.5").nextElementSibling().text()).startsWith("with ORDER_STATUS · observer.");
  }

  @Test
  void specHtml_coversEveryRuleOfTheSuite_andLeadsNowhereOffThePage(@TempDir Path dir) throws Exception {
    SpecLinks.beside().writeBeside(dir);
    SpecLinks.beside().writeBeside(dir);
    try (var files = Files.list(dir)) {
      assertThat(files).as("written again in place, nothing half-written left").containsExactly(dir.resolve(SpecLinks.PAGE));
    }
    Document spec = Jsoup.parse(dir.resolve(SpecLinks.PAGE).toFile(), "UTF-8");
    for (Rule rule : Rules.all()) {
      assertThat(spec.getElementById(rule.id())).as(rule.id()).isNotNull();
      assertThat(spec.getElementById(rule.id()).text()).isEqualTo(rule.displayName());
    }
    for (Element a : spec.select("a[href]")) {
      String target = a.attr("href");
      assertThat(target).as("a link within SPEC.html").startsWith("#");
      assertThat(spec.getElementById(target.substring(1))).as(target).isNotNull();
    }
    assertThat(spec.select("[src], link, script")).isEmpty();
    assertThat(spec.select("code").eachText()).contains("R<topic>.<n>");
  }

  @Test
  void withASpecUrl_ruleIdsLinkToTheAnchorsACodeHostGivesTheHeadings(@TempDir Path dir) throws Exception {
    SpecLinks spec = SpecLinks.at("https://git.example.com/hostorder/blob/main/SPEC.md");
    Document page = write(dir, mixed(), spec);
    assertThat(page.selectFirst("#rules-table a[href*=R6]").attr("href")).isEqualTo(
        "https://git.example.com/hostorder/blob/main/SPEC.md#r65-await-returns-a-placed-order-once-it-is-active-with-its-servers-ordering-nothing");
    assertThat(SpecLinks.slug("R2.1 validate() names the wrong field of each invalid sample"))
        .isEqualTo("r21-validate-names-the-wrong-field-of-each-invalid-sample");
    assertThat(dir.resolve(SpecLinks.PAGE)).as("nothing to write beside").doesNotExist();
    assertThat(SpecLinks.at("../SPEC.md").rule("R1.1")).isEqualTo("../SPEC.md#r11-the-factory-is-registered-under-the-providers-type-id");
    assertThat(SpecLinks.beside().rule("R99.9")).as("an id SPEC.md does not have").isEqualTo("SPEC.html");
  }

  @Test
  void aSpecUrlOfAnotherScheme_orWithAnAnchor_isRefusedNamingTheOption() {
    assertThatThrownBy(() -> SpecLinks.at("file:///etc/passwd")).hasMessageStartingWith("spec-url:");
    assertThatThrownBy(() -> SpecLinks.at("javascript:alert(1)")).hasMessageStartingWith("spec-url:");
    assertThatThrownBy(() -> SpecLinks.at("https://x/SPEC.md#r1")).hasMessageStartingWith("spec-url:");
    assertThatThrownBy(() -> SpecLinks.at(" ")).hasMessageStartingWith("spec-url:");
  }

  @Test
  void thePageFetchesNothing_everyLinkStaysOnTheMachine_unlessASpecUrlIsGiven(@TempDir Path dir) throws Exception {
    Document page = write(dir, mixed(), SpecLinks.beside());
    assertThat(page.select("script, link, img, iframe, object, embed, [src]")).isEmpty();
    assertThat(page.select("style").html()).doesNotContain("url(", "@import");
    for (String href : page.select("[href]").eachAttr("href")) {
      assertThat(href).as("a link of the page").doesNotContain(":").matches("#.+|SPEC\\.html(#.+)?");
      if (href.startsWith("#")) {
        assertThat(page.getElementById(href.substring(1))).as(href).isNotNull();
      }
    }
    Document linked = write(dir.resolve("linked"), mixed(), SpecLinks.at("https://git.example.com/h/SPEC.md"));
    assertThat(linked.select("[href^=http]").eachAttr("href")).allMatch(h -> h.startsWith("https://git.example.com/h/SPEC.md"));
  }

  @Test
  void runFacts_hideUserInfoAndSecretValues_underAnyKey() {
    ProviderConfig config = ProviderConfig.of(Map.of("base-url", "http://u:p@localhost/", "note", SECRET,
        "auth-info", "abc", "region", "eu"));
    RunFacts facts = RunFacts.of(config, List.of(SECRET));
    assertThat(facts.configuration()).containsEntry("base-url", "http://****@localhost/").containsEntry("note", "****")
        .containsEntry("auth-info", "****").containsEntry("region", "eu");
    assertThat(facts.java()).startsWith(System.getProperty("java.version"));
  }
}
