package io.hostorder.provider.memory;

import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.Idempotency;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderProviderFactory;
import io.hostorder.core.ProviderContext;
import io.hostorder.core.config.ConfigKey;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.ConfigurationException;
import io.hostorder.core.model.BillingPeriod;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Creates in-memory providers, type {@code memory}. Configuration keys:
 *
 * <ul>
 *   <li>{@code account} — the name of the in-JVM {@link MemoryAccount} to use (default {@code default});
 *   <li>{@code password} — required and secret; must match the account's password;
 *   <li>{@code balance} — the balance in EUR of an account this instance creates (default 1000);
 *   <li>{@code promo-codes} — the codes accepted, comma separated (default {@code WELCOME10});
 *   <li>{@code capabilities} — {@code all}, or the capability names to keep, comma separated (to play a
 *       provider that can do less);
 *   <li>{@code call-timeout} — how long one request may take before it is a time-out error (default 60s).
 * </ul>
 */
public final class MemoryProviderFactory implements OrderProviderFactory {
  /** The type id. */
  public static final String TYPE = "memory";

  /** Every capability the in-memory provider has unless {@code capabilities} keeps fewer. */
  public static final Set<Capability> ALL = Set.copyOf(EnumSet.complementOf(
      EnumSet.of(Capability.NEW_ACCOUNT, Capability.ACT_FOR_CUSTOMER)));

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String description() {
    return "in-memory reference provider (no network; every portable capability)";
  }

  @Override
  public List<ConfigKey> configKeys() {
    return List.of(
        ConfigKey.string("account", "default", "name of the in-JVM account to order from"),
        ConfigKey.requiredSecret("password", "the account's password"),
        ConfigKey.string("balance", "1000", "balance in EUR of an account this instance creates"),
        ConfigKey.string("promo-codes", "WELCOME10", "promo codes accepted, comma separated"),
        ConfigKey.string("capabilities", "all", "'all' or the capabilities to keep, comma separated"),
        ConfigKey.duration("call-timeout", "60s", "time-out of one request"));
  }

  @Override
  public Capabilities capabilities(ProviderConfig config) {
    Set<Capability> kept = kept(config.optional("capabilities").orElse("all"));
    Capabilities.Builder b = Capabilities.builder()
        .idempotency(kept.contains(Capability.RECONCILE) ? Idempotency.LOOKUP : Idempotency.NONE)
        .accessKinds("password", "sshKeyId", "sshPublicKey")
        .periods(BillingPeriod.P1M, BillingPeriod.P3M, BillingPeriod.P6M, BillingPeriod.P12M, BillingPeriod.P24M,
            BillingPeriod.P36M);
    kept.forEach(b::add);
    if (kept.contains(Capability.DAILY_BILLING)) {
      b.periods(BillingPeriod.P1D);
    }
    return b.build();
  }

  @Override
  public OrderProvider create(ProviderContext context) {
    return MemoryProvider.create(context.config(), capabilities(context.config()));
  }

  private static Set<Capability> kept(String value) {
    if (value.trim().equalsIgnoreCase("all")) {
      return ALL;
    }
    Set<Capability> out = EnumSet.noneOf(Capability.class);
    for (String name : value.split(",")) {
      if (name.isBlank()) {
        continue;
      }
      try {
        Capability c = Capability.valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        if (!ALL.contains(c)) {
          throw new ConfigurationException("capabilities", "the memory provider cannot do " + c);
        }
        out.add(c);
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException("capabilities", "'" + name.trim() + "' is not a capability");
      }
    }
    return out;
  }
}
