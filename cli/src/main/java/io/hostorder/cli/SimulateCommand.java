package io.hostorder.cli;

import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.json.OrderJson;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.tck.AnswerFault;
import io.hostorder.tck.CommittingStep;
import io.hostorder.tck.ProviderObserver;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.TckHarnessFactory;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hostorder simulate}: serves one provider's built-in simulator on 127.0.0.1 until interrupted,
 * and prints the configuration it accepts (base URL and credentials) ready for {@code --set} or
 * {@code --config}, so a broker can point its own tests or the other commands at it.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = {"Serves the built-in simulator of a provider type on 127.0.0.1 until interrupted (Ctrl-C), "
        + "and prints its base URL and the credentials it accepts, ready for --set or --config.",
        "The credentials printed are the simulator's own test values, not a real account's."})
final class SimulateCommand implements Callable<Integer> {
  private final CliContext ctx;
  private final CountDownLatch stop = new CountDownLatch(1);

  @Option(names = "--provider", required = true, paramLabel = "TYPE", description = "The provider type whose simulator to serve.")
  String type;

  @Option(names = "--port", paramLabel = "N", defaultValue = "0", description = "The port on 127.0.0.1 (default: a free port).")
  int port;

  @Option(names = "--seed", paramLabel = "N", description = "The seed of the simulator's generated ids and tokens (default: the simulator's own).")
  Long seed;

  @Option(names = "--activation-delay", paramLabel = "DURATION", defaultValue = "5s",
      description = "How long the simulator takes to set a new order up (processing, then active with its IP addresses): "
          + "e.g. 0s, 5s (default), 2m. 'hostorder status' and 'hostorder await' show it.")
  String activationDelay;

  @Option(names = "--fault", paramLabel = "STEP=FAULT", description = {
      "Arms one fault: the next request of the committing STEP is processed (its order, line or payment happens), "
          + "then answered with FAULT instead of the real answer; or, with FAULT 503 or 429, refused before it is "
          + "processed. Repeatable; each is met once, in order.",
      "FAULT: HTTP_500, HTTP_502, HTML_504, HTML_LOGIN_PAGE, TRUNCATED, CUT_MID_BODY, NON_DOCUMENT_TEXT, EMPTY_200, "
          + "DROP, LATE_ANSWER, 503, 429. STEP: as listed when the simulator starts (e.g. confirm, submit, order_create)."})
  java.util.List<String> faults = new java.util.ArrayList<>();

  SimulateCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  /** Stops a running {@link #call()} as Ctrl-C would (tests use it). */
  void stop() {
    stop.countDown();
  }

