package io.hostorder.cli;

import io.hostorder.core.model.SecretScrubber;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The entry point of the {@code hostorder} command ({@code java -jar hostorder.jar ARGS}). Sets up
 * logging before the first logger exists, runs the command and exits with its status.
 */
public final class Main {
  /** Held so the JDK logging level set below is not lost when the logger is collected. */
  private static final Logger MOCK_SERVER_LOG = Logger.getLogger("okhttp3.mockwebserver");

  private Main() {}

  /**
   * Runs the command with {@code args} and exits with its status (0 success, 2 usage, 3 invalid order,
   * 4 authentication, 5 payment required, 6 provider error, 7 outcome unknown, 8 not found, 1 other).
   */
  public static void main(String[] args) {
    boolean debug = Arrays.asList(args).contains("--debug");
    configureLogging(debug);
    SecretScrubber scrubber = SecretScrubber.create();
    // Everything that reaches the real streams passes the scrubber too: log lines of libraries included.
    PrintStream realOut = System.out;
    PrintStream realErr = System.err;
    System.setOut(new PrintStream(new ScrubbingStream(realOut, scrubber), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new ScrubbingStream(realErr, scrubber), true, StandardCharsets.UTF_8));
    CliContext ctx = CliContext.of(new OutputStreamWriter(System.out, StandardCharsets.UTF_8),
        new OutputStreamWriter(System.err, StandardCharsets.UTF_8), System.getenv(), scrubber);
    int status = Hostorder.run(ctx, args);
    System.out.flush();
    System.err.flush();
    System.exit(status);
  }

  /**
   * Configures slf4j-simple through its system properties, which it reads when the first logger is
   * created: warnings only, on stderr; with {@code --debug} the wire log ({@code io.hostorder.wire}, masked
   * by core's SecretScrubber) at DEBUG. Properties the user set with {@code -D} are kept.
   */
  static void configureLogging(boolean debug) {
    // slf4j-simple is the command's logger; the TCK would otherwise pick its own capturing provider.
    setIfAbsent("slf4j.provider", "org.slf4j.simple.SimpleServiceProvider");
    // Without this SLF4J reports on stderr which provider it loaded.
    setIfAbsent("slf4j.internal.verbosity", "WARN");
    setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
    setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
    setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
    setIfAbsent("org.slf4j.simpleLogger.levelInBrackets", "true");
    if (debug) {
      System.setProperty("org.slf4j.simpleLogger.log.io.hostorder.wire", "debug");
      setIfAbsent("org.slf4j.simpleLogger.log.io.hostorder", "debug");
      setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
      setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
    }
    // The simulators run on MockWebServer, which logs every request at INFO through java.util.logging.
    MOCK_SERVER_LOG.setLevel(debug ? Level.INFO : Level.WARNING);
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
