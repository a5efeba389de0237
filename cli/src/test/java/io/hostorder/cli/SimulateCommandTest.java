package io.hostorder.cli;

import io.hostorder.core.model.SecretScrubber;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code hostorder simulate}: serves until stopped and prints a configuration the other commands accept. */
class SimulateCommandTest {

  @Test
  void simulate_inProcessProvider_isRefused_sayingWhyAndWhatToRunInstead() {
    for (String type : java.util.List.of("memory", "testshop")) {
      Cli.Result r = Cli.run("simulate", "--provider", type);
      assertThat(r.status()).as(r.toString()).isEqualTo(2);
      assertThat(r.err()).as(type).contains("keeps its orders in the memory of one process",
          "cannot be reached from another terminal", "hostorder tck --provider " + type,
          "hostorder simulate --provider jsonrest");
      assertThat(r.out()).as(type).doesNotContain("serving");
    }
  }

  @Test
  void simulate_memoryWithASeed_getsTheSameClearRefusal_notTheHarnessWording() {
    Cli.Result r = Cli.run("simulate", "--provider", "memory", "--seed", "3");
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("memory of one process").doesNotContain("harness");
  }

  @Test
  void simulate_onABusyPort_status2_namesThePort() throws Exception {
    try (java.net.ServerSocket busy = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      int port = busy.getLocalPort();
      Cli.Result r = Cli.run("simulate", "--provider", "jsonrest", "--port", String.valueOf(port));
      assertThat(r.status()).as(r.toString()).isEqualTo(2);
      assertThat(r.err()).contains("--port " + port + ": cannot serve on 127.0.0.1:" + port, "leave --port out")
          .doesNotContain("UncheckedIOException");
    }
  }

  @Test
  void simulate_builtInSimulator_onAGivenPortAndSeed_answersTheOtherCommands() throws Exception {
    StringWriter out = new StringWriter();
    CommandLine cl = Hostorder.commandLine(CliContext.of(out, new StringWriter(), Map.of(), SecretScrubber.create()));
    SimulateCommand simulate = (SimulateCommand) cl.getSubcommands().get("simulate").getCommand();
    int port;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      port = free.getLocalPort();
    }
    CompletableFuture<Integer> run = CompletableFuture.supplyAsync(
        () -> cl.execute("simulate", "--provider", "jsonrest", "--port", String.valueOf(port), "--seed", "7"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!out.toString().contains("serving until interrupted") && System.nanoTime() < deadline && !run.isDone()) {
      Thread.sleep(20);
    }
    assertThat(out.toString()).contains("the jsonrest simulator is serving on http://", ":" + port + "/");
    Matcher m = Pattern.compile("--provider jsonrest (.*)").matcher(out.toString());
    assertThat(m.find()).isTrue();
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("list", "--provider", "jsonrest"));
    args.addAll(java.util.List.of(m.group(1).trim().split(" ")));
    Cli.Result list = Cli.run(args.toArray(String[]::new));
    assertThat(list.status()).as(list.toString()).isZero();
    assertThat(list.out()).contains("no orders");
    simulate.stop();
    assertThat(run.get(30, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void simulate_withAFaultAfterProcessing_theOrderIsPlaced_andTheBrokerHearsOutcomeUnknown() throws Exception {
    StringWriter out = new StringWriter();
    CommandLine cl = Hostorder.commandLine(CliContext.of(out, new StringWriter(), Map.of(), SecretScrubber.create()));
    SimulateCommand simulate = (SimulateCommand) cl.getSubcommands().get("simulate").getCommand();
    CompletableFuture<Integer> run = CompletableFuture.supplyAsync(
        () -> cl.execute("simulate", "--provider", "jsonrest", "--fault", "order_create=HTML_504"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!out.toString().contains("serving until interrupted") && System.nanoTime() < deadline && !run.isDone()) {
      Thread.sleep(20);
    }
    String printed = out.toString();
    assertThat(printed).contains("committing steps (for --fault STEP=FAULT): order_create",
        "armed: order_create=HTML_504 (processed, then the answer is replaced)");
    Matcher m = Pattern.compile("--provider jsonrest (.*)").matcher(printed);
    assertThat(m.find()).isTrue();
    java.util.List<String> sets = java.util.List.of(m.group(1).trim().split(" "));
    java.nio.file.Path order = java.nio.file.Files.createTempFile("order", ".json");
    String sample = printed.substring(printed.indexOf("{", printed.indexOf("an order it accepts")),
        printed.indexOf("serving until interrupted"));
    sample = sample.substring(0, sample.lastIndexOf('}') + 1);
    java.nio.file.Files.writeString(order, sample);

    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("order", "--provider", "jsonrest"));
    args.addAll(sets);
    args.addAll(java.util.List.of("--order-file", order.toString()));
    Cli.Result first = Cli.run(args.toArray(String[]::new));
    assertThat(first.status()).as(first.toString()).isEqualTo(ExitStatus.OUTCOME_UNKNOWN);
    assertThat(first.all()).contains("outcome unknown");

    java.util.List<String> list = new java.util.ArrayList<>(java.util.List.of("list", "--provider", "jsonrest"));
    list.addAll(sets);
    Cli.Result orders = Cli.run(list.toArray(String[]::new));
    assertThat(orders.out()).as("the simulator holds the order the broker heard 'unknown' of").contains("73");
    simulate.stop();
    assertThat(run.get(30, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void simulate_unknownFaultOrStep_status2_namesWhatThereIs() {
    Cli.Result step = Cli.run("simulate", "--provider", "jsonrest", "--fault", "confirm=DROP");
    assertThat(step.status()).isEqualTo(2);
    assertThat(step.err()).contains("no committing step 'confirm'", "order_create");
    Cli.Result fault = Cli.run("simulate", "--provider", "jsonrest", "--fault", "order_create=BOOM");
    assertThat(fault.status()).isEqualTo(2);
    assertThat(fault.err()).contains("no fault 'BOOM'", "HTML_504", "429");
  }

  @Test
  void simulate_unknownType_status2_namesTheInstalledTypes() {
    Cli.Result r = Cli.run("simulate", "--provider", "nosuch");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("unknown provider type 'nosuch'", "jsonrest", "testshop");
  }

  @Test
  void simulate_portOutOfRange_status2() {
    assertThat(Cli.run("simulate", "--provider", "testshop", "--port", "70000").status()).isEqualTo(2);
  }
}
