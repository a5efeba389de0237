package io.hostorder.bench;

import io.hostorder.core.registry.ProviderRegistry;

/**
 * Runs the whole suite and prints one table (docs/performance.md): start-up, latency, CPU, scaling, heap.
 * Usage: {@code benchmarks/run [--smoke] [--orders N] [--jar cli/target/hostorder.jar]}.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    long t0 = System.nanoTime();
    Table table = run(o);
    System.out.println();
    System.out.print(table.render());
    System.out.printf("%n%s run, %d cores, Java %s (%s), %.0f s%n", o.smoke() ? "smoke" : "full",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        System.getProperty("java.vm.name"), (System.nanoTime() - t0) / 1e9);
  }

  /** Runs every measure with {@code options} and returns the table. */
  static Table run(Options options) throws Exception {
    Table table = new Table();
    // Start-up first: the spawned JVMs then compete with nothing of this one's.
    progress("start-up");
    StartupSuite.run(options, table);
    try (ProviderRegistry registry = ProviderRegistry.installed()) {
      progress("latency");
      LatencySuite.run(registry, options, table);
      progress("cpu");
      CpuSuite.run(registry, options, table);
      progress("scaling");
      ScalingSuite.run(registry, options, table);
      progress("heap");
      HeapSuite.run(registry, options, table);
    }
    return table;
  }

  private static void progress(String suite) {
    System.err.println("[bench] " + suite + " …");
  }
}
