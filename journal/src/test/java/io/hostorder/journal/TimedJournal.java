package io.hostorder.journal;

import io.hostorder.core.journal.JournalEntry;
import io.hostorder.core.journal.JournalQuery;
import io.hostorder.core.journal.JournalUpdate;
import io.hostorder.core.journal.OrderJournal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/** A journal that counts its updates and the time spent in them, for {@link JournalBench}'s breakdown. */
final class TimedJournal implements OrderJournal {
  private final OrderJournal journal;
  private final LongAdder updates = new LongAdder();
  private final LongAdder nanos = new LongAdder();
  private final LongAdder lazy = new LongAdder();
  private final LongAdder lazyNanos = new LongAdder();

  TimedJournal(OrderJournal journal) {
    this.journal = journal;
  }

  /** Returns the updates since the last {@link #reset}. */
  long updates() {
    return updates.sum();
  }

  /** Returns the milliseconds spent in updates since the last {@link #reset}. */
  double millis() {
    return nanos.sum() / 1e6;
  }

  void reset() {
    updates.reset();
    nanos.reset();
    lazy.reset();
    lazyNanos.reset();
  }

  @Override
  public <T> T update(String reference, Function<Optional<JournalEntry>, JournalUpdate<T>> change) {
    long t = System.nanoTime();
    try {
      return journal.update(reference, change);
    } finally {
      nanos.add(System.nanoTime() - t);
      updates.increment();
    }
  }

  @Override
  public <T> T updateLazily(String reference, Function<Optional<JournalEntry>, JournalUpdate<T>> change) {
    long t = System.nanoTime();
    try {
      return journal.updateLazily(reference, change);
    } finally {
      nanos.add(System.nanoTime() - t);
      updates.increment();
      lazy.increment();
      lazyNanos.add(System.nanoTime() - t);
    }
  }

  /** Returns how many of the updates since the last {@link #reset} were lazy. */
  long lazy() {
    return lazy.sum();
  }

  /** Returns the milliseconds spent in lazy updates since the last {@link #reset}. */
  double lazyMillis() {
    return lazyNanos.sum() / 1e6;
  }

  @Override
  public Optional<JournalEntry> find(String reference) {
    return journal.find(reference);
  }

  @Override
  public List<JournalEntry> list(JournalQuery query) {
    return journal.list(query);
  }

  @Override
  public String location() {
    return journal.location();
  }

  @Override
  public void close() {
    journal.close();
  }
}
