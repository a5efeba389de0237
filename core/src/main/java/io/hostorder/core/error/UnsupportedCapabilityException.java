package io.hostorder.core.error;

import io.hostorder.core.Capability;
import java.util.List;
import java.util.stream.Collectors;

/** The provider instance lacks the capability asked for; no request was sent. */
public final class UnsupportedCapabilityException extends HostorderException {
  private static final long serialVersionUID = 1L;
  /** The capability asked for. */
  private final Capability capability;
  /** Every problem found in the order, or none. */
  private final List<Violation> violations;

  /**
   * An operation asked for {@code capability}.
   *
   * @param provider the provider type, for the message
   * @param capability the capability it lacks
   */
  public UnsupportedCapabilityException(String provider, Capability capability) {
    this(provider, capability, List.of());
  }

  /**
   * An order asked for {@code capability}; {@code violations} lists every problem the order has (the
   * capability ones and any others), so that the broker sees them all at once.
   *
   * @param provider the provider type, for the message
   * @param capability the capability it lacks
   * @param violations every problem of the order
   */
  public UnsupportedCapabilityException(String provider, Capability capability, List<Violation> violations) {
    super("provider '" + provider + "' does not support " + capability.name() + " (" + capability.description() + ")"
        + (violations.isEmpty() ? "" : ": " + violations.stream().map(Violation::toString).collect(Collectors.joining("; "))));
    this.capability = capability;
    this.violations = List.copyOf(violations);
  }

  /**
   * Every problem found in the order that asked for the capability; empty when an operation asked for it.
   *
   * @return the problems, unmodifiable
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Returns the capability the provider lacks.
   *
   * @return the capability
   */
  public Capability capability() {
    return capability;
  }

  @Override
  public String kind() {
    return "unsupported-capability";
  }
}
