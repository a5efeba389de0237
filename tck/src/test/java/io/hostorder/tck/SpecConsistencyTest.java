package io.hostorder.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SPEC.md and the suite name the same rules, with the same titles, applicability and needs. */
class SpecConsistencyTest {
  private static final Path SPEC = Path.of("..", "SPEC.md");

  @Test
  void everyRuleOfTheSuiteIsInSpecMd_andNoOther() throws Exception {
    Map<String, String> headings = headings();
    List<String> suite = Rules.all().stream().map(Rule::displayName).toList();
    assertThat(new ArrayList<>(headings.keySet())).containsExactlyElementsOf(suite);
  }

  @Test
  void specMdStatesEachRulesApplicabilityObserverAndLiveSafety() throws Exception {
    Map<String, String> headings = headings();
    for (Rule rule : Rules.all()) {
      String line = headings.get(rule.displayName());
      assertThat(line).as("applicability line of %s", rule.id()).startsWith("*" + rule.requirement()).contains(".*");
      String flags = line.substring(1, line.indexOf(".*"));
      assertThat(flags.contains("observer")).as("%s says observer", rule.id()).isEqualTo(rule.observer());
      assertThat(flags.contains("live-safe")).as("%s says live-safe", rule.id()).isEqualTo(rule.liveSafe());
    }
  }

  @Test
  void ruleIdsAreUniqueAndNumberedInOrder() {
    List<String> ids = Rules.all().stream().map(Rule::id).toList();
    assertThat(ids).doesNotHaveDuplicates();
    for (Rules.Topic topic : Rules.topics()) {
      String n = topic.title().substring(0, topic.title().indexOf(' '));
      for (int i = 0; i < topic.rules().size(); i++) {
        assertThat(topic.rules().get(i).id()).isEqualTo("R" + n + "." + (i + 1));
      }
    }
  }

  /** Returns each "### R…" heading of SPEC.md with the line that follows it. */
  private static Map<String, String> headings() throws Exception {
    List<String> lines = Files.readAllLines(SPEC);
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("### R")) {
        out.put(lines.get(i).substring(4), i + 1 < lines.size() ? lines.get(i + 1) : "");
      }
    }
    return out;
  }
}
