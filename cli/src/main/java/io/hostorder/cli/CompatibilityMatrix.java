package io.hostorder.cli;

import io.hostorder.tck.RuleResult;
import io.hostorder.tck.SpecLinks;
import io.hostorder.tck.TckReports;
import io.hostorder.tck.TckResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The TCK results of several providers side by side: one row per rule, one column per provider, as text
 * for the terminal and as one self-contained HTML page (no external assets, see {@link MatrixPage}) linking
 * each provider's own report. A skipped rule shows as skipped, never as passed.
 */
final class CompatibilityMatrix {
  private final List<TckResult> results;
  private final Map<String, RuleResult> firstOfRule = new LinkedHashMap<>();

  CompatibilityMatrix(List<TckResult> results) {
    this.results = List.copyOf(results);
    results.forEach(r -> r.rules().forEach(rule -> firstOfRule.putIfAbsent(rule.id(), rule)));
  }

  /** Returns the rule ids in natural order (R2.10 after R2.9). */
  List<String> ruleIds() {
    List<String> ids = new ArrayList<>(firstOfRule.keySet());
    ids.sort(Comparator.comparing(CompatibilityMatrix::sortKey));
    return ids;
  }

  private static String sortKey(String id) {
    StringBuilder b = new StringBuilder();
    for (String part : id.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)")) {
      b.append(part.chars().allMatch(Character::isDigit) ? String.format(Locale.ROOT, "%08d", Long.parseLong(part)) : part);
    }
    return b.toString();
  }

  private static String cell(TckResult result, String id) {
    return result.rules().stream().filter(r -> r.id().equals(id)).findFirst()
        .map(r -> switch (r.outcome()) {
          case PASSED -> "pass";
          case FAILED -> "FAIL";
          case SKIPPED -> "skip";
        }).orElse("-");
  }

  /** Returns the matrix as text, with a summary line per provider. */
  String text() {
    StringBuilder b = new StringBuilder();
    int idWidth = Math.max(4, firstOfRule.keySet().stream().mapToInt(String::length).max().orElse(4));
    int titleWidth = 52;
    b.append(TextView.pad("RULE", idWidth)).append("  ").append(TextView.pad("TITLE", titleWidth));
    results.forEach(r -> b.append("  ").append(TextView.pad(r.provider(), width(r))));
    trimEnd(b);
    b.append('\n');
    for (String id : ruleIds()) {
      String title = firstOfRule.get(id).title();
      if (title.length() > titleWidth) {
        title = title.substring(0, titleWidth - 1) + "…";
      }
      b.append(TextView.pad(id, idWidth)).append("  ").append(TextView.pad(title, titleWidth));
      results.forEach(r -> b.append("  ").append(TextView.pad(cell(r, id), width(r))));
      trimEnd(b);
      b.append('\n');
    }
    b.append('\n');
    results.forEach(r -> b.append(TextView.pad(r.provider(), 12)).append(' ').append(TckReports.summary(r)).append('\n'));
    return b.toString();
  }

  private static void trimEnd(StringBuilder b) {
    while (b.length() > 0 && b.charAt(b.length() - 1) == ' ') {
      b.setLength(b.length() - 1);
    }
  }

  private static int width(TckResult r) {
    return Math.max(4, r.provider().length());
  }

  /**
   * Writes {@code index.html} into {@code dir}, with {@value SpecLinks#PAGE} beside it when {@code spec} links
   * there, and returns its path.
   */
  Path writeHtml(Path dir, SpecLinks spec) {
    Path file = dir.resolve("index.html");
    try {
      Files.createDirectories(dir);
      Files.writeString(file, new MatrixPage(results, ruleIds(), firstOfRule, spec).render(), StandardCharsets.UTF_8);
      spec.writeBeside(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }
}
