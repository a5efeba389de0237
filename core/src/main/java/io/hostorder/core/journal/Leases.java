package io.hostorder.core.journal;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Renews the leases of the placements running in this process, every third of the lease, so that a
 * slow provider does not make a live placement look crashed. One daemon thread for the whole process.
 */
final class Leases {
  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "hostorder-journal-leases");
    t.setDaemon(true);
    return t;
  });
  private final OrderJournal journal;
  private final JournalOptions options;
  private final Map<String, ScheduledFuture<?>> running = new ConcurrentHashMap<>();

  Leases(OrderJournal journal, JournalOptions options) {
    this.journal = journal;
    this.options = options;
  }

  /** Starts renewing {@code owner}'s lease of {@code reference}. */
  void hold(String reference, String owner) {
    long every = Math.max(100, JournaledProvider.renewEvery(options.lease()).toMillis());
    ScheduledFuture<?> f = TIMER.scheduleWithFixedDelay(() -> renew(reference, owner), every, every, TimeUnit.MILLISECONDS);
    ScheduledFuture<?> old = running.put(reference + "\u0000" + owner, f);
    if (old != null) {
      old.cancel(false);
    }
  }

  /** Stops renewing every lease of {@code reference} held here. */
  void release(String reference) {
    running.entrySet().removeIf(e -> {
      if (e.getKey().startsWith(reference + "\u0000")) {
        e.getValue().cancel(false);
        return true;
      }
      return false;
    });
  }

  private void renew(String reference, String owner) {
    try {
      journal.updateLazily(reference, cur -> {
        if (cur.isEmpty() || !owner.equals(cur.get().owner())) {
          return JournalUpdate.none(false);
        }
        Instant now = options.clock().instant();
        return JournalUpdate.write(cur.get().withOwner(owner, now.plus(options.lease())), true);
      });
    } catch (RuntimeException e) {
      // The next renewal tries again; a placement whose lease runs out is stopped before its next commit.
    }
  }
}
