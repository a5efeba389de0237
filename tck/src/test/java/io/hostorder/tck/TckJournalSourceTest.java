package io.hostorder.tck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The TCK finds the journal module by name: here, in the TCK's own build, it is not on the class path
 * (the journal's tests use providers that run this TCK), so section 15 has no journal and is skipped.
 */
class TckJournalSourceTest {

  @Test
  void withoutTheJournalModuleOnTheClassPath_thereIsNoSqliteJournalSource() {
    assertThat(TckJournalSource.sqlite()).isEmpty();
  }

  @Test
  void section15IsInTheVariantTopics_soEveryVariantRunsIt() {
    assertThat(TckHarness.VARIANT_TOPICS).contains("R15");
    assertThat(Rules.topics()).extracting(Rules.Topic::title).contains("15 Journal-backed place");
  }
}
