package io.hostorder.tck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the reports link a rule id to its text in SPEC.md. By default ({@link #beside()}) a report writes
 * {@value #PAGE}, SPEC.md as one self-contained page, next to itself and links {@code R6.5} to
 * {@code SPEC.html#R6.5}: it works offline, wherever the report directory is copied. With {@link #at(String)}
 * the links go to a SPEC.md the operator names instead, e.g. the repository's on a code host, using the
 * anchors such hosts give a heading ({@code #r65-await-returns-…}). Immutable and safe for concurrent use.
 */
public final class SpecLinks {
  /** The file name of SPEC.md as a page beside the reports. */
  public static final String PAGE = "SPEC.html";

  private static final Pattern RULE_HEADING = Pattern.compile("^### (R\\d+\\.\\d+) .*$", Pattern.MULTILINE);

  private final String base;

  private SpecLinks(String base) {
    this.base = base;
  }

  /** Returns links to {@value #PAGE}, which {@link #writeBeside(Path)} writes into the report directory. */
  public static SpecLinks beside() {
    return new SpecLinks(null);
  }

  /**
   * Returns links to the SPEC.md at {@code url}: an {@code http(s)} URL or a relative path, e.g.
   * {@code https://git.example.com/hostorder/blob/main/SPEC.md} or {@code ../SPEC.md}.
   *
   * @throws IllegalArgumentException when {@code url} is blank, not a URL, or of another scheme
   */
  public static SpecLinks at(String url) {
    Objects.requireNonNull(url, "url == null");
    String u = url.strip();
    if (u.isEmpty() || u.contains("#")) {
      throw new IllegalArgumentException("spec-url: give the address of SPEC.md without an anchor, got '" + url + "'");
    }
    try {
      URI uri = new URI(u);
      if (uri.getScheme() != null && !uri.getScheme().equalsIgnoreCase("http") && !uri.getScheme().equalsIgnoreCase("https")) {
        throw new IllegalArgumentException("spec-url: '" + url + "' is neither an http(s) URL nor a relative path");
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("spec-url: '" + url + "' is not a URL (" + e.getReason() + ")");
    }
    return new SpecLinks(u);
  }

  /** Returns where SPEC.md itself is: {@value #PAGE}, or the URL given. */
  public String spec() {
    return base == null ? PAGE : base;
  }

  /** Returns the link to rule {@code ruleId}'s heading, or to SPEC.md itself when it has no such rule. */
  public String rule(String ruleId) {
    String heading = RuleHeadings.ALL.get(ruleId);
    if (heading == null) {
      return spec();
    }
    return base == null ? PAGE + "#" + ruleId : base + "#" + slug(heading);
  }

  /** Writes {@value #PAGE} into {@code directory} when the links point there; otherwise does nothing. */
  public void writeBeside(Path directory) throws IOException {
    if (base != null) {
      return;
    }
    Files.createDirectories(directory);
    // Several runs share a report directory (the demo's run side by side): each page lands whole, never half.
    Path part = Files.createTempFile(directory, PAGE, ".part");
    try {
      Files.writeString(part, SpecPage.render(markdown(), RunFacts.hostorderVersion()), StandardCharsets.UTF_8);
      Files.move(part, directory.resolve(PAGE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(part);
    }
  }

  /**
   * Returns the anchor a code host gives a Markdown heading: lower case, punctuation other than {@code -} and
   * {@code _} dropped, each space a {@code -} ({@code R6.5 await returns …, with} → {@code r65-await-returns--with}).
   */
  static String slug(String heading) {
    StringBuilder b = new StringBuilder();
    for (char c : heading.strip().toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
        b.append(c);
      } else if (c == ' ') {
        b.append('-');
      }
    }
    return b.toString();
  }

  /** Returns SPEC.md as the TCK was built with it. */
  static String markdown() {
    try (InputStream in = SpecLinks.class.getResourceAsStream("SPEC.md")) {
      if (in == null) {
        throw new IllegalStateException("SPEC.md is missing from the TCK's resources (io/hostorder/tck/SPEC.md)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read SPEC.md from the TCK's resources", e);
    }
  }

  /** The rule headings of SPEC.md by rule id, read once. */
  private static final class RuleHeadings {
    static final Map<String, String> ALL = read();

    private static Map<String, String> read() {
      Map<String, String> out = new LinkedHashMap<>();
      Matcher m = RULE_HEADING.matcher(markdown());
      while (m.find()) {
        out.put(m.group(1), m.group(0).substring(4).strip());
      }
      return Map.copyOf(out);
    }
  }

  @Override
  public String toString() {
    return "SpecLinks[" + spec() + "]";
  }
}
