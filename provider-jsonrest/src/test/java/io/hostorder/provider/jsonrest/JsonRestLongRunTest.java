package io.hostorder.provider.jsonrest;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.Resources;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.simulator.jsonrest.JsonActionSimulator;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A long run of the client against its simulator in one JVM: what the simulator keeps stays at its bound, and
 * the heap does not grow with the orders placed. Counted and measured, never timed.
 */
class JsonRestLongRunTest {
  private static final int ORDERS = 20_000;
  private static final int FIRST_SAMPLE = 5_000;
  /** A generous bound: the simulator's ledger keeps a few hundred bytes per order. */
  private static final long MAX_GROWTH_PER_ORDER = 2_048;

  @Test
  void twentyThousandOrders_keepTheHistoryAtItsBound_andTheHeapFlat() {
    try (JsonActionSimulator simulator = JsonActionSimulator.builder().credit(new BigDecimal("100000000")).start();
        ProviderRegistry registry = ProviderRegistry.builder().add(new JsonRestProviderFactory()).build()) {
      OrderProvider provider = registry.create("jsonrest", ProviderConfig.of(Map.of(
          "base-url", simulator.baseUrl().toString(), "token", simulator.token(), "read-timeout", "5s")));
      OrderItem item = OrderItem.builder().plan("VPS").name("long-run")
          .resources(new Resources(new BigDecimal("0.5"), 1, 10)).image("2").build();

      long atFirstSample = 0;
      for (int i = 1; i <= ORDERS; i++) {
        provider.place(OrderRequest.builder().reference("long-run-" + i).addItem(item).build());
        if (i == FIRST_SAMPLE) {
          atFirstSample = usedHeap();
        }
      }
      long atEnd = usedHeap();
      double perOrder = (double) (atEnd - atFirstSample) / (ORDERS - FIRST_SAMPLE);
      System.out.printf("jsonrest client + simulator: heap %,d bytes after %,d orders, %,d after %,d: %.0f bytes per"
          + " order; %,d requests received, %,d kept%n", atFirstSample, FIRST_SAMPLE, atEnd, ORDERS, perOrder,
          simulator.requestCount(), simulator.requests().size());

      assertThat(simulator.orders()).hasSize(ORDERS);
      assertThat(simulator.requestCount()).isGreaterThanOrEqualTo(ORDERS);
      assertThat(simulator.requests()).hasSize(1_000);
      assertThat(perOrder).isLessThan(MAX_GROWTH_PER_ORDER);
    }
  }

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
