package io.hostorder.core.error;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A step that creates something at the provider may or may not have happened (the connection dropped,
 * the answer timed out). Never retry it blindly: reconcile with {@link #reference()} (the broker's
 * order reference) and the provider ids in {@link #details()}.
 */
public final class OutcomeUnknownException extends HostorderException {
  private static final long serialVersionUID = 1L;
  /** The broker's order reference. */
  private final String reference;
  /** The step whose outcome is unknown. */
  private final String step;

  /**
   * Creates the error.
   *
   * @param reference the broker's order reference
   * @param step the step whose outcome is unknown, e.g. {@code "checkout"}
   * @param providerIds every provider id obtained so far for the order, kept in {@link #details()}
   * @param cause the failure that left the outcome unknown
   */
  public OutcomeUnknownException(String reference, String step, Map<String, String> providerIds, Throwable cause) {
    super("outcome unknown: '" + step + "' for order reference '" + reference
        + "' may or may not have happened at the provider; reconcile before retrying"
        + (providerIds.isEmpty() ? "" : " (provider ids so far: " + providerIds + ")"), cause, merge(reference, step, providerIds));
    this.reference = reference;
    this.step = step;
  }

  /**
   * The broker's order reference.
   *
   * @return the reference
   */
  public String reference() {
    return reference;
  }

  /**
   * The step whose outcome is unknown, e.g. {@code "checkout"}.
   *
   * @return the step's name
   */
  public String step() {
    return step;
  }

  @Override
  public String kind() {
    return "outcome-unknown";
  }

  private static Map<String, String> merge(String reference, String step, Map<String, String> ids) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("reference", reference);
    m.put("step", step);
    m.putAll(ids);
    return m;
  }
}
