package io.hostorder.provider.hostway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates the services of one product in an order the API accepts: each service after the service it
 * relates to ("Virtuozzo Server … needs to be created first" — Hostway OrderAPI). In sequence, that is
 * the order given; in parallel, the services related to one service (which do not depend on each
 * other) are created concurrently once it exists.
 */
final class ServiceScheduler {
  private static final int MAX_THREADS = 8;
  private static final AtomicInteger THREADS = new AtomicInteger();

  private ServiceScheduler() {}

  static void create(OrderRun run, OrderPlan.Product product, boolean parallel) {
    List<OrderPlan.Service> services = product.services();
    if (!parallel || services.size() < 2) {
      for (OrderPlan.Service s : services) {
        run.addService(product, s);
      }
      return;
    }
    ExecutorService executor = Executors.newFixedThreadPool(Math.min(MAX_THREADS, services.size()), r -> {
      Thread t = new Thread(r, "hostorder-hostway-services-" + THREADS.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      Map<String, CompletableFuture<Void>> created = new LinkedHashMap<>();
      List<CompletableFuture<Void>> all = new ArrayList<>();
      for (OrderPlan.Service s : services) {
        CompletableFuture<Void> after = s.relatedTo() == null ? null : created.get(s.relatedTo());
        CompletableFuture<Void> f = after == null
            ? CompletableFuture.runAsync(() -> run.addService(product, s), executor)
            : after.thenRunAsync(() -> run.addService(product, s), executor);
        created.put(s.path(), f);
        all.add(f);
      }
      RuntimeException first = null;
      for (CompletableFuture<Void> f : all) {
        try {
          f.join();
        } catch (CompletionException e) {
          if (first == null) {
            first = e.getCause() instanceof RuntimeException r ? r : e;
          }
        }
      }
      if (first instanceof HostwayOrderIncompleteException incomplete
          && incomplete.getCause() instanceof io.hostorder.core.error.HostorderException cause) {
        throw run.incomplete(incomplete.step(), cause); // with every service created meanwhile
      }
      if (first != null) {
        throw first;
      }
    } finally {
      executor.shutdownNow();
    }
  }
}
