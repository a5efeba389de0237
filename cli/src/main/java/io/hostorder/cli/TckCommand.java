package io.hostorder.cli;

import io.hostorder.core.OrderProviderFactory;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.tck.SpecLinks;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.TckHarnessFactory;
import io.hostorder.tck.TckReports;
import io.hostorder.tck.TckResult;
import io.hostorder.tck.TckRunner;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code hostorder tck}: runs the compatibility suite against one provider, by default against its
 * built-in simulator, and writes the console matrix, JUnit XML and HTML reports.
 */
@Command(name = "tck", mixinStandardHelpOptions = true,
    description = {"Runs the TCK (the compatibility suite of SPEC.md) against a provider and writes its reports: "
        + "the matrix on stdout, JUnit XML and a self-contained HTML page in the report directory.",
        "Without configuration options it runs against the provider's built-in simulator. With --config, --profile "
        + "or --set it runs against that account; a base-url that is not loopback places real orders "
        + "and needs --live --confirm-real-orders (only the cheapest sample item is ordered, and cancelled where "
        + "the provider can; every order left behind is listed). The environment alone switches from the simulator "
        + "only when it sets HOSTORDER_BASE_URL (a stray HOSTORDER_PASSWORD does not), and then says so."})
final class TckCommand implements Callable<Integer>, JsonOutput {
  private final CliContext ctx;

  @ParentCommand
  RootCommand root;

  @Mixin
  ProviderOptions provider = new ProviderOptions();

  @Option(names = "--report", paramLabel = "DIR",
      description = "Where to write the JUnit XML and HTML reports (default: a new directory under the system temp directory).")
  Path reportDirectory;

  @Option(names = "--spec-url", paramLabel = "URL",
      description = "Link the HTML report's rule ids to the SPEC.md at URL (e.g. your repository's) instead of "
          + "SPEC.html, which is then not written beside it.")
  String specUrl;

  @Option(names = "--live", description = "Run against a real account (with --confirm-real-orders).")
  boolean live;

  @Option(names = "--confirm-real-orders", description = "Confirm that real orders may be placed (with --live).")
  boolean confirmRealOrders;

  @Option(names = "--json", description = "Print one JSON document: the result of every rule and the report paths, or the error.")
  boolean json;

  /** True when the run is against the built-in simulator this process starts (its orders end with it). */
  private boolean builtInSimulator;

  TckCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public boolean json() {
    return json;
  }

  @Override
  public Integer call() {
    if (live != confirmRealOrders) {
      throw new UsageException("a live run needs both --live and --confirm-real-orders");
    }
    SpecLinks spec = specLinks(specUrl);
    TckHarness harness = harness();
    ctx.scrubber().rememberConfig(harness.config(), java.util.List.of());
    harness.secrets().forEach(ctx.scrubber()::remember);
    if (TckRunner.reachesRealAccount(harness) && !live) {
      harness.close();
      throw new UsageException("the configuration reaches a real account ("
          + harness.config().optional("base-url").orElse(provider.type) + "): the TCK would place real orders; "
          + "confirm with --live --confirm-real-orders");
    }
    Path dir = reportDirectory != null ? reportDirectory : Reports.newDirectory("hostorder-tck");
    Progress progress = Progress.of(ctx, json);
    progress.note("running the TCK against " + harness.type() + (harness.live() ? " (LIVE: real orders)" : "") + "…");
    String prefix = TckOrders.newPrefix();
    TckRunner.Builder runner = TckRunner.builder(harness).reportDirectory(dir).specLinks(spec)
        .confirmRealOrders(live && confirmRealOrders).referencePrefix(prefix);
    TckCounter counter = TckCounter.of(ctx, json);
    TckOrders orders = new TckOrders(prefix);
    runner.progress(new io.hostorder.tck.TckProgress() {
      @Override
      public void ruleDone(String name, io.hostorder.tck.RuleResult rule, int done, int total) {
        if (counter != null) {
          counter.ruleDone(name, done, total);
        }
      }

      @Override
      public void orderPlaced(String name, String ruleId, String reference, String orderId) {
        orders.placed(ruleId, reference, orderId);
      }
    });
    if (!builtInSimulator) {
      progress.note("the orders of this run stay at the provider; their references start with " + prefix
          + " (listed at the end)");
    }
    long start = System.nanoTime();
    TckResult result = Reports.quietly(root.debug, () -> runner.build().run());
    progress.note("done (" + java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms)");
    Path html = dir.resolve(TckReports.htmlFileName(result)).toAbsolutePath();
    Path xml = dir.resolve(TckReports.xmlFileName(result)).toAbsolutePath();
    String where = harness.config().optional("base-url").orElse(harness.type());
    if (json) {
      com.fasterxml.jackson.databind.node.ObjectNode doc = TckResultJson.tree(result);
      doc.put("html", html.toString());
      doc.put("junitXml", xml.toString());
      doc.put("referencePrefix", prefix);
      doc.set("placedOrders", orders.json());
      ctx.out().println(JsonView.text(doc));
    } else {
      ctx.out().print(Reports.console(result));
      if (!builtInSimulator) {
        boolean lists = result.capabilities() != null
            && result.capabilities().has(io.hostorder.core.Capability.ORDER_LIST);
        orders.print(ctx.out(), where, lists ? "hostorder list " + provider.asArguments()
            : "hostorder status " + provider.asArguments() + " --order ID");
      }
      ctx.out().println("reports: " + html);
      ctx.out().println("         " + xml);
    }
    return result.passed() ? ExitStatus.OK : ExitStatus.OTHER;
  }

  /** Returns links to the SPEC.md at {@code url}, or to SPEC.html beside the reports when it is null. */
  static SpecLinks specLinks(String url) {
    if (url == null) {
      return SpecLinks.beside();
    }
    try {
      return SpecLinks.at(url);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--" + e.getMessage());
    }
  }

  private TckHarness harness() {
    TckHarnessFactory factory = Simulators.factory(ctx, provider.type);
    try (ProviderRegistry registry = ctx.registry()) {
      OrderProviderFactory providerFactory = provider.factory(registry);
      if (provider.noConfiguration(providerFactory, ctx)) {
        if (live) {
          throw new UsageException("--live needs the account's configuration (--config, --profile, --set, "
              + "or HOSTORDER_BASE_URL and the other HOSTORDER_<KEY> in the environment)");
        }
        builtInSimulator = true;
        return factory.simulated().orElseThrow(() -> new UsageException("provider type '" + provider.type
            + "' has no built-in simulator; give an account's configuration with --config or --set"));
      }
      java.util.List<String> fromEnvironment = provider.environmentAccount(providerFactory, ctx);
      if (!fromEnvironment.isEmpty() && provider.configFile == null && provider.pairs.isEmpty() && provider.profile == null) {
        // Say why this is not the simulator: the account is the environment's, not any option's.
        ctx.err().println("note: testing the account of environment variable" + (fromEnvironment.size() == 1 ? " " : "s ")
            + String.join(", ", fromEnvironment) + ", not the built-in simulator (unset HOSTORDER_BASE_URL to test "
            + "the simulator)");
      }
      ProviderConfig config = provider.config(providerFactory, ctx);
      return factory.live(config);
    }
  }
}
