package io.hostorder.tck;

/**
 * Hears a TCK run rule by rule, for a counter a person watches ({@code 23/69 rules}). Called on the thread that
 * runs the rules, after each rule has its result; an implementation returns quickly and does not throw.
 */
@FunctionalInterface
public interface TckProgress {
  /**
   * Called when {@code rule} has its result: {@code done} of the run's {@code total} rules have one now.
   *
   * @param harness the name of the harness under test ({@code billmanager[skipbasket,session]})
   */
  void ruleDone(String harness, RuleResult rule, int done, int total);
}
