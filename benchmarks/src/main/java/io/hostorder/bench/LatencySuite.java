package io.hostorder.bench;

import io.hostorder.core.registry.ProviderRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Wall time and requests per order with every answer delayed by 50 ms, against the same simulator and
 * interleaved (taking turns at going first): hostorder as {@code hostorder order} places (through a SQLite
 * journal), the provider alone (no journal), and the hand-written sequence. The provider is compared with
 * the hand-written sequence; the journaled order with the provider alone gives the journal's share.
 */
final class LatencySuite {
  static final Duration LATENCY = Duration.ofMillis(50);

  private LatencySuite() {}

  static void run(ProviderRegistry registry, Options o, Table table) throws IOException {
    for (String name : Scenarios.names()) {
      try (Scenario s = Scenarios.create(registry, name)) {
        // Warm-up without latency: class loading, JIT, connections, Zomro's func=auth.
        for (int i = 0; i < (o.smoke() ? 1 : 3); i++) {
          s.placeHostorder();
          s.placeBare();
          s.placeReference();
        }
        s.latency(LATENCY);
        List<Double> hTime = new ArrayList<>();
        List<Double> bTime = new ArrayList<>();
        List<Double> rTime = new ArrayList<>();
        List<Double> hReq = new ArrayList<>();
        List<Double> rReq = new ArrayList<>();
        for (int i = 0; i < o.latencyOrders(); i++) {
          // The three sides take turns at going first, so that a slow moment of the machine is shared.
          for (int k = 0; k < 3; k++) {
            switch ((i + k) % 3) {
              case 0 -> hostorder(s, hTime, hReq);
              case 1 -> bare(s, bTime);
              default -> reference(s, rTime, rReq);
            }
          }
        }
        Stats hr = Stats.of(hReq);
        Stats rr = Stats.of(rReq);
        int documented = s.reference().documentedRequests();
        table.add(name + ": requests per order (journaled)", requests(hr), requests(rr), hr.median() / rr.median(),
            "= documented minimum (" + documented + ")", hr.p10() == documented && hr.p90() == documented);
        Stats bt = Stats.of(bTime);
        Stats rt = Stats.of(rTime);
        double ratio = bt.median() / rt.median();
        table.add(name + ": wall time per order, 50 ms per answer (provider)", bt.format("ms"), rt.format("ms"),
            ratio, "≤ 1.05×", o.smoke() ? null : ratio <= 1.05);
        Stats ht = Stats.of(hTime);
        double share = (ht.median() - bt.median()) / ht.median();
        table.add(name + ": journal's share of the journaled order's wall time (SQLite)",
            ht.format("ms") + ", " + Table.number(share * 100) + " %", bt.format("ms") + " without", ht.median()
            / bt.median(), "≤ 10 %", o.smoke() ? null : share <= 0.10);
      }
    }
  }

  private static String requests(Stats s) {
    return s.p10() == s.p90() ? Table.number(s.median()) : Table.number(s.median()) + " (" + Table.number(s.p10())
        + "–" + Table.number(s.p90()) + ")";
  }

  private static void hostorder(Scenario s, List<Double> time, List<Double> requests) {
    int before = s.requestCount();
    long t0 = System.nanoTime();
    s.placeHostorder();
    time.add((System.nanoTime() - t0) / 1e6);
    requests.add((double) (s.requestCount() - before));
  }

  private static void bare(Scenario s, List<Double> time) {
    long t0 = System.nanoTime();
    s.placeBare();
    time.add((System.nanoTime() - t0) / 1e6);
  }

  private static void reference(Scenario s, List<Double> time, List<Double> requests) throws IOException {
    int before = s.requestCount();
    long t0 = System.nanoTime();
    s.placeReference();
    time.add((System.nanoTime() - t0) / 1e6);
    requests.add((double) (s.requestCount() - before));
  }
}