  @Override
  public Integer call() {
    if (port < 0 || port > 65535) {
      throw new UsageException("--port must be between 0 and 65535, was " + port);
    }
    TckHarnessFactory factory = Simulators.factory(ctx, type);
    refuseInProcessOnly();
    TckHarness harness;
    java.time.Duration delay;
    try {
      delay = io.hostorder.core.config.ProviderConfig.parseDuration(activationDelay);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--activation-delay: " + e.getMessage());
    }
    try {
      harness = factory.simulated(port, seed, delay).orElseThrow(() -> new UsageException("provider type '" + type
          + "' has no built-in simulator"));
    } catch (UnsupportedOperationException e) {
      if (port == 0 && seed == null) {
        throw new UsageException("the " + type + " simulator cannot start: " + e.getMessage());
      }
      throw new UsageException((port != 0 ? "--port" : "") + (port != 0 && seed != null ? " and " : "")
          + (seed != null ? "--seed" : "") + ": the " + type + " simulator chooses its own; run it without "
          + "(hostorder simulate --provider " + type + ")");
    } catch (java.io.UncheckedIOException e) {
      String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      if (port == 0) {
        throw new CommandFailedException("the " + type + " simulator cannot start on 127.0.0.1: " + why);
      }
      throw new UsageException("--port " + port + ": cannot serve on 127.0.0.1:" + port + " (" + why
          + "); choose another port, or leave --port out for a free one");
    }
    try {
      armFaults(harness);
    } catch (RuntimeException e) {
      harness.close();
      throw e;
    }
    Thread hook = new Thread(harness::close, "hostorder-simulator-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      print(ctx.out(), harness);
      ctx.out().flush();
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running or will run: it closes the harness.
      }
      harness.close();
    }
    ctx.out().println("simulator stopped");
    return ExitStatus.OK;
  }

  /**
   * Refuses a provider type that nothing outside this process could reach: one without a {@code base-url} key
   * (the memory provider) keeps its orders in this JVM, so another terminal would get an empty ledger of its own.
   */
  private void refuseInProcessOnly() {
    try (io.hostorder.core.registry.ProviderRegistry registry = ctx.registry()) {
      boolean reachable = registry.factory(type).map(f -> f.configKeys().stream()
          .anyMatch(k -> k.name().equals("base-url"))).orElse(true);
      if (!reachable) {
        throw new UsageException("the " + type + " provider keeps its orders in the memory of one process: a "
            + "simulator of it cannot be reached from another terminal, where every command would start an empty "
            + "ledger of its own. Use it in one process: hostorder demo, hostorder tck --provider " + type
            + ", or the provider in Java; or serve a provider that talks HTTP: hostorder simulate --provider jsonrest");
      }
    }
  }

  /** Arms every {@code --fault}, or fails with a usage error naming the steps and faults there are. */
  private void armFaults(TckHarness harness) {
    if (faults.isEmpty()) {
      return;
    }
    ProviderObserver observer = harness.observer().orElseThrow(() -> new UsageException(
        "the " + harness.type() + " simulator cannot play faults"));
    List<String> steps = observer.committingSteps().stream().map(CommittingStep::name).toList();
    for (String spec : faults) {
      int eq = spec.indexOf('=');
      String step = eq < 0 ? spec : spec.substring(0, eq).trim();
      String fault = eq < 0 ? "" : spec.substring(eq + 1).trim().toUpperCase(java.util.Locale.ROOT);
      if (!steps.contains(step)) {
        throw new UsageException("--fault " + spec + ": no committing step '" + step + "' at " + harness.type()
            + "; its steps: " + String.join(", ", steps));
      }
      boolean armed;
      if (fault.equals("503") || fault.equals("429")) {
        armed = observer.refuseBeforeProcessing(step, Integer.parseInt(fault));
      } else {
        AnswerFault kind;
        try {
          kind = AnswerFault.valueOf(fault);
        } catch (IllegalArgumentException e) {
          throw new UsageException("--fault " + spec + ": no fault '" + fault + "'; one of "
              + String.join(", ", java.util.Arrays.stream(AnswerFault.values()).map(Enum::name).toList()) + ", 503, 429");
        }
        armed = observer.failAfterProcessing(step, kind);
      }
      if (!armed) {
        throw new UsageException("--fault " + spec + ": the " + harness.type() + " simulator cannot play it");
      }
    }
  }

  private void print(PrintWriter out, TckHarness harness) {
    ProviderConfig config = harness.config();
    String url = config.optional("base-url").orElse("(no base-url: the provider finds it by itself)");
    out.println("the " + harness.type() + " simulator is serving on " + url);
    out.println();
    out.println("use it with --set:");
    StringBuilder sets = new StringBuilder("  --provider " + harness.type());
    for (Map.Entry<String, String> e : config.values().entrySet()) {
      sets.append(" --set ").append(Simulators.shellWord(e.getKey() + "=" + e.getValue()));
    }
    out.println(sets);
    out.println();
    out.println("or as a --config file (the simulator's own test credentials):");
    config.values().forEach((k, v) -> out.println("  " + k + "=" + v));
    out.println();
    Optional<String> promo = harness.validPromoCode();
    out.println("an order it accepts (save it as a file for 'hostorder order --order-file'):");
    OrderRequest.Builder sample = OrderRequest.builder().reference("sim-" + harness.type() + "-1")
        .addItem(harness.plainItem());
    promo.ifPresent(sample::promoCode);
    for (String line : OrderJson.write(sample.build()).split("\n")) {
      out.println("  " + line);
    }
    out.println();
    harness.observer().ifPresent(o -> {
      List<String> steps = o.committingSteps().stream().map(CommittingStep::name).toList();
      if (!steps.isEmpty()) {
        out.println("committing steps (for --fault STEP=FAULT): " + String.join(", ", steps));
      }
    });
    for (String spec : faults) {
      out.println("armed: " + spec + (spec.endsWith("=503") || spec.endsWith("=429")
          ? " (refused before processing: nothing happens)" : " (processed, then the answer is replaced)"));
    }
    if (!faults.isEmpty()) {
      out.println();
    }
    out.println("a new order is set up (active, with its IP addresses) " + activationDelay + " after it is paid");
    out.println("serving until interrupted (Ctrl-C)");
  }
}
