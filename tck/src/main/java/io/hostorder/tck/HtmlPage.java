package io.hostorder.tck;

import static io.hostorder.tck.TckReports.esc;

import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.model.BillingPeriod;
import java.util.stream.Collectors;

/** Renders a {@link TckResult} as one HTML page with inline CSS and nothing to fetch. */
final class HtmlPage {
  private static final String CSS = """
      body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
      h1{font-size:1.4em;margin:0 0 .2em}
      .sum{font-size:1.1em;margin:.5em 0 1em}
      .ok{color:#1a7f37}.bad{color:#c62828}
      table{border-collapse:collapse;width:100%}
      th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
      th{background:#f0f0f0}
      tr.PASSED td{background:#e6f4ea}tr.FAILED td{background:#fde7e9}tr.SKIPPED td{background:#eeeeee;color:#555}
      td.r{white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:12px}
      ul.caps{columns:3;list-style:none;padding:0}
      .yes::before{content:"\\2714  ";color:#1a7f37}.no::before{content:"\\2716  ";color:#999}
      """;

  private HtmlPage() {}

  static String render(TckResult result) {
    StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    h.append("<title>hostorder TCK — ").append(esc(result.provider())).append("</title><style>").append(CSS)
        .append("</style></head><body>\n");
    h.append("<h1>hostorder TCK — provider <code>").append(esc(result.provider())).append("</code>")
        .append(result.live() ? " (live account)" : "").append("</h1>\n");
    h.append("<div>Run ").append(esc(result.started().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()))
        .append(", ")
        .append(TckReports.seconds(result.duration())).append("</div>\n");
    h.append("<div class=\"sum ").append(result.passed() ? "ok" : "bad").append("\"><b>")
        .append(esc(TckReports.summary(result))).append("</b></div>\n");
    capabilities(h, result.capabilities());
    h.append("<h2>Rules</h2>\n<table><tr><th>Rule</th><th>Title</th><th>Applies</th><th>Result</th>"
        + "<th>Time</th><th>Reason</th></tr>\n");
    for (RuleResult r : result.rules()) {
      h.append("<tr class=\"").append(r.outcome()).append("\"><td>").append(esc(r.id())).append("</td><td>")
          .append(esc(r.title())).append("</td><td>").append(esc(r.requirement())).append("</td><td>")
          .append("<b>").append(TckReports.word(r.outcome())).append("</b></td><td>").append(TckReports.seconds(r.duration()))
          .append("</td><td class=\"r\">").append(esc(r.reason())).append("</td></tr>\n");
    }
    h.append("</table>\n<h2>Orders left behind</h2>\n");
    if (result.leftovers().isEmpty()) {
      h.append("<p>None.</p>\n");
    } else {
      h.append("<ul>");
      result.leftovers().forEach(l -> h.append("<li>").append(esc(l)).append("</li>"));
      h.append("</ul>\n");
    }
    return h.append("</body></html>\n").toString();
  }

  private static void capabilities(StringBuilder h, Capabilities caps) {
    h.append("<h2>Capabilities</h2>\n");
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
        .append(caps.periods().stream().sorted().map(BillingPeriod::iso).collect(Collectors.joining(", ")))
        .append("; access: ").append(esc(String.join(", ", caps.accessKinds().stream().sorted().toList())))
        .append("</p>\n");
  }
}
