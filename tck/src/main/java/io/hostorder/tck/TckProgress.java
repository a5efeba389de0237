package io.hostorder.tck;

/**
 * Hears a TCK run rule by rule, for a counter a person watches ({@code 23/69 rules}), and the orders it places.
 * Called on the threads that run the rules; an implementation is safe for concurrent use, returns quickly and
 * does not throw.
 */
@FunctionalInterface
public interface TckProgress {
  /**
   * Called when {@code rule} has its result: {@code done} of the run's {@code total} rules have one now.
   *
   * @param harness the name of the harness under test ({@code billmanager[skipbasket,session]})
   */
  void ruleDone(String harness, RuleResult rule, int done, int total);

  /**
   * Called when a rule placed an order at the provider under test: its reference (every reference of a run
   * starts with the run's prefix, {@code tck-…-} by default) and the provider's order id, or null when the
   * outcome is unknown (the order may exist). Called again for the same order when a rule places it again.
   * Does nothing by default.
   */
  default void orderPlaced(String harness, String ruleId, String reference, String orderId) {}
}
