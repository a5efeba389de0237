package io.hostorder.tck;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.hostorder.core.Capabilities;
import io.hostorder.core.http.HttpSettings;
import io.hostorder.core.http.Loopback;
import io.hostorder.tck.log.LogCapture;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the suite outside a build, through the JUnit Platform Launcher, against one {@link TckHarness},
 * and writes the reports:
 *
 * <pre>{@code
 * TckResult result = TckRunner.builder(harness)
 *     .console(System.out)                 // the matrix: rule, result, time, reason
 *     .reportDirectory(Path.of("target/tck")) // TEST-hostorder-tck-<type>.xml and hostorder-tck-<type>.html
 *     .build()
 *     .run();
 * System.exit(result.exitCode());          // 0 only when no rule failed
 * }</pre>
 *
 * <p>Live safety: a harness that is {@link TckHarness#live() live}, or whose configuration has a
 * {@code base-url} that is not loopback, places real orders; {@link #run()} refuses it with
 * {@link IllegalStateException} unless {@link Builder#confirmRealOrders(boolean)} was set (the command
 * line's {@code --live --confirm-real-orders}). A live run places only the harness's plain item, cancels
 * what it placed where the provider can cancel, and lists every order it left behind in the result.
 *
 * <p>Runs are serialized: one at a time per JVM. The harness is closed at the end of the run.
 */
public final class TckRunner {
  private static final Object LOCK = new Object();

  static {
    LogCapture.preferTckProvider();
  }

  private final TckHarness harness;
  private final PrintStream console;
  private final Path reportDirectory;
  private final boolean confirmRealOrders;
  private final List<String> only;
  private final TckJournalSource journals;
  private final SpecLinks spec;

  private TckRunner(Builder b) {
    this.spec = b.spec;
    this.only = List.copyOf(b.only);
    this.journals = b.journals;
    this.harness = b.harness;
    this.console = b.console;
    this.reportDirectory = b.reportDirectory;
    this.confirmRealOrders = b.confirmRealOrders;
  }

  /** Returns a builder of a run against {@code harness}. */
  public static Builder builder(TckHarness harness) {
    return new Builder(Objects.requireNonNull(harness, "harness == null"));
  }

  /**
   * Returns true when a run against {@code harness} would reach a real account: the harness says it is
   * live, or its {@code base-url} names a host that is not loopback.
   */
  public static boolean reachesRealAccount(TckHarness harness) {
    if (harness.live()) {
      return true;
    }
    return harness.config().optional(HttpSettings.BASE_URL).map(url -> {
      try {
        String host = URI.create(url).getHost();
        return host == null || !Loopback.isLoopback(host);
      } catch (IllegalArgumentException e) {
        return true;
      }
    }).orElse(false);
  }

  /**
   * Runs every rule, prints the console matrix and writes the reports when asked, closes the harness,
   * and returns the result.
   *
   * @throws IllegalStateException when the run would place real orders and that was not confirmed
   * @throws UncheckedIOException when a report cannot be written
   */
  public TckResult run() {
    if (reachesRealAccount(harness) && !confirmRealOrders) {
      harness.close();
      throw new IllegalStateException("refusing to run the TCK against a real account (" + harness.type()
          + (harness.config().optional(HttpSettings.BASE_URL).map(u -> " at " + u).orElse(""))
          + "): it places real orders; confirm with --live --confirm-real-orders");
    }
    TckResult result;
    List<String> secrets;
    synchronized (LOCK) {
      TckSession session = new TckSession(harness, only);
      if (journals != null) {
        session.journals(journals);
      }
      secrets = session.secrets();
      result = execute(session);
    }
    if (console != null) {
      TckReports.console(result, console);
    }
    if (reportDirectory != null) {
      try {
        TckReports.junitXml(result, reportDirectory.resolve(TckReports.xmlFileName(result)), secrets);
        TckReports.html(result, reportDirectory.resolve(TckReports.htmlFileName(result)), secrets, spec);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the TCK reports to " + reportDirectory, e);
      }
    }
    return result;
  }

  private TckResult execute(TckSession session) {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    ResultCollector collector = new ResultCollector(session.secrets(), only);
    try {
      RunnerSuite.session = session;
      LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
          .selectors(selectClass(RunnerSuite.class))
          .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
          .build();
      Launcher launcher = LauncherFactory.create();
      launcher.execute(request, collector);
    } finally {
      RunnerSuite.session = null;
      session.close();
    }
    Capabilities caps;
    try {
      caps = session.capabilities();
    } catch (AssertionError e) {
      caps = null;
    }
    return new TckResult(harness.name(), caps, harness.live(), started, Duration.ofNanos(System.nanoTime() - t0),
        collector.results(), session.leftovers(), RunFacts.of(harness.config(), session.secrets()));
  }

  /** The suite as the runner runs it: the session is handed in, not created. */
  static final class RunnerSuite extends ProviderTck {
    static volatile TckSession session;

    @Override
    protected TckHarness harness() {
      return session.harness();
    }

    @Override
    TckSession openSession() {
      return session;
    }

    /** A runner runs one harness; a variant is run as a harness of its own, with {@code only(VARIANT_TOPICS)}. */
    @Override
    boolean runsVariants() {
      return false;
    }
  }

  /** Builds a {@link TckRunner}. */
  public static final class Builder {
    private final TckHarness harness;
    private PrintStream console;
    private Path reportDirectory;
    private boolean confirmRealOrders;
    private final List<String> only = new ArrayList<>();
    private TckJournalSource journals;
    private SpecLinks spec = SpecLinks.beside();

    private Builder(TckHarness harness) {
      this.harness = harness;
    }

    /** Prints the matrix (rule, result, time, reason) and a summary to {@code console}; none by default. */
    public Builder console(PrintStream console) {
      this.console = Objects.requireNonNull(console, "console == null");
      return this;
    }

    /**
     * Writes {@code TEST-hostorder-tck-<type>.xml} (JUnit XML) and {@code hostorder-tck-<type>.html} (one
     * self-contained page) into {@code directory}, creating it; none by default.
     */
    public Builder reportDirectory(Path directory) {
      this.reportDirectory = Objects.requireNonNull(directory, "directory == null");
      return this;
    }

    /**
     * Links the HTML report's rule ids as {@code spec} says; by default to {@value SpecLinks#PAGE}, written
     * beside the report ({@link SpecLinks#beside()}).
     */
    public Builder specLinks(SpecLinks spec) {
      this.spec = Objects.requireNonNull(spec, "spec == null");
      return this;
    }

    /** Allows a run that places real orders (a live harness or a base-url that is not loopback). */
    public Builder confirmRealOrders(boolean confirm) {
      this.confirmRealOrders = confirm;
      return this;
    }

    /**
     * Runs only the rules named: a rule id ({@code R9.1}) or a topic ({@code R9}); every rule by default.
     * The result then lists only those rules.
     */
    public Builder only(String... rules) {
      return only(List.of(rules));
    }

    /** Runs only the rules or topics in {@code rules} (see {@link #only(String...)}), e.g. {@link TckHarness#VARIANT_TOPICS}. */
    public Builder only(List<String> rules) {
      this.only.addAll(rules);
      return this;
    }

    /**
     * Makes SPEC.md section 15 place through journals {@code source} opens (a journal implementation of your
     * own, or a wrapper of one); by default the journal module's SQLite ({@link TckJournalSource#sqlite()}).
     */
    public Builder journals(TckJournalSource source) {
      this.journals = Objects.requireNonNull(source, "source == null");
      return this;
    }

    public TckRunner build() {
      return new TckRunner(this);
    }
  }
}
