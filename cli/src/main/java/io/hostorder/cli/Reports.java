package io.hostorder.cli;

import io.hostorder.tck.TckReports;
import io.hostorder.tck.TckResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Supplier;

/** Where TCK reports go, and how a TCK run is kept from cluttering the terminal. */
final class Reports {
  private Reports() {}

  /** Creates and returns a new directory {@code PREFIX-<date-time>} under the system temp directory. */
  static Path newDirectory(String prefix) {
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    try {
      return Files.createTempDirectory(prefix + "-" + stamp + "-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a report directory", e);
    }
  }

  /** Returns the TCK's console matrix of {@code result} as text. */
  static String console(TckResult result) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    TckReports.console(result, out);
    out.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Runs {@code run} with standard error silenced unless {@code debug}: the TCK turns the wire log on while
   * it checks that no secret is logged, and those lines (masked) are not for the terminal.
   */
  static <T> T quietly(boolean debug, Supplier<T> run) {
    if (debug) {
      return run.get();
    }
    PrintStream err = System.err;
    System.setErr(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    try {
      return run.get();
    } finally {
      System.setErr(err);
    }
  }
}
