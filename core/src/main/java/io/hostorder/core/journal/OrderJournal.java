package io.hostorder.core.journal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The storage of a write-ahead order journal: one record per broker reference with its history. The
 * semantics of placing through it (replay, conflict, lease, resume) live in {@link JournaledProvider};
 * a storage only has to make {@link #update} atomic and durable.
 *
 * <p>Implementations: {@code io.hostorder.journal.SqliteJournal} (one file, the default) and
 * {@code io.hostorder.journal.PostgresJournal} (shared by several processes and machines), both opened by
 * {@code io.hostorder.journal.Journals.open(String)}. Safe for concurrent use by several threads and
 * processes. Holds no credential.
 */
public interface OrderJournal extends AutoCloseable {

  /**
   * Reads the record of {@code reference} (empty when there is none) and hands it to {@code change}, then
   * writes what it returns, as one transaction that excludes every other update of the same reference
   * (in any process sharing the storage). Returns only once the write is durable (on disk, or committed
   * in the database), so that a crash right after it leaves the record behind. {@code change} may be
   * called more than once when the storage retries a transaction; it must not have side effects. When
   * {@code change} throws, nothing is written and the exception is passed on.
   *
   * @throws io.hostorder.core.error.JournalException when the storage cannot be read or written
   * @param <T> what {@code change} returns to the caller
   * @param reference the broker's reference
   * @param change decides what to write from the record as it is
   * @return the result {@code change} chose
   */
  <T> T update(String reference, Function<Optional<JournalEntry>, JournalUpdate<T>> change);

  /**
   * Does what {@link #update} does, except that the write need not be durable yet when it returns: it is
   * visible at once to every read and update (in any process sharing the storage), and durable at the
   * latest when the next {@link #update} of this storage returns, whatever its reference (SQLite's WAL and
   * PostgreSQL's write-ahead log are written in order, and a durable commit flushes everything before
   * it). A crash of a process loses nothing; only a crash of the machine or of the database server may
   * lose the lazy writes since the last durable one, as if it had come before them.
   *
   * <p>For records that announce no request: a claim, ids and answers that a later durable record
   * (the next "commit sending", the outcome) follows before anything else is sent or returned. Never for
   * "commit sending": a committing request is sent only once its record is durable. The default is
   * {@link #update} itself.
   *
   * @param <T> what {@code change} returns to the caller
   * @param reference the broker's reference
   * @param change decides what to write from the record as it is
   * @return the result {@code change} chose
   */
  default <T> T updateLazily(String reference, Function<Optional<JournalEntry>, JournalUpdate<T>> change) {
    return update(reference, change);
  }

  /**
   * Returns the record of {@code reference} with its whole history, or empty.
   *
   * @param reference the broker's reference
   * @return the record, or empty
   */
  Optional<JournalEntry> find(String reference);

  /**
   * Returns the records {@code query} selects, newest first, without their history.
   *
   * @param query what to select
   * @return the records
   */
  List<JournalEntry> list(JournalQuery query);

  /**
   * Returns where the journal lives, for messages (a path, or a JDBC URL without its password).
   *
   * @return the location, free of secrets
   */
  String location();

  /** Releases the journal's connections. */
  @Override
  void close();
}
