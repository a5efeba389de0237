package io.hostorder.core.journal;

import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.error.OrderInFlightException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The journal read as the broker's order book, and the operator's decisions on it. Nothing here calls a
 * provider.
 */
public final class OrderBook {
  private final OrderJournal journal;
  private final Clock clock;

  /**
   * Returns the book of {@code journal} on the system clock.
   *
   * @param journal the journal
   */
  public OrderBook(OrderJournal journal) {
    this(journal, Clock.systemUTC());
  }

  /**
   * Returns the book of {@code journal}.
   *
   * @param journal the journal
   * @param clock the clock of the decisions' times
   */
  public OrderBook(OrderJournal journal, Clock clock) {
    this.journal = Objects.requireNonNull(journal, "journal == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /**
   * Returns the stored order of {@code entry}, or empty when it holds none.
   *
   * @param entry the journal's record
   * @return the order, or empty
   */
  public static Optional<Order> order(JournalEntry entry) {
    return entry.order() == null ? Optional.empty() : Optional.of(OrderCodec.read(entry.order()));
  }

  /**
   * Records an operator's decision on {@code reference}, whose outcome the journal does not know:
   * {@code placedOrderId} non-null says the provider holds that order (a later {@code place} returns it),
   * null says no order exists (a later {@code place} places it). Recorded with {@code actor} and the time.
   *
   * @throws NotFoundException when the journal has no such reference
   * @throws OrderInFlightException when a live placement holds it now
   * @throws HostorderException when it is already placed (as another order, or the same)
   * @param reference the broker's reference
   * @param placedOrderId the provider's order id the operator found, or null when no order exists
   * @param actor who decided, recorded in the history
   * @param note why, recorded in the history (never a secret), or null
   * @return the record as written
   */
  public JournalEntry resolve(String reference, String placedOrderId, String actor, String note) {
    Objects.requireNonNull(actor, "actor == null");
    Instant now = clock.instant();
    return journal.update(reference, cur -> {
      if (cur.isEmpty()) {
        throw new NotFoundException("the journal (" + journal.location() + ") has no order reference '" + reference + "'");
      }
      JournalEntry e = cur.get();
      if (e.owner() != null && e.leaseUntil() != null && e.leaseUntil().isAfter(now) && !Owner.knownDead(e.owner())) {
        throw new OrderInFlightException(reference, "order reference '" + reference + "' is being placed by "
            + Owner.describe(e.owner()) + " right now; resolve it once that ends", Map.of("reference", reference));
      }
      if (e.status() == JournalStatus.PLACED) {
        throw new HostorderException("order reference '" + reference + "' is already recorded as placed (order "
            + e.orderId() + "); nothing was changed", null, Map.of("reference", reference, "orderId", String.valueOf(e.orderId())));
      }
      String why = (placedOrderId != null ? "operator: placed as order " + placedOrderId : "operator: not placed")
          + (note == null || note.isBlank() ? "" : " (" + note + ")");
      JournalEntry n;
      if (placedOrderId != null) {
        Order o = Order.builder(OrderRef.of(placedOrderId)).provider(e.providerType()).reference(reference)
            .status(OrderStatus.UNKNOWN).message("recorded by " + actor + " at " + now + "; follow it with hostorder status")
            .build();
        n = e.withStatus(JournalStatus.PLACED).withOrder(placedOrderId, OrderCodec.write(o));
      } else {
        n = e.withStatus(JournalStatus.NOT_PLACED);
      }
      n = n.withOwner(null, null).touched(now);
      return JournalUpdate.write(n, n, new JournalEvent(now, "resolved", e.step(), why, actor));
    });
  }
}
