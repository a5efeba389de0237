package io.hostorder.cli;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.PlaceListener;
import io.hostorder.core.PlaceStep;
import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.error.IdempotencyConflictException;
import io.hostorder.core.journal.JournalEntry;
import io.hostorder.core.journal.JournalStatus;
import io.hostorder.core.journal.JournaledProvider;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Prints the steps of a provider's own {@code place} as it reports them ({@link PlaceListener}), one line per
 * step: {@code adding item 1/1 to cart… done (84 ms)}. The provider places the order exactly as a broker's
 * code calling {@code place} would; this class only shows it. The same path serves {@code order} and
 * {@code demo}.
 */
final class PlaceProgress implements PlaceListener {
  private final Progress progress;
  private final String reference;
  private long start;
  private Order found;

  private PlaceProgress(Progress progress, String reference) {
    this.progress = progress;
    this.reference = reference;
  }

  /**
   * Places {@code order} with {@code provider}, printing each step; with {@code promoGiven} (--promo on the
   * command line) an order found already placed with another promo code is refused, not shown.
   */
  static Order place(OrderProvider provider, OrderRequest order, Progress progress, boolean promoGiven) {
    PlaceProgress steps = new PlaceProgress(progress, order.reference());
    Order placed = provider.place(order, OrderTrail.NONE, steps);
    steps.foundAlready(order, promoGiven);
    return placed;
  }

  /**
   * Places {@code order} through the journal {@code provider} writes to, first saying what the journal holds
   * for its reference (the journal then decides whether anything is sent); with {@code promoGiven} a reference
   * the journal holds as placed is refused before anything else.
   */
  static Order placeJournaled(JournaledProvider provider, OrderRequest order, Progress progress, boolean promoGiven) {
    Optional<JournalEntry> before = provider.journal().find(order.reference());
    if (before.isPresent() && provider.validate(order).isEmpty()) {
      JournalEntry e = before.get();
      if (promoGiven && e.status() == JournalStatus.PLACED) {
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
    return place(provider, order, progress, promoGiven);
  }

  /** Says that the order shown was found, not placed now; or refuses it when --promo asked for another code. */
  private void foundAlready(OrderRequest order, boolean promoGiven) {
    if (found == null) {
      return;
    }
    if (promoGiven && !Objects.equals(found.promoCode(), order.promoCode())) {
      throw promoNotApplied(order, found.ref().id(), "the provider holds");
    }
    progress.note("an order with reference " + order.reference()
        + " was already placed; showing it instead of ordering again");
  }

  @Override
  public void started(PlaceStep step) {
    start = progress.begin(label(step));
  }

  @Override
  public void done(PlaceStep step) {
    progress.end("done", start);
  }

  @Override
  public void failed(PlaceStep step, RuntimeException error) {
    progress.end("failed", start);
  }

  @Override
  public void found(Order order, Source source) {
    if (source == Source.PROVIDER) {
      found = order;
    }
  }

  private String label(PlaceStep step) {
    return switch (step.kind()) {
      case LOOK_UP -> "looking for an order with reference " + reference;
      case OPEN_CART -> "opening a cart";
      case ADD_ITEM -> "adding item " + (step.index() + 1) + "/" + step.count() + " to cart";
      case APPLY_PROMO_CODE -> "applying promo code " + step.promoCode();
      case CHECKOUT -> "checking out";
      case PLACE_IN_ONE_STEP -> "placing the order in one step (no cart)";
    };
  }

  /**
   * Returns the refusal of a {@code --promo} code for a reference already placed: a promo code applies to an
   * order being placed, so showing the old order would let a script believe the discount was applied.
   */
  static IdempotencyConflictException promoNotApplied(OrderRequest order, String orderId, String where) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("reference", order.reference());
    details.put("order", orderId);
    details.put("promo-code", order.promoCode());
    return new IdempotencyConflictException(order.reference(), "promo code "
        + order.promoCode() + " was not applied: " + where + " order reference " + order.reference()
        + " as already placed (order " + orderId + "), and a promo code applies only to an order being placed; "
        + "nothing was sent. Give the order a new reference to place a new order with the promo code", details);
  }
}
