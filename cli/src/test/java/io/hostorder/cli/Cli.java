package io.hostorder.cli;

import io.hostorder.core.model.SecretScrubber;
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

  /** Returns the path of a journal file that does not exist yet, in a temp directory removed at exit. */
  static String freshJournal() {
    try {
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("hostorder-cli-journal");
      dir.toFile().deleteOnExit();
      return dir.resolve("journal.db").toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Result run(String... args) {
    return run(Map.of(), args);
  }

  static Result run(Map<String, String> env, String... args) {
    if (!env.containsKey("HOSTORDER_JOURNAL")) {
      // Each run gets its own journal unless the test shares one: tests never touch ~/.hostorder.
      env = new java.util.HashMap<>(env);
      env.put("HOSTORDER_JOURNAL", freshJournal());
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext ctx = CliContext.of(out, err, env, SecretScrubber.create());
    int status = Hostorder.run(ctx, args);
    return new Result(status, out.toString(), err.toString());
  }
}
