package io.hostorder.core.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The root of every error hostorder throws. Unchecked: each subtype says what happened and what the
 * caller may do next. {@link #details()} holds the ids and facts needed to act on it (never a secret).
 */
public class HostorderException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** The ids and facts needed to act on this error; never a secret. */
  private final Map<String, String> details;

  /**
   * Creates an error with no cause and no details.
   *
   * @param message what happened, secret-free
   */
  public HostorderException(String message) {
    this(message, null, Map.of());
  }

  /**
   * Creates an error with a cause and no details.
   *
   * @param message what happened, secret-free
   * @param cause the underlying failure, or null
   */
  public HostorderException(String message, Throwable cause) {
    this(message, cause, Map.of());
  }

  /**
   * Creates an error with a cause and details.
   *
   * @param message what happened, secret-free
   * @param cause the underlying failure, or null
   * @param details ids and facts to act on, copied; never a secret
   */
  public HostorderException(String message, Throwable cause, Map<String, String> details) {
    super(message, cause);
    this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /**
   * Returns what the caller needs to act on this error: provider ids, the order reference, the step.
   *
   * @return the details, unmodifiable, in the order they were given
   */
  public Map<String, String> details() {
    return details;
  }

  /**
   * Returns a short name of this error's kind, e.g. {@code "invalid-order"}, for reports and exit codes.
   *
   * @return the kind's name
   */
  public String kind() {
    return "error";
  }
}
