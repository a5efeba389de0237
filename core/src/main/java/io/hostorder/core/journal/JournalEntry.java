package io.hostorder.core.journal;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The journal's record of one order reference. Holds no credential: {@link #request()} is the order with
 * secret values masked, {@link #sealed()} holds only AES-GCM encrypted per-order secrets (or nothing).
 *
 * @param reference the broker's reference (the key)
 * @param instance the provider instance it was placed at, e.g. {@code jsonrest@http://127.0.0.1:4711/api}
 * @param providerType the provider type
 * @param fingerprint the SHA-256 of the canonical order (see {@link Fingerprint})
 * @param request the order as JSON with secret values masked
 * @param status where the order stands
 * @param step the last committing step announced, or null
 * @param ids every provider id recorded so far (no secret)
 * @param sealed per-order secrets the provider needs to resume, encrypted (name → sealed value)
 * @param secretsDropped true when a per-order secret was seen but not kept (no key configured): the order
 *     cannot be resumed after a crash
 * @param orderId the provider's order id once known, or null
 * @param order the placed order as JSON (secrets masked), or null
 * @param owner the placement that holds the lease, or null
 * @param leaseUntil until when {@link #owner} holds it, or null
 * @param attempts how many placements claimed this reference
 * @param created when the reference was first claimed
 * @param updated when the record last changed
 * @param history the events, oldest first (empty when the journal was not asked for them)
 */
public record JournalEntry(String reference, String instance, String providerType, String fingerprint,
    String request, JournalStatus status, String step, Map<String, String> ids, Map<String, String> sealed,
    boolean secretsDropped, String orderId, String order, String owner, Instant leaseUntil, int attempts,
    Instant created, Instant updated, List<JournalEvent> history) {

  /**
   * Checks the reference and status are given and keeps copies of the maps and the history.
   *
   * @param reference the broker's reference (the key)
   * @param instance the provider instance it was placed at, e.g. {@code
   *     jsonrest@http://127.0.0.1:4711/api}
   * @param providerType the provider type
   * @param fingerprint the SHA-256 of the canonical order (see {@link Fingerprint})
   * @param request the order as JSON with secret values masked
   * @param status where the order stands
   * @param step the last committing step announced, or null
   * @param ids every provider id recorded so far (no secret)
   * @param sealed per-order secrets the provider needs to resume, encrypted (name → sealed value)
   * @param secretsDropped true when a per-order secret was seen but not kept (no key configured): the
   *     order cannot be resumed after a crash
   * @param orderId the provider's order id once known, or null
   * @param order the placed order as JSON (secrets masked), or null
   * @param owner the placement that holds the lease, or null
   * @param leaseUntil until when {@link #owner} holds it, or null
   * @param attempts how many placements claimed this reference
   * @param created when the reference was first claimed
   * @param updated when the record last changed
   * @param history the events, oldest first (empty when the journal was not asked for them)
   */
  public JournalEntry {
    Objects.requireNonNull(reference, "reference == null");
    Objects.requireNonNull(status, "status == null");
    ids = ids == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(ids));
    sealed = sealed == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(sealed));
    history = history == null ? List.of() : List.copyOf(history);
  }

  /**
   * Returns a copy with {@code status}.
   *
   * @param status the new status
   * @return the copy
   */
  public JournalEntry withStatus(JournalStatus status) {
    return new JournalEntry(reference, instance, providerType, fingerprint, request, status, step, ids, sealed,
        secretsDropped, orderId, order, owner, leaseUntil, attempts, created, updated, history);
  }

  /**
   * Returns a copy held by {@code owner} until {@code leaseUntil} (both null: released).
   *
   * @param owner the placement holding the reference, or null
   * @param leaseUntil when its hold ends unless renewed, or null
   * @return the copy
   */
  public JournalEntry withOwner(String owner, Instant leaseUntil) {
    return new JournalEntry(reference, instance, providerType, fingerprint, request, status, step, ids, sealed,
        secretsDropped, orderId, order, owner, leaseUntil, attempts, created, updated, history);
  }

  /**
   * Returns a copy whose last announced step is {@code step}.
   *
   * @param step the step's name
   * @return the copy
   */
  public JournalEntry withStep(String step) {
    return new JournalEntry(reference, instance, providerType, fingerprint, request, status, step, ids, sealed,
        secretsDropped, orderId, order, owner, leaseUntil, attempts, created, updated, history);
  }

  /**
   * Returns a copy with {@code more} ids added, {@code moreSealed} sealed secrets added, and the dropped flag or-ed.
   *
   * @param more provider ids to add
   * @param moreSealed sealed secrets to add
   * @param dropped whether secrets were left out for want of a sealer
   * @return the copy
   */
  public JournalEntry withIds(Map<String, String> more, Map<String, String> moreSealed, boolean dropped) {
    Map<String, String> i = new LinkedHashMap<>(ids);
    i.putAll(more);
    Map<String, String> s = new LinkedHashMap<>(sealed);
    s.putAll(moreSealed);
    return new JournalEntry(reference, instance, providerType, fingerprint, request, status, step, i, s,
        secretsDropped || dropped, orderId, order, owner, leaseUntil, attempts, created, updated, history);
  }

  /**
   * Returns a copy that holds the placed order.
   *
   * @param orderId the provider's order id
   * @param order the order as JSON
   * @return the copy
   */
  public JournalEntry withOrder(String orderId, String order) {
    return new JournalEntry(reference, instance, providerType, fingerprint, request, status, step, ids, sealed,
        secretsDropped, orderId, order, owner, leaseUntil, attempts, created, updated, history);
  }

  /**
   * Returns a copy claimed once more (attempts + 1).
   *
   * @return the copy
   */
  public JournalEntry claimedAgain() {
    return new JournalEntry(reference, instance, providerType, fingerprint, request, status, step, ids, sealed,
        secretsDropped, orderId, order, owner, leaseUntil, attempts + 1, created, updated, history);
  }

  /**
   * Returns a copy changed at {@code now}.
   *
   * @param now the time of the change
   * @return the copy
   */
  public JournalEntry touched(Instant now) {
    return new JournalEntry(reference, instance, providerType, fingerprint, request, status, step, ids, sealed,
        secretsDropped, orderId, order, owner, leaseUntil, attempts, created, now, history);
  }

  @Override
  public String toString() {
    return "JournalEntry{" + reference + " at " + instance + ", " + status.label()
        + (orderId != null ? ", order " + orderId : "") + (step != null ? ", step " + step : "")
        + ", ids=" + ids + (sealed.isEmpty() ? "" : ", sealed=" + sealed.keySet()) + "}";
  }
}
