package io.hostorder.tck;

import io.hostorder.core.model.SecretScrubber;
import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.registry.ProviderRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.opentest4j.TestAbortedException;

/**
 * One run of the suite against one harness: the registry providers are created from, the capabilities
 * of the provider under test, and the orders a live run could not cancel. Rules run one at a time.
 */
final class TckSession implements AutoCloseable {
  private final TckHarness harness;
  private final ProviderRegistry registry;
  private final List<String> leftovers = Collections.synchronizedList(new ArrayList<>());
  private Capabilities capabilities;
  private RuntimeException startFailure;
  private boolean closed;
  private final List<String> only;
  private java.util.Optional<io.hostorder.core.config.ProviderConfig> badCredentials;
  private List<String> secrets;
  private SecretScrubber scrubber;
  private java.util.Optional<TckJournalSource> journals = TckJournalSource.sqlite();
  private String referencePrefix = newReferencePrefix();
  private final java.util.concurrent.atomic.AtomicInteger references = new java.util.concurrent.atomic.AtomicInteger();
  private TckProgress progress;

  TckSession(TckHarness harness) {
    this(harness, List.of());
  }

  /** {@code only} names the rules or topics to run ({@code R9.1}, {@code R9}); empty runs all. */
  TckSession(TckHarness harness, List<String> only) {
    this.harness = Objects.requireNonNull(harness, "harness == null");
    this.only = List.copyOf(only);
    this.registry = ProviderRegistry.installed();
  }

  /** Returns true when {@code rule} is to run in this session. */
  boolean selected(Rule rule) {
    return selected(rule, only);
  }

  static boolean selected(Rule rule, List<String> only) {
    return only.isEmpty() || only.stream().anyMatch(o -> rule.id().equals(o) || rule.id().startsWith(o + "."));
  }

  /** Returns the harness's configuration with refused credentials, asked once, or empty. */
  synchronized java.util.Optional<io.hostorder.core.config.ProviderConfig> badCredentials() {
    if (badCredentials == null) {
      badCredentials = harness.badCredentials();
    }
    return badCredentials;
  }

  /**
   * Returns every secret the provider must never show: the harness's, and the secret values of the
   * configuration with refused credentials (a wrong password is still a password).
   */
  synchronized List<String> secrets() {
    if (secrets == null) {
      java.util.Set<String> all = new java.util.LinkedHashSet<>(harness.secrets());
      all.addAll(harness.config().secretValues());
      // A key the factory declares secret, whatever its name, e.g. in the configuration the reports show.
      registry.factory(harness.type()).ifPresent(f -> f.configKeys().stream().filter(io.hostorder.core.config.ConfigKey::secret)
          .forEach(k -> harness.config().optional(k.name()).filter(v -> !v.isBlank()).ifPresent(all::add)));
      badCredentials().ifPresent(c -> all.addAll(c.secretValues()));
      secrets = List.copyOf(all);
    }
    return secrets;
  }

  /** Returns the scrubber that masks {@link #secrets()} in what the TCK itself writes (failure messages, reports). */
  synchronized SecretScrubber scrubber() {
    if (scrubber == null) {
      scrubber = SecretScrubber.of(secrets());
    }
    return scrubber;
  }

  TckHarness harness() {
    return harness;
  }

  /** Returns where section 15 opens its journals: the journal module's SQLite by default, or empty without it. */
  java.util.Optional<TckJournalSource> journals() {
    return journals;
  }

  /** Makes section 15 open its journals with {@code source}. */
  TckSession journals(TckJournalSource source) {
    this.journals = java.util.Optional.of(Objects.requireNonNull(source, "source == null"));
    return this;
  }

