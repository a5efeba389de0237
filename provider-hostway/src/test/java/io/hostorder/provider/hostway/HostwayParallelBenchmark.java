package io.hostorder.provider.hostway;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.json.OrderJson;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.simulator.hostway.HostwaySimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Prints how long the document's whole Virtuozzo example takes to place against the Hostway simulator
 * with 50 ms of latency per answer, with and without {@code parallel-services=true}. Not a test: run
 * {@code main} (argument: rounds per mode, default 5). Takes a few seconds.
 */
public final class HostwayParallelBenchmark {
  private HostwayParallelBenchmark() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    OrderRequest example = OrderJson.read(find(Path.of("examples", "hostway-virtuozzo.json")));
    try (HostwaySimulator simulator = HostwaySimulator.builder().start();
        ProviderRegistry registry = ProviderRegistry.builder().add(new HostwayProviderFactory()).build()) {
      simulator.faults().latency(Duration.ofMillis(50));
      System.out.printf("Hostway simulator, 50 ms latency per answer, %d requests per order, %d rounds per mode%n",
          11, rounds);
      long sequential = run(registry, simulator, example, false, rounds);
      long parallel = run(registry, simulator, example, true, rounds);
      System.out.printf("saving: %d ms per order (%.0f%%)%n", sequential - parallel,
          100.0 * (sequential - parallel) / sequential);
    }
  }

  private static long run(ProviderRegistry registry, HostwaySimulator simulator, OrderRequest example, boolean parallel,
      int rounds) {
    OrderProvider provider = registry.create("hostway", ProviderConfig.of(Map.of(
        "base-url", simulator.baseUrl().toString(), "currency", "USD", "language", "en-US",
        "parallel-services", Boolean.toString(parallel))));
    provider.place(example.toBuilder().reference("warm-up-" + parallel).build());
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      provider.place(example.toBuilder().reference("bench-" + parallel + "-" + i).build());
      millis.add((System.nanoTime() - start) / 1_000_000);
    }
    Collections.sort(millis);
    long median = millis.get(millis.size() / 2);
    System.out.printf("parallel-services=%-5s median %4d ms (min %d, max %d)%n", parallel, median, millis.get(0),
        millis.get(millis.size() - 1));
    return median;
  }

  /** Finds {@code relative} in the working directory or one of its parents (the module or the repository root). */
  private static Path find(Path relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(relative))) {
        return dir.resolve(relative);
      }
    }
    throw new IllegalStateException("cannot find " + relative + " from " + Path.of("").toAbsolutePath());
  }
}
