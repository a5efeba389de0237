package io.hostorder.tck;

import static io.hostorder.tck.Rule.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** SPEC.md section 10: concurrency. */
final class ConcurrencyRules {
  static final int ORDERS = 16;
  static final int THREADS = 8;

  private ConcurrencyRules() {}

  static List<Rule> all() {
    return List.of(
        rule("R10.1", "16 orders placed from 8 threads on one instance give 16 distinct orders")
            .hint("keep no per-order state in the provider instance (sessions, cart ids) outside the Cart; "
                + "guard shared state such as a login session")
            .check(ctx -> {
              OrderProvider provider = ctx.provider();
              int before = ctx.orders();
              ExecutorService pool = Executors.newFixedThreadPool(THREADS);
              List<Order> placed = new ArrayList<>();
              try {
                List<Future<Order>> futures = new ArrayList<>();
                for (int i = 0; i < ORDERS; i++) {
                  futures.add(pool.submit(() -> provider.place(ctx.plainOrder())));
                }
                for (Future<Order> f : futures) {
                  placed.add(ctx.placed(provider, f.get(120, TimeUnit.SECONDS)));
                }
              } finally {
                pool.shutdownNow();
              }
              Set<OrderRef> refs = new HashSet<>();
              placed.forEach(o -> refs.add(o.ref()));
              assertThat(refs).as("distinct order ids").hasSize(ORDERS);
              if (before >= 0) {
                assertThat(ctx.orders()).as("orders the provider holds").isEqualTo(before + ORDERS);
              }
            }));
  }
}
