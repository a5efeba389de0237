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
 */
public record JournalOptions(String instance, Duration lease, Duration inFlightWait, SecretSealer sealer, Clock clock) {
  /** The default lease. */
  public static final Duration DEFAULT_LEASE = Duration.ofSeconds(60);
  /** The default wait for a placement in flight elsewhere. */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

  public JournalOptions {
    Objects.requireNonNull(instance, "instance == null");
    Objects.requireNonNull(lease, "lease == null");
    Objects.requireNonNull(inFlightWait, "inFlightWait == null");
    Objects.requireNonNull(clock, "clock == null");
    if (lease.toMillis() < 300) {
      throw new IllegalArgumentException("lease must be at least 300 ms");
    }
  }

  /** Returns the defaults for {@code instance}: a 60 s lease, a 10 s wait, no sealer, the system clock. */
  public static JournalOptions of(String instance) {
    return new JournalOptions(instance, DEFAULT_LEASE, DEFAULT_WAIT, null, Clock.systemUTC());
  }

  public JournalOptions withLease(Duration lease) {
    return new JournalOptions(instance, lease, inFlightWait, sealer, clock);
  }

  public JournalOptions withInFlightWait(Duration wait) {
    return new JournalOptions(instance, lease, wait, sealer, clock);
  }

  public JournalOptions withSealer(SecretSealer sealer) {
    return new JournalOptions(instance, lease, inFlightWait, sealer, clock);
  }

  public JournalOptions withInstance(String instance) {
    return new JournalOptions(instance, lease, inFlightWait, sealer, clock);
  }

  /**
   * Returns the instance name of a provider of {@code type} configured with {@code config}: the type, then
   * the first of {@code base-url} and {@code account} that is set, e.g. {@code hostway@https://api.example}.
   * Time-outs and credentials are left out, so that changing them does not make a new instance.
   */
  public static String instanceOf(String type, io.hostorder.core.config.ProviderConfig config) {
    for (String key : new String[] {"base-url", "account"}) {
      java.util.Optional<String> v = config.optional(key);
      if (v.isPresent() && !v.get().isBlank()) {
        // Credentials in a URL (https://user:pw@host) never name an instance: the journal holds none.
        return type + "@" + v.get().trim().replaceFirst("//[^/@]*@", "//");
      }
    }
    return type;
  }
}
