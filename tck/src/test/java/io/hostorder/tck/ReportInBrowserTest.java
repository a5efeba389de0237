package io.hostorder.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report rendered by a real browser through {@code tck/check-report}: it shows its summary, fetches
 * nothing, and the check itself catches a page that would. Skipped, with the reason, where no Chromium is
 * installed; the browser is offline (host names resolve to nothing, requests go to 127.0.0.1:9).
 */
class ReportInBrowserTest {
  /** The documented script, from the tck module's directory (where Maven runs its tests). */
  static final Path SCRIPT = Path.of("check-report");

  @BeforeAll
  static void needsChromium() {
    assumeTrue(chromium().isPresent(), "Chromium is not installed (Debian: apt-get install chromium; or set "
        + "CHROMIUM=/path/to/chrome): the report is not rendered in a browser here; tck/check-report does it by hand");
  }

  /** Returns the browser check-report would use: {@code CHROMIUM}, or chromium and its other names on the PATH. */
  static Optional<Path> chromium() {
    String named = System.getenv("CHROMIUM");
    if (named != null && !named.isBlank()) {
      return Optional.of(Path.of(named)).filter(Files::isExecutable);
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
        Path p = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  record Run(int status, String out, String err) {}

  static Run checkReport(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("check-report", ".out");
    Path err = Files.createTempFile("check-report", ".err");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(4, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("check-report did not finish in 4 minutes");
    }
    Run run = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    Files.delete(out);
    Files.delete(err);
    return run;
  }

  @Test
  void theReportRendersItsSummary_andAsksTheNetworkForNothing() throws Exception {
    // Under target/, so that the screenshot can be looked at after the build.
    Path dir = Path.of("target", "report-in-browser");
    TckResult result = HtmlReportTest.mixed();
    Path report = dir.resolve(TckReports.htmlFileName(result));
    TckReports.html(result, report, List.of(HtmlReportTest.SECRET));
    Path png = dir.resolve("hostorder-tck-acme.png");
    Files.deleteIfExists(png);

    Run run = checkReport("--screenshot", png.toString(), report.toString(), dir.resolve(SpecLinks.PAGE).toString());

    assertThat(run.status()).as("one --screenshot for two reports is a usage error: %s", run).isEqualTo(2);
    run = checkReport("--screenshot", png.toString(), report.toString());
    assertThat(run.status()).as(run.toString()).isZero();
    assertThat(run.out()).contains("ok   " + report + ": \"5 rules: 3 passed, 1 failed, 1 skipped — FAILED\"",
        "no request off the machine");
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes.length).as("a screenshot of a whole page").isGreaterThan(10_000);
    assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");

    run = checkReport(dir.resolve(SpecLinks.PAGE).toString());
    assertThat(run.status()).as(run.toString()).isZero();
  }

  @Test
  void aPageThatFetchesFromTheNetwork_failsTheCheck_namingWhatItAskedFor(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("fetching.html");
    Files.writeString(page, "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"https://cdn.example.invalid/x.css\">"
        + "</head><body><p id=\"summary\">1 rules: 1 passed</p><h2 id=\"failed\">Failed</h2>"
        + "<img src=\"http://img.example.invalid/a.png\"></body></html>");
    Run run = checkReport(page.toString());
    assertThat(run.status()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).contains("the page asked the network for https://cdn.example.invalid/x.css",
        "the page asked the network for http://img.example.invalid/a.png",
        "the page points off the machine: http://img.example.invalid/a.png");
  }

  @Test
  void aPageWithoutItsSummary_failsTheCheck(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("bare.html");
    Files.writeString(page, "<!DOCTYPE html><html><body><p>nothing to see</p></body></html>");
    Run run = checkReport(page.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("no summary (an element id=\"summary\") in the rendered page");
  }
}
