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
   */
  <T> T update(String reference, Function<Optional<JournalEntry>, JournalUpdate<T>> change);

  /** Returns the record of {@code reference} with its whole history, or empty. */
  Optional<JournalEntry> find(String reference);

  /** Returns the records {@code query} selects, newest first, without their history. */
  List<JournalEntry> list(JournalQuery query);

  /** Returns where the journal lives, for messages (a path, or a JDBC URL without its password). */
  String location();

  /** Releases the journal's connections. */
  @Override
  void close();
}
