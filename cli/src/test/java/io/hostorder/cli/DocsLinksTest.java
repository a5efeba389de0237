package io.hostorder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README.md, SPEC.md and docs/: every relative link reaches a file and, with {@code #anchor}, a heading of
 * it; README and docs/README.md link every page; README stays a short path, in its own words, with the two
 * commands CI runs.
 */
class DocsLinksTest {
  private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)\\)");

  @Test
  void everyRelativeLink_reachesAFileAndItsHeading() {
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path page : Markdown.pages()) {
      String prose = Markdown.prose(Markdown.read(page));
      Matcher m = LINK.matcher(prose);
      while (m.find()) {
        String target = m.group(1);
        if (target.matches("[a-z]+:.*")) {
          continue; // https:, mailto:
        }
        checked++;
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        String where = Markdown.ROOT.relativize(page) + ": " + target;
        if (!Files.exists(resolved)) {
          broken.add(where + " (no such file)");
        } else if (hash >= 0 && !Markdown.anchors(Markdown.read(resolved)).contains(target.substring(hash + 1))) {
          broken.add(where + " (no such heading)");
        }
      }
    }
    assertThat(checked).isGreaterThan(20);
    assertThat(broken).as("broken links").isEmpty();
  }

  @Test
  void docsIndexAndReadme_linkEveryPage() {
    String index = Markdown.read(Markdown.ROOT.resolve("docs/README.md"));
    String readme = Markdown.read(Markdown.ROOT.resolve("README.md"));
    for (Path page : Markdown.pages()) {
      if (page.getParent().endsWith("docs")) {
        String name = page.getFileName().toString();
        assertThat(readme).as("README.md links docs/" + name).contains("](docs/" + name + ")");
        if (!name.equals("README.md")) {
          assertThat(index).as("docs/README.md links " + name).contains("](" + name + ")");
        }
      }
    }
  }

  /** README's own words lead to the reference pages; a sentence of theirs copied into it would drift apart. */
  @Test
  void readme_repeatsNoSentenceOfTheReferencePages() {
    StringBuilder reference = new StringBuilder();
    for (Path page : Markdown.pages()) {
      if (!page.equals(Markdown.ROOT.resolve("README.md"))) {
        reference.append(' ').append(String.join(" ", Markdown.prose(Markdown.read(page)).split("\\s+")));
      }
    }
    String prose = String.join(" ", Markdown.prose(Markdown.read(Markdown.ROOT.resolve("README.md"))).split("\\s+"));
    List<String> repeated = new ArrayList<>();
    for (String sentence : prose.split("(?<=[.:;])\\s+")) {
      sentence = sentence.replaceFirst("[.:;]$", "");
      if (sentence.length() >= 60 && reference.indexOf(sentence) >= 0) {
        repeated.add(sentence);
      }
    }
    assertThat(repeated).as("README sentences that stand in docs/ or SPEC.md too").isEmpty();
  }

  @Test
  void readme_isAShortPath_withTheTwoCommandsCiRuns() {
    String readme = Markdown.read(Markdown.ROOT.resolve("README.md"));
    assertThat(readme.split("\n").length).as("README.md lines").isLessThanOrEqualTo(200);
    // .ci/run runs exactly these; the README's table must name them as they are.
    assertThat(readme).contains("| `./hostorder demo` |", "| `mvn -B verify` |");
    assertThat(Markdown.read(Markdown.ROOT.resolve(".ci/run"))).contains("\nmvn -B verify\n", "\n./hostorder demo\n");
  }
}
