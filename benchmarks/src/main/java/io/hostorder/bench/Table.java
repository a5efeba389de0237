package io.hostorder.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The suite's one table: measure | hostorder | hand-written reference | ratio | goal. */
final class Table {
  /** One row; {@code met} is null where the goal is not judged (a smoke run, a skipped measure). */
  record Row(String measure, String hostorder, String reference, String ratio, String goal, Boolean met) {}

  private final List<Row> rows = new ArrayList<>();

  void add(String measure, String hostorder, String reference, double ratio, String goal, Boolean met) {
    rows.add(new Row(measure, hostorder, reference, Double.isNaN(ratio) ? "—" : number(ratio) + "×", goal, met));
  }

  void add(Row row) {
    rows.add(row);
  }

  List<Row> rows() {
    return List.copyOf(rows);
  }

  static String number(double v) {
    if (Double.isNaN(v)) {
      return "—";
    }
    if (Math.abs(v) >= 100) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
  }

  /** Renders the rows as a Markdown table (readable as it is in a terminal). */
  String render() {
    String[] head = {"measure", "hostorder", "hand-written reference", "ratio", "goal"};
    List<String[]> cells = new ArrayList<>();
    cells.add(head);
    for (Row r : rows) {
      String goal = r.goal() + (r.met() == null ? "" : r.met() ? " — met" : " — NOT met");
      cells.add(new String[] {r.measure(), r.hostorder(), r.reference(), r.ratio(), goal});
    }
    int[] w = new int[head.length];
    for (String[] c : cells) {
      for (int i = 0; i < c.length; i++) {
        w[i] = Math.max(w[i], c[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int n = 0; n < cells.size(); n++) {
      line(out, cells.get(n), w);
      if (n == 0) {
        String[] rule = new String[w.length];
        for (int i = 0; i < w.length; i++) {
          rule[i] = "-".repeat(w[i]);
        }
        line(out, rule, w);
      }
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String[] c, int[] w) {
    out.append('|');
    for (int i = 0; i < c.length; i++) {
      out.append(' ').append(c[i]).append(" ".repeat(w[i] - c[i].length())).append(" |");
    }
    out.append('\n');
  }
}
