package io.hostorder.provider.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.provider.memory.tck.MemoryHarness;
import io.hostorder.tck.campaign.Campaign;
import io.hostorder.tck.campaign.CampaignResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seeded campaign (300 orders, random faults at the committing step, placed as README tells a broker
 * to) against the reference provider: no reference ordered twice, no order the broker does not know of.
 */
class MemoryCampaignTest {
  static final long SEED = 20261202L;

  static CampaignResult run(Map<String, String> extra, long seed) {
    Map<String, String> config = new java.util.HashMap<>(extra);
    config.put("balance", "100000"); // every order paid, none left waiting for payment
    try (MemoryHarness harness = MemoryHarness.fresh(config)) {
      return Campaign.builder(harness).orders(300).seed(seed).out(System.out).build().run();
    }
  }

  @Test
  void threeHundredOrdersWithRandomFaults_noDuplicate_noLostOrder() {
    CampaignResult r = run(Map.of(), SEED);
    assertThat(r.faults()).as("orders with a fault").isGreaterThan(150);
    assertThat(r.duplicates()).as("duplicates: " + r.incidents()).isZero();
    assertThat(r.lost()).as("lost: " + r.incidents()).isZero();
    assertThat(r.phantoms()).as(r.line() + "; orders the broker believes placed that the provider lacks: "
        + r.incidents()).isZero();
  }

  /** Without reconcile the broker can only hold what is unknown: still nothing twice, nothing lost. */
  @Test
  void withoutReconcile_unknownOutcomesAreHeld_noDuplicate_noLostOrder() {
    CampaignResult r = run(Map.of("capabilities", "MULTIPLE_ITEMS,PROMO_CODE"), SEED);
    assertThat(r.unknownPending()).as("references held as unknown").isPositive();
    assertThat(r.duplicates()).as("duplicates: " + r.incidents()).isZero();
    assertThat(r.lost()).as("lost: " + r.incidents()).isZero();
    assertThat(r.phantoms()).as(r.line() + "; orders the broker believes placed that the provider lacks: "
        + r.incidents()).isZero();
  }

  @Test
  void theSameSeedGivesTheSameCounts() {
    CampaignResult a = run(Map.of(), 7L);
    CampaignResult b = run(Map.of(), 7L);
    assertThat(b.line().replace(b.provider(), "")).isEqualTo(a.line().replace(a.provider(), ""));
  }
}
