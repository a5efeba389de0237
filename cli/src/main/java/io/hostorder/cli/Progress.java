package io.hostorder.cli;

import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Prints one line per step that waits on the network: {@code adding item 1/1 to cart… done (84 ms)}, and
 * notes between them, on standard error (standard output holds only the result). Steps and notes are
 * silent with {@code --json} and {@code --quiet}; {@link #warn warnings} never are.
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

  /** Returns progress that prints nothing but warnings. */
  static Progress silent(PrintWriter out) {
    return new Progress(out, true);
  }

  /** Returns the progress of a command: on standard error, silent (warnings aside) with --json or --quiet. */
  static Progress of(CliContext ctx, boolean json) {
    return new Progress(ctx.err(), json || ctx.quiet());
  }

  /** Runs {@code action} as the step {@code label}, printing the label, then done or failed with the time taken. */
  <T> T step(String label, Supplier<T> action) {
    long start = begin(label);
    try {
      T result = action.get();
      end("done", start);
      return result;
    } catch (RuntimeException | Error e) {
      end("failed", start);
      throw e;
    }
  }

  /** Prints the label of a step that begins now, and returns its start for {@link #end}. */
  long begin(String label) {
    if (!silent) {
      out.print(indent + label + "… ");
      out.flush();
    }
    return System.nanoTime();
  }

  /** Ends the line of the step begun at {@code start}: {@code outcome} (done, failed) and the time taken. */
  void end(String outcome, long start) {
    if (!silent) {
      out.println(outcome + " (" + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms)");
      out.flush();
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

  /** Prints a warning line: always, even with --json or --quiet (it says something a script must not miss). */
  void warn(String line) {
    out.println(indent + line);
    out.flush();
  }
}
