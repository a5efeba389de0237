package io.hostorder.tck;

import io.hostorder.core.model.SecretScrubber;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes a {@link TckResult} for people and tools: a console matrix (rule, result, time, reason), JUnit
 * XML, and one self-contained HTML page (inline CSS, no script, no external asset): the summary first, the
 * failed rules on their own, the run's facts (version, Java, system, masked configuration), a green, red or grey
 * row per rule linked to its SPEC.md text, and the provider's capabilities. Every text is scrubbed of the
 * secrets given. Skipped rules are shown as skipped, never as passed.
 */
public final class TckReports {
  private TckReports() {}

  /** Returns the JUnit XML file name for {@code result}: {@code TEST-hostorder-tck-<name>.xml}. */
  public static String xmlFileName(TckResult result) {
    return "TEST-hostorder-tck-" + fileSafe(result.provider()) + ".xml";
  }

  /** Returns the HTML file name for {@code result}: {@code hostorder-tck-<name>.html}. */
  public static String htmlFileName(TckResult result) {
    return "hostorder-tck-" + fileSafe(result.provider()) + ".html";
  }

  /** A report's name as a file name: a variant's {@code billmanager[skipbasket,session]} becomes {@code billmanager-skipbasket-session}. */
  static String fileSafe(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-+$", "");
  }

  /** Prints the matrix and a summary line to {@code out}. */
  public static void console(TckResult result, PrintStream out) {
    out.printf(Locale.ROOT, "hostorder TCK — provider %s%s%n", result.provider(), result.live() ? " (LIVE)" : "");
    out.printf(Locale.ROOT, "%-7s %-6s %8s  %s%n", "RULE", "RESULT", "TIME", "TITLE / REASON");
    for (RuleResult r : result.rules()) {
      out.printf(Locale.ROOT, "%-7s %-6s %8s  %s%n", r.id(), word(r.outcome()), seconds(r.duration()), r.title());
      if (!r.reason().isBlank()) {
        out.printf(Locale.ROOT, "%-7s %-6s %8s    ↳ %s%n", "", "", "", r.reason().replace("\n", " "));
      }
    }
    out.println(summary(result));
    if (!result.leftovers().isEmpty()) {
      out.println("Orders left behind at the provider:");
      result.leftovers().forEach(l -> out.println("  " + l));
    }
  }

  /** Returns e.g. {@code 58 rules: 47 passed, 0 failed, 11 skipped — PASSED}. */
  public static String summary(TckResult result) {
    return result.rules().size() + " rules: " + result.count(RuleResult.Outcome.PASSED) + " passed, "
        + result.count(RuleResult.Outcome.FAILED) + " failed, " + result.count(RuleResult.Outcome.SKIPPED)
        + " skipped — " + (result.passed() ? "PASSED" : "FAILED");
  }

  /** Writes JUnit XML (one testsuite, one testcase per rule) to {@code file}. */
  public static void junitXml(TckResult result, Path file, List<String> secrets) throws IOException {
    SecretScrubber scrubber = SecretScrubber.of(secrets);
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.append("<testsuite name=\"hostorder-tck-").append(esc(result.provider())).append("\" tests=\"")
        .append(result.rules().size()).append("\" failures=\"").append(result.count(RuleResult.Outcome.FAILED))
        .append("\" errors=\"0\" skipped=\"").append(result.count(RuleResult.Outcome.SKIPPED))
        .append("\" time=\"").append(seconds(result.duration()).replace("s", "")).append("\" timestamp=\"")
        .append(result.started().toString().replaceFirst("\\.\\d+Z$", "Z").replace("Z", "")).append("\">\n");
    x.append("  <properties>\n");
    x.append(property("provider", result.provider())).append(property("live", Boolean.toString(result.live())));
    x.append(property("hostorder.version", result.facts().version())).append(property("java", result.facts().java()))
        .append(property("os", result.facts().os()));
    if (result.capabilities() != null) {
      x.append(property("capabilities", result.capabilities().supported().stream().map(Enum::name).sorted()
          .collect(Collectors.joining(","))));
      x.append(property("idempotency", result.capabilities().idempotency().name()));
    }
    x.append(property("leftovers", String.join("; ", result.leftovers())));
    x.append("  </properties>\n");
    for (RuleResult r : result.rules()) {
      x.append("  <testcase classname=\"io.hostorder.tck.").append(esc(result.provider())).append("\" name=\"")
          .append(esc(r.displayName())).append("\" time=\"").append(seconds(r.duration()).replace("s", ""))
          .append("\"");
      String reason = esc(scrubber.scrub(r.reason()));
      switch (r.outcome()) {
        case PASSED -> x.append("/>\n");
        case SKIPPED -> x.append(">\n    <skipped message=\"").append(reason).append("\"/>\n  </testcase>\n");
        case FAILED -> x.append(">\n    <failure message=\"").append(reason).append("\" type=\"")
            .append(esc(r.requirement())).append("\">").append(reason).append("</failure>\n  </testcase>\n");
      }
    }
    x.append("</testsuite>\n");
    write(file, scrubber.scrub(x.toString()));
  }

  /**
   * Writes the self-contained HTML page to {@code file}, and {@value SpecLinks#PAGE} beside it for its rule
   * links (see {@link SpecLinks#beside()}).
   */
  public static void html(TckResult result, Path file, List<String> secrets) throws IOException {
    html(result, file, secrets, SpecLinks.beside());
  }

  /** Writes the self-contained HTML page to {@code file}, its rule ids linked as {@code spec} says. */
  public static void html(TckResult result, Path file, List<String> secrets, SpecLinks spec) throws IOException {
    write(file, SecretScrubber.of(secrets).scrub(HtmlPage.render(result, spec)));
    spec.writeBeside(file.toAbsolutePath().getParent());
  }

  /** Returns {@code instant} as a reader reads it: {@code 2026-11-23 10:00:00 UTC}. */
  public static String timestamp(Instant instant) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC).format(instant);
  }

  static String word(RuleResult.Outcome o) {
    return switch (o) {
      case PASSED -> "PASS";
      case FAILED -> "FAIL";
      case SKIPPED -> "SKIP";
    };
  }

  /** Returns {@code d} in seconds with three decimals, e.g. {@code 4.321s}. */
  public static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.3fs", d.toNanos() / 1e9);
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            b.append(' ');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  private static String property(String name, String value) {
    return "    <property name=\"" + esc(name) + "\" value=\"" + esc(value) + "\"/>\n";
  }

  private static void write(Path file, String text) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
