package io.hostorder.core;

import io.hostorder.core.model.OrderItem;
import java.util.Objects;

/**
 * One step of a placement that waits on the provider, as a {@link PlaceListener} hears it: what the step is
 * and, for an item or a promo code, which one.
 *
 * @param kind what the step does
 * @param index the item's position in the order, from 0, for {@link Kind#ADD_ITEM}; -1 otherwise
 * @param count the number of items of the order for {@link Kind#ADD_ITEM}; 0 otherwise
 * @param item the item being added for {@link Kind#ADD_ITEM}; null otherwise
 * @param promoCode the code being applied for {@link Kind#APPLY_PROMO_CODE}; null otherwise
 */
public record PlaceStep(Kind kind, int index, int count, OrderItem item, String promoCode) {

  /** What a step of a placement does. */
  public enum Kind {
    /** Looks for an order already placed with the reference, so that a retry never orders twice (reading). */
    LOOK_UP,
    /** Opens a cart (at the provider where its cart lives there). */
    OPEN_CART,
    /** Adds one item to the cart. */
    ADD_ITEM,
    /** Applies the order's promo code to the cart. */
    APPLY_PROMO_CODE,
    /** Checks the cart out: the committing request that places (and may pay) the order. */
    CHECKOUT,
    /** Places the whole order in one committing request, without a cart ({@link Capability#SKIP_CART}). */
    PLACE_IN_ONE_STEP
  }

  /**
   * Checks the kind is given.
   *
   * @param kind what the step does
   * @param index the item's position, from 0, or -1
   * @param count the number of items, or 0
   * @param item the item, or null
   * @param promoCode the promo code, or null
   */
  public PlaceStep {
    Objects.requireNonNull(kind, "kind == null");
  }

  /**
   * Returns the step that looks for an order already placed with the order's reference.
   *
   * @return the step
   */
  public static PlaceStep lookUp() {
    return new PlaceStep(Kind.LOOK_UP, -1, 0, null, null);
  }

  /**
   * Returns the step that opens the cart.
   *
   * @return the step
   */
  public static PlaceStep openCart() {
    return new PlaceStep(Kind.OPEN_CART, -1, 0, null, null);
  }

  /**
   * Returns the step that adds the item at {@code index} (from 0) of {@code count} items.
   *
   * @param index the item's position in the order, from 0
   * @param count the number of items of the order
   * @param item the item
   * @return the step
   */
  public static PlaceStep addItem(int index, int count, OrderItem item) {
    return new PlaceStep(Kind.ADD_ITEM, index, count, Objects.requireNonNull(item, "item == null"), null);
  }

  /**
   * Returns the step that applies {@code code}.
   *
   * @param code the promo code
   * @return the step
   */
  public static PlaceStep applyPromoCode(String code) {
    return new PlaceStep(Kind.APPLY_PROMO_CODE, -1, 0, null, Objects.requireNonNull(code, "code == null"));
  }

  /**
   * Returns the step that checks the cart out.
   *
   * @return the step
   */
  public static PlaceStep checkout() {
    return new PlaceStep(Kind.CHECKOUT, -1, 0, null, null);
  }

  /**
   * Returns the step that places the whole order in one request.
   *
   * @return the step
   */
  public static PlaceStep placeInOneStep() {
    return new PlaceStep(Kind.PLACE_IN_ONE_STEP, -1, 0, null, null);
  }
}
