package io.hostorder.core;

import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import java.util.List;

/**
 * An order being put together at one provider. Where the API has a server-side cart (BILLmanager,
 * Zomro, Hostway) {@link #add} talks to the provider and the lines carry its ids; where it has none
 * (the JSON action API) the cart is local and {@link #checkout} sends one request.
 *
 * <p>A cart is used by one thread at a time. Every step validates its input first and sends nothing
 * when it is invalid.
 */
public interface Cart {

  /**
   * Returns the broker's order reference this cart places.
   *
   * @return the reference, the order's idempotency key
   */
  String reference();

  /**
   * Adds {@code item} and returns its line.
   *
   * @throws io.hostorder.core.error.InvalidOrderException listing every problem, before any request
   * @param item the item to add
   * @return the cart line holding it, with the provider's ids where it gives them
   */
  CartLine add(OrderItem item);

  /**
   * Applies a promo code to the whole cart.
   *
   * @throws io.hostorder.core.error.UnsupportedCapabilityException without {@link Capability#PROMO_CODE}
   * @throws io.hostorder.core.error.PromoCodeRejectedException when the provider rejects it; nothing is paid
   * @param code the promo code, as the provider hands it out
   */
  void applyPromoCode(String code);

  /**
   * Asks the provider to check the whole order as it now stands in this cart, without placing it (a dry
   * run the broker can make before paying). Needs {@link Capability#VALIDATE_ONLY}; the default throws.
   *
   * @throws io.hostorder.core.error.UnsupportedCapabilityException without {@link Capability#VALIDATE_ONLY}
   * @throws io.hostorder.core.error.HostorderException a typed error carrying the provider's own words when
   *     it finds a problem; the order is left as it was, not placed
   */
  default void validate() {
    throw new io.hostorder.core.error.UnsupportedCapabilityException("this provider", Capability.VALIDATE_ONLY);
  }

  /**
   * Returns the lines added so far.
   *
   * @return the lines, in the order they were added
   */
  List<CartLine> lines();

  /**
   * Places the order (and pays it where the provider takes payment at checkout). Calling it again on
   * the same cart returns the same order and never places a second one.
   *
   * @throws io.hostorder.core.error.PaymentRequiredException when payment is needed; the order may exist
   * @throws io.hostorder.core.error.OutcomeUnknownException when the provider may or may not have placed it
   * @return the order as placed
   * @throws io.hostorder.core.error.AuthenticationException when the provider refuses the credentials
   * @throws io.hostorder.core.error.TransientException when the checkout was refused before the provider processed
   *     it; checking out again is safe
   * @throws io.hostorder.core.error.ProviderErrorException when the provider answers with an error of its own
   */
  Order checkout();

  /**
   * Fills {@code cart} with {@code order} and checks it out, telling {@code listener} each step: every item
   * added in order, the promo code applied when there is one, the checkout, then the order placed. The part
   * of {@link OrderProvider#place(OrderRequest, io.hostorder.core.commit.OrderTrail, PlaceListener)} after its
   * look-up and cart, for a provider whose own {@code place} opens its cart differently.
   *
   * @param cart an open cart of the order's reference
   * @param order the order, already validated
   * @param listener hears each step; already {@linkplain PlaceListener#guarded guarded}
   * @return the order placed
   * @throws io.hostorder.core.error.HostorderException as {@link #add}, {@link #applyPromoCode} and {@link
   *     #checkout} throw
   */
  static Order fillAndCheckout(Cart cart, OrderRequest order, PlaceListener listener) {
    List<OrderItem> items = order.items();
    for (int i = 0; i < items.size(); i++) {
      OrderItem item = items.get(i);
      PlaceListener.step(listener, PlaceStep.addItem(i, items.size(), item), () -> cart.add(item));
    }
    if (order.promoCode() != null) {
      PlaceListener.step(listener, PlaceStep.applyPromoCode(order.promoCode()), () -> {
        cart.applyPromoCode(order.promoCode());
        return null;
      });
    }
    Order placed = PlaceListener.step(listener, PlaceStep.checkout(), cart::checkout);
    listener.placed(placed);
    return placed;
  }
}
