package io.hostorder.cli;

import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.Idempotency;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderValidator;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.journal.JournalEntry;
import io.hostorder.core.journal.JournaledProvider;
import java.util.List;
import java.util.Optional;

/**
 * Places a portable order step by step, the way {@link OrderProvider#place} does, with one progress
 * line per step: validate the whole order first (nothing is sent when it is invalid), look for an
 * order already placed with the same reference where the provider can, then fill a cart, apply the
 * promo code and check out. A provider that can skip the cart ({@link Capability#SKIP_CART}) and has its
 * own {@code place} is left to place the order in one step. The same path serves {@code order} and {@code demo}.
 */
final class Placement {
  private final OrderProvider provider;
  private final Progress progress;
  private final boolean promoGiven;

  Placement(OrderProvider provider, Progress progress) {
    this(provider, progress, false);
  }

  /** With {@code promoGiven} (--promo on the command line) an order found already placed is refused, not shown. */
  Placement(OrderProvider provider, Progress progress, boolean promoGiven) {
    this.provider = provider;
    this.progress = progress;
    this.promoGiven = promoGiven;
  }

  /** Places {@code order} and returns the provider's order; every failure is the provider's typed error. */
  Order place(OrderRequest order) {
    return place(order, OrderTrail.NONE);
  }

  /** Places {@code order}, telling {@code trail} (the journal's) about every committing request. */
  Order place(OrderRequest order, OrderTrail trail) {
    OrderValidator.throwIfAny(provider.type(), provider.validate(order));
    if (provider.capabilities().idempotency() != Idempotency.NONE
        && provider.capabilities().has(Capability.RECONCILE) && !trail.neverSent()) {
      Optional<Order> existing = progress.step("looking for an order with reference " + order.reference(),
          () -> provider.reconcile(order.reference()));
      if (existing.isPresent()) {
        if (promoGiven && !java.util.Objects.equals(existing.get().promoCode(), order.promoCode())) {
          throw promoNotApplied(order, existing.get().ref().id(), "the provider holds");
        }
        progress.note("an order with reference " + order.reference()
            + " was already placed; showing it instead of ordering again");
        return existing.get();
      }
    }
    if (provider.capabilities().has(Capability.SKIP_CART) && overridesPlace(provider)) {
      // The provider orders a whole order in one step, without its cart: use that, as a broker's code
      // calling place() would.
      return progress.step("placing the order in one step (no cart)", () -> provider.place(order, trail));
    }
    Cart cart = progress.step("opening a cart", () -> provider.newCart(order.reference(), trail));
    List<OrderItem> items = order.items();
    for (int i = 0; i < items.size(); i++) {
      OrderItem item = items.get(i);
      progress.step("adding item " + (i + 1) + "/" + items.size() + " to cart", () -> cart.add(item));
    }
    if (order.promoCode() != null) {
      progress.step("applying promo code " + order.promoCode(), () -> cart.applyPromoCode(order.promoCode()));
    }
    return progress.step("checking out", cart::checkout);
  }

  /**
   * Places {@code order} through the journal {@code provider} writes to: the journal decides whether to
   * send anything (a reference already placed is shown from the journal; an unknown outcome is looked up
   * first); when it sends, the steps are this class's, each on its line, with the journal's trail.
   */
  static Order placeJournaled(JournaledProvider provider, OrderRequest order, Progress progress) {
    return placeJournaled(provider, order, progress, false);
  }

  /** Places {@code order} through the journal; with {@code promoGiven} a reference already placed is refused. */
  static Order placeJournaled(JournaledProvider provider, OrderRequest order, Progress progress, boolean promoGiven) {
    OrderValidator.throwIfAny(provider.type(), provider.validate(order));
    Optional<JournalEntry> before = provider.journal().find(order.reference());
    if (before.isPresent()) {
      JournalEntry e = before.get();
      if (promoGiven && e.status() == io.hostorder.core.journal.JournalStatus.PLACED) {
        throw promoNotApplied(order, e.orderId(), "the journal holds");
      }
      switch (e.status()) {
        case PLACED -> progress.note("the journal already holds order reference " + order.reference()
            + " (order " + e.orderId() + "): nothing will be sent unless it is another order");
        case UNKNOWN, COMMITTING -> progress.note("the journal says a committing request of " + order.reference()
            + " ('" + e.step() + "') had no definitive answer: looking it up before anything else");
        case NOT_PLACED -> progress.note("the journal says the last attempt of " + order.reference()
            + " was not placed: placing it again");
        default -> { }
      }
    }
    return provider.place(order, OrderTrail.NONE, (delegate, trail) -> new Placement(delegate, progress, promoGiven).place(order, trail));
  }

  /**
   * Returns the refusal of a {@code --promo} code for a reference already placed: a promo code applies to an
   * order being placed, so showing the old order would let a script believe the discount was applied.
   */
  static io.hostorder.core.error.IdempotencyConflictException promoNotApplied(OrderRequest order, String orderId,
      String where) {
    java.util.Map<String, String> details = new java.util.LinkedHashMap<>();
    details.put("reference", order.reference());
    details.put("order", orderId);
    details.put("promo-code", order.promoCode());
    return new io.hostorder.core.error.IdempotencyConflictException(order.reference(), "promo code "
        + order.promoCode() + " was not applied: " + where + " order reference " + order.reference()
        + " as already placed (order " + orderId + "), and a promo code applies only to an order being placed; "
        + "nothing was sent. Give the order a new reference to place a new order with the promo code", details);
  }

  /** Returns true when {@code provider}'s class has its own {@link OrderProvider#place}. */
  static boolean overridesPlace(OrderProvider provider) {
    try {
      return provider.getClass().getMethod("place", OrderRequest.class).getDeclaringClass() != OrderProvider.class;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
