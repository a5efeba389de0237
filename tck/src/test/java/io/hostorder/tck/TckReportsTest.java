package io.hostorder.tck;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.Idempotency;
import io.hostorder.core.model.BillingPeriod;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TckReportsTest {
  static final String SECRET = "S3cret-Pa55";

  static TckResult result() {
    Capabilities caps = Capabilities.builder().add(Capability.PROMO_CODE, Capability.RECONCILE)
        .idempotency(Idempotency.LOOKUP).periods(BillingPeriod.P1M).accessKinds("password").build();
    return new TckResult("acme", caps, false, Instant.parse("2026-11-23T10:00:00Z"), Duration.ofSeconds(3), List.of(
        new RuleResult("R1.1", "the factory is registered", "required", RuleResult.Outcome.PASSED,
            Duration.ofMillis(12), ""),
        new RuleResult("R4.1", "an accepted promo <code> is applied", "with PROMO_CODE", RuleResult.Outcome.FAILED,
            Duration.ofMillis(40), "expected X but the password " + SECRET + " showed\n— hint: check & fix"),
        new RuleResult("R5.1", "an item with related items is placed", "with RELATED_ITEMS",
            RuleResult.Outcome.SKIPPED, Duration.ZERO, "provider lacks RELATED_ITEMS")),
        List.of("order 42 (reference r-1, rule R3.1): the provider cannot cancel orders"));
  }

  @Test
  void result_withAFailure_exitsOne_andSkippedNeverCountsAsPassed() {
    TckResult r = result();
    assertThat(r.count(RuleResult.Outcome.PASSED)).isEqualTo(1);
    assertThat(r.count(RuleResult.Outcome.SKIPPED)).isEqualTo(1);
    assertThat(r.passed()).isFalse();
    assertThat(r.exitCode()).isEqualTo(1);
    TckResult onlySkipped = new TckResult("acme", null, false, Instant.now(), Duration.ZERO, List.of(
        new RuleResult("R5.1", "x", "with RELATED_ITEMS", RuleResult.Outcome.SKIPPED, Duration.ZERO, "lacks")), List.of());
    assertThat(onlySkipped.exitCode()).as("a run where nothing passed").isEqualTo(1);
  }

  @Test
  void console_printsOneRowPerRule_withResultTimeAndReason() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TckReports.console(result(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("R1.1    PASS     0.012s  the factory is registered")
        .contains("R4.1    FAIL     0.040s").contains("R5.1    SKIP")
        .contains("provider lacks RELATED_ITEMS")
        .contains("3 rules: 1 passed, 1 failed, 1 skipped — FAILED")
        .contains("Orders left behind at the provider:").contains("order 42");
  }

  @Test
  void junitXml_masksSecretsOutsideTheReasonsToo_leftoversAndUrlUserInfo(@TempDir Path dir) throws Exception {
    TckResult leaky = new TckResult("acme", null, false, Instant.parse("2026-11-23T10:00:00Z"), Duration.ZERO,
        List.of(new RuleResult("R1.1", "the factory is registered", "required", RuleResult.Outcome.PASSED,
            Duration.ZERO, "")),
        List.of("order 7 at https://admin:pw-in-url@shop.example/ left behind (token " + SECRET + ")"));
    Path file = dir.resolve("leaky.xml");

    TckReports.junitXml(leaky, file, List.of(SECRET));

    String text = Files.readString(file);
    assertThat(text).doesNotContain(SECRET).doesNotContain("pw-in-url").contains("order 7 at https://****@shop.example/");
    assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement()
        .getAttribute("tests")).isEqualTo("1");
  }

  @Test
  void junitXml_isWellFormed_countsSkippedApart_andHoldsNoSecret(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(TckReports.xmlFileName(result()));
    TckReports.junitXml(result(), file, List.of(SECRET));
    assertThat(file.getFileName().toString()).isEqualTo("TEST-hostorder-tck-acme.xml");
    String text = Files.readString(file);
    assertThat(text).doesNotContain(SECRET);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    Element suite = doc.getDocumentElement();
    assertThat(suite.getAttribute("tests")).isEqualTo("3");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    NodeList properties = suite.getElementsByTagName("property");
    java.util.Map<String, String> props = new java.util.HashMap<>();
    for (int i = 0; i < properties.getLength(); i++) {
      Element p = (Element) properties.item(i);
      props.put(p.getAttribute("name"), p.getAttribute("value"));
    }
    assertThat(props).containsKeys("provider", "live", "capabilities", "idempotency", "leftovers")
        .containsEntry("hostorder.version", RunFacts.hostorderVersion())
        .containsEntry("java", result().facts().java());
    NodeList cases = suite.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(3);
    assertThat(((Element) cases.item(1)).getAttribute("name")).isEqualTo("R4.1 an accepted promo <code> is applied");
    assertThat(((Element) cases.item(1)).getElementsByTagName("failure").getLength()).isEqualTo(1);
    assertThat(((Element) cases.item(2)).getElementsByTagName("skipped").getLength()).isEqualTo(1);
  }

  @Test
  void html_isOnePageWithNothingToFetch_aColouredRowPerRule_andTheCapabilities(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(TckReports.htmlFileName(result()));
    TckReports.html(result(), file, List.of(SECRET));
    String html = Files.readString(file);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>")
        .doesNotContain("http://", "https://", "<script", "<link", "src=", "@import", "url(")
        .doesNotContain(SECRET);
    assertThat(html).contains("<tr class=\"PASSED\"><td><a href=\"SPEC.html#R1.1\">R1.1</a>")
        .contains("<tr class=\"FAILED\"><td><a href=\"SPEC.html#R4.1\">R4.1</a>")
        .contains("<tr class=\"SKIPPED\"><td><a href=\"SPEC.html#R5.1\">R5.1</a>").contains("promo &lt;code&gt;")
        .contains("check &amp; fix");
    assertThat(html).contains("<li class=\"yes\"").contains(">PROMO_CODE</li>").contains(">RELATED_ITEMS</li>")
        .contains("Idempotency: <b>LOOKUP</b>").contains("order 42");
  }
}
