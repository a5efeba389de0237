package io.hostorder.core.journal;

/**
 * Which entries {@link OrderJournal#list} returns; a null field matches everything.
 *
 * @param providerType only this provider type, or null
 * @param instance only this provider instance, or null
 * @param status only this status, or null
 * @param limit at most this many (newest first); 0 for no limit
 */
public record JournalQuery(String providerType, String instance, JournalStatus status, int limit) {
  /** Every entry. */
  public static final JournalQuery ALL = new JournalQuery(null, null, null, 0);

  /**
   * Returns the query for entries of {@code status}.
   *
   * @param status the status
   * @return the query
   */
  public static JournalQuery status(JournalStatus status) {
    return new JournalQuery(null, null, status, 0);
  }
}
