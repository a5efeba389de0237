package io.hostorder.core.error;

import java.util.List;
import java.util.stream.Collectors;

/** The order is invalid; no request was sent. {@link #violations()} lists every problem found, each naming its field. */
public final class InvalidOrderException extends HostorderException {
  private static final long serialVersionUID = 1L;
  /** Every problem found. */
  private final List<Violation> violations;

  /**
   * Creates the error listing {@code violations}.
   *
   * @param violations every problem found; not empty
   */
  public InvalidOrderException(List<Violation> violations) {
    super(message(violations));
    this.violations = List.copyOf(violations);
  }

  /**
   * Creates the error for one problem.
   *
   * @param violation the problem
   */
  public InvalidOrderException(Violation violation) {
    this(List.of(violation));
  }

  /**
   * Returns every problem found, each naming its field.
   *
   * @return the problems, unmodifiable
   */
  public List<Violation> violations() {
    return violations;
  }

  @Override
  public String kind() {
    return "invalid-order";
  }

  private static String message(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("violations is empty");
    }
    return "invalid order (" + violations.size() + (violations.size() == 1 ? " problem" : " problems") + "): "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
