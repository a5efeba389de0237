package io.hostorder.tck.log;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** A logger of {@link TckSlf4jProvider}: INFO and above to standard error, everything to open captures. */
final class TckLogger extends LegacyAbstractLogger {
  private static final long serialVersionUID = 1L;

  TckLogger(String name) {
    this.name = name;
  }

  @Override
  public boolean isTraceEnabled() {
    return LogCapture.active();
  }

  @Override
  public boolean isDebugEnabled() {
    return LogCapture.active();
  }

  @Override
  public boolean isInfoEnabled() {
    return true;
  }

  @Override
  public boolean isWarnEnabled() {
    return true;
  }

  @Override
  public boolean isErrorEnabled() {
    return true;
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
      Throwable throwable) {
    String line = level + " " + name + " - " + MessageFormatter.basicArrayFormat(pattern, arguments)
        + (throwable != null ? " " + throwable : "");
    LogCapture.publish(line);
    if (level.toInt() >= Level.INFO.toInt()) {
      System.err.println("[" + Thread.currentThread().getName() + "] " + line);
    }
  }
}
