package io.hostorder.tck;

import static io.hostorder.tck.TckReports.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders SPEC.md as one HTML page with inline CSS and nothing to fetch, for the reports to link into. It
 * knows the Markdown SPEC.md uses: headings, paragraphs, bullet and numbered lists, {@code code}, bold,
 * italics and links. Each heading gets the anchor a code host would give it, and each rule heading its id
 * too ({@code id="R6.5"}); a link within the page is kept, a link elsewhere is shown as its text and target,
 * so that the page never leads off the machine.
 */
final class SpecPage {
  private static final Pattern RULE = Pattern.compile("^(R\\d+\\.\\d+) ");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)");
  private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
  private static final Pattern ITALIC = Pattern.compile("(?<![\\w*])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![\\w*])");
  private static final String CSS = """
      body{font:15px/1.5 system-ui,sans-serif;margin:2em auto;max-width:60em;padding:0 1em;color:#222}
      code{font:13px ui-monospace,monospace;background:#f3f3f3;padding:0 .2em}
      h3{margin:1.6em 0 .3em;font-size:1.05em}h3:target{background:#fff3b0}
      .src{color:#555;font-size:.9em}
      """;

  private SpecPage() {}

  static String render(String markdown, String version) {
    StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<title>hostorder SPEC.md</title><style>").append(CSS).append("</style></head><body>\n");
    h.append("<p class=\"src\">SPEC.md of hostorder ").append(esc(version))
        .append(", as the TCK that wrote the report beside this page was built with it.</p>\n");
    List<String> block = new ArrayList<>();
    for (String line : markdown.split("\r?\n", -1)) {
      if (line.isBlank()) {
        block(h, block);
        block.clear();
      } else if (line.startsWith("#")) {
        block(h, block);
        block.clear();
        heading(h, line);
      } else {
        block.add(line);
      }
    }
    block(h, block);
    return h.append("</body></html>\n").toString();
  }

  private static void heading(StringBuilder h, String line) {
    int level = 0;
    while (level < line.length() && line.charAt(level) == '#') {
      level++;
    }
    String text = line.substring(level).strip();
    Matcher rule = RULE.matcher(text);
    String id = rule.find() ? rule.group(1) : SpecLinks.slug(text);
    h.append("<h").append(level).append(" id=\"").append(esc(id)).append("\">");
    if (!id.equals(SpecLinks.slug(text))) {
      // The code host's anchor too, so that links between sections (#the-rule-for-…) keep working.
      h.append("<a id=\"").append(esc(SpecLinks.slug(text))).append("\"></a>");
    }
    h.append(inline(text)).append("</h").append(level).append(">\n");
  }

  /** A paragraph, or a list whose items start with {@code - } or {@code 1. } and go on in indented lines. */
  private static void block(StringBuilder h, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    boolean bullets = lines.get(0).startsWith("- ");
    boolean numbers = lines.get(0).matches("\\d+\\. .*");
    if (!bullets && !numbers) {
      h.append("<p>").append(inline(String.join(" ", lines))).append("</p>\n");
      return;
    }
    List<String> items = new ArrayList<>();
    for (String line : lines) {
      boolean starts = bullets ? line.startsWith("- ") : line.matches("\\d+\\. .*");
      if (starts || items.isEmpty()) {
        items.add(line.substring(line.indexOf(' ') + 1));
      } else {
        items.set(items.size() - 1, items.get(items.size() - 1) + " " + line.strip());
      }
    }
    String tag = bullets ? "ul" : "ol";
    h.append('<').append(tag).append('>');
    items.forEach(i -> h.append("<li>").append(inline(i)).append("</li>"));
    h.append("</").append(tag).append(">\n");
  }

  /** Escapes {@code text} and renders code spans (verbatim), links, bold and italics. */
  static String inline(String text) {
    StringBuilder out = new StringBuilder();
    String[] parts = text.split("`", -1);
    for (int i = 0; i < parts.length; i++) {
      boolean code = i % 2 == 1 && i < parts.length - 1;
      if (code) {
        out.append("<code>").append(esc(parts[i])).append("</code>");
      } else {
        out.append(emphasis(i % 2 == 1 ? "`" + parts[i] : parts[i]));
      }
    }
    return out.toString();
  }

  private static String emphasis(String plain) {
    StringBuilder out = new StringBuilder();
    Matcher link = LINK.matcher(plain);
    int at = 0;
    while (link.find()) {
      out.append(styled(plain.substring(at, link.start())));
      String target = link.group(2);
      if (target.startsWith("#")) {
        out.append("<a href=\"").append(esc(target)).append("\">").append(styled(link.group(1))).append("</a>");
      } else {
        out.append(styled(link.group(1))).append(" (<code>").append(esc(target)).append("</code>)");
      }
      at = link.end();
    }
    return out.append(styled(plain.substring(at))).toString();
  }

  private static String styled(String plain) {
    String s = esc(plain);
    s = BOLD.matcher(s).replaceAll("<b>$1</b>");
    return ITALIC.matcher(s).replaceAll("<i>$1</i>");
  }
}
