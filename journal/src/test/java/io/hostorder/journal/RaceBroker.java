package io.hostorder.journal;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.journal.OrderJournal;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.provider.jsonrest.JsonRestProviderFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A broker process for the race test: places references {@code prefix-0 … prefix-(n-1)} through the
 * journal at {@code args[0]} against the JSON action API at {@code args[1]}, 8 at a time, and prints
 * {@code placed=P failed=F}. Run by {@link SharedJournalRaceTest} as a child JVM.
 */
public final class RaceBroker {
  private RaceBroker() {}

  public static void main(String[] args) throws Exception {
    String journalSpec = args[0];
    String baseUrl = args[1];
    String prefix = args[2];
    int n = Integer.parseInt(args[3]);
    try (OrderJournal journal = Journals.open(journalSpec, Map.of("HOSTORDER_JOURNAL_USER", "postgres",
        "HOSTORDER_JOURNAL_PASSWORD", "postgres"))) {
      int[] r = place(journal, baseUrl, prefix, n, 8);
      System.out.println("placed=" + r[0] + " failed=" + r[1]);
    }
    System.exit(0);
  }

  /** Places the {@code n} references with {@code threads} threads; returns {placed, failed}. */
  static int[] place(OrderJournal journal, String baseUrl, String prefix, int n, int threads) throws Exception {
    try (ProviderRegistry registry = ProviderRegistry.builder().add(new JsonRestProviderFactory())
        .journal(journal, o -> o.withInFlightWait(java.time.Duration.ofSeconds(60))).build()) {
      OrderProvider p = registry.create("jsonrest", ProviderConfig.of(Map.of("base-url", baseUrl,
          "username", "broker", "password", "Basic-Pw-81f3", "read-timeout", "20s")));
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String ref = prefix + "-" + i;
        results.add(pool.submit(() -> {
          try {
            p.place(Orders.vps(ref, "srv-" + ref));
            return true;
          } catch (RuntimeException e) {
            System.err.println(ref + ": " + e);
            return false;
          }
        }));
      }
      int placed = 0;
      int failed = 0;
      for (Future<Boolean> f : results) {
        if (f.get(10, TimeUnit.MINUTES)) {
          placed++;
        } else {
          failed++;
        }
      }
      pool.shutdown();
      return new int[] {placed, failed};
    }
  }
}
