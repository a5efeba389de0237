package io.hostorder.cli;

import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.PaymentRequiredException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.tck.SpecLinks;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.TckHarnessFactory;
import io.hostorder.tck.TckResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code hostorder demo}: starts every installed simulator in-process, places one server order through
 * each provider with the same portable code path, follows and cancels it where the provider can, then
 * runs the TCK against each and prints the compatibility matrix. No configuration, no network.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Starts every built-in simulator in-process (no configuration, no network, no account), places "
        + "one server order through each provider with the same portable code (promo code and related services "
        + "where supported), shows its status, cancels it where supported, then runs the TCK against each "
        + "provider and prints the compatibility matrix and the path of the HTML report."})
final class DemoCommand implements Callable<Integer> {
  /** The provider types hostorder ships with a simulator; the demo refuses to run without any of them. */
  static final List<String> BUILT_IN = List.of("billmanager", "zomro", "hostway", "jsonrest");

  private final CliContext ctx;

  @ParentCommand
  RootCommand root;

  @Option(names = "--report", paramLabel = "DIR",
      description = "Where to write the reports (default: a new directory under the system temp directory).")
  Path reportDirectory;

  @Option(names = "--spec-url", paramLabel = "URL",
      description = "Link the reports' rule ids to the SPEC.md at URL (e.g. your repository's) instead of SPEC.html, "
          + "which is then not written beside them.")
  String specUrl;

  DemoCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public Integer call() {
    PrintWriter out = ctx.out();
    SpecLinks spec = TckCommand.specLinks(specUrl);
    List<TckHarnessFactory> factories = simulated();
    // A plugin's simulator is the plugin's: the line says which types bring their own.
    List<String> fromPlugins = factories.stream().filter(f -> ctx.plugins().origin(f.getClass()).isPresent())
        .map(TckHarnessFactory::type).toList();
    out.println("hostorder demo: " + factories.size() + " providers, each against its built-in simulator"
        + (fromPlugins.isEmpty() ? "" : " or its plugin's (" + String.join(", ", fromPlugins) + ")")
        + " (in-process, 127.0.0.1 only)");
    boolean ok = true;
    try (ProviderRegistry registry = ctx.registry()) {
      for (TckHarnessFactory factory : factories) {
        ok &= orderThrough(factory, registry);
      }
    }
    Path dir = reportDirectory != null ? reportDirectory : Reports.newDirectory("hostorder-demo");
    try (ProviderRegistry registry = ctx.registry();
        TckHarness jsonrest = start(factories.stream().filter(f -> f.type().equals("jsonrest")).findFirst().orElseThrow())) {
      jsonrest.secrets().forEach(ctx.scrubber()::remember);
      ok &= JournalDemo.run(out, jsonrest, registry, dir);
    }
    out.println();
    out.println("== compatibility: the TCK against each simulator");
    TckCounter counter = TckCounter.of(ctx, false);
    if (counter != null) {
      factories.forEach(f -> counter.expect(f.type()));
    }
    List<TckResult> results = ParallelTck.run(factories, dir, specUrl == null ? "" : specUrl.strip(), out, counter,
        root.debug, ctx.plugins().urls());
    // One result per harness at least (variants come in addition): a type whose run could not start is missing.
    ok &= results.stream().map(r -> r.provider().replaceFirst("\\[.*", "")).distinct().count() == factories.size();
    for (TckResult result : results) {
      ok &= result.passed();
    }
    out.println();
    CompatibilityMatrix matrix = new CompatibilityMatrix(results);
    out.print(matrix.text());
    Path html = matrix.writeHtml(dir, spec);
    out.println();
    out.println("HTML report: " + html.toAbsolutePath());
    out.println("(one page per provider beside it, and JUnit XML: " + dir.toAbsolutePath() + ")");
    out.println(ok ? "demo finished: every order went through and no TCK rule failed"
        : "demo finished with failures (see above)");
    return ok ? ExitStatus.OK : ExitStatus.OTHER;
  }

