package io.hostorder.core.journal;

import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderValidator;
import io.hostorder.core.PlaceListener;
import io.hostorder.core.PlaceStep;
import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.IdempotencyConflictException;
import io.hostorder.core.error.JournalException;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.error.OrderInFlightException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.PaymentRequiredException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A provider whose {@link #place} goes through a write-ahead {@link OrderJournal}, with the guarantee of
 * an idempotency key for every provider, whatever its API offers:
 *
 * <ul>
 *   <li>a reference already placed returns the stored order, with no request;
 *   <li>the same reference with a different order (fingerprint) or at another instance is an
 *       {@link IdempotencyConflictException}, with no request;
 *   <li>a reference being placed by another live process waits for it (bounded by
 *       {@link JournalOptions#inFlightWait()}) and then returns its order, or throws
 *       {@link OrderInFlightException}; never a second placement. A placement holds a lease it renews
 *       while it runs; a crashed one loses it (at once on the same host, after the lease elsewhere);
 *   <li>a reference whose committing request was sent with no definitive answer (a crash, an unknown
 *       outcome) is resolved by the provider's reconcile, or by its order status when the journal holds the
 *       order id; otherwise it is an {@link OutcomeUnknownException} with everything known, and no
 *       committing request is sent for it until an operator resolves it ({@link OrderBook#resolve});
 *   <li>a reference whose record shows that no committing request was sent (a provider that
 *       {@link OrderProvider#reportsTrail() reports its trail}), or that was definitively not placed, is
 *       placed again.
 * </ul>
 *
 * <p>A provider that does not report its trail is taken as committing from the moment its {@code place}
 * is entered. Every other method is the wrapped provider's. Safe for concurrent use.
 */
public final class JournaledProvider implements OrderProvider {
  /** Names under which a provider's trail ids carry its order id (looked up with its order status). */
  public static final List<String> ORDER_ID_KEYS = List.of("orderId", "order_id", "order-id", "order");

  private final OrderProvider delegate;
  private final OrderJournal journal;
  private final JournalOptions options;
  private final Leases leases;
  private final Claims claims;
  private final Outcomes outcomes;

  private JournaledProvider(OrderProvider delegate, OrderJournal journal, JournalOptions options) {
    this.delegate = Objects.requireNonNull(delegate, "delegate == null");
    this.journal = Objects.requireNonNull(journal, "journal == null");
    this.options = Objects.requireNonNull(options, "options == null");
    this.leases = new Leases(journal, options);
    this.claims = new Claims(options.instance(), delegate.type(), delegate.reportsTrail(), options.lease());
    this.outcomes = new Outcomes(journal, options);
  }

  /**
   * Returns {@code provider} placing through {@code journal}.
   *
   * @param provider the provider; one already wrapped is unwrapped first
   * @param journal the journal to place through
   * @param options how to use the journal
   * @return the journaled provider
   */
  public static JournaledProvider wrap(OrderProvider provider, OrderJournal journal, JournalOptions options) {
    if (provider instanceof JournaledProvider j) {
      provider = j.delegate;
    }
    return new JournaledProvider(provider, journal, options);
  }

  /**
   * Returns the provider it wraps.
   *
   * @return the wrapped provider
   */
  public OrderProvider delegate() {
    return delegate;
  }

  /**
   * Returns its journal.
   *
   * @return the journal
   */
  public OrderJournal journal() {
    return journal;
  }

  /**
   * Returns this instance's name in the journal.
   *
   * @return the instance's name
   */
  public String instance() {
    return options.instance();
  }

  @Override
  public String type() {
    return delegate.type();
  }

  @Override
  public Capabilities capabilities() {
    return delegate.capabilities();
  }

  @Override
  public List<Violation> validate(OrderRequest order) {
    return delegate.validate(order);
  }

  @Override
  public boolean reportsTrail() {
    return delegate.reportsTrail();
  }

  /** Returns a cart that keeps its items here and places them through the journal at checkout. */
  @Override
  public Cart newCart(String reference) {
    return new JournaledCart(this, reference, OrderTrail.NONE);
  }

  @Override
  public Cart newCart(String reference, OrderTrail trail) {
    return new JournaledCart(this, reference, trail);
  }

  @Override
  public Order place(OrderRequest order) {
    return place(order, OrderTrail.NONE, PlaceListener.NONE);
  }

  @Override
  public Order place(OrderRequest order, OrderTrail trail) {
    return place(order, trail, PlaceListener.NONE);
  }

  /**
   * Places {@code order} through the journal, telling {@code listener} the wrapped provider's steps when the
   * order is sent, {@link PlaceListener#found found} when the journal holds it as placed (source
   * {@link PlaceListener.Source#JOURNAL}, nothing sent) or a look-up of an unknown outcome finds it at the
   * provider, and {@link PlaceListener#recorded recorded} once the journal holds it as placed.
   */
  @Override
  public Order place(OrderRequest order, OrderTrail trail, PlaceListener listener) {
    return place(order, trail, listener, (provider, t) -> provider.place(order, t, listener));
  }

  /**
   * Places {@code order} as {@link #place(OrderRequest, OrderTrail)} does, but when the journal decides that
   * the order must be sent, sends it with {@code placer} (given the wrapped provider and the journal's
   * trail) instead of the provider's own {@code place}, e.g. to stop a test placement at a chosen point (to show
   * each step, give a {@link PlaceListener} instead). {@code placer} must send every committing request through
   * carts opened with that trail.
   *
   * @param order the order to place
   * @param trail hears the ids and committing requests besides the journal
   * @param placer sends the order, given the wrapped provider and the journal's trail
   * @return the order, placed now, found again, or as the journal recorded it
   */
  public Order place(OrderRequest order, OrderTrail trail, BiFunction<OrderProvider, OrderTrail, Order> placer) {
    return place(order, trail, PlaceListener.NONE, placer);
  }

  private Order place(OrderRequest order, OrderTrail trail, PlaceListener listener,
      BiFunction<OrderProvider, OrderTrail, Order> placer) {
    Objects.requireNonNull(placer, "placer == null");
    PlaceListener heard = PlaceListener.guarded(listener);
    OrderValidator.throwIfAny(type(), validate(order));
    String reference = order.reference();
    String fingerprint = Fingerprint.of(order);
    String request = Fingerprint.masked(order);
    String owner = Owner.next();
    Instant deadline = options.clock().instant().plus(options.inFlightWait());
    long pause = 20;
    while (true) {
      // Lazily: the claim announces no request; the "commit sending" that follows it is durable, and with it the claim.
      Claims.Claim claim = journal.updateLazily(reference, existing -> claims.claim(existing, reference, fingerprint,
          request, owner, options.clock().instant()));
      switch (claim.kind()) {
        case REPLAY:
          Order stored = OrderCodec.read(claim.entry().order());
          heard.found(stored, PlaceListener.Source.JOURNAL);
          return stored;
        case CONFLICT:
          throw claims.conflict(reference, claim.entry(), fingerprint);
        case BUSY:
          if (options.clock().instant().isAfter(deadline)) {
            throw new OrderInFlightException(reference, "order reference '" + reference + "' is being placed by "
                + Owner.describe(claim.entry().owner()) + " (journal status " + claim.entry().status().label()
                + "); nothing was sent; retry later to get its order", Map.of("reference", reference,
                "journal", journal.location()));
          }
          sleep(reference, pause);
          pause = Math.min(pause * 2, 500);
          continue;
        case RESUME:
          Optional<Order> settled = PlaceListener.step(heard, PlaceStep.lookUp(), () -> resume(claim.entry(), owner));
          if (settled.isPresent()) {
            heard.found(settled.get(), PlaceListener.Source.PROVIDER);
            heard.recorded(settled.get());
            return settled.get();
          }
          return run(order, owner, trail, heard, placer); // reconcile found no order: we hold the lease, status STARTED
        case PLACE:
          return run(order, owner, trail, heard, placer);
        default:
          throw new IllegalStateException(claim.kind().name());
      }
    }
  }

  /**
   * Settles {@code reference} without placing anything: a reference left committing by a crashed
   * placement, or with an unknown outcome, is looked up at the provider where it can be (as {@link #place}
   * would before placing again). Used by {@code hostorder reconcile}.
   *
   * @param reference the broker's reference to settle
   * @return what became of the reference
   */
  public Settlement settle(String reference) {
    String owner = Owner.next();
    Claims.Claim claim = journal.update(reference, existing -> {
      if (existing.isEmpty()) {
        return JournalUpdate.none(new Claims.Claim(Claims.Kind.ABSENT, null));
      }
      JournalEntry e = existing.get();
      if (!options.instance().equals(e.instance())) {
        return JournalUpdate.none(new Claims.Claim(Claims.Kind.CONFLICT, e));
      }
      if (e.status() == JournalStatus.PLACED || e.status() == JournalStatus.NOT_PLACED) {
        return JournalUpdate.none(new Claims.Claim(Claims.Kind.REPLAY, e));
      }
      Instant now = options.clock().instant();
      if (claims.held(e, now)) {
        return JournalUpdate.none(new Claims.Claim(Claims.Kind.BUSY, e));
      }
      if (e.status() == JournalStatus.STARTED) {
        JournalEntry n = e.withStatus(JournalStatus.NOT_PLACED).withOwner(null, null).touched(now);
        return JournalUpdate.write(n, new Claims.Claim(Claims.Kind.REPLAY, n), new JournalEvent(now, "not-placed", null,
            "the placement (" + Owner.describe(e.owner()) + ") ended before any committing request", owner));
      }
      return claims.takeOver(e, owner, now);
    });
    switch (claim.kind()) {
      case ABSENT:
        return new Settlement(reference, Settlement.Outcome.NOT_IN_JOURNAL, null, "no such reference in the journal");
      case CONFLICT:
        return new Settlement(reference, Settlement.Outcome.OTHER_INSTANCE, claim.entry(),
            "placed at " + claim.entry().instance() + ", not at " + options.instance());
      case BUSY:
        return new Settlement(reference, Settlement.Outcome.IN_FLIGHT, claim.entry(),
            "being placed by " + Owner.describe(claim.entry().owner()));
      case REPLAY:
        return claim.entry().status() == JournalStatus.PLACED
            ? new Settlement(reference, Settlement.Outcome.PLACED, claim.entry(), "placed as " + claim.entry().orderId())
            : new Settlement(reference, Settlement.Outcome.NOT_PLACED, claim.entry(), "not placed");
      default:
        break;
    }
    try {
      Optional<Order> found = resume(claim.entry(), owner);
      if (found.isPresent()) {
        return new Settlement(reference, Settlement.Outcome.PLACED, journal.find(reference).orElse(claim.entry()),
            "found at the provider: order " + found.get().ref().id());
      }
      outcomes.finish(reference, owner, JournalStatus.NOT_PLACED, null, "reconcile: the provider holds no order with this reference");
      return new Settlement(reference, Settlement.Outcome.NOT_PLACED, journal.find(reference).orElse(claim.entry()),
          "the provider holds no order with this reference; it may be placed again");
    } catch (OutcomeUnknownException e) {
      // Say why the look could not tell (e.g. the provider's candidates for an operator), not only that.
      Throwable cause = e.getCause();
      String why = cause != null && cause.getMessage() != null && !(cause instanceof java.io.IOException)
          ? cause.getMessage() + " (" + e.getMessage() + ")" : e.getMessage();
      return new Settlement(reference, Settlement.Outcome.NEEDS_OPERATOR, journal.find(reference).orElse(claim.entry()),
          why);
    }
  }

  /** Returns the journal's order for {@code reference} when it holds one, else asks the provider. */
  @Override
  public Optional<Order> reconcile(String reference) {
    Optional<JournalEntry> e = journal.find(reference);
    if (e.isPresent() && e.get().status() == JournalStatus.PLACED && e.get().order() != null
        && options.instance().equals(e.get().instance())) {
      return Optional.of(OrderCodec.read(e.get().order()));
    }
    return delegate.reconcile(reference);
  }

  @Override
  public Order order(OrderRef ref) {
    return delegate.order(ref);
  }

  @Override
  public List<Order> orders() {
    return delegate.orders();
  }

  @Override
  public void cancel(OrderRef ref) {
    delegate.cancel(ref);
  }

  @Override
  public void cancel(OrderRef ref, String lineId) {
    delegate.cancel(ref, lineId);
  }

  /**
   * Looks up an order whose committing request may have happened. Returns it (recorded as placed), or
   * empty when the provider definitively holds none (the entry is then STARTED under {@code owner}); throws
   * {@link OutcomeUnknownException} (the entry UNKNOWN, released) when nothing could tell.
   */
  private Optional<Order> resume(JournalEntry e, String owner) {
    String reference = e.reference();
    leases.hold(reference, owner);
    try {
      Optional<Order> found;
      String how;
      String orderId = orderIdOf(e);
      Map<String, String> ids = new LinkedHashMap<>(e.ids());
      if (options.sealer() != null) {
        e.sealed().forEach((name, sealed) -> ids.put(name, options.sealer().open(reference, name, sealed)));
      }
      Optional<Optional<Order>> byIds = Optional.empty();
      if (!delegate.capabilities().has(Capability.RECONCILE)) {
        try {
          // A provider that finds orders by the ids the journal holds (Hostway: the order id and its OwnerId).
          byIds = Optional.of(delegate.reconcile(reference, Map.copyOf(ids)));
        } catch (io.hostorder.core.error.UnsupportedCapabilityException notThisWay) {
          byIds = Optional.empty();
        }
      }
      if (delegate.capabilities().has(Capability.RECONCILE)) {
        how = "reconcile by reference";
        found = delegate.reconcile(reference, Map.copyOf(ids));
      } else if (byIds.isPresent()) {
        how = "reconcile by the journal's ids";
        found = byIds.get();
      } else if (orderId != null && delegate.capabilities().has(Capability.ORDER_STATUS)) {
        how = "order status of " + orderId;
        try {
          found = Optional.of(delegate.order(OrderRef.of(orderId)));
        } catch (NotFoundException nf) {
          throw unknown(e, owner, "the provider does not find order " + orderId + " the journal holds", nf);
        }
      } else {
        throw unknown(e, owner, delegate.type() + " cannot look this order up (no reconcile by reference"
            + (orderId == null ? ", and no order id was recorded before the answer was lost)" : ", no order status)")
            + (e.secretsDropped() ? "; a per-order secret needed to resume was not kept (no journal-key)" : ""), null);
      }
      if (found.isPresent()) {
        outcomes.placed(reference, owner, found.get(), how);
        return found;
      }
      Instant now = options.clock().instant();
      journal.update(reference, cur -> {
        if (cur.isEmpty() || !owner.equals(cur.get().owner())) {
          return JournalUpdate.none(false);
        }
        JournalEntry n = cur.get().withStatus(JournalStatus.STARTED).withStep(null).touched(now);
        return JournalUpdate.write(n, true, new JournalEvent(now, "reconciled", null,
            how + ": the provider holds no such order", owner));
      });
      return Optional.empty();
    } catch (OutcomeUnknownException u) {
      throw u;
    } catch (RuntimeException x) {
      throw unknown(e, owner, "looking it up failed: " + x.getMessage(), x);
    } finally {
      leases.release(reference);
    }
  }

  private OutcomeUnknownException unknown(JournalEntry e, String owner, String why, Throwable cause) {
    outcomes.finish(e.reference(), owner, JournalStatus.UNKNOWN, null, why + "; needs an operator: hostorder resolve "
        + e.reference() + " --placed ORDER_ID | --not-placed");
    Map<String, String> ids = new LinkedHashMap<>(e.ids());
    if (e.orderId() != null) {
      ids.put("orderId", e.orderId());
    }
    ids.put("journal", journal.location());
    ids.put("needs", "operator: hostorder resolve " + e.reference() + " --placed ORDER_ID | --not-placed");
    return new OutcomeUnknownException(e.reference(), e.step() == null ? "place" : e.step(), ids,
        cause != null ? cause : new IllegalStateException(why));
  }

  private static String orderIdOf(JournalEntry e) {
    if (e.orderId() != null) {
      return e.orderId();
    }
    for (String k : ORDER_ID_KEYS) {
      String v = e.ids().get(k);
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  private Order run(OrderRequest order, String owner, OrderTrail outer, PlaceListener heard,
      BiFunction<OrderProvider, OrderTrail, Order> placer) {
    String reference = order.reference();
    EntryTrail trail = new EntryTrail(journal, reference, owner, options, outer);
    leases.hold(reference, owner);
    try {
      if (!delegate.reportsTrail()) {
        trail.commitSending("place", Map.of());
      }
      Order placed = placer.apply(delegate, trail);
      if (placed == null) {
        throw new IllegalStateException("the placer returned no order");
      }
      outcomes.placed(reference, owner, placed, "placed");
      heard.recorded(placed);
      return placed;
    } catch (EntryTrail.LeaseLost lost) {
      throw new OrderInFlightException(reference, lost.getMessage(), Map.of("reference", reference));
    } catch (OutcomeUnknownException e) {
      outcomes.finish(reference, owner, JournalStatus.UNKNOWN, null, "outcome unknown at '" + e.step()
          + "': reconcile before anything else (hostorder reconcile " + reference + ")");
      Map<String, String> ids = new LinkedHashMap<>(e.details());
      ids.remove("reference");
      ids.remove("step");
      ids.put("journal", journal.location());
      throw new OutcomeUnknownException(e.reference(), e.step(), ids, e);
    } catch (PaymentRequiredException p) {
      if (p.order() != null) {
        outcomes.placed(reference, owner, p.order(), "placed, payment required");
      } else {
        outcomes.finish(reference, owner, JournalStatus.NOT_PLACED, null, "refused: payment required, no order created");
      }
      throw p;
    } catch (JournalException j) {
      throw j; // the record stays as it was last written: committing means "look it up" later
    } catch (HostorderException h) {
      outcomes.finish(reference, owner, JournalStatus.NOT_PLACED, null, "refused definitively (" + h.kind() + "): " + h.getMessage());
      throw h;
    } catch (RuntimeException r) {
      if (trail.sentAny()) {
        outcomes.finish(reference, owner, JournalStatus.UNKNOWN, null, "failed after a committing request: " + r);
      } else {
        outcomes.finish(reference, owner, JournalStatus.NOT_PLACED, null, "failed before any committing request: " + r);
      }
      throw r;
    } finally {
      leases.release(reference);
    }
  }

  private static void sleep(String reference, long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OrderInFlightException(reference, "interrupted while waiting for the placement in flight of '"
          + reference + "'; nothing was sent", Map.of("reference", reference));
    }
  }

  @Override
  public String toString() {
    return "JournaledProvider{" + options.instance() + " via " + journal.location() + "}";
  }

  static Duration renewEvery(Duration lease) {
    return lease.dividedBy(3);
  }
}
