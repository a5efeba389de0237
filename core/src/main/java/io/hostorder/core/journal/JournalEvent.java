package io.hostorder.core.journal;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of an order's history in the journal.
 *
 * @param at when it was recorded
 * @param kind what happened: {@code started}, {@code commit-sending}, {@code commit-succeeded},
 *     {@code commit-refused}, {@code commit-unknown}, {@code ids}, {@code placed}, {@code not-placed},
 *     {@code taken-over}, {@code reconciled}, {@code resolved}, …
 * @param step the committing step it is about, or null
 * @param detail a short text (never a secret), or null
 * @param actor who recorded it: the owner of the placement or the operator
 */
public record JournalEvent(Instant at, String kind, String step, String detail, String actor) {
  /**
   * Checks the time and kind are given.
   *
   * @param at when it was recorded
   * @param kind what happened: {@code started}, {@code commit-sending}, {@code commit-succeeded}, {@code
   *     commit-refused}, {@code commit-unknown}, {@code ids}, {@code placed}, {@code not-placed}, {@code
   *     taken-over}, {@code reconciled}, {@code resolved}, …
   * @param step the committing step it is about, or null
   * @param detail a short text (never a secret), or null
   * @param actor who recorded it: the owner of the placement or the operator
   */
  public JournalEvent {
    Objects.requireNonNull(at, "at == null");
    Objects.requireNonNull(kind, "kind == null");
  }
}
