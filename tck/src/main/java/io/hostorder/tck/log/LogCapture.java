package io.hostorder.tck.log;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects what is logged through SLF4J while it is open, at DEBUG and with the wire logger
 * {@code io.hostorder.wire} on. Works with {@link TckSlf4jProvider}, and with slf4j-simple (the wire
 * logger's level is raised and standard error is teed while open); {@link #open()} says why when
 * neither is in charge. Safe for concurrent use.
 */
public final class LogCapture implements AutoCloseable {
  /** The system property SLF4J reads to choose its provider. */
  public static final String PROVIDER_PROPERTY = "slf4j.provider";
  private static final String WIRE = "io.hostorder.wire";
  private static final List<LogCapture> OPEN = new CopyOnWriteArrayList<>();
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final Runnable undo;

  private LogCapture(Runnable undo) {
    this.undo = undo;
  }

  /** Chooses {@link TckSlf4jProvider} unless a provider was chosen already; harmless once SLF4J started. */
  public static void preferTckProvider() {
    if (System.getProperty(PROVIDER_PROPERTY) == null) {
      System.setProperty(PROVIDER_PROPERTY, TckSlf4jProvider.class.getName());
    }
  }

  /**
   * Opens a capture.
   *
   * @throws IllegalStateException naming the SLF4J binding when its output cannot be captured
   */
  public static LogCapture open() {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    Logger wire = LoggerFactory.getLogger(WIRE);
    if (wire instanceof TckLogger) {
      LogCapture c = new LogCapture(() -> {});
      OPEN.add(c);
      return c;
    }
    if (factory.getClass().getName().equals("org.slf4j.simple.SimpleLoggerFactory")) {
      return tapSimple(wire);
    }
    throw new IllegalStateException("SLF4J is bound to " + factory.getClass().getName()
        + ", whose output the TCK cannot read; run with -D" + PROVIDER_PROPERTY + "="
        + TckSlf4jProvider.class.getName() + " or with slf4j-simple");
  }

  /** Returns the lines logged since {@link #open()}. */
  public List<String> lines() {
    return new ArrayList<>(lines);
  }

  @Override
  public void close() {
    OPEN.remove(this);
    undo.run();
  }

  static boolean active() {
    return !OPEN.isEmpty();
  }

  static void publish(String line) {
    for (LogCapture c : OPEN) {
      c.lines.add(line);
    }
  }

  private static LogCapture tapSimple(Logger wire) {
    try {
      Field level = wire.getClass().getDeclaredField("currentLogLevel");
      level.setAccessible(true);
      int before = level.getInt(wire);
      level.setInt(wire, 10); // slf4j-simple's DEBUG
      PrintStream err = System.err;
      LogCapture[] self = new LogCapture[1];
      PrintStream tee = new PrintStream(new LineTee(err, line -> self[0].lines.add(line)), true, StandardCharsets.UTF_8);
      self[0] = new LogCapture(() -> {
        System.setErr(err);
        try {
          level.setInt(wire, before);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      });
      System.setErr(tee);
      return self[0];
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("slf4j-simple is in charge but its wire logger's level cannot be raised ("
          + e + "); run with -D" + PROVIDER_PROPERTY + "=" + TckSlf4jProvider.class.getName());
    }
  }

  /** Copies bytes to {@code out} and hands each complete line to {@code sink}. */
  private static final class LineTee extends OutputStream {
    private final OutputStream out;
    private final java.util.function.Consumer<String> sink;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LineTee(OutputStream out, java.util.function.Consumer<String> sink) {
      this.out = out;
      this.sink = sink;
    }

    @Override
    public synchronized void write(int b) throws java.io.IOException {
      out.write(b);
      if (b == '\n') {
        sink.accept(line.toString(StandardCharsets.UTF_8));
        line.reset();
      } else {
        line.write(b);
      }
    }
  }
}
