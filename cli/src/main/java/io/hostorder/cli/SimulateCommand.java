package io.hostorder.cli;

import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.json.OrderJson;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.TckHarnessFactory;
import java.io.PrintWriter;
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
    TckHarness harness;
    try {
      harness = factory.simulated(port, seed).orElseThrow(() -> new UsageException("provider type '" + type
          + "' has no built-in simulator"));
    } catch (UnsupportedOperationException e) {
      throw new UsageException(e.getMessage());
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
    out.println("serving until interrupted (Ctrl-C)");
  }
}
