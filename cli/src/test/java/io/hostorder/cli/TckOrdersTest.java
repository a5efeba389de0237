package io.hostorder.cli;

import io.hostorder.core.model.SecretScrubber;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A {@code tck} run against a simulator another process serves leaves its orders there: they carry the run's
 * reference prefix, and the run lists them. Also the rule counter's lines.
 */
class TckOrdersTest {
  @TempDir
  Path dir;

  @Test
  void tck_againstARunningSimulator_listsTheOrdersItLeft_allUnderTheRunsPrefix() throws Exception {
    StringWriter out = new StringWriter();
    CommandLine cl = Hostorder.commandLine(CliContext.of(out, new StringWriter(), Map.of(), SecretScrubber.create()));
    SimulateCommand simulate = (SimulateCommand) cl.getSubcommands().get("simulate").getCommand();
    CompletableFuture<Integer> served = CompletableFuture.supplyAsync(() -> cl.execute("simulate", "--provider", "jsonrest"));
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!out.toString().contains("serving until interrupted") && System.nanoTime() < deadline && !served.isDone()) {
        Thread.sleep(20);
      }
      Matcher m = Pattern.compile("--provider jsonrest (.*)").matcher(out.toString());
      assertThat(m.find()).as(out.toString()).isTrue();
      List<String> sets = List.of(m.group(1).trim().split(" "));

      Cli.Result tck = Cli.run(args(List.of("tck", "--provider", "jsonrest", "--report", dir.toString()), sets));
      assertThat(tck.status()).as(tck.toString()).isZero();
      Matcher listed = Pattern.compile("orders this run placed at http://\\S+ \\(references (tck-[a-z0-9]{6}-)…\\): (\\d+)")
          .matcher(tck.out());
      assertThat(listed.find()).as(tck.out()).isTrue();
      String prefix = listed.group(1);
      int count = Integer.parseInt(listed.group(2));
      assertThat(count).isPositive();
      assertThat(tck.err()).contains("references start with " + prefix);
      assertThat(tck.out()).contains("see them with: hostorder list --provider jsonrest");

      // What the simulator holds: every order of the run is there under the prefix, and the run listed each one.
      Cli.Result list = Cli.run(args(List.of("list", "--provider", "jsonrest", "--json"), sets));
      assertThat(list.status()).as(list.toString()).isZero();
      List<String> atSimulator = new ArrayList<>();
      new ObjectMapper().readTree(list.out()).get("orders").forEach(o -> atSimulator.add(o.get("reference").asText()));
      assertThat(atSimulator).hasSize(count).allMatch(r -> r.startsWith(prefix));
      for (String reference : atSimulator) {
        assertThat(tck.out()).contains("  " + reference + " ");
      }

      // The JSON form says the same.
      Cli.Result json = Cli.run(args(List.of("tck", "--provider", "jsonrest", "--report", dir.toString(), "--json"), sets));
      JsonNode doc = new ObjectMapper().readTree(json.out());
      String jsonPrefix = doc.get("referencePrefix").asText();
      assertThat(jsonPrefix).matches("tck-[a-z0-9]{6}-").isNotEqualTo(prefix);
      assertThat(doc.get("placedOrders").size()).isEqualTo(count);
      doc.get("placedOrders").forEach(o -> {
        assertThat(o.get("reference").asText()).startsWith(jsonPrefix);
        assertThat(o.get("rule").asText()).matches("R\\d+\\.\\d+");
        assertThat(o.get("order").asText()).isNotBlank();
      });
    } finally {
      simulate.stop();
      served.get(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void tck_againstAProviderThatCannotList_pointsToStatusOfEachOrder() throws Exception {
    try (io.hostorder.tck.TckHarness hostway = new io.hostorder.tck.simulated.HostwayHarnessFactory().simulated()
        .orElseThrow()) {
      List<String> sets = new ArrayList<>();
      hostway.config().values().forEach((k, v) -> sets.addAll(List.of("--set", k + "=" + v)));
      Cli.Result tck = Cli.run(args(List.of("tck", "--provider", "hostway", "--report", dir.toString()), sets));
      assertThat(tck.out()).as(tck.toString()).contains("orders this run placed at http://",
          "see them with: hostorder status --provider hostway --set base-url=")
          .containsPattern("--order ID\\n").doesNotContain("hostorder list");
      for (String secret : hostway.secrets()) {
        assertThat(tck.all()).doesNotContain(secret);
      }
    }
  }

  @Test
  void tck_againstTheBuiltInSimulator_listsNoOrders_theyEndWithTheRun() {
    Cli.Result r = Cli.run("tck", "--provider", "memory", "--report", dir.toString());
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.out()).doesNotContain("orders this run placed");
    assertThat(r.err()).doesNotContain("references start with");
  }

  @Test
  void counter_ofSeveralRuns_showsThoseStillGoing_thenThatAllEnded() {
    StringWriter text = new StringWriter();
    TckCounter counter = new TckCounter(new PrintWriter(text), Duration.ZERO);
    counter.expect("billmanager");
    counter.expect("zomro");
    counter.ruleDone("billmanager", 1, 3);
    counter.ruleDone("zomro", 2, 2);
    counter.ruleDone("billmanager", 3, 3);
    assertThat(text.toString().lines().toList()).satisfiesExactly(
        l -> assertThat(l).matches("  TCK rules: billmanager 1/3, zomro waiting; 0 of 2 runs done \\(\\d+ s\\)"),
        l -> assertThat(l).matches("  TCK rules: billmanager 1/3; 1 of 2 runs done \\(\\d+ s\\)"),
        l -> assertThat(l).matches("  all 2 TCK runs have their results \\(\\d+ s\\)"));
  }

  @Test
  void counter_printsAtMostOncePerInterval_butAlwaysTheEnd() {
    StringWriter text = new StringWriter();
    TckCounter counter = new TckCounter(new PrintWriter(text), Duration.ofHours(1));
    for (int done = 1; done <= 5; done++) {
      counter.ruleDone("memory", done, 5);
    }
    assertThat(text.toString().lines().toList()).singleElement().asString().matches("  5/5 rules \\(\\d+ s\\)");
  }

  private static String[] args(List<String> head, List<String> tail) {
    List<String> all = new ArrayList<>(head);
    all.addAll(tail);
    return all.toArray(String[]::new);
  }
}
