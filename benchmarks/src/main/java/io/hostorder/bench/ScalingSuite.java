package io.hostorder.bench;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.provider.memory.tck.MemoryHarness;
import io.hostorder.simulator.billmanager.BillmanagerSimulator;
import io.hostorder.tck.ProviderObserver;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * Requests and time per order as the account grows, no latency: a BILLmanager client holding 10 vs
 * 5,000 services (filled by the hand-written skipbasket order, one request each), and the memory
 * provider's account at 1,000 vs 100,000 orders (filled through hostorder). BILLmanager places through a SQLite
 * journal, as the command does; memory without one (its own lookup is a map). The reference column holds
 * the small account's figure; the ratio is large over small.
 */
final class ScalingSuite {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private ScalingSuite() {}

  static void run(ProviderRegistry registry, Options o, Table table) throws IOException {
    billmanager(registry, o, table);
    memory(registry, o, table);
  }

  private static void billmanager(ProviderRegistry registry, Options o, Table table) throws IOException {
    try (BillmanagerSimulator sim = Scenarios.billmanagerSimulator(); BenchJournal journal = new BenchJournal()) {
      Map<String, String> c = new LinkedHashMap<>();
      c.put("base-url", sim.baseUrl().toString());
      c.put("username", BillmanagerSimulator.ADMIN_LOGIN);
      c.put("password", BillmanagerSimulator.ADMIN_PASSWORD);
      c.put("su", BillmanagerSimulator.CLIENT_LOGIN);
      OrderProvider provider = journal.wrap(registry.create("billmanager", ProviderConfig.of(c)), "billmanager scaling");
      Reference fill = BillmanagerReference.billmanager(okhttp3.HttpUrl.get(sim.baseUrl().toString()), BillmanagerSimulator.ADMIN_LOGIN,
          BillmanagerSimulator.ADMIN_PASSWORD, BillmanagerSimulator.CLIENT_LOGIN, true);
      OrderItem plain = io.hostorder.core.model.OrderItem.builder().plan("2").region("1").addon("2", "10")
          .period(io.hostorder.core.model.BillingPeriod.P1M).build();
      Place place = () -> {
        String ref = "scale-" + SEQUENCE.incrementAndGet();
        provider.place(OrderRequest.builder().reference(ref).addItem(plain.toBuilder().name(ref).build()).build());
      };
      Fill filler = n -> {
        for (int i = sim.services().size(); i < n; i++) {
          fill.order("fill-" + SEQUENCE.incrementAndGet());
        }
      };
      compare(table, o, "billmanager cart", "services", o.billmanagerSmall(), o.billmanagerLarge(), filler, place,
          sim::requestCount);
    }
  }

  private static void memory(ProviderRegistry registry, Options o, Table table) throws IOException {
    try (MemoryHarness h = MemoryHarness.fresh(Map.of("balance", "1000000000000"))) {
      OrderProvider provider = registry.create("memory", h.config());
      ProviderObserver observer = h.observer().orElseThrow();
      OrderItem plain = h.plainItem();
      int[] placed = {0};
      Place place = () -> {
        provider.place(OrderRequest.builder().reference("scale-" + SEQUENCE.incrementAndGet()).addItem(plain).build());
        placed[0]++;
      };
      Fill filler = n -> {
        while (placed[0] < n) {
          place.run();
        }
      };
      compare(table, o, "memory", "orders", o.memorySmall(), o.memoryLarge(), filler, place, observer::requestCount);
    }
  }

  private interface Place {
    void run() throws IOException;
  }

  private interface Fill {
    void to(int size) throws IOException;
  }

  private static void compare(Table table, Options o, String name, String unit, int small, int large, Fill fill,
      Place place, IntSupplier requests) throws IOException {
    fill.to(small);
    Sample s = sample(o, place, requests);
    fill.to(large);
    Sample l = sample(o, place, requests);
    String label = name + " at " + String.format("%,d", large) + " vs " + String.format("%,d", small) + " " + unit;
    double rr = l.requests / s.requests;
    table.add(label + ": requests per order", Table.number(l.requests), Table.number(s.requests), rr, "±10 %",
        Math.abs(rr - 1) <= 0.10);
    double tr = l.time.median() / s.time.median();
    // The small account is measured first, with the JIT less warm: a large account that is faster has not
    // grown, so only growth beyond 10 % misses the goal.
    table.add(label + ": time per order, no latency", l.time.format("ms"), s.time.format("ms"), tr,
        "±10 % (no growth > 10 %)", o.smoke() ? null : tr <= 1.10);
  }

  private record Sample(double requests, Stats time) {}

  private static Sample sample(Options o, Place place, IntSupplier requests) throws IOException {
    for (int i = 0; i < Math.max(3, o.scaleOrders() / 10); i++) {
      place.run();
    }
    List<Double> times = new ArrayList<>();
    int before = requests.getAsInt();
    for (int i = 0; i < o.scaleOrders(); i++) {
      long t0 = System.nanoTime();
      place.run();
      times.add((System.nanoTime() - t0) / 1e6);
    }
    return new Sample((requests.getAsInt() - before) / (double) o.scaleOrders(), Stats.of(times));
  }
}
