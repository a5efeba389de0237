package io.hostorder.tck;

import static io.hostorder.tck.TckReports.esc;

import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.model.BillingPeriod;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a {@link TckResult} as one HTML page with inline CSS and nothing to fetch, in the order a reader
 * needs it: the summary, links to the failed rules and the rest, the run's facts, then the failed rules
 * alone (section {@code #failed}, always there), every rule with its reason, the capabilities and the
 * orders left behind. Each rule id links to its text in SPEC.md (see {@link SpecLinks}).
 */
final class HtmlPage {
  /** The id of the section that holds only the failed rules. */
  static final String FAILED = "failed";

  static final String CSS = """
      body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
      h1{font-size:1.4em;margin:0 0 .3em}h2{margin:1.4em 0 .4em}
      .sum{font-size:1.15em;margin:.3em 0 .6em}
      .ok{color:#1a7f37}.bad{color:#c62828}
      nav{margin-bottom:.6em}nav a{margin-right:1.2em}
      table{border-collapse:collapse;width:100%}
      th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
      th{background:#f0f0f0}
      table.facts{width:auto}table.facts th{font-weight:normal;color:#555;background:none}
      tr.PASSED td{background:#e6f4ea}tr.FAILED td{background:#fde7e9}tr.SKIPPED td{background:#eeeeee;color:#555}
      td.r{white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:12px}
      ul.caps{columns:3;list-style:none;padding:0}
      .yes::before{content:"\\2714  ";color:#1a7f37}.no::before{content:"\\2716  ";color:#999}
      """;

  private HtmlPage() {}

  static String render(TckResult result, SpecLinks spec) {
    List<RuleResult> failed = result.rules().stream().filter(r -> r.outcome() == RuleResult.Outcome.FAILED).toList();
    StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    h.append("<title>").append(result.passed() ? "PASSED" : "FAILED").append(" — hostorder TCK — ")
        .append(esc(result.provider())).append("</title><style>").append(CSS).append("</style></head><body>\n");
    h.append("<h1>hostorder TCK ").append(esc(result.facts().version())).append(" — provider <code>")
        .append(esc(result.provider())).append("</code>").append(result.live() ? " (live account)" : "").append("</h1>\n");
    h.append("<p id=\"summary\" class=\"sum ").append(result.passed() ? "ok" : "bad").append("\"><b>")
        .append(esc(TckReports.summary(result))).append("</b></p>\n");
    h.append("<nav><a href=\"#").append(FAILED).append("\">Failed only (").append(failed.size()).append(")</a>")
        .append("<a href=\"#rules\">All rules (").append(result.rules().size()).append(")</a>")
        .append("<a href=\"#capabilities\">Capabilities</a><a href=\"#run\">Run</a>")
        .append("<a href=\"").append(esc(spec.spec())).append("\">SPEC.md</a></nav>\n");
    facts(h, result);
    h.append("<h2 id=\"").append(FAILED).append("\">Failed rules (").append(failed.size()).append(")</h2>\n");
    if (failed.isEmpty()) {
      h.append("<p class=\"ok\">No rule failed.</p>\n");
    } else {
      table(h, failed, spec, "failed-table");
    }
    h.append("<h2 id=\"rules\">All rules</h2>\n<p>In the order of SPEC.md; a skipped rule says why it did not apply "
        + "and never counts as passed.</p>\n");
    table(h, result.rules(), spec, "rules-table");
    capabilities(h, result.capabilities());
    h.append("<h2 id=\"leftovers\">Orders left behind</h2>\n");
    if (result.leftovers().isEmpty()) {
      h.append("<p>None.</p>\n");
    } else {
      h.append("<ul>");
      result.leftovers().forEach(l -> h.append("<li>").append(esc(l)).append("</li>"));
      h.append("</ul>\n");
    }
    return h.append("</body></html>\n").toString();
  }

  /** The run's header facts: when, how long, with which version, Java and system, against what. */
  private static void facts(StringBuilder h, TckResult result) {
    RunFacts f = result.facts();
    h.append("<table id=\"run\" class=\"facts\">");
    fact(h, "Started", TckReports.timestamp(result.started()));
    fact(h, "Duration", TckReports.seconds(result.duration()));
    fact(h, "hostorder", f.version());
    fact(h, "Java", f.java());
    fact(h, "Operating system", f.os());
    fact(h, "Provider", result.provider() + (result.live() ? " — LIVE: a real account, real orders" : " — not live: no real orders"));
    fact(h, "Configuration", f.configuration().isEmpty() ? "none recorded"
        : f.configuration().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n")));
    h.append("</table>\n");
  }

  private static void fact(StringBuilder h, String name, String value) {
    h.append("<tr><th>").append(esc(name)).append("</th><td").append(value.contains("\n") ? " class=\"r\"" : "")
        .append(">").append(esc(value)).append("</td></tr>");
  }

  private static void table(StringBuilder h, List<RuleResult> rules, SpecLinks spec, String id) {
    h.append("<table id=\"").append(id).append("\"><tr><th>Rule</th><th>Title</th><th>Applies</th><th>Result</th>"
        + "<th>Time</th><th>Reason</th></tr>\n");
    for (RuleResult r : rules) {
      h.append("<tr class=\"").append(r.outcome()).append("\"><td><a href=\"").append(esc(spec.rule(r.id())))
          .append("\">").append(esc(r.id())).append("</a></td><td>").append(esc(r.title())).append("</td><td>")
          .append(esc(r.requirement())).append("</td><td><b>").append(TckReports.word(r.outcome())).append("</b></td><td>")
          .append(TckReports.seconds(r.duration())).append("</td><td class=\"r\">").append(esc(r.reason()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void capabilities(StringBuilder h, Capabilities caps) {
    h.append("<h2 id=\"capabilities\">Capabilities</h2>\n");
    if (caps == null) {
      h.append("<p class=\"bad\">Unknown: the provider could not be created.</p>\n");
      return;
    }
    h.append("<ul class=\"caps\">");
    for (Capability c : Capability.values()) {
      h.append("<li class=\"").append(caps.has(c) ? "yes" : "no").append("\" title=\"").append(esc(c.description()))
          .append("\">").append(c.name()).append("</li>");
    }
    h.append("</ul>\n<p>Idempotency: <b>").append(caps.idempotency()).append("</b>; billing periods: ")
        .append(orNone(caps.periods().stream().sorted().map(BillingPeriod::iso).toList()))
        .append("; access: ").append(esc(orNone(caps.accessKinds().stream().sorted().toList())))
        .append("</p>\n");
  }

  /** Returns the items joined with commas, or {@code none}: an empty list never prints as an empty label. */
  static String orNone(List<String> items) {
    return items.isEmpty() ? "none" : String.join(", ", items);
  }
}
