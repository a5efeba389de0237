package io.hostorder.core.journal;

import java.util.List;

/**
 * What one atomic {@link OrderJournal#update} writes and returns.
 *
 * @param entry the new record of the reference, or null to leave it as it is
 * @param events the events to append to its history
 * @param result what {@code update} returns to its caller
 */
public record JournalUpdate<T>(JournalEntry entry, List<JournalEvent> events, T result) {
  /**
   * Keeps a copy of the events; null means none.
   *
   * @param entry the new record of the reference, or null to leave it as it is
   * @param events the events to append to its history
   * @param result what {@code update} returns to its caller
   */
  public JournalUpdate {
    events = events == null ? List.of() : List.copyOf(events);
  }

  /**
   * Writes nothing and returns {@code result}.
   *
   * @param <T> the result's type
   * @param result what {@code update} returns
   * @return the update
   */
  public static <T> JournalUpdate<T> none(T result) {
    return new JournalUpdate<>(null, List.of(), result);
  }

  /**
   * Writes {@code entry} with {@code events} and returns {@code result}.
   *
   * @param <T> the result's type
   * @param entry the new record
   * @param result what {@code update} returns
   * @param events the events to append to the history
   * @return the update
   */
  public static <T> JournalUpdate<T> write(JournalEntry entry, T result, JournalEvent... events) {
    return new JournalUpdate<>(entry, List.of(events), result);
  }
}
