package io.hostorder.provider.memory.tck;

import io.hostorder.core.Capability;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.Access;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.Resources;
import io.hostorder.provider.memory.MemoryAccount;
import io.hostorder.provider.memory.MemoryProviderFactory;
import io.hostorder.tck.ProviderObserver;
import io.hostorder.tck.TckHarness;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The TCK harness of the in-memory provider: a configuration naming an in-JVM account, the samples the
 * memory catalogue accepts and refuses, and an observer over the account. Either owns a fresh account
 * (reset before every rule, removed on close) or uses one a configuration names (never wiped).
 */
public final class MemoryHarness implements TckHarness {
  private final BigDecimal balance;
  private final ProviderConfig config;
  private final MemoryAccount account;
  private final boolean owned;
  private final String name;
  private final boolean variant;
  private final String rootPassword = "Root-" + UUID.randomUUID();
  private final String wrongPassword = "wrong-" + UUID.randomUUID();

  private MemoryHarness(ProviderConfig config, boolean owned) {
    this(config, owned, "memory", false);
  }

  private MemoryHarness(ProviderConfig config, boolean owned, String name, boolean variant) {
    this.config = config;
    this.owned = owned;
    this.name = name;
    this.variant = variant;
    this.balance = new BigDecimal(config.optional("balance").orElse("1000"));
    this.account = MemoryAccount.open(config.optional("account").orElse("default"), config.require("password"), balance);
  }

  /** Returns a harness over a new account of its own, with a random password. */
  public static MemoryHarness fresh() {
    return fresh(Map.of());
  }

  /** Returns a harness over a new account of its own, with {@code extra} configuration (e.g. capabilities). */
  public static MemoryHarness fresh(Map<String, String> extra) {
    java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
    values.put("account", "tck-" + UUID.randomUUID());
    values.put("password", "pw-" + UUID.randomUUID());
    values.putAll(extra);
    return new MemoryHarness(ProviderConfig.of(values), true);
  }

  /** Returns a harness over the account {@code config} names; its orders are left alone. */
  public static MemoryHarness configured(ProviderConfig config) {
    return new MemoryHarness(config, false);
  }

  /** Returns the account under test. */
  public MemoryAccount account() {
    return account;
  }

  @Override
  public String type() {
    return "memory";
  }

  @Override
  public ProviderConfig config() {
    return config;
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * One variant, {@code memory[no-reconcile]}: the same account with every capability but {@code RECONCILE}
   * (idempotency {@code NONE}), so that an unknown outcome can only be held, never looked up. Only a
   * harness of its own account has it; the variant leaves the account to this harness.
   */
  @Override
  public List<TckHarness> variants() {
    if (!owned || variant || config.optional("capabilities").isPresent()) {
      return List.of();
    }
    String caps = MemoryProviderFactory.ALL.stream().filter(c -> c != Capability.RECONCILE).map(Enum::name)
        .sorted().collect(java.util.stream.Collectors.joining(","));
    return List.of(new MemoryHarness(config.with("capabilities", caps), true, "memory[no-reconcile]", true));
  }

  @Override
  public Optional<ProviderConfig> badCredentials() {
    return Optional.of(config.with("password", wrongPassword));
  }

  @Override
  public List<String> secrets() {
    List<String> out = new ArrayList<>(config.secretValues());
    out.add(rootPassword);
    out.add(wrongPassword);
    return out;
  }

  @Override
  public OrderItem plainItem() {
    return OrderItem.builder().plan("small").name("tck-server").period(BillingPeriod.P1M)
        .access(Access.password(rootPassword)).build();
  }

  @Override
  public Optional<OrderItem> itemWithRelated() {
    return Optional.of(OrderItem.builder().plan("medium").name("tck-with-panel").period(BillingPeriod.P1M)
        .addRelated(OrderItem.builder().plan("panel").build())
        .addRelated(OrderItem.builder().plan("backup").build()).build());
  }

  @Override
  public Optional<String> validPromoCode() {
    return config.optional("promo-codes").orElse("WELCOME10").lines().findFirst()
        .map(codes -> codes.split(",")[0].trim());
  }

  @Override
  public Optional<String> rejectedPromoCode() {
    return Optional.of("NO-SUCH-CODE");
  }

  @Override
  public List<InvalidSample> invalidItems() {
    OrderItem plain = plainItem();
    return List.of(
        new InvalidSample("quantity 0", plain.toBuilder().quantity(0).build(), "items[0].quantity"),
        new InvalidSample("no plan", plain.toBuilder().plan(null).build(), "items[0].plan"),
        new InvalidSample("negative memory", plain.toBuilder().resources(new Resources(new BigDecimal("-1"), null, null))
            .build(), "items[0].resources.ramGb"),
        new InvalidSample("an option the provider does not know",
            plain.toBuilder().option("colour", "blue").build(), "items[0].options.colour"),
        new InvalidSample("two kinds of access", plain.toBuilder().access(new Access(rootPassword, "key-1", null))
            .build(), "items[0].access"));
  }

  @Override
  public Optional<ProviderErrorSample> providerError() {
    return Optional.of(new ProviderErrorSample("a plan the catalogue does not have",
        plainItem().toBuilder().plan("no-such-plan").build(), "unknown-plan"));
  }

  @Override
  public Optional<ProviderObserver> observer() {
    return Optional.of(new MemoryObserver(account, owned ? balance : null));
  }

  @Override
  public void reset() {
    if (owned) {
      account.reset(balance);
    } else {
      account.clearFaults();
    }
  }

  @Override
  public void close() {
    account.clearFaults();
    if (owned && !variant) {
      MemoryAccount.remove(account.name());
    }
  }
}
