package io.hostorder.cli;

import io.hostorder.core.model.SecretScrubber;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.tck.TckHarnessFactory;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a run of the command talks to: where it prints (both streams mask known secrets), the
 * environment it reads {@code HOSTORDER_<KEY>} from, the installed providers and TCK harnesses. Tests
 * hand in their own; {@link Main} uses {@link #system}.
 */
final class CliContext {
  private final PrintWriter out;
  private final PrintWriter err;
  private final Map<String, String> environment;
  private final SecretScrubber scrubber;
  private final Supplier<ProviderRegistry> registries;
  private final Supplier<List<TckHarnessFactory>> harnesses;
  private final Plugins plugins;
  private boolean quiet;

  CliContext(Writer out, Writer err, Map<String, String> environment, SecretScrubber scrubber,
      Supplier<ProviderRegistry> registries, Supplier<List<TckHarnessFactory>> harnesses) {
    this(out, err, environment, scrubber, registries, harnesses, Plugins.none());
  }

  private CliContext(Writer out, Writer err, Map<String, String> environment, SecretScrubber scrubber,
      Supplier<ProviderRegistry> registries, Supplier<List<TckHarnessFactory>> harnesses, Plugins plugins) {
    this.scrubber = Objects.requireNonNull(scrubber, "scrubber == null");
    this.out = new PrintWriter(new ScrubbingWriter(out, scrubber), true);
    this.err = new PrintWriter(new ScrubbingWriter(err, scrubber), true);
    this.environment = Map.copyOf(environment);
    this.registries = registries;
    this.harnesses = harnesses;
    this.plugins = Objects.requireNonNull(plugins, "plugins == null");
  }

  /**
   * Returns a context over {@code out} and {@code err} with the built-in providers and harnesses and those of the
   * plugins found ({@link Plugins#find}: beside the script, in {@code ~/.hostorder/plugins}, in {@code
   * HOSTORDER_PLUGINS} of {@code environment}).
   */
  static CliContext of(Writer out, Writer err, Map<String, String> environment, SecretScrubber scrubber) {
    Plugins plugins = Plugins.find(environment);
    return new CliContext(out, err, environment, scrubber, plugins::registry, plugins::harnesses, plugins);
  }

  /** Returns every {@link TckHarnessFactory} registered in {@code META-INF/services} of the class path. */
  static List<TckHarnessFactory> installedHarnesses() {
    return Plugins.none().harnesses();
  }

  /** The plugin jars this run loads (none for a context built with explicit providers). */
  Plugins plugins() {
    return plugins;
  }

  /** Where results go. */
  PrintWriter out() {
    return out;
  }

  /** Where errors and diagnostics go. */
  PrintWriter err() {
    return err;
  }

  /** True with {@code --quiet}: no progress lines or notes (warnings, errors and results still print). */
  boolean quiet() {
    return quiet;
  }

  void quiet(boolean value) {
    quiet = value;
  }

  Map<String, String> environment() {
    return environment;
  }

  SecretScrubber scrubber() {
    return scrubber;
  }

  /** Returns a new registry of the installed providers; the caller closes it. */
  ProviderRegistry registry() {
    return registries.get();
  }

  /** Returns the installed TCK harness factories. */
  List<TckHarnessFactory> harnesses() {
    return harnesses.get();
  }
}
