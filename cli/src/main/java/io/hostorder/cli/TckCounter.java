package io.hostorder.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Counts the rules of one or more TCK runs as they end and prints the counts on standard error, at most once per
 * interval and whenever a run has all its rules: {@code   jsonrest 23/69, memory 60/60 rules (4 s)}. Safe for
 * the threads of runs going on at once.
 */
final class TckCounter {
  private final PrintWriter err;
  private final long intervalNanos;
  private final long start = System.nanoTime();
  private final Map<String, int[]> counts = new LinkedHashMap<>();
  private long lastPrinted = start;

  TckCounter(PrintWriter err, Duration interval) {
    this.err = err;
    this.intervalNanos = interval.toNanos();
  }

  /** Returns a counter that prints every two seconds, or null when progress is not wanted (--quiet, --json). */
  static TckCounter of(CliContext ctx, boolean json) {
    return ctx.quiet() || json ? null : new TckCounter(ctx.err(), Duration.ofSeconds(2));
  }

  /** Makes {@code harness} known before its first rule ends, so that the counts show it at 0. */
  synchronized void expect(String harness) {
    counts.putIfAbsent(harness, new int[] {0, 0});
  }

  /** Records that {@code done} of {@code harness}'s {@code total} rules have ended; prints when it is time. */
  synchronized void ruleDone(String harness, int done, int total) {
    counts.put(harness, new int[] {done, total});
    long now = System.nanoTime();
    if (done == total || now - lastPrinted >= intervalNanos) {
      lastPrinted = now;
      print(now);
    }
  }

  private void print(long now) {
    StringBuilder b = new StringBuilder("  ");
    String sep = "";
    for (Map.Entry<String, int[]> c : counts.entrySet()) {
      int[] n = c.getValue();
      b.append(sep).append(counts.size() == 1 ? "" : c.getKey() + " ").append(n[0]).append('/')
          .append(n[1] == 0 ? "?" : String.valueOf(n[1]));
      sep = ", ";
    }
    b.append(" rules (").append(TimeUnit.NANOSECONDS.toSeconds(now - start)).append(" s)");
    err.println(b);
    err.flush();
  }
}
