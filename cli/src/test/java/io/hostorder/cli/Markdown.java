package io.hostorder.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The repository's Markdown as the documentation tests read it: its files, sections, fenced blocks and
 * heading anchors. Tests run in the {@code cli} folder, so the repository root is its parent.
 */
final class Markdown {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** One fenced block: its info string ({@code java}, {@code json} or empty), its lines, where it starts. */
  record Block(String info, List<String> lines, int line) {
    String text() {
      return String.join("\n", lines) + "\n";
    }
  }

  private Markdown() {}

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns README.md, SPEC.md and every page of docs/, in a fixed order. */
  static List<Path> pages() {
    List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("SPEC.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages;
  }

  /** Returns the text of the section under the level-2 heading {@code title}, up to the next level-2 heading. */
  static String section(String text, String title) {
    String heading = "## " + title + "\n";
    int start = text.indexOf(heading);
    if (start < 0) {
      throw new AssertionError("no section '" + heading.strip() + "'");
    }
    int end = text.indexOf("\n## ", start + heading.length());
    return text.substring(start, end < 0 ? text.length() : end + 1);
  }

  /** Returns the fenced blocks of {@code text}, in order. */
  static List<Block> blocks(String text) {
    List<Block> blocks = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("```")) {
        String info = lines[i].substring(3).strip();
        int start = i + 1;
        int end = start;
        while (end < lines.length && !lines[end].startsWith("```")) {
          end++;
        }
        blocks.add(new Block(info, List.of(lines).subList(start, end), start));
        i = end;
      }
    }
    return blocks;
  }

  /** Returns {@code text} without its fenced blocks (each block's lines left empty, so line numbers hold). */
  static String prose(String text) {
    StringBuilder b = new StringBuilder();
    boolean fenced = false;
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("```")) {
        fenced = !fenced;
        b.append('\n');
        continue;
      }
      b.append(fenced ? "" : line).append('\n');
    }
    return b.toString();
  }

  /**
   * Returns the words of a command line as a page shows it, each {@code $NAME} replaced by the words of
   * {@code variables.get(NAME)} (a shell's {@code NAME="…"} set earlier on the page).
   *
   * @throws IllegalArgumentException naming a variable the page did not set
   */
  static List<String> words(String commandLine, Map<String, String> variables) {
    List<String> words = new ArrayList<>();
    for (String word : commandLine.strip().split("\\s+")) {
      if (word.startsWith("$")) {
        String value = variables.get(word.substring(1));
        if (value == null) {
          throw new IllegalArgumentException(word + " is not set on the page before it");
        }
        words.addAll(List.of(value.strip().split("\\s+")));
      } else {
        words.add(word);
      }
    }
    return words;
  }

  /** Returns the anchors GitHub gives the headings of {@code text} ({@code ## The `x` — y} → {@code the-x--y}). */
  static Set<String> anchors(String text) {
    Set<String> anchors = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    for (String line : prose(text).split("\n")) {
      if (!line.matches("#{1,6} .*")) {
        continue;
      }
      String slug = line.replaceFirst("^#+ ", "").strip().toLowerCase(Locale.ROOT)
          .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
      int n = seen.merge(slug, 1, Integer::sum);
      anchors.add(n == 1 ? slug : slug + "-" + (n - 1));
    }
    return anchors;
  }
}