  /**
   * Returns the installed harness factories that start a simulator, built-in types first; fails loudly
   * when a built-in type has no simulator harness or no provider.
   */
  private List<TckHarnessFactory> simulated() {
    List<TckHarnessFactory> all = new ArrayList<>(ctx.harnesses());
    Set<String> types = all.stream().map(TckHarnessFactory::type).collect(Collectors.toCollection(TreeSet::new));
    Set<String> providers;
    try (ProviderRegistry registry = ctx.registry()) {
      providers = registry.factories().stream().map(f -> f.type()).collect(Collectors.toSet());
    }
    List<String> missing = new ArrayList<>();
    for (String type : BUILT_IN) {
      if (!types.contains(type)) {
        missing.add(type + " (no TCK harness with a simulator is installed)");
      } else if (!providers.contains(type)) {
        missing.add(type + " (no provider is installed)");
      }
    }
    if (!missing.isEmpty()) {
      throw new CommandFailedException("the demo needs every built-in provider type with its simulator; missing: "
          + String.join("; ", missing));
    }
    all.sort(Comparator.comparing((TckHarnessFactory f) -> BUILT_IN.contains(f.type()) ? BUILT_IN.indexOf(f.type()) : 99)
        .thenComparing(TckHarnessFactory::type));
    return all;
  }

  private static TckHarness start(TckHarnessFactory factory) {
    return factory.simulated().orElseThrow(() -> new CommandFailedException(
        "the " + factory.type() + " harness started no simulator; the demo needs one for every type it lists"));
  }

  /** Places, follows and cancels one order through {@code factory}'s provider; returns false when a step failed. */
  private boolean orderThrough(TckHarnessFactory factory, ProviderRegistry registry) {
    PrintWriter out = ctx.out();
    try (TckHarness harness = start(factory)) {
      harness.secrets().forEach(ctx.scrubber()::remember);
      out.println();
      out.println("== " + harness.type() + " (simulator at " + harness.config().optional("base-url").orElse("in-process")
          + ctx.plugins().origin(factory.getClass()).map(jar -> ", from plugin " + jar).orElse("") + ")");
      Progress progress = new Progress(out, false, "  ");
      OrderProvider provider = harness.create(registry, harness.config());
      OrderRequest order = demoOrder(harness, provider.capabilities());
      OrderItem item = order.items().get(0);
      progress.note("placing order " + order.reference() + ": plan " + item.plan()
          + (item.related().isEmpty() ? "" : " with " + item.related().size() + " related item(s)")
          + (order.promoCode() != null ? ", promo code " + order.promoCode() : ", no promo code (not supported)"));
      Order result;
      try {
        result = PlaceProgress.place(provider, order, progress, false);
      } catch (PaymentRequiredException e) {
        progress.note("payment required: " + e.getMessage());
        if (e.order() == null) {
          return true;
        }
        result = e.order();
      }
      Order placed = result;
      TextView.order(out, placed, "  ");
      Capabilities caps = provider.capabilities();
      if (caps.has(Capability.ORDER_STATUS)) {
        Order now = progress.step("fetching order " + placed.ref().id(), () -> provider.order(placed.ref()));
        progress.note("status: " + now.status() + (now.providerStatus() != null ? " (provider: " + now.providerStatus() + ")" : ""));
      } else {
        progress.note("status: not offered by this provider");
      }
      if (caps.has(Capability.CANCEL_ORDER)) {
        progress.step("cancelling order " + placed.ref().id(), () -> provider.cancel(placed.ref()));
        if (caps.has(Capability.ORDER_STATUS)) {
          progress.note("status after cancel: " + provider.order(placed.ref()).status());
        }
      } else {
        progress.note("cancel: not offered by this provider");
      }
      return true;
    } catch (RuntimeException e) {
      // One provider failing must not hide the others: report it and go on.
      out.println("  FAILED (exit status " + ExitStatus.of(e) + "): " + ErrorReport.message(e));
      if (e instanceof HostorderException h && !h.details().isEmpty()) {
        out.println("  details: " + TextView.ids(h.details()));
      }
      return false;
    }
  }

  /** The one order every provider gets: its plain server, or its server with related items; its promo code. */
  static OrderRequest demoOrder(TckHarness harness, Capabilities caps) {
    Optional<OrderItem> related = caps.has(Capability.RELATED_ITEMS) ? harness.itemWithRelated() : Optional.empty();
    OrderRequest.Builder b = OrderRequest.builder()
        .reference("demo-" + harness.type() + "-" + Long.toString(System.currentTimeMillis(), 36))
        .addItem(related.orElseGet(harness::plainItem));
    if (caps.has(Capability.PROMO_CODE)) {
      harness.validPromoCode().ifPresent(b::promoCode);
    }
    return b.build();
  }
}
