package io.hostorder.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The suite's {@code --smoke} mode in the normal build: every measure runs; no goal on time is judged. */
class SmokeTest {

  @Test
  void smoke_runsEveryMeasure_andTheHandWrittenSequencesSendTheDocumentedRequests() throws Exception {
    Table table = Main.run(Options.parse("--smoke"));
    List<Table.Row> rows = table.rows();

    assertThat(rows).extracting(Table.Row::measure).anyMatch(m -> m.startsWith("start-up"))
        .anyMatch(m -> m.startsWith("first provider instance")).anyMatch(m -> m.contains("CPU per order"))
        .anyMatch(m -> m.startsWith("memory at")).anyMatch(m -> m.startsWith("billmanager cart at"))
        .anyMatch(m -> m.startsWith("jsonrest: heap growth per order"))
        .anyMatch(m -> m.startsWith("billmanager skipbasket: heap growth per order"));
    for (String scenario : Scenarios.names()) {
      assertThat(rows).extracting(Table.Row::measure).contains(scenario + ": requests per order (journaled)",
          scenario + ": wall time per order, 50 ms per answer (provider)",
          scenario + ": journal's share of the journaled order's wall time (SQLite)");
    }
    // Each requests row: the hand-written client sends the documented minimum, and hostorder, through its
    // journal, sends no more (a count, not a time: judged even in the smoke run).
    assertThat(rows).filteredOn(r -> r.measure().endsWith(": requests per order (journaled)"))
        .hasSize(Scenarios.names().size())
        .allSatisfy(r -> {
          assertThat(r.goal()).contains("(" + (int) Double.parseDouble(r.reference()) + ")");
          assertThat(r.hostorder()).isEqualTo(r.reference());
          assertThat(r.met()).isTrue();
        });
    assertThat(table.render()).contains("| measure").contains("| hostorder").doesNotContain("NaN");
  }
}
