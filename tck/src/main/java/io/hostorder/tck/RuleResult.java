package io.hostorder.tck;

import java.time.Duration;
import java.util.Objects;

/**
 * The outcome of one rule in one run: its id and title, whether it is {@code required} or applies
 * {@code with CAPABILITY} / {@code without CAPABILITY}, the outcome, how long it took, and the reason of a
 * failure (ending with a hint) or of a skip. Immutable.
 */
public record RuleResult(String id, String title, String requirement, Outcome outcome, Duration duration,
    String reason) {

  /** What became of a rule. A skipped rule never counts as passed. */
  public enum Outcome {
    PASSED, FAILED, SKIPPED
  }

  public RuleResult {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(requirement, "requirement == null");
    Objects.requireNonNull(outcome, "outcome == null");
    Objects.requireNonNull(duration, "duration == null");
    reason = reason == null ? "" : reason;
  }

  /** Returns the display name, e.g. {@code R3.2 checkout returns ...}. */
  public String displayName() {
    return id + " " + title;
  }
}
