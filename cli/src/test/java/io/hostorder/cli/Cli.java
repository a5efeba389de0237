package io.hostorder.cli;

import java.io.StringWriter;
import java.util.Map;

/** Runs the command in-process with captured output, as the tests' one way in. */
final class Cli {
  private Cli() {}

  /** What one run printed and returned. */
  record Result(int status, String out, String err) {
    /** Returns stdout and stderr together, for "appears nowhere" checks. */
    String all() {
      return out + "\n" + err;
    }

    @Override
    public String toString() {
      return "exit " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  static Result run(String... args) {
    return run(Map.of(), args);
  }

  static Result run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext ctx = CliContext.of(out, err, env, new Scrubber());
    int status = Hostorder.run(ctx, args);
    return new Result(status, out.toString(), err.toString());
  }
}
