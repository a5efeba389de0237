package io.hostorder.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.journal.JournaledProvider;
import io.hostorder.core.journal.Settlement;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.provider.jsonrest.JsonRestProviderFactory;
import io.hostorder.provider.memory.MemoryProviderFactory;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault campaign through the journal: orders with a random fault on the committing request (after
 * processing: every {@code AfterProcessing} answer; before: 503/429), placed the way the README tells a
 * broker to: on an unknown outcome, {@code settle} (reconcile), else an operator resolves it; on a
 * definitive refusal, place again. Seeded ({@code -Djournal.campaign.seed}); {@code
 * -Djournal.campaign.orders} orders per target (default 150; the documented run uses 2500).
 */
@Timeout(900)
class FaultCampaignTest {
  private static final int ORDERS = Integer.getInteger("journal.campaign.orders", 150);
  private static final long SEED = Long.getLong("journal.campaign.seed", 20261202L);

  @TempDir
  Path dir;

  @Test
  void jsonrest_zeroDuplicates_zeroLost() {
    try (CampaignTarget t = new JsonRestTarget()) {
      run(t, "jsonrest");
    }
  }

  @Test
  void memoryWithReconcile_zeroDuplicates_zeroLost_noOperator() {
    try (CampaignTarget t = new MemoryTarget(true)) {
      Campaign c = run(t, "memory-reconcile");
      assertThat(c.needsOperator).isZero();
    }
  }

  @Test
  void memoryWithoutReconcile_zeroDuplicates_zeroLost() {
    try (CampaignTarget t = new MemoryTarget(false)) {
      run(t, "memory-noreconcile");
    }
  }

  private Campaign run(CampaignTarget t, String name) {
    Random random = new Random(SEED);
    Campaign c = new Campaign("fault campaign");
    try (SqliteJournal journal = SqliteJournal.open(dir.resolve(name + ".db"));
        ProviderRegistry registry = ProviderRegistry.builder().add(new JsonRestProviderFactory())
            .add(new MemoryProviderFactory()).journal(journal).build()) {
      OrderProvider p = registry.create(t.type(), ProviderConfig.of(t.config()));
      for (int i = 0; i < ORDERS; i++) {
        String ref = name + "-" + i;
        c.references.add(ref);
        if (random.nextInt(10) < 6) {
          t.armRandomFault(random);
          c.faults++;
        }
        for (int attempt = 0; attempt < 4; attempt++) {
          try {
            p.place(t.order(ref));
            break;
          } catch (OutcomeUnknownException e) {
            t.disarm();
            Settlement s = ((JournaledProvider) p).settle(ref);
            if (s.outcome() == Settlement.Outcome.NEEDS_OPERATOR) {
              c.operator(journal, t, ref);
            }
          } catch (HostorderException e) {
            t.disarm(); // a definitive refusal (e.g. 503 before processing): safe to place again
          }
        }
        t.disarm();
      }
      c.report(t, journal);
      assertThat(journal.integrityCheck()).isEmpty();
    }
    return c;
  }
}
