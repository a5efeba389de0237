package io.hostorder.bench;

import io.hostorder.core.registry.ProviderRegistry;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU per order on one thread against the in-process simulator, no latency: hostorder through its SQLite
 * journal, the provider alone and the hand-written sequence, in blocks after a warm-up; the provider is
 * compared with the hand-written sequence, the journaled order with the provider. The CPU counted is the calling
 * thread's ({@link ThreadMXBean#getCurrentThreadCpuTime}), so the simulator's own work, on its server
 * threads, is left out of both sides. The related services of {@code hostway parallel-services} run on
 * other threads, so that configuration is not measured here. The simulator is reset before every block
 * of {@value #BLOCK} order pairs, so the account stays small (see {@link ScalingSuite} for its growth).
 */
final class CpuSuite {
  private static final int BLOCK = 25;

  private CpuSuite() {}

  static void run(ProviderRegistry registry, Options o, Table table) throws IOException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (String name : Scenarios.names()) {
      if (name.contains("parallel")) {
        continue;
      }
      try (Scenario s = Scenarios.create(registry, name)) {
        for (int i = 0; i < o.cpuWarmup(); i++) {
          if (i % BLOCK == 0) {
            s.reset();
          }
          s.placeHostorder();
          s.placeBare();
          s.placeReference();
        }
        long hCpu = 0;
        long bCpu = 0;
        long rCpu = 0;
        int done = 0;
        while (done < o.cpuOrders()) {
          int n = Math.min(BLOCK, o.cpuOrders() - done);
          s.reset();
          long t0 = threads.getCurrentThreadCpuTime();
          for (int i = 0; i < n; i++) {
            s.placeHostorder();
          }
          long t1 = threads.getCurrentThreadCpuTime();
          for (int i = 0; i < n; i++) {
            s.placeReference();
          }
          long t2 = threads.getCurrentThreadCpuTime();
          for (int i = 0; i < n; i++) {
            s.placeBare();
          }
          long t3 = threads.getCurrentThreadCpuTime();
          hCpu += t1 - t0;
          rCpu += t2 - t1;
          bCpu += t3 - t2;
          done += n;
        }
        double h = hCpu / 1e3 / done;
        double b = bCpu / 1e3 / done;
        double r = rCpu / 1e3 / done;
        table.add(name + ": CPU per order, provider (calling thread, no latency)", Table.number(b) + " µs",
            Table.number(r) + " µs", b / r, "≤ 2×", o.smoke() ? null : b / r <= 2);
        table.add(name + ": CPU per order, journaled (SQLite)", Table.number(h) + " µs",
            Table.number(b) + " µs without", h / b, "—", null);
      }
    }
  }
}
