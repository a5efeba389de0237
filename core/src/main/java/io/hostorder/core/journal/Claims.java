package io.hostorder.core.journal;

import io.hostorder.core.error.IdempotencyConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The decisions of {@link JournaledProvider}, each taken inside one journal transaction on a reference:
 * place it, replay it, refuse it (conflict), wait for it (held by a live placement), or take it over to
 * look it up (a committing request may have happened). Pure: they read the entry and return the update.
 */
final class Claims {
  private final String instance;
  private final String type;
  private final boolean reportsTrail;
  private final Duration lease;

  Claims(String instance, String type, boolean reportsTrail, Duration lease) {
    this.instance = instance;
    this.type = type;
    this.reportsTrail = reportsTrail;
    this.lease = lease;
  }

  /** Decides what a placement of {@code reference} does, inside the journal's transaction on it. */
  JournalUpdate<Claim> claim(Optional<JournalEntry> existing, String reference, String fingerprint,
      String request, String owner, Instant now) {
    if (existing.isEmpty()) {
      JournalEntry e = new JournalEntry(reference, instance, type, fingerprint, request,
          JournalStatus.STARTED, null, Map.of(), Map.of(), false, null, null, owner, now.plus(lease), 1,
          now, now, List.of());
      return JournalUpdate.write(e, new Claim(Kind.PLACE, e), new JournalEvent(now, "started", null,
          "fingerprint " + fingerprint.substring(0, 12) + (reportsTrail ? "" : "; the provider reports no trail: "
              + "its whole place() counts as one committing step"), owner));
    }
    JournalEntry e = existing.get();
    if (!fingerprint.equals(e.fingerprint()) || !instance.equals(e.instance())) {
      return JournalUpdate.none(new Claim(Kind.CONFLICT, e));
    }
    if (e.status() == JournalStatus.PLACED) {
      return JournalUpdate.none(new Claim(Kind.REPLAY, e));
    }
    if (held(e, now)) {
      return JournalUpdate.none(new Claim(Kind.BUSY, e));
    }
    if (e.status() == JournalStatus.STARTED || e.status() == JournalStatus.NOT_PLACED) {
      JournalEntry n = e.withStatus(JournalStatus.STARTED).withStep(null).withOwner(owner, now.plus(lease))
          .claimedAgain().touched(now);
      String why = e.status() == JournalStatus.NOT_PLACED ? "placing again: the last attempt was definitively not placed"
          : "placing again: the last placement (" + Owner.describe(e.owner()) + ") ended before any committing request";
      return JournalUpdate.write(n, new Claim(Kind.PLACE, n), new JournalEvent(now, "claimed", null, why, owner));
    }
    return takeOver(e, owner, now);
  }

  /** Takes over an entry whose committing request may have happened (committing with its owner gone, or unknown). */
  JournalUpdate<Claim> takeOver(JournalEntry e, String owner, Instant now) {
    JournalEntry n = e.withStatus(JournalStatus.UNKNOWN).withOwner(owner, now.plus(lease)).claimedAgain()
        .touched(now);
    String why = e.status() == JournalStatus.COMMITTING
        ? "the placement (" + Owner.describe(e.owner()) + ") is gone after sending '" + e.step()
            + "' with no answer recorded; looking it up before anything else"
        : "outcome unknown at '" + e.step() + "'; looking it up before anything else";
    return JournalUpdate.write(n, new Claim(Kind.RESUME, n), new JournalEvent(now, "taken-over", e.step(), why, owner));
  }

  /** Returns true while a live placement holds {@code e}'s lease. */
  boolean held(JournalEntry e, Instant now) {
    return e.owner() != null && e.leaseUntil() != null && e.leaseUntil().isAfter(now) && !Owner.knownDead(e.owner());
  }

  IdempotencyConflictException conflict(String reference, JournalEntry e, String fingerprint) {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("reference", reference);
    d.put("journal-status", e.status().label());
    d.put("journal-instance", e.instance());
    d.put("journal-fingerprint", e.fingerprint());
    d.put("fingerprint", fingerprint);
    String why = !instance.equals(e.instance())
        ? "was already used at " + e.instance() + " (this is " + instance + ")"
        : "was already used for a different order (items, options or promo code differ)";
    return new IdempotencyConflictException(reference, "order reference '" + reference + "' " + why
        + "; nothing was sent. Use a new reference for a new order, or send the original order to get its result", d);
  }

  /** What a claim found. */
  enum Kind { PLACE, REPLAY, CONFLICT, BUSY, RESUME, ABSENT }

  /** A claim's decision and the entry it is about. */
  record Claim(Kind kind, JournalEntry entry) {}
}
