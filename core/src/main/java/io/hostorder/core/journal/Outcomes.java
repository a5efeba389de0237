package io.hostorder.core.journal;

import io.hostorder.core.model.Order;
import java.time.Instant;

/** Writes how a placement ended, and releases its lease. */
final class Outcomes {
  private final OrderJournal journal;
  private final JournalOptions options;

  Outcomes(OrderJournal journal, JournalOptions options) {
    this.journal = journal;
    this.options = options;
  }

  /** Records that {@code placed} exists (even as a late answer of a placement that lost its lease). */
  void placed(String reference, String owner, Order placed, String how) {
    String json = OrderCodec.write(placed);
    Instant now = options.clock().instant();
    journal.update(reference, cur -> {
      if (cur.isEmpty()) {
        return JournalUpdate.none(false);
      }
      JournalEntry c = cur.get();
      boolean mine = owner.equals(c.owner());
      // A late answer of a placement that lost its lease is still a fact worth keeping: the order exists.
      JournalEntry n = c.withStatus(JournalStatus.PLACED).withOrder(placed.ref().id(), json)
          .withOwner(mine ? null : c.owner(), mine ? null : c.leaseUntil()).touched(now);
      return JournalUpdate.write(n, true, new JournalEvent(now, "placed", null,
          how + ": order " + placed.ref().id() + " (" + placed.status() + ")" + (mine ? "" : " [late answer]"), owner));
    });
  }

  /** Records the end of a placement (null owner: whoever holds it) and releases the lease. */
  void finish(String reference, String owner, JournalStatus status, String step, String detail) {
    Instant now = options.clock().instant();
    journal.update(reference, cur -> {
      if (cur.isEmpty() || (owner != null && !owner.equals(cur.get().owner()))) {
        return JournalUpdate.none(false);
      }
      JournalEntry n = cur.get().withStatus(status).withOwner(null, null).touched(now);
      if (step != null) {
        n = n.withStep(step);
      }
      return JournalUpdate.write(n, true, new JournalEvent(now, status.label(), step, detail,
          owner != null ? owner : "hostorder"));
    });
  }
}
