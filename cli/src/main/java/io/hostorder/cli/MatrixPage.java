package io.hostorder.cli;

import io.hostorder.core.Capability;
import io.hostorder.tck.RuleResult;
import io.hostorder.tck.RunFacts;
import io.hostorder.tck.SpecLinks;
import io.hostorder.tck.TckReports;
import io.hostorder.tck.TckResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The compatibility matrix as one HTML page with inline CSS and nothing to fetch, in the order a reader
 * needs it: the summary, links to the failed rules and the rest, the run's facts, the failed rules alone
 * (section {@code #failed}, always there), one row per provider configuration, the matrix, and the reasons of
 * the skipped cells, each numbered once and referred to by its number in the cells.
 */
final class MatrixPage {
  private static final String CSS = """
      body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
      h1{font-size:1.4em;margin:0 0 .3em}h2{margin:1.4em 0 .4em}
      .sum{font-size:1.15em;margin:.3em 0 .6em}.ok{color:#1a7f37}.bad{color:#c62828}
      nav{margin-bottom:.6em}nav a{margin-right:1.2em}
      table{border-collapse:collapse}
      th,td{border:1px solid #ccc;padding:3px 7px;text-align:left;vertical-align:top}
      th{background:#f0f0f0}
      table.facts th{font-weight:normal;color:#555;background:none}
      td.pass{background:#c8f0c8}td.FAIL{background:#f5b5b5;font-weight:bold}td.skip{background:#e4e4e4;color:#444;white-space:nowrap}
      td.none{color:#999}td.caps{font-size:.8em;max-width:24em}td.r{white-space:pre-wrap;font:12px ui-monospace,monospace}
      td.conf{font:11px ui-monospace,monospace;white-space:pre-wrap;word-break:break-all;max-width:30em}
      #matrix-table th.p{font-size:.85em;max-width:9em}
      ol.why li{margin:.2em 0}.where{color:#666;font-size:.9em}
      """;

  private final List<TckResult> results;
  private final List<String> ruleIds;
  private final Map<String, RuleResult> firstOfRule;
  private final SpecLinks spec;
  /** Each distinct skip reason, numbered from 1 in the order the matrix meets it. */
  private final Map<String, Integer> why = new LinkedHashMap<>();

  MatrixPage(List<TckResult> results, List<String> ruleIds, Map<String, RuleResult> firstOfRule, SpecLinks spec) {
    this.results = results;
    this.ruleIds = ruleIds;
    this.firstOfRule = firstOfRule;
    this.spec = spec;
    for (String id : ruleIds) {
      for (TckResult r : results) {
        rule(r, id).filter(x -> x.outcome() == RuleResult.Outcome.SKIPPED)
            .ifPresent(x -> why.putIfAbsent(reason(x), why.size() + 1));
      }
    }
  }

  String render() {
    List<Failure> failures = new ArrayList<>();
    results.forEach(r -> r.rules().stream().filter(x -> x.outcome() == RuleResult.Outcome.FAILED)
        .forEach(x -> failures.add(new Failure(r, x, failures.size() + 1))));
    long failedRuns = results.stream().filter(r -> !r.passed()).count();
    StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(failedRuns == 0 ? "PASSED" : "FAILED").append(" — hostorder compatibility matrix</title><style>")
        .append(CSS).append("</style></head><body>\n");
    h.append("<h1>hostorder ").append(esc(version())).append(" — compatibility matrix</h1>\n");
    h.append("<p id=\"summary\" class=\"sum ").append(failedRuns == 0 ? "ok" : "bad").append("\"><b>")
        .append(esc(summary(failedRuns))).append("</b></p>\n");
    h.append("<nav><a href=\"#failed\">Failed only (").append(failures.size()).append(")</a>")
        .append("<a href=\"#providers\">Providers (").append(results.size()).append(")</a>")
        .append("<a href=\"#matrix\">Matrix</a><a href=\"#skipped\">Why skipped (").append(why.size()).append(")</a>")
        .append("<a href=\"#run\">Run</a><a href=\"").append(esc(spec.spec())).append("\">SPEC.md</a></nav>\n");
    facts(h);
    failed(h, failures);
    matrix(h, failures);
    reasons(h);
    providers(h);
    return h.append("</body></html>\n").toString();
  }

  private String summary(long failedRuns) {
    long passed = count(RuleResult.Outcome.PASSED);
    long failed = count(RuleResult.Outcome.FAILED);
    long skipped = count(RuleResult.Outcome.SKIPPED);
    long types = results.stream().map(r -> type(r.provider())).distinct().count();
    return results.size() + " configurations of " + types + " providers, " + (results.size() - failedRuns) + " passed, "
        + failedRuns + " failed — rule results: " + passed + " passed, " + failed + " failed, " + skipped + " skipped — "
        + (failedRuns == 0 ? "PASSED" : "FAILED");
  }

  private long count(RuleResult.Outcome outcome) {
    return results.stream().mapToLong(r -> r.count(outcome)).sum();
  }

  private String version() {
    return results.stream().map(r -> r.facts().version()).findFirst().orElse(RunFacts.hostorderVersion());
  }

  private void facts(StringBuilder h) {
    Instant start = results.stream().map(TckResult::started).min(Comparator.naturalOrder()).orElse(Instant.now());
    Instant end = results.stream().map(r -> r.started().plus(r.duration())).max(Comparator.naturalOrder()).orElse(start);
    RunFacts here = results.isEmpty() ? RunFacts.here() : results.get(0).facts();
    h.append("<table id=\"run\" class=\"facts\">");
    fact(h, "Started", TckReports.timestamp(start));
    fact(h, "Duration", TckReports.seconds(Duration.between(start, end)) + " (the configurations ran side by side)");
    fact(h, "hostorder", version());
    fact(h, "Java", here.java());
    fact(h, "Operating system", here.os());
    boolean live = results.stream().anyMatch(TckResult::live);
    fact(h, "Providers", results.stream().map(r -> type(r.provider())).distinct().collect(Collectors.joining(", "))
        + (live ? " (some live: real orders)" : " — each against its simulator (built in or its plugin's), no real orders"));
    h.append("</table>\n");
  }

  private static void fact(StringBuilder h, String name, String value) {
    h.append("<tr><th>").append(esc(name)).append("</th><td>").append(esc(value)).append("</td></tr>");
  }

  private void failed(StringBuilder h, List<Failure> failures) {
    h.append("<h2 id=\"failed\">Failed rules (").append(failures.size()).append(")</h2>\n");
    if (failures.isEmpty()) {
      h.append("<p class=\"ok\">No rule failed in any configuration.</p>\n");
      return;
    }
    h.append("<table id=\"failed-table\"><tr><th>Configuration</th><th>Rule</th><th>Title</th><th>Reason</th></tr>\n");
    for (Failure f : failures) {
      h.append("<tr id=\"fail-").append(f.number()).append("\"><td><a href=\"").append(esc(TckReports.htmlFileName(f.result())))
          .append("\">").append(esc(f.result().provider())).append("</a></td><td>").append(ruleLink(f.rule().id()))
          .append("</td><td>").append(esc(f.rule().title())).append("</td><td class=\"r\">").append(esc(f.rule().reason()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private void providers(StringBuilder h) {
    h.append("<h2 id=\"providers\">Providers</h2>\n<p>A configuration <code>type[variant]</code> is another configuration "
        + "of the same provider; it runs the rules a configuration changes. Each name links to its own report.</p>\n");
    h.append("<table id=\"providers-table\"><tr><th>Configuration</th><th>Result</th><th>Passed</th><th>Failed</th>"
        + "<th>Skipped</th><th>Time</th><th>Capabilities</th><th>Settings</th></tr>\n");
    for (TckResult r : results) {
      h.append("<tr><td><a href=\"").append(esc(TckReports.htmlFileName(r))).append("\">").append(esc(r.provider()))
          .append("</a></td><td class=\"").append(r.passed() ? "pass" : "FAIL").append("\">").append(r.passed() ? "PASSED" : "FAILED")
          .append("</td><td>").append(r.count(RuleResult.Outcome.PASSED)).append("</td><td>")
          .append(r.count(RuleResult.Outcome.FAILED)).append("</td><td>").append(r.count(RuleResult.Outcome.SKIPPED))
          .append("</td><td>").append(TckReports.seconds(r.duration())).append("</td><td class=\"caps\">")
          .append(r.capabilities() == null ? "(provider not created)"
              : esc(orNone(r.capabilities().supported().stream().sorted().map(Capability::name).collect(Collectors.joining(", ")))))
          .append("</td><td class=\"conf\">")
          .append(esc(orNone(r.facts().configuration().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("\n")))))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private void matrix(StringBuilder h, List<Failure> failures) {
    h.append("<h2 id=\"matrix\">Matrix</h2>\n<p><b>pass</b>: passed; <b>FAIL</b>: failed (links to its reason above); "
        + "<b>skip</b> <i>n</i>: skipped for reason <i>n</i> listed under the matrix — a skipped rule never counts as "
        + "passed; –: not run in this configuration.</p>\n");
    h.append("<table id=\"matrix-table\">\n<tr><th>Rule</th><th>Title</th>");
    results.forEach(r -> h.append("<th class=\"p\">").append(esc(r.provider()).replace("[", "[<wbr>").replace(",", ",<wbr>"))
        .append("</th>"));
    h.append("</tr>\n");
    for (String id : ruleIds) {
      h.append("<tr><td>").append(ruleLink(id)).append("</td><td>").append(esc(firstOfRule.get(id).title())).append("</td>");
      for (TckResult r : results) {
        Optional<RuleResult> rule = rule(r, id);
        if (rule.isEmpty()) {
          h.append("<td class=\"none\" title=\"not run in this configuration\">–</td>");
          continue;
        }
        RuleResult x = rule.get();
        switch (x.outcome()) {
          case PASSED -> h.append("<td class=\"pass\">pass</td>");
          case FAILED -> {
            int n = failures.stream().filter(f -> f.result() == r && f.rule() == x).findFirst().map(Failure::number).orElse(0);
            h.append("<td class=\"FAIL\" title=\"").append(esc(x.reason())).append("\"><a href=\"#fail-").append(n)
                .append("\">FAIL</a></td>");
          }
          case SKIPPED -> {
            int n = why.get(reason(x));
            h.append("<td class=\"skip\" title=\"").append(esc(reason(x))).append("\">skip <a href=\"#why-").append(n)
                .append("\">").append(n).append("</a></td>");
          }
        }
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n");
  }

  private void reasons(StringBuilder h) {
    h.append("<h2 id=\"skipped\">Why rules were skipped</h2>\n");
    if (why.isEmpty()) {
      h.append("<p>No rule was skipped.</p>\n");
      return;
    }
    h.append("<ol class=\"why\">");
    why.forEach((reason, n) -> {
      Map<String, List<String>> where = new LinkedHashMap<>();
      for (TckResult r : results) {
        r.rules().stream().filter(x -> x.outcome() == RuleResult.Outcome.SKIPPED && reason(x).equals(reason))
            .forEach(x -> where.computeIfAbsent(r.provider(), k -> new ArrayList<>()).add(x.id()));
      }
      h.append("<li id=\"why-").append(n).append("\">").append(esc(reason)).append(" <span class=\"where\">(")
          .append(esc(where.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
              .collect(Collectors.joining("; "))))
          .append(")</span></li>");
    });
    h.append("</ol>\n");
  }

  private String ruleLink(String id) {
    return "<a href=\"" + esc(spec.rule(id)) + "\">" + esc(id) + "</a>";
  }

  private static Optional<RuleResult> rule(TckResult result, String id) {
    return result.rules().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** A skip's reason as the footnote shows it; a skip without one still gets a number. */
  private static String reason(RuleResult r) {
    return r.reason().isBlank() ? "(no reason given)" : r.reason().strip().replace('\n', ' ');
  }

  private static String type(String provider) {
    return provider.replaceFirst("\\[.*", "");
  }

  private static String orNone(String s) {
    return s.isBlank() ? "none" : s;
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private record Failure(TckResult result, RuleResult rule, int number) {}
}
