package io.hostorder.tck;

import io.hostorder.core.model.SecretScrubber;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Turns the Launcher's events into one {@link RuleResult} per rule, in SPEC.md order. A rule that never
 * ran (the suite could not start) is reported failed, never passed; a failure of the suite itself is
 * reported as rule {@code R0}.
 */
final class ResultCollector implements TestExecutionListener {
  private final SecretScrubber scrubber;
  private final Map<String, Rule> rulesByName = new LinkedHashMap<>();
  private final Map<String, RuleResult> results = new HashMap<>();
  private final Map<String, Long> started = new HashMap<>();
  private RuleResult suiteFailure;
  private final String harness;
  private final TckProgress progress;

  ResultCollector(List<String> secrets, List<String> only) {
    this(secrets, only, "", null);
  }

  /** {@code progress} (may be null) hears each rule's result as {@code harness}'s. */
  ResultCollector(List<String> secrets, List<String> only, String harness, TckProgress progress) {
    this.scrubber = SecretScrubber.of(secrets);
    this.harness = harness;
    this.progress = progress;
    Rules.all().stream().filter(r -> TckSession.selected(r, only)).forEach(r -> rulesByName.put(r.displayName(), r));
  }

  @Override
  public synchronized void executionStarted(TestIdentifier id) {
    started.put(id.getUniqueId(), System.nanoTime());
  }

  @Override
  public synchronized void executionSkipped(TestIdentifier id, String reason) {
    rule(id).ifPresent(r -> done(result(r, RuleResult.Outcome.SKIPPED, Duration.ZERO, reason)));
  }

  @Override
  public synchronized void executionFinished(TestIdentifier id, TestExecutionResult outcome) {
    Long t0 = started.get(id.getUniqueId());
    Duration took = t0 == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - t0);
    String reason = outcome.getThrowable()
        .map(t -> t instanceof RuleFailure f ? f.reason() : String.valueOf(t.getMessage())).orElse("");
    Optional<Rule> rule = rule(id);
    if (rule.isPresent()) {
      RuleResult.Outcome o = switch (outcome.getStatus()) {
        case SUCCESSFUL -> RuleResult.Outcome.PASSED;
        case ABORTED -> RuleResult.Outcome.SKIPPED;
        case FAILED -> RuleResult.Outcome.FAILED;
      };
      done(result(rule.get(), o, took, reason));
    } else if (outcome.getStatus() == TestExecutionResult.Status.FAILED && suiteFailure == null) {
      suiteFailure = new RuleResult("R0", "the suite starts against the provider", "required",
          RuleResult.Outcome.FAILED, took, scrubber.scrub(id.getDisplayName() + ": " + reason)
          + "\n— hint: check the harness and the provider's factory");
    }
  }

  private void done(RuleResult result) {
    results.put(result.id(), result);
    if (progress != null) {
      try {
        progress.ruleDone(harness, result, results.size(), rulesByName.size());
      } catch (RuntimeException e) {
        // A counter that fails must not change the run's result.
      }
    }
  }

  synchronized List<RuleResult> results() {
    List<RuleResult> out = new ArrayList<>();
    if (suiteFailure != null) {
      out.add(suiteFailure);
    }
    for (Rule r : rulesByName.values()) {
      out.add(results.getOrDefault(r.id(), result(r, RuleResult.Outcome.FAILED, Duration.ZERO,
          "not run: the suite stopped before this rule")));
    }
    return out;
  }

  private Optional<Rule> rule(TestIdentifier id) {
    return id.isTest() ? Optional.ofNullable(rulesByName.get(id.getDisplayName())) : Optional.empty();
  }

  private RuleResult result(Rule r, RuleResult.Outcome o, Duration took, String reason) {
    return new RuleResult(r.id(), r.title(), r.requirement(), o, took, scrubber.scrub(reason));
  }
}
