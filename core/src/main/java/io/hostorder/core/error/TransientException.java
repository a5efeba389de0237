package io.hostorder.core.error;

import java.util.Map;

/** A passing failure (time-out, HTTP 5xx, connection refused) of a step that is safe to retry. */
public final class TransientException extends HostorderException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the error.
   *
   * @param message what failed and that a retry is safe, secret-free
   * @param cause the underlying failure, or null
   */
  public TransientException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates the error with details.
   *
   * @param message what failed and that a retry is safe, secret-free
   * @param cause the underlying failure, or null
   * @param details ids and facts to act on; never a secret
   */
  public TransientException(String message, Throwable cause, Map<String, String> details) {
    super(message, cause, details);
  }

  @Override
  public String kind() {
    return "transient";
  }
}
