package io.hostorder.bench;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.Resources;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.simulator.billmanager.BillmanagerSimulator;
import io.hostorder.simulator.jsonrest.JsonActionSimulator;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The heap after GC over a long run in one JVM: a provider with its simulator (what a {@code hostorder
 * simulate} left running, or a broker's long-lived process, holds), no latency, no journal (it lives on
 * disk). The heap is taken after a tenth of the orders and again at the end; the growth per order between
 * the two is what the provider and its simulator keep per order. The goal is the simulator's own ledger,
 * a few hundred bytes an order: every other history is bounded. The simulators get money for the whole run;
 * the orders are placed as behind a journal ({@link Scenario#NEVER_SENT}: no lookup before ordering).
 */
final class HeapSuite {
  /** What a simulator's ledger of one order may take: its id, reference, plan, status and a few fields. */
  static final long LEDGER_BYTES = 512;
  private static final BigDecimal MONEY = new BigDecimal("1000000000");

  private HeapSuite() {}

  static void run(ProviderRegistry registry, Options o, Table table) {
    try (JsonActionSimulator sim = JsonActionSimulator.builder().credit(MONEY).start()) {
      OrderProvider provider = registry.create("jsonrest", ProviderConfig.of(Map.of(
          "base-url", sim.baseUrl().toString(), "token", sim.token())));
      OrderItem item = OrderItem.builder().plan("VPS").name("heap")
          .resources(new Resources(new BigDecimal("0.5"), 1, 10)).image("2").build();
      measure(table, o, "jsonrest", provider, item);
    }
    try (BillmanagerSimulator sim = BillmanagerSimulator.builder(io.hostorder.simulator.billmanager.Profile.BILLMANAGER)
        .balance(MONEY).start()) {
      OrderProvider provider = registry.create("billmanager", ProviderConfig.of(Map.of(
          "base-url", sim.baseUrl().toString(), "username", BillmanagerSimulator.ADMIN_LOGIN,
          "password", BillmanagerSimulator.ADMIN_PASSWORD, "su", BillmanagerSimulator.CLIENT_LOGIN,
          "skipbasket", "true")));
      OrderItem item = OrderItem.builder().plan("2").region("1").addon("2", "10").period(BillingPeriod.P1M)
          .name("heap").build();
      measure(table, o, "billmanager skipbasket", provider, item);
    }
  }

  private static void measure(Table table, Options o, String name, OrderProvider provider, OrderItem item) {
    int orders = o.heapOrders();
    int first = orders / 10;
    for (int i = 0; i < first; i++) {
      place(provider, item, name, i);
    }
    long atFirst = usedHeap();
    for (int i = first; i < orders; i++) {
      place(provider, item, name, i);
    }
    long atEnd = usedHeap();
    double perOrder = (double) (atEnd - atFirst) / (orders - first);
    table.add(name + ": heap growth per order after GC, " + String.format("%,d", first) + " → "
        + String.format("%,d", orders) + " orders (provider + simulator)", Table.number(perOrder) + " B",
        mib(atFirst) + " → " + mib(atEnd), Double.NaN, "≤ " + LEDGER_BYTES + " B (a ledger entry)",
        o.smoke() ? null : perOrder <= LEDGER_BYTES);
  }

  private static void place(OrderProvider provider, OrderItem item, String name, int i) {
    String ref = "heap-" + name.replace(' ', '-') + "-" + i;
    provider.place(OrderRequest.builder().reference(ref).addItem(item.toBuilder().name(ref).build()).build(),
        Scenario.NEVER_SENT);
  }

  private static String mib(long bytes) {
    return Table.number(bytes / (1024.0 * 1024.0)) + " MiB";
  }

  /** The smallest of three readings, each after a full collection. */
  private static long usedHeap() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }
}
