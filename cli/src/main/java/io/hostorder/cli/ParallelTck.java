package io.hostorder.cli;

import io.hostorder.tck.TckHarnessFactory;
import io.hostorder.tck.TckReports;
import io.hostorder.tck.TckResult;
import java.io.PrintWriter;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs the TCK against several built-in simulators at once, one thread and one {@link IsolatedTck} class
 * loader per provider, printing one summary line per provider as it finishes.
 */
final class ParallelTck {
  private static final String SLF4J_PROVIDER = "slf4j.provider";

  private ParallelTck() {}

  /**
   * Runs the TCK against every simulator at once, each in a class loader of its own (see
   * {@link IsolatedTck}), and returns the results in the order of {@code factories}, each harness's
   * variants ({@code billmanager[skipbasket,session]}) after it. The reports link their rule ids to the SPEC.md
   * at {@code specUrl}, or to SPEC.html beside them when it is empty. {@code counter} (may be null) counts the
   * rules of every run as they end. Each run's class path has the jars of {@code plugins} after this process's.
   */
  static List<TckResult> run(List<TckHarnessFactory> factories, Path dir, String specUrl, PrintWriter out,
      TckCounter counter, boolean debug, List<URL> plugins) {
    out.println("running the TCK against " + factories.size() + " simulators at once…");
    out.flush();
    ExecutorService pool = Executors.newFixedThreadPool(factories.size(), r -> {
      Thread t = new Thread(r, "hostorder-demo-tck");
      t.setDaemon(true);
      return t;
    });
    String provider = System.getProperty(SLF4J_PROVIDER);
    // Each isolated TCK gets the TCK's own SLF4J provider: its log captures stay within its run.
    System.setProperty(SLF4J_PROVIDER, "io.hostorder.tck.log.TckSlf4jProvider");
    try {
      return Reports.quietly(debug, () -> {
        List<Future<List<TckResult>>> runs = new ArrayList<>();
        for (TckHarnessFactory factory : factories) {
          runs.add(pool.submit(() -> {
            long start = System.nanoTime();
            List<TckResult> result;
            try {
              result = IsolatedTck.inOwnLoader(factory.type(), dir, specUrl,
                  counter == null ? null : (name, n) -> counter.ruleDone(name, n[0], n[1]), plugins);
            } catch (RuntimeException e) {
              // One run that cannot even start must not hide the others' results.
              synchronized (out) {
                out.println("  " + TextView.pad(factory.type(), 12) + "the TCK could not run: " + ErrorReport.message(e));
                out.flush();
              }
              return null;
            }
            synchronized (out) {
              for (TckResult one : result) {
                out.println("  " + TextView.pad(one.provider(), 12) + " " + TckReports.summary(one));
              }
              out.println("  " + TextView.pad(factory.type(), 12) + " (" + result.size() + (result.size() == 1 ? " configuration" : " configurations") + " in "
                  + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms)");
              out.flush();
            }
            return result;
          }));
        }
        List<TckResult> results = new ArrayList<>();
        for (Future<List<TckResult>> run : runs) {
          List<TckResult> result = join(run);
          if (result != null) {
            results.addAll(result);
          }
        }
        return results;
      });
    } finally {
      pool.shutdownNow();
      if (provider == null) {
        System.clearProperty(SLF4J_PROVIDER);
      } else {
        System.setProperty(SLF4J_PROVIDER, provider);
      }
    }
  }

  private static List<TckResult> join(Future<List<TckResult>> run) {
    try {
      return run.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandFailedException("interrupted while the TCK ran");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new CommandFailedException("the TCK run failed: " + e.getCause());
    }
  }

}
