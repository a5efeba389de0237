package io.hostorder.tck;

import io.hostorder.core.OrderProviderFactory;
import io.hostorder.core.config.ConfigSources;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.registry.ProviderRegistry;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The TCK runner's command line:
 *
 * <pre>
 * java -cp ... io.hostorder.tck.TckMain TYPE [--config FILE] [--set KEY=VALUE]... [--report-dir DIR]
 *                                       [--spec-url URL] [--live --confirm-real-orders]
 * </pre>
 *
 * <p>The harness of {@code TYPE} is found with {@link ServiceLoader} ({@link TckHarnessFactory}): with no
 * configuration (no {@code --config}, no {@code --set}) its simulator is used ({@code simulated()}),
 * otherwise {@code live(config)}. A configuration whose {@code base-url} is not loopback is refused unless
 * both {@code --live} and {@code --confirm-real-orders} are given. Prints the matrix, writes the JUnit XML
 * and HTML reports into {@code DIR} (default {@code tck-reports}), the HTML's rule ids linked to {@code SPEC.html}
 * beside it, or to the SPEC.md at {@code --spec-url}. Exit status: 0 when no rule failed, 1
 * when one did, 2 when the run could not start (usage, configuration, refused live run).
 */
public final class TckMain {
  /** Exit status when the run could not start. */
  public static final int USAGE = 2;

  static {
    // Before anything logs, so that rule R9.2 can read the log (see LogCapture).
    io.hostorder.tck.log.LogCapture.preferTckProvider();
  }

  private TckMain() {}

  /** Parsed command line; {@link #parse} fails with {@link IllegalArgumentException} on bad usage. */
  public record Options(String type, Path configFile, List<String> pairs, Path reportDir, boolean live,
      boolean confirmRealOrders, SpecLinks spec) {

    /** Returns true when a configuration was given, so the harness is {@code live(config)}. */
    public boolean configured() {
      return configFile != null || !pairs.isEmpty();
    }
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.getenv()));
  }

  /** Runs the command line {@code args}; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      err.println("hostorder tck: " + e.getMessage());
      err.println("usage: TYPE [--config FILE] [--set KEY=VALUE]... [--report-dir DIR] [--spec-url URL] "
          + "[--live --confirm-real-orders]");
      return USAGE;
    }
    try {
      TckHarness harness = harness(options, env);
      TckResult result = TckRunner.builder(harness).console(out).reportDirectory(options.reportDir()).specLinks(options.spec())
          .confirmRealOrders(options.live() && options.confirmRealOrders()).build().run();
      out.println("Reports: " + options.reportDir().resolve(TckReports.xmlFileName(result)) + ", "
          + options.reportDir().resolve(TckReports.htmlFileName(result)));
      return result.exitCode();
    } catch (IllegalStateException | HostorderException | UncheckedIOException e) {
      err.println("hostorder tck: " + e.getMessage());
      return USAGE;
    }
  }

  /** Parses {@code args}. */
  public static Options parse(String[] args) {
    String type = null;
    Path config = null;
    List<String> pairs = new ArrayList<>();
    Path reportDir = Path.of("tck-reports");
    boolean live = false;
    boolean confirm = false;
    SpecLinks spec = SpecLinks.beside();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--config" -> config = Path.of(value(args, ++i, a));
        case "--set" -> pairs.add(value(args, ++i, a));
        case "--report-dir" -> reportDir = Path.of(value(args, ++i, a));
        case "--spec-url" -> spec = SpecLinks.at(value(args, ++i, a));
        case "--live" -> live = true;
        case "--confirm-real-orders" -> confirm = true;
        default -> {
          if (a.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + a);
          }
          if (type != null) {
            throw new IllegalArgumentException("one provider type only, got " + type + " and " + a);
          }
          type = a;
        }
      }
    }
    if (type == null) {
      throw new IllegalArgumentException("give the provider type to test");
    }
    return new Options(type, config, List.copyOf(pairs), reportDir, live, confirm, spec);
  }

  /** Returns the harness {@code options} ask for, found with ServiceLoader. */
  static TckHarness harness(Options options, Map<String, String> env) {
    TckHarnessFactory factory = harnessFactory(options.type());
    if (!options.configured()) {
      return factory.simulated().orElseThrow(() -> new IllegalStateException("provider type '" + options.type()
          + "' has no simulator harness; give its configuration with --config or --set"));
    }
    List<io.hostorder.core.config.ConfigKey> keys;
    try (ProviderRegistry registry = ProviderRegistry.installed()) {
      keys = registry.factory(options.type()).map(OrderProviderFactory::configKeys).orElse(List.of());
    }
    ProviderConfig config = ConfigSources.resolve(options.configFile(), options.pairs(), env, keys);
    return factory.live(config);
  }

  static TckHarnessFactory harnessFactory(String type) {
    List<String> types = new ArrayList<>();
    for (TckHarnessFactory f : ServiceLoader.load(TckHarnessFactory.class)) {
      if (f.type().equals(type)) {
        return f;
      }
      types.add(f.type());
    }
    Optional<String> none = types.isEmpty() ? Optional.of("none") : Optional.empty();
    throw new IllegalStateException("no TCK harness for provider type '" + type + "'; installed: "
        + none.orElse(String.join(", ", types)));
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }
}
