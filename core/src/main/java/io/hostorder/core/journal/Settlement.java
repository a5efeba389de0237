package io.hostorder.core.journal;

/**
 * What settling one reference found (see {@link JournaledProvider#settle}).
 *
 * @param reference the reference
 * @param outcome how it stands now
 * @param entry the journal's record after settling, or null when there is none
 * @param message a one-line explanation
 */
public record Settlement(String reference, Outcome outcome, JournalEntry entry, String message) {
  /** How a settled reference stands. */
  public enum Outcome {
    /** The order exists; the journal holds it. */
    PLACED,
    /** No order exists; the reference may be placed again. */
    NOT_PLACED,
    /** Nothing could tell whether it exists: an operator must decide ({@code hostorder resolve}). */
    NEEDS_OPERATOR,
    /** Another live process is placing it now. */
    IN_FLIGHT,
    /** It belongs to another provider instance. */
    OTHER_INSTANCE,
    /** The journal has no such reference. */
    NOT_IN_JOURNAL
  }
}
