package io.hostorder.provider.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.OrderStatus;
import io.hostorder.core.registry.ProviderRegistry;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The cost of an order does not grow with the orders an account holds: counted (orders looked at per
 * lookup by reference), never timed. The time per order is printed for the record only.
 */
class MemoryLedgerScaleTest {
  final String account = "scale-" + UUID.randomUUID();
  final ProviderRegistry registry = ProviderRegistry.builder().add(new MemoryProviderFactory()).build();

  @AfterEach
  void forget() {
    MemoryAccount.remove(account);
    registry.close();
  }

  @Test
  void place_looksAtOneOrderPerLookup_at1000And100000Orders() {
    OrderProvider provider = registry.create("memory",
        ProviderConfig.of(Map.of("account", account, "password", "pw-1", "balance", "100000000")));
    MemoryLedger ledger = MemoryAccount.find(account).orElseThrow().ledger();
    OrderItem small = OrderItem.builder().plan("small").period(BillingPeriod.P1M).build();

    long start = System.nanoTime();
    place(provider, small, 0, 1_000);
    long early = System.nanoTime() - start;
    double visitsAt1000 = visitsPerLookup(provider, ledger, small, 1_000);

    place(provider, small, 1_100, 99_000);
    long lateStart = System.nanoTime();
    place(provider, small, 99_000, 100_000);
    long late = System.nanoTime() - lateStart;
    double visitsAt100000 = visitsPerLookup(provider, ledger, small, 100_000);

    System.out.printf("memory provider: %.3f ms per order for the first 1,000 orders, %.3f ms per order from"
        + " 99,000 to 100,000; orders looked at per lookup by reference: %.2f at 1,000, %.2f at 100,000%n",
        early / 1e6 / 1_000, late / 1e6 / 1_000, visitsAt1000, visitsAt100000);
    assertThat(ledger.size()).isEqualTo(100_100);
    assertThat(visitsAt1000).isLessThanOrEqualTo(1.0);
    assertThat(visitsAt100000).isEqualTo(visitsAt1000);
  }

  private static void place(OrderProvider provider, OrderItem item, int from, int to) {
    for (int i = from; i < to; i++) {
      if (i >= 1_000 && i < 1_100) {
        continue; // placed by visitsPerLookup
      }
      assertThat(provider.place(OrderRequest.builder().reference("ref-" + i).items(java.util.List.of(item)).build())
          .status()).isEqualTo(OrderStatus.ACTIVE);
    }
  }

  /** Places 100 orders (each looks its reference up first) and returns the orders looked at per lookup. */
  private static double visitsPerLookup(OrderProvider provider, MemoryLedger ledger, OrderItem item, int size) {
    long before = ledger.visited();
    int lookups = 0;
    for (int i = 0; i < 100; i++) {
      String reference = "ref-" + (size == 1_000 ? 1_000 + i : "late-" + i);
      provider.place(OrderRequest.builder().reference(reference).items(java.util.List.of(item)).build());
      ledger.byReference(reference); // a lookup that finds it
      lookups += 2;
    }
    return (double) (ledger.visited() - before) / lookups;
  }
}
