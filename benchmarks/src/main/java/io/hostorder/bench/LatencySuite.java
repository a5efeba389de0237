package io.hostorder.bench;

import io.hostorder.core.registry.ProviderRegistry;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Wall time and requests per order with every answer delayed by 50 ms: hostorder and the hand-written
 * sequence, interleaved (alternating which goes first) against the same simulator.
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
          s.placeReference();
        }
        s.latency(LATENCY);
        List<Double> hTime = new ArrayList<>();
        List<Double> rTime = new ArrayList<>();
        List<Double> hReq = new ArrayList<>();
        List<Double> rReq = new ArrayList<>();
        for (int i = 0; i < o.latencyOrders(); i++) {
          if (i % 2 == 0) {
            hostorder(s, hTime, hReq);
            reference(s, rTime, rReq);
          } else {
            reference(s, rTime, rReq);
            hostorder(s, hTime, hReq);
          }
        }
        Stats hr = Stats.of(hReq);
        Stats rr = Stats.of(rReq);
        int documented = s.reference().documentedRequests();
        table.add(name + ": requests per order", requests(hr), requests(rr), hr.median() / rr.median(),
            "= documented minimum (" + documented + ")", hr.p10() == documented && hr.p90() == documented);
        Stats ht = Stats.of(hTime);
        Stats rt = Stats.of(rTime);
        double ratio = ht.median() / rt.median();
        table.add(name + ": wall time per order, 50 ms per answer", ht.format("ms"), rt.format("ms"), ratio,
            "≤ 1.05×", o.smoke() ? null : ratio <= 1.05);
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

  private static void reference(Scenario s, List<Double> time, List<Double> requests) throws IOException {
    int before = s.requestCount();
    long t0 = System.nanoTime();
    s.placeReference();
    time.add((System.nanoTime() - t0) / 1e6);
    requests.add((double) (s.requestCount() - before));
  }
}
