package io.hostorder.tck;

/**
 * A rule's failure. Its message starts with the rule ({@code R3.4 a second checkout …: }), so that a console
 * that names a failure by where it was thrown (Surefire's summary) still says which rule failed; the runner's
 * reports, which have a column for the rule, show only the {@link #reason()}.
 */
final class RuleFailure extends AssertionError {
  private static final long serialVersionUID = 1L;

  private final String reason;

  RuleFailure(Rule rule, String reason) {
    super(rule.displayName() + ": " + reason);
    this.reason = reason;
  }

  /** Returns the message without the rule: what failed, expected and actual, and the hint. */
  String reason() {
    return reason;
  }
}
