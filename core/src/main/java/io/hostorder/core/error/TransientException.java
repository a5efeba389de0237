package io.hostorder.core.error;

import java.util.Map;

/** A passing failure (time-out, HTTP 5xx, connection refused) of a step that is safe to retry. */
public final class TransientException extends HostorderException {
  private static final long serialVersionUID = 1L;

  public TransientException(String message, Throwable cause) {
    super(message, cause);
  }

  public TransientException(String message, Throwable cause, Map<String, String> details) {
    super(message, cause, details);
  }

  @Override
  public String kind() {
    return "transient";
  }
}
