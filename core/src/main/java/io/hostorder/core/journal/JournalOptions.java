package io.hostorder.core.journal;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@link JournaledProvider} uses its journal.
 *
 * @param instance the provider instance's name in the journal (a reference placed at one instance is a
 *     conflict at another); {@link #instanceOf} derives one from the configuration
 * @param lease how long a placement holds its reference without renewing it (it renews every third of it
 *     while it runs); a crashed placement on another host is taken over after it, one on this host at once
 * @param inFlightWait how long {@code place} waits for another live placement of the same reference to
 *     finish (then it returns that placement's order) before it throws {@code OrderInFlightException}
 * @param sealer encrypts per-order secrets needed to resume, or null to keep none
 * @param clock the clock of leases and history
 * @param lookupFirst true to have the provider look every reference up before ordering it, even one this
 *     journal never sent: for an account where other tools (or other journals) order under the same
 *     references. False by default: the journal alone tells a new reference from a retry, and an order
 *     costs the provider's documented requests only
 */
public record JournalOptions(String instance, Duration lease, Duration inFlightWait, SecretSealer sealer, Clock clock,
    boolean lookupFirst) {
  /** The default lease. */
  public static final Duration DEFAULT_LEASE = Duration.ofSeconds(60);
  /** The default wait for a placement in flight elsewhere. */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

  /**
   * Checks every option but {@code sealer} is given, and that the lease is at least 300 ms.
   *
   * @param instance the provider instance's name in the journal (a reference placed at one instance is a
   *     conflict at another); {@link #instanceOf} derives one from the configuration
   * @param lease how long a placement holds its reference without renewing it (it renews every third of
   *     it while it runs); a crashed placement on another host is taken over after it, one on this host at
   *     once
   * @param inFlightWait how long {@code place} waits for another live placement of the same reference to
   *     finish (then it returns that placement's order) before it throws {@code OrderInFlightException}
   * @param sealer encrypts per-order secrets needed to resume, or null to keep none
   * @param clock the clock of leases and history
   * @param lookupFirst true to have the provider look every reference up before ordering it, even one
   *     this journal never sent: for an account where other tools (or other journals) order under the same
   *     references. False by default: the journal alone tells a new reference from a retry, and an order
   *     costs the provider's documented requests only
   */
  public JournalOptions {
    Objects.requireNonNull(instance, "instance == null");
    Objects.requireNonNull(lease, "lease == null");
    Objects.requireNonNull(inFlightWait, "inFlightWait == null");
    Objects.requireNonNull(clock, "clock == null");
    if (lease.toMillis() < 300) {
      throw new IllegalArgumentException("lease must be at least 300 ms");
    }
  }

  /**
   * Options without {@code lookupFirst}.
   *
   * @param instance the instance's name in the journal
   * @param lease how long a placement holds its reference without renewing it
   * @param inFlightWait how long to wait for another live placement of the same reference
   * @param sealer encrypts per-order secrets, or null to keep none
   * @param clock the clock of leases and history
   */
  public JournalOptions(String instance, Duration lease, Duration inFlightWait, SecretSealer sealer, Clock clock) {
    this(instance, lease, inFlightWait, sealer, clock, false);
  }

  /**
   * Returns the defaults for {@code instance}: a 60 s lease, a 10 s wait, no sealer, the system clock, no lookup first.
   *
   * @param instance the instance's name in the journal
   * @return the options
   */
  public static JournalOptions of(String instance) {
    return new JournalOptions(instance, DEFAULT_LEASE, DEFAULT_WAIT, null, Clock.systemUTC(), false);
  }

  /**
   * Returns these options with another lease.
   *
   * @param lease how long a placement holds its reference without renewing it
   * @return the options
   */
  public JournalOptions withLease(Duration lease) {
    return new JournalOptions(instance, lease, inFlightWait, sealer, clock, lookupFirst);
  }

  /**
   * Returns these options with another wait for a placement in flight.
   *
   * @param wait how long to wait for another live placement of the same reference
   * @return the options
   */
  public JournalOptions withInFlightWait(Duration wait) {
    return new JournalOptions(instance, lease, wait, sealer, clock, lookupFirst);
  }

  /**
   * Returns these options with another sealer.
   *
   * @param sealer encrypts per-order secrets, or null to keep none
   * @return the options
   */
  public JournalOptions withSealer(SecretSealer sealer) {
    return new JournalOptions(instance, lease, inFlightWait, sealer, clock, lookupFirst);
  }

  /**
   * Returns these options for another instance.
   *
   * @param instance the instance's name in the journal
   * @return the options
   */
  public JournalOptions withInstance(String instance) {
    return new JournalOptions(instance, lease, inFlightWait, sealer, clock, lookupFirst);
  }

  /**
   * Returns these options with {@link #lookupFirst()} set to {@code lookupFirst}.
   *
   * @param lookupFirst whether to look every reference up before ordering it
   * @return the options
   */
  public JournalOptions withLookupFirst(boolean lookupFirst) {
    return new JournalOptions(instance, lease, inFlightWait, sealer, clock, lookupFirst);
  }

  /**
   * Returns the instance name of a provider of {@code type} configured with {@code config}: the type, the
   * {@code base-url} (without credentials in it), then what tells one account there from another — {@code
   * account}/{@code account-number}, the login ({@code username}/{@code login}), {@code su} — e.g. {@code
   * billmanager@https://my.example/billmgr;user=broker;su=client7}. A configuration with a {@code token} and no
   * login is named by the first 12 hex digits of the token's SHA-256 ({@code ;token#3f9a…}), never the token.
   * Time-outs and passwords are left out, so that changing them does not make a new instance; two accounts
   * at one host are two instances, so one account's order is never returned for another's reference.
   *
   * @param type the provider type
   * @param config the provider's configuration
   * @return the instance's name, free of secrets
   */
  public static String instanceOf(String type, io.hostorder.core.config.ProviderConfig config) {
    StringBuilder name = new StringBuilder(type);
    java.util.Optional<String> url = present(config, "base-url");
    // Credentials in a URL (https://user:pw@host) never name an instance: the journal holds none.
    url.ifPresent(u -> name.append('@').append(u.replaceFirst("//[^/@]*@", "//")));
    present(config, "account").or(() -> present(config, "account-number"))
        .ifPresent(a -> name.append(";account=").append(a));
    java.util.Optional<String> user = present(config, "username").or(() -> present(config, "login"));
    user.ifPresent(u -> name.append(";user=").append(u));
    present(config, "su").ifPresent(su -> name.append(";su=").append(su));
    if (user.isEmpty()) {
      present(config, "token").ifPresent(t -> name.append(";token#").append(shortHash(t)));
    }
    return name.toString();
  }

  private static java.util.Optional<String> present(io.hostorder.core.config.ProviderConfig config, String key) {
    return config.optional(key).map(String::trim).filter(v -> !v.isEmpty());
  }

  private static String shortHash(String secret) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
          .digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest).substring(0, 12);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

}
