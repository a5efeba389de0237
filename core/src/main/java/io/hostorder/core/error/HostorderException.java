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
  private final Map<String, String> details;

  public HostorderException(String message) {
    this(message, null, Map.of());
  }

  public HostorderException(String message, Throwable cause) {
    this(message, cause, Map.of());
  }

  public HostorderException(String message, Throwable cause, Map<String, String> details) {
    super(message, cause);
    this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  /** Returns what the caller needs to act on this error: provider ids, the order reference, the step. */
  public Map<String, String> details() {
    return details;
  }

  /** Returns a short name of this error's kind, e.g. {@code "invalid-order"}, for reports and exit codes. */
  public String kind() {
    return "error";
  }
}
