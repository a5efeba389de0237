package io.hostorder.cli;

import io.hostorder.core.model.SecretScrubber;
import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.TckHarnessFactory;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hostorder demo} refuses to run when a built-in type has no simulator, rather than showing less. */
class DemoCommandTest {
  @Test
  void demo_whenABuiltInTypeHasNoSimulator_failsLoudly_namingIt() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext ctx = new CliContext(out, err, Map.of(), SecretScrubber.create(), ProviderRegistry::installed,
        () -> CliContext.installedHarnesses().stream().filter(h -> !h.type().equals("hostway")).toList());
    int status = Hostorder.run(ctx, "demo");
    assertThat(status).isEqualTo(1);
    assertThat(err.toString()).contains("the demo needs every built-in provider type", "hostway")
        .doesNotContain("\tat ");
  }

  @Test
  void demo_ordersThroughEverySimulator_runsTheTck_andPrintsTheMatrixAndTheReport(@TempDir Path dir) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // The test shop of these tests is installed too; the demo shows what ships, so it is left out here.
    List<TckHarnessFactory> harnesses = CliContext.installedHarnesses().stream()
        .filter(h -> !h.type().equals("testshop")).toList();
    CliContext ctx = new CliContext(out, err, Map.of(), SecretScrubber.create(), ProviderRegistry::installed, () -> harnesses);
    int status = Hostorder.run(ctx, "demo", "--report", dir.toString());
    String printed = out.toString();
    // Every configuration variant of a harness is a column of the matrix, with its own report.
    for (String variant : List.of("billmanager[authinfo]", "billmanager[skipbasket,session]",
        "billmanager[skipbasket,authinfo]", "zomro[no-remoteid]")) {
      assertThat(printed).contains("  " + variant + " ");
    }
    assertThat(dir.resolve("hostorder-tck-billmanager-skipbasket-session.html")).exists();
    assertThat(Files.readString(dir.resolve("index.html"))).contains("zomro[no-remoteid]");
    assertThat(status).as(printed + err).isZero();
    for (String type : DemoCommand.BUILT_IN) {
      assertThat(printed).contains("== " + type + " (simulator at http://");
      assertThat(dir.resolve("hostorder-tck-" + type + ".html")).exists();
    }
    // The parallel TCK counts the rules of the runs still going on stderr, up to the end of all of them.
    assertThat(err.toString()).containsPattern("all \\d+ TCK runs have their results \\(\\d+ s\\)");
    assertThat(printed).doesNotContain(" rules (");
    assertThat(printed).containsPattern("adding item 1/1 to cart… done \\(\\d+ ms\\)")
        .contains("checking out… done", "promo code", "related item", "cancelling order", "status after cancel: CANCELLED",
            "RULE    TITLE", "R3.2", "— PASSED", "HTML report: " + dir.resolve("index.html").toAbsolutePath(),
            "demo finished: every order went through and no TCK rule failed");
    assertThat(printed).contains("== the order journal (", "the second sent nothing", "orders with it at the provider: 1",
        "crashed: the journal says committing", "reconcile: placed", "orders at the provider: 1; journal status: placed")
        .doesNotContain("(DIFFERENT!)");
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
    assertThat(page.getElementById("summary").text())
        .matches("\\d+ configurations of \\d+ providers, \\d+ passed, 0 failed — rule results: .* — PASSED");
    assertThat(page.select("#matrix-table td.pass")).isNotEmpty();
    assertThat(page.select("#matrix-table td.skip a[href^=#why-]")).isNotEmpty();
    assertThat(page.select("a[href=hostorder-tck-zomro.html]")).isNotEmpty();
    assertThat(page.select("[src], script, link")).isEmpty();
    assertThat(page.select("[href]").eachAttr("href")).noneMatch(h -> h.contains(":"));
    assertThat(dir.resolve("SPEC.html")).exists();
    for (TckHarnessFactory f : harnesses) {
      try (TckHarness h = f.simulated().orElseThrow()) {
        for (String secret : h.secrets()) {
          if (secret.length() >= 3) {
            assertThat(printed + err).doesNotContain(secret);
          }
        }
      }
    }
  }

  @Test
  void demo_builtInTypesAreTheFourDocumentedApis() {
    assertThat(DemoCommand.BUILT_IN).containsExactly("billmanager", "zomro", "hostway", "jsonrest");
  }
}
