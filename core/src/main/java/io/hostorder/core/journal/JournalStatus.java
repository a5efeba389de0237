package io.hostorder.core.journal;

/** Where the order of one reference stands, as the journal knows it. */
public enum JournalStatus {
  /** Claimed by a placement; no committing request has been sent yet. Safe to place again once its owner is gone. */
  STARTED,
  /** A committing request was announced; its answer, or the end of the placement, is not recorded yet. */
  COMMITTING,
  /** The order exists at the provider; the journal holds it and replays it. */
  PLACED,
  /** The order definitively does not exist (a documented refusal, reconcile, or an operator): may be placed again. */
  NOT_PLACED,
  /** A committing request had no definitive answer and nothing could look it up: needs reconcile or an operator. */
  UNKNOWN;

  /**
   * Returns the lower-case name used in the command's output and filters, e.g. {@code not-placed}.
   *
   * @return the label
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns the status named {@code label} ({@code not-placed} or {@code NOT_PLACED}).
   *
   * @param label the label or the constant's name, any case
   * @return the status
   * @throws IllegalArgumentException when no status has that name
   */
  public static JournalStatus of(String label) {
    return valueOf(label.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
  }
}
