package io.hostorder.cli;

import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Prints one line per step that waits on the network: {@code adding item 1/1 to cart… done (84 ms)}.
 * Silent with {@code --json} (stdout then holds only the JSON document).
 */
final class Progress {
  private final PrintWriter out;
  private final boolean silent;
  private final String indent;

  Progress(PrintWriter out, boolean silent) {
    this(out, silent, "");
  }

  Progress(PrintWriter out, boolean silent, String indent) {
    this.out = out;
    this.silent = silent;
    this.indent = indent;
  }

  /** Returns progress that prints nothing. */
  static Progress silent(PrintWriter out) {
    return new Progress(out, true);
  }

  /** Runs {@code action} as the step {@code label}, printing the label, then done or failed with the time taken. */
  <T> T step(String label, Supplier<T> action) {
    if (!silent) {
      out.print(indent + label + "… ");
      out.flush();
    }
    long start = System.nanoTime();
    try {
      T result = action.get();
      finish("done", start);
      return result;
    } catch (RuntimeException | Error e) {
      finish("failed", start);
      throw e;
    }
  }

  /** Runs {@code action} as the step {@code label}. */
  void step(String label, Runnable action) {
    step(label, () -> {
      action.run();
      return null;
    });
  }

  /** Prints a line of its own (not a timed step). */
  void note(String line) {
    if (!silent) {
      out.println(indent + line);
      out.flush();
    }
  }

  private void finish(String outcome, long start) {
    if (!silent) {
      out.println(outcome + " (" + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms)");
      out.flush();
    }
  }
}
