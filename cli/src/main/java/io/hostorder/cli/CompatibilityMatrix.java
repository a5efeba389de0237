package io.hostorder.cli;

import io.hostorder.core.Capability;
import io.hostorder.tck.RuleResult;
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
import java.util.stream.Collectors;

/**
 * The TCK results of several providers side by side: one row per rule, one column per provider, as text
 * for the terminal and as one self-contained HTML page (no external assets) linking each provider's own
 * report. A skipped rule shows as skipped, never as passed.
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

  /** Writes {@code index.html} into {@code dir} and returns its path. */
  Path writeHtml(Path dir) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>hostorder compatibility matrix</title><style>"
        + "body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse}"
        + "td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}"
        + ".pass{background:#c8f0c8}.FAIL{background:#f5b5b5;font-weight:bold}.skip{background:#e4e4e4;color:#555}"
        + "td.caps{font-size:.8em}</style></head><body>\n");
    h.append("<h1>hostorder compatibility matrix</h1>\n<p>Each provider against its built-in simulator; a column <code>type[variant]</code> is another configuration of it (the sections a configuration changes). "
        + "Green: passed; red: failed; grey: skipped (the reason shows on hover) — a skipped rule never counts as passed.</p>\n");
    h.append("<table>\n<tr><th>rule</th><th>title</th>");
    for (TckResult r : results) {
      h.append("<th><a href=\"").append(esc(TckReports.htmlFileName(r))).append("\">").append(esc(r.provider()))
          .append("</a></th>");
    }
    h.append("</tr>\n<tr><td></td><td>capabilities</td>");
    for (TckResult r : results) {
      h.append("<td class=\"caps\">").append(r.capabilities() == null ? "(provider not created)"
          : esc(r.capabilities().supported().stream().sorted().map(Capability::name).collect(Collectors.joining(" "))))
          .append("</td>");
    }
    h.append("</tr>\n");
    for (String id : ruleIds()) {
      h.append("<tr><td>").append(esc(id)).append("</td><td>").append(esc(firstOfRule.get(id).title())).append("</td>");
      for (TckResult r : results) {
        String c = cell(r, id);
        String reason = r.rules().stream().filter(x -> x.id().equals(id)).findFirst().map(RuleResult::reason).orElse("");
        h.append("<td class=\"").append(c).append("\" title=\"").append(esc(reason)).append("\">").append(c).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("<tr><td></td><td>summary</td>");
    results.forEach(r -> h.append("<td>").append(esc(TckReports.summary(r))).append("</td>"));
    h.append("</tr>\n</table>\n</body></html>\n");
    Path file = dir.resolve("index.html");
    try {
      Files.createDirectories(dir);
      Files.writeString(file, h.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
