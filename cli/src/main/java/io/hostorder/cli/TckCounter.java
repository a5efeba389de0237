package io.hostorder.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Counts the rules of one or more TCK runs as they end and prints the counts on standard error, at most once per
 * interval and whenever a run has all its rules: {@code   23/69 rules (4 s)} for one run; for several, those still
 * going ({@code   TCK rules: billmanager 45/69, zomro waiting; 9 of 11 runs done (41 s)}). Safe for the threads of runs
 * going on at once.
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
    long seconds = TimeUnit.NANOSECONDS.toSeconds(now - start);
    if (counts.size() == 1) {
      int[] n = counts.values().iterator().next();
      err.println("  " + n[0] + "/" + (n[1] == 0 ? "?" : String.valueOf(n[1])) + " rules (" + seconds + " s)");
    } else {
      // Several runs: those still going, with their counts; the finished ones only counted.
      List<String> going = new ArrayList<>();
      int finished = 0;
      for (Map.Entry<String, int[]> c : counts.entrySet()) {
        int[] n = c.getValue();
        if (n[1] > 0 && n[0] == n[1]) {
          finished++;
        } else {
          going.add(c.getKey() + (n[1] == 0 ? " waiting" : " " + n[0] + "/" + n[1]));
        }
      }
      err.println(going.isEmpty() ? "  all " + finished + " TCK runs have their results (" + seconds + " s)"
          : "  TCK rules: " + String.join(", ", going) + "; " + finished + " of " + counts.size() + " runs done ("
              + seconds + " s)");
    }
    err.flush();
  }
}
