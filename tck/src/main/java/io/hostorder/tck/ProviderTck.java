package io.hostorder.tck;

import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The hostorder compatibility suite: one JUnit test per rule of SPEC.md, grouped by topic and named
 * after the rule ({@code R3.2 checkout returns an order with the provider's order id}). A provider module
 * runs it in its own build with a subclass that hands in its harness:
 *
 * <pre>{@code
 * class ZomroTckTest extends ProviderTck {
 *   @Override protected TckHarness harness() { return new ZomroHarness(); }
 * }
 * }</pre>
 *
 * <p>{@link #harness()} is called once per test class; the harness is closed after the last rule. A rule
 * for a capability the provider lacks is reported skipped ("provider lacks PROMO_CODE"), and a rule of the
 * "without" kind checks instead that asking for it fails with
 * {@link io.hostorder.core.error.UnsupportedCapabilityException} before any request. A rule that needs an
 * observer is skipped when the harness gives none. A failure message ends with a hint ({@code — hint:}).
 * Outside a build, {@link TckRunner} runs the same rules and writes reports.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ProviderTck {
  static {
    io.hostorder.tck.log.LogCapture.preferTckProvider();
  }

  private TckSession session;
  private final java.util.List<TckSession> variantSessions = new java.util.ArrayList<>();

  /** Returns the harness of the provider under test. Called once per test class. */
  protected abstract TckHarness harness();

  /**
   * Returns where SPEC.md section 15 opens its journals: by default {@link TckJournalSource#sqlite()}, the
   * journal module's SQLite, present when {@code io.hostorder:hostorder-journal} is on the test class path
   * (without it the section is skipped with that reason). Override it to run the section over a journal
   * implementation of your own.
   */
  protected java.util.Optional<TckJournalSource> journals() {
    return TckJournalSource.sqlite();
  }

  /** Returns the session this class runs in; the runner hands in its own. */
  TckSession openSession() {
    return withJournals(new TckSession(harness()));
  }

  private TckSession withJournals(TckSession s) {
    journals().ifPresent(s::journals);
    return s;
  }

  /** Returns true when the harness's {@link TckHarness#variants() variants} run too (not in a runner's run of one harness). */
  boolean runsVariants() {
    return true;
  }

  /**
   * Returns every rule of SPEC.md as a dynamic test, grouped by topic; then, for each of the harness's
   * {@link TckHarness#variants() variants}, a container named after it ({@code billmanager[skipbasket,session]})
   * with the rules of {@link TckHarness#VARIANT_TOPICS}.
   */
  @TestFactory
  @DisplayName("hostorder TCK")
  public final Stream<DynamicNode> contract() {
    session = openSession();
    Stream<DynamicNode> main = topics(session);
    if (!runsVariants()) {
      return main;
    }
    java.util.List<DynamicNode> variants = new java.util.ArrayList<>();
    for (TckHarness variant : session.harness().variants()) {
      TckSession v = withJournals(new TckSession(variant, TckHarness.VARIANT_TOPICS));
      variantSessions.add(v);
      variants.add(DynamicContainer.dynamicContainer(variant.name(), topics(v)));
    }
    return Stream.concat(main, variants.stream());
  }

  private static Stream<DynamicNode> topics(TckSession s) {
    return Rules.topics().stream()
        .filter(topic -> topic.rules().stream().anyMatch(s::selected))
        .map(topic -> DynamicContainer.dynamicContainer(topic.title(), topic.rules().stream()
            .filter(s::selected)
            // The rule, not this method, is each test's source: Surefire's console then names a test by its
            // display name ("R3.4 a second checkout ...") rather than by method and index ("contract()[3][4]").
            .map(rule -> DynamicTest.dynamicTest(rule.displayName(), rule.source(), () -> s.run(rule)))));
  }

  /** Closes the variants' harnesses, then the harness, after the last rule. */
  @AfterAll
  public final void closeHarness() {
    try {
      variantSessions.forEach(TckSession::close);
    } finally {
      if (session != null) {
        session.close();
      }
    }
  }
}
