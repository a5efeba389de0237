package io.hostorder.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The orders one {@code hostorder tck} run placed, by reference: all of them start with the run's prefix
 * ({@code tck-k3x9q2-}), so that the orders a run leaves at a simulator in another process, or at an account,
 * can be told from the broker's own. Safe for the threads of the run.
 */
final class TckOrders {
  private final String prefix;
  private final Map<String, Placed> byReference = new LinkedHashMap<>();

  /** One order: the rule that placed it, its reference, the provider's order id (null: outcome unknown). */
  record Placed(String rule, String reference, String orderId) {}

  TckOrders(String prefix) {
    this.prefix = prefix;
  }

  /** Returns a new prefix of a run's references: {@code tck-}, six random letters or digits and {@code -}. */
  static String newPrefix() {
    String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    StringBuilder b = new StringBuilder("tck-");
    for (int i = 0; i < 6; i++) {
      b.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
    }
    return b.append('-').toString();
  }

  /** Records that {@code rule} placed {@code reference}; an order id known once is kept. */
  synchronized void placed(String rule, String reference, String orderId) {
    if (reference == null) {
      return;
    }
    Placed before = byReference.get(reference);
    byReference.put(reference, new Placed(before != null ? before.rule() : rule, reference,
        orderId != null ? orderId : before != null ? before.orderId() : null));
  }

  synchronized List<Placed> all() {
    return new ArrayList<>(byReference.values());
  }

  /** Prints the orders, where they are and the command that lists them ({@code listCommand}). */
  void print(PrintWriter out, String where, String listCommand) {
    List<Placed> all = all();
    out.println();
    out.println("orders this run placed at " + where + " (references " + prefix + "…): " + all.size());
    for (Placed p : all) {
      out.println("  " + TextView.pad(p.reference(), 26) + " " + TextView.pad(p.rule(), 7) + " "
          + (p.orderId() != null ? "order " + p.orderId() : "outcome unknown: the order may exist"));
    }
    if (!all.isEmpty()) {
      out.println("they stay there; see them with: " + listCommand);
    }
  }

  /** Returns the orders as {@code [{"reference", "rule", "order"}]}, {@code order} null when the outcome is unknown. */
  ArrayNode json() {
    ArrayNode list = JsonView.object().arrayNode();
    for (Placed p : all()) {
      ObjectNode n = list.addObject();
      n.put("reference", p.reference());
      n.put("rule", p.rule());
      n.put("order", p.orderId());
    }
    return list;
  }
}
