package io.hostorder.core.error;

import io.hostorder.core.Capability;
import java.util.List;
import java.util.stream.Collectors;

/** The provider instance lacks the capability asked for; no request was sent. */
public final class UnsupportedCapabilityException extends HostorderException {
  private static final long serialVersionUID = 1L;
  private final Capability capability;
  private final List<Violation> violations;

  public UnsupportedCapabilityException(String provider, Capability capability) {
    this(provider, capability, List.of());
  }

  /**
   * An order asked for {@code capability}; {@code violations} lists every problem the order has (the
   * capability ones and any others), so that the broker sees them all at once.
   */
  public UnsupportedCapabilityException(String provider, Capability capability, List<Violation> violations) {
    super("provider '" + provider + "' does not support " + capability.name() + " (" + capability.description() + ")"
        + (violations.isEmpty() ? "" : ": " + violations.stream().map(Violation::toString).collect(Collectors.joining("; "))));
    this.capability = capability;
    this.violations = List.copyOf(violations);
  }

  /** Every problem found in the order that asked for the capability; empty when an operation asked for it. */
  public List<Violation> violations() {
    return violations;
  }

  public Capability capability() {
    return capability;
  }

  @Override
  public String kind() {
    return "unsupported-capability";
  }
}
