package io.hostorder.journal;

import io.hostorder.core.journal.JournalEntry;
import io.hostorder.core.journal.JournalQuery;
import io.hostorder.core.journal.JournalUpdate;
import io.hostorder.core.journal.OrderJournal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A journal that stops the process at one point of its records, for the crash campaign: just before or
 * just after its {@code n}-th update it prints {@code PAUSE n before|after} and waits, and the campaign
 * kills it there with {@code kill -9}.
 */
final class PausingJournal implements OrderJournal {
  private final OrderJournal delegate;
  private final int at;
  private final boolean before;
  private final AtomicInteger updates = new AtomicInteger();

  PausingJournal(OrderJournal delegate, int at, boolean before) {
    this.delegate = delegate;
    this.at = at;
    this.before = before;
  }

  @Override
  public <T> T update(String reference, Function<Optional<JournalEntry>, JournalUpdate<T>> change) {
    return record(reference, change, true);
  }

  /** Passes laziness on: a kill just after a lazy record must find it in the file (it is in the WAL). */
  @Override
  public <T> T updateLazily(String reference, Function<Optional<JournalEntry>, JournalUpdate<T>> change) {
    return record(reference, change, false);
  }

  private <T> T record(String reference, Function<Optional<JournalEntry>, JournalUpdate<T>> change, boolean durable) {
    int n = updates.incrementAndGet();
    if (n == at && before) {
      pause(n, "before");
    }
    T result = durable ? delegate.update(reference, change) : delegate.updateLazily(reference, change);
    if (n == at && !before) {
      pause(n, "after");
    }
    return result;
  }

  private static void pause(int n, String where) {
    System.out.println("PAUSE " + n + " " + where);
    System.out.flush();
    try {
      Thread.sleep(60_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    System.exit(99); // never reached when the campaign kills in time
  }

  @Override
  public Optional<JournalEntry> find(String reference) {
    return delegate.find(reference);
  }

  @Override
  public List<JournalEntry> list(JournalQuery query) {
    return delegate.list(query);
  }

  @Override
  public String location() {
    return delegate.location();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
