package io.hostorder.cli;

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
  void simulate_printsAConfigurationThatTheOtherCommandsAccept_andServesUntilStopped() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Hostorder.commandLine(CliContext.of(out, err, Map.of(), new Scrubber()));
    SimulateCommand simulate = (SimulateCommand) cl.getSubcommands().get("simulate").getCommand();
    CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> cl.execute("simulate", "--provider", "testshop"));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!out.toString().contains("serving until interrupted") && System.nanoTime() < deadline && !run.isDone()) {
      Thread.sleep(20);
    }
    String printed = out.toString();
    assertThat(printed).as(printed + err).contains("the testshop simulator is serving on", "token=good-sim-token",
        "\"plan\" : \"vps-1\"", "\"promoCode\" : \"SPRING\"");
    assertThat(run).isNotDone();

    // The printed --set line works as it stands.
    Matcher m = Pattern.compile("--provider testshop (.*)").matcher(printed);
    assertThat(m.find()).isTrue();
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("list", "--provider", "testshop"));
    args.addAll(java.util.List.of(m.group(1).trim().split(" ")));
    Cli.Result list = Cli.run(args.toArray(String[]::new));
    assertThat(list.status()).as(list.toString()).isZero();

    simulate.stop();
    assertThat(run.get(30, TimeUnit.SECONDS)).isZero();
    assertThat(out.toString()).contains("simulator stopped");
  }

  @Test
  void simulate_builtInSimulator_onAGivenPortAndSeed_answersTheOtherCommands() throws Exception {
    StringWriter out = new StringWriter();
    CommandLine cl = Hostorder.commandLine(CliContext.of(out, new StringWriter(), Map.of(), new Scrubber()));
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
  void simulate_unknownType_status2_namesTheTypesWithASimulator() {
    Cli.Result r = Cli.run("simulate", "--provider", "nosuch");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("no built-in simulator", "testshop");
  }

  @Test
  void simulate_portTheHarnessCannotHonour_status2() {
    Cli.Result r = Cli.run("simulate", "--provider", "testshop", "--port", "18080");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("cannot be given a port");
  }

  @Test
  void simulate_portOutOfRange_status2() {
    assertThat(Cli.run("simulate", "--provider", "testshop", "--port", "70000").status()).isEqualTo(2);
  }
}
