package io.hostorder.core;

import io.hostorder.core.error.UnsupportedCapabilityException;
import io.hostorder.core.model.BillingPeriod;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What one provider instance can do: its {@link Capability capabilities}, how it keeps orders
 * idempotent, the billing periods and the access kinds it accepts. Immutable.
 */
public record Capabilities(Set<Capability> supported, Idempotency idempotency, Set<BillingPeriod> periods,
    Set<String> accessKinds) {

  /**
   * Copies the sets; the idempotency must be given, and any but {@link Idempotency#NONE} needs {@link Capability#RECONCILE}.
   *
   * @param supported the capabilities supported
   * @param idempotency how a retried order is found again
   * @param periods the billing periods accepted
   * @param accessKinds the access kinds accepted
   */
  public Capabilities {
    supported = supported.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(supported));
    Objects.requireNonNull(idempotency, "idempotency == null");
    periods = Set.copyOf(periods);
    accessKinds = Set.copyOf(accessKinds);
    if (idempotency != Idempotency.NONE && !supported.contains(Capability.RECONCILE)) {
      throw new IllegalArgumentException("idempotency " + idempotency + " needs the RECONCILE capability");
    }
  }

  /**
   * Returns a builder with nothing supported and {@link Idempotency#NONE}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns true when {@code capability} is supported.
   *
   * @param capability the capability asked about
   * @return whether it is supported
   */
  public boolean has(Capability capability) {
    return supported.contains(capability);
  }

  /**
   * Fails with {@link UnsupportedCapabilityException} when {@code capability} is missing.
   *
   * @param provider the provider type, for the message
   * @param capability the capability needed
   * @throws UnsupportedCapabilityException when it is not supported
   */
  public void require(String provider, Capability capability) {
    if (!has(capability)) {
      throw new UnsupportedCapabilityException(provider, capability);
    }
  }

  /** Builds {@link Capabilities}. */
  public static final class Builder {
    private final Set<Capability> supported = EnumSet.noneOf(Capability.class);
    private Idempotency idempotency = Idempotency.NONE;
    private final Set<BillingPeriod> periods = EnumSet.noneOf(BillingPeriod.class);
    private final Set<String> accessKinds = new java.util.LinkedHashSet<>();

    private Builder() {}

    /**
     * Adds supported capabilities.
     *
     * @param capabilities the capabilities to add
     * @return this builder
     */
    public Builder add(Capability... capabilities) {
      supported.addAll(java.util.List.of(capabilities));
      return this;
    }

    /**
     * Sets how orders are kept idempotent.
     *
     * @param idempotency how a retried order is found again
     * @return this builder
     */
    public Builder idempotency(Idempotency idempotency) {
      this.idempotency = idempotency;
      return this;
    }

    /**
     * Adds the billing periods accepted.
     *
     * @param periods the periods to add
     * @return this builder
     */
    public Builder periods(BillingPeriod... periods) {
      this.periods.addAll(java.util.List.of(periods));
      return this;
    }

    /**
     * Access kinds accepted: {@code "password"}, {@code "sshKeyId"}, {@code "sshPublicKey"}.
     *
     * @param kinds the kinds to add
     * @return this builder
     */
    public Builder accessKinds(String... kinds) {
      accessKinds.addAll(java.util.List.of(kinds));
      return this;
    }

    /**
     * Returns the capabilities built.
     *
     * @return the capabilities
     * @throws IllegalArgumentException when an idempotency other than {@link Idempotency#NONE} lacks {@link Capability#RECONCILE}
     */
    public Capabilities build() {
      return new Capabilities(supported, idempotency, periods, accessKinds);
    }
  }
}
