package io.hostorder.tck;

import io.hostorder.core.Capabilities;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The result of one run of the suite against one provider: the provider type, its capabilities (null
 * when it could not be created), whether the run was live, each rule's {@link RuleResult}, every
 * order a live run placed and could not cancel, and the {@link RunFacts} of the run (version, Java, operating
 * system, masked configuration). Immutable.
 */
public record TckResult(String provider, Capabilities capabilities, boolean live, Instant started, Duration duration,
    List<RuleResult> rules, List<String> leftovers, RunFacts facts) {

  public TckResult {
    Objects.requireNonNull(provider, "provider == null");
    Objects.requireNonNull(started, "started == null");
    Objects.requireNonNull(duration, "duration == null");
    Objects.requireNonNull(facts, "facts == null");
    rules = List.copyOf(rules);
    leftovers = List.copyOf(leftovers);
  }

  /** Returns a result whose facts are this JVM's, with no configuration (the form before {@link RunFacts}). */
  public TckResult(String provider, Capabilities capabilities, boolean live, Instant started, Duration duration,
      List<RuleResult> rules, List<String> leftovers) {
    this(provider, capabilities, live, started, duration, rules, leftovers, RunFacts.here());
  }

  /** Returns how many rules ended with {@code outcome}. */
  public long count(RuleResult.Outcome outcome) {
    return rules.stream().filter(r -> r.outcome() == outcome).count();
  }

  /** Returns true when no rule failed (and at least one ran). Skipped rules do not count as passed. */
  public boolean passed() {
    return count(RuleResult.Outcome.FAILED) == 0 && count(RuleResult.Outcome.PASSED) > 0;
  }

  /** Returns the process exit status: 0 when {@link #passed()}, 1 otherwise. */
  public int exitCode() {
    return passed() ? 0 : 1;
  }
}