  /**
   * Returns a new prefix of this run's order references: {@code tck-}, six random letters or digits and {@code -},
   * so that the orders of one run can be told apart at the provider.
   */
  static String newReferencePrefix() {
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
    StringBuilder b = new StringBuilder("tck-");
    for (int i = 0; i < 6; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.append('-').toString();
  }

  /** Makes this run's order references start with {@code prefix} instead of a random {@code tck-…-}. */
  TckSession referencePrefix(String prefix) {
    this.referencePrefix = Objects.requireNonNull(prefix, "prefix == null");
    return this;
  }

  /** Tells {@code progress} (may be null) of each order a rule places. */
  TckSession progress(TckProgress progress) {
    this.progress = progress;
    return this;
  }

  /**
   * Returns a new order reference of this run for {@code rule}: the run's prefix, the rule's id and a counter
   * ({@code tck-k3x9q2-r3-2-7}), in the characters every provider keeps as they are (a-z, 0-9, -).
   */
  String newReference(Rule rule) {
    return referencePrefix + rule.id().toLowerCase(java.util.Locale.ROOT).replace('.', '-') + "-"
        + references.incrementAndGet();
  }

  /** Tells the run's listener that {@code rule} placed {@code order} (or may have, with a null order id). */
  void placed(Rule rule, String reference, String orderId) {
    if (progress != null) {
      try {
        progress.orderPlaced(harness.name(), rule.id(), reference, orderId);
      } catch (RuntimeException e) {
        // A listener that fails must not change the run's result.
      }
    }
  }

  ProviderRegistry registry() {
    return registry;
  }

  /** Returns the capabilities of the provider under test, creating it once to ask. */
  synchronized Capabilities capabilities() {
    if (capabilities == null && startFailure == null) {
      try {
        OrderProvider provider = harness.create(registry, harness.config());
        capabilities = provider.capabilities();
      } catch (RuntimeException e) {
        startFailure = e;
      }
    }
    if (startFailure != null) {
      throw new AssertionError("the provider under test cannot be created: " + scrubber().scrub(
          startFailure.getClass().getSimpleName() + ": " + startFailure.getMessage())
          + " — hint: check the harness's config() and the factory's configKeys()");
    }
    return capabilities;
  }

  /** Returns the orders a live run placed and could not cancel, one line each. */
  List<String> leftovers() {
    synchronized (leftovers) {
      return List.copyOf(leftovers);
    }
  }

  void leftover(String line) {
    leftovers.add(line);
  }

  /** Runs {@code rule}: skips it when it does not apply, else resets the harness and checks it. */
  void run(Rule rule) throws Throwable {
    Capabilities caps = capabilities();
    skipUnless(rule.with() == null || caps.has(rule.with()), "provider lacks " + rule.with());
    skipUnless(rule.without() == null || !caps.has(rule.without()),
        "provider has " + rule.without() + " (its rules check it)");
    skipUnless(!rule.observer() || harness.observer().isPresent(),
        "needs an observer of the provider's side; the harness gives none");
    skipUnless(!harness.live() || rule.liveSafe(), "not run against a live account (places more than "
        + "the cheapest item once, or needs faults)");
    harness.reset();
    harness.observer().ifPresent(ProviderObserver::clearFaults);
    TckContext ctx = new TckContext(this, rule);
    try {
      rule.check().run(ctx);
    } catch (TestAbortedException e) {
      throw e;
    } catch (AssertionError e) {
      throw failure(rule, scrubber().scrub(String.valueOf(e.getMessage())).strip(), e);
    } catch (Throwable e) {
      throw failure(rule, "unexpected " + e.getClass().getName() + ": "
          + scrubber().scrub(String.valueOf(e.getMessage())), e);
    } finally {
      harness.observer().ifPresent(ProviderObserver::clearFaults);
      ctx.cleanUp();
    }
  }

  boolean has(Capability capability) {
    return capabilities().has(capability);
  }

  private AssertionError failure(Rule rule, String message, Throwable cause) {
    AssertionError error = new RuleFailure(rule, message + "\n— hint: " + rule.hint());
    // Keep the cause's type and stack for a developer, but not its message: it may hold a secret.
    StackTraceElement[] trace = cause.getStackTrace();
    Throwable bare = new Throwable(cause.getClass().getName() + " (message withheld by the TCK)");
    bare.setStackTrace(trace);
    error.initCause(bare);
    return error;
  }

  private static void skipUnless(boolean condition, String reason) {
    if (!condition) {
      throw new TestAbortedException(reason);
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      harness.close();
    } finally {
      registry.close();
    }
  }
}
