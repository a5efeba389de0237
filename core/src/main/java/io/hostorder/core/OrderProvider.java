package io.hostorder.core;

import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.error.UnsupportedCapabilityException;
import io.hostorder.core.follow.AwaitListener;
import io.hostorder.core.follow.Awaiter;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.OrderStatus;
import java.util.List;
import java.util.Optional;

/**
 * One configured account at one hosting company: places orders and, where its {@link #capabilities()}
 * say so, follows, lists, cancels and reconciles them.
 *
 * <p>Implementations are safe for concurrent use: several threads may each fill their own cart at
 * once. Every method that would ask for a missing capability throws
 * {@link UnsupportedCapabilityException} before any request.
 */
public interface OrderProvider {

  /**
   * Returns the provider type id, e.g. {@code "zomro"}.
   *
   * @return the type id, as in configuration files and on the command line
   */
  String type();

  /**
   * Returns what this instance can do.
   *
   * @return the capabilities, the same for the instance's whole life
   */
  Capabilities capabilities();

  /**
   * Returns every problem this provider finds in {@code order} without sending anything: the portable
   * rules, the capability rules and the provider's own rules (field formats, required options, …). An
   * empty list means the order may be placed.
   *
   * @param order the order to check
   * @return the problems found, each naming its field; empty when there are none
   */
  default List<Violation> validate(OrderRequest order) {
    return OrderValidator.validate(order, capabilities());
  }

  /**
   * Returns a new empty cart for the order with the broker's {@code reference}.
   *
   * @param reference the broker's reference of the order, its idempotency key
   * @return a cart that nothing has been added to
   */
  Cart newCart(String reference);

  /**
   * Returns a new empty cart for {@code reference} that tells {@code trail} about every provider id as it
   * becomes known and about every committing request before it is sent (a write-ahead journal). A provider
   * that overrides it sends its committing requests through {@link io.hostorder.core.commit.CommitGuard};
   * the default ignores the trail, and a journal then treats the whole checkout as one committing step.
   *
   * @param reference the broker's reference of the order, its idempotency key
   * @param trail hears the provider ids and the committing requests of this cart
   * @return a cart that nothing has been added to
   */
  default Cart newCart(String reference, OrderTrail trail) {
    return newCart(reference);
  }

  /**
   * Returns true when {@link #newCart(String, OrderTrail)} reports to its trail, so that a journal can tell
   * "no committing request was sent" from "the provider does not say".
   *
   * @return whether carts of this provider report to their trail
   */
  default boolean reportsTrail() {
    return false;
  }

  /**
   * Returns a new empty cart with a generated reference.
   *
   * @return a cart that nothing has been added to
   */
  default Cart newCart() {
    return newCart(OrderRequest.generateReference());
  }

  /**
   * Places {@code order} the portable way: validates it whole (nothing is sent when it is invalid), finds
   * it again by its reference where the provider can (so that a retry never orders twice), then fills a
   * cart, applies the promo code and checks out. Through a {@link io.hostorder.core.journal.JournaledProvider}
   * the lookup is left out when the journal shows the reference was never sent ({@link OrderTrail#neverSent()}).
   *
   * @param order the order to place
   * @return the order as the provider holds it, placed now or found again by its reference
   * @throws io.hostorder.core.error.InvalidOrderException listing every problem of the order; nothing was sent
   * @throws UnsupportedCapabilityException when the order needs a capability this instance lacks; nothing was sent
   * @throws io.hostorder.core.error.IdempotencyConflictException when the reference was used for another order
   *     (through a journal); nothing was sent
   * @throws io.hostorder.core.error.PromoCodeRejectedException when the provider rejects the promo code; nothing
   *     was paid
   * @throws io.hostorder.core.error.PaymentRequiredException when the provider wants payment first; the order
   *     may exist
   * @throws io.hostorder.core.error.OutcomeUnknownException when a committing request may or may not have taken
   *     effect; reconcile by the reference, never place blindly again
   * @throws io.hostorder.core.error.AuthenticationException when the provider refuses the credentials
   * @throws io.hostorder.core.error.TransientException when a step failed in a way that is safe to retry
   * @throws io.hostorder.core.error.ProviderErrorException when the provider answers with an error of its own
   */
  default Order place(OrderRequest order) {
    return place(order, OrderTrail.NONE, PlaceListener.NONE);
  }

  /**
   * Places {@code order} as {@link #place(OrderRequest)} does, telling {@code trail} what it commits (see
   * {@link #newCart(String, OrderTrail)}).
   *
   * @param order the order to place
   * @param trail hears the provider ids and the committing requests
   * @return the order as the provider holds it, placed now or found again by its reference
   * @throws io.hostorder.core.error.InvalidOrderException listing every problem of the order; nothing was sent
   * @throws UnsupportedCapabilityException when the order needs a capability this instance lacks; nothing was sent
   * @throws io.hostorder.core.error.PromoCodeRejectedException when the provider rejects the promo code; nothing
   *     was paid
   * @throws io.hostorder.core.error.PaymentRequiredException when the provider wants payment first; the order
   *     may exist
   * @throws io.hostorder.core.error.OutcomeUnknownException when a committing request may or may not have taken
   *     effect; reconcile by the reference, never place blindly again
   * @throws io.hostorder.core.error.AuthenticationException when the provider refuses the credentials
   * @throws io.hostorder.core.error.TransientException when a step failed in a way that is safe to retry
   * @throws io.hostorder.core.error.ProviderErrorException when the provider answers with an error of its own
   */
  default Order place(OrderRequest order, OrderTrail trail) {
    return place(order, trail, PlaceListener.NONE);
  }

  /**
   * Places {@code order} as {@link #place(OrderRequest, OrderTrail)} does, telling {@code listener} each step as it
   * starts and ends (see {@link PlaceListener}). The other {@code place} methods call this one: a provider with a
   * placement of its own (one request without a cart, a look-up of its own) overrides this method, and tells its
   * listener its steps through {@link PlaceListener#step}. Whatever the listener throws is ignored
   * ({@link PlaceListener#guarded}): it never stops a placement, before or after a committing request.
   *
   * @param order the order to place
   * @param trail hears the provider ids and the committing requests
   * @param listener hears each step; {@link PlaceListener#NONE} for none
   * @return the order as the provider holds it, placed now or found again by its reference
   * @throws io.hostorder.core.error.InvalidOrderException listing every problem of the order; nothing was sent
   * @throws UnsupportedCapabilityException when the order needs a capability this instance lacks; nothing was sent
   * @throws io.hostorder.core.error.PromoCodeRejectedException when the provider rejects the promo code; nothing
   *     was paid
   * @throws io.hostorder.core.error.PaymentRequiredException when the provider wants payment first; the order
   *     may exist
   * @throws io.hostorder.core.error.OutcomeUnknownException when a committing request may or may not have taken
   *     effect; reconcile by the reference, never place blindly again
   * @throws io.hostorder.core.error.AuthenticationException when the provider refuses the credentials
   * @throws io.hostorder.core.error.TransientException when a step failed in a way that is safe to retry
   * @throws io.hostorder.core.error.ProviderErrorException when the provider answers with an error of its own
   */
  default Order place(OrderRequest order, OrderTrail trail, PlaceListener listener) {
    PlaceListener heard = PlaceListener.guarded(listener);
    OrderValidator.throwIfAny(type(), validate(order));
    heard.validated(order);
    boolean lookedUp = false;
    if (capabilities().idempotency() != Idempotency.NONE && !trail.neverSent()) {
      Optional<Order> existing = PlaceListener.step(heard, PlaceStep.lookUp(), () -> reconcile(order.reference()));
      if (existing.isPresent()) {
        heard.found(existing.get(), PlaceListener.Source.PROVIDER);
        return existing.get();
      }
      lookedUp = true;
    }
    Cart cart = PlaceListener.step(heard, PlaceStep.openCart(), () -> newCart(order.reference(), trail));
    if (lookedUp && cart instanceof io.hostorder.core.cart.LocalCart local) {
      local.lookedUp(); // the look-up above stands for the cart's own
    }
    return Cart.fillAndCheckout(cart, order, heard);
  }

  /**
   * Returns the order placed with the broker's {@code reference}, or empty when the provider holds none.
   * Needs {@link Capability#RECONCILE}.
   *
   * @param reference the broker's reference the order was placed with
   * @return the order, or empty when the provider holds none with that reference
   * @throws UnsupportedCapabilityException without {@link Capability#RECONCILE}
   */
  default Optional<Order> reconcile(String reference) {
    throw new UnsupportedCapabilityException(type(), Capability.RECONCILE);
  }

  /**
   * Returns the order placed with the broker's {@code reference}, looked up with {@code knownIds}: the
   * provider ids a write-ahead journal recorded for it (per-order secrets such as Hostway's OwnerId
   * decrypted), or empty when the provider holds none. A provider that cannot find orders by reference
   * alone overrides it to look where those ids point; a lookup that could not look everywhere throws.
   * The default is {@link #reconcile(String)}.
   *
   * @param reference the broker's reference the order was placed with
   * @param knownIds the provider ids recorded for the order, by name
   * @return the order, or empty when the provider holds none with that reference
   * @throws UnsupportedCapabilityException without {@link Capability#RECONCILE}
   */
  default Optional<Order> reconcile(String reference, java.util.Map<String, String> knownIds) {
    return reconcile(reference);
  }

  /**
   * Returns the order {@code ref} as the provider sees it now. Needs {@link Capability#ORDER_STATUS}.
   *
   * @param ref the order's reference at the provider
   * @return the order with its current status and lines
   * @throws UnsupportedCapabilityException without {@link Capability#ORDER_STATUS}; nothing was sent
   * @throws io.hostorder.core.error.NotFoundException when the provider has no such order
   * @throws io.hostorder.core.error.AuthenticationException when the provider refuses the credentials
   * @throws io.hostorder.core.error.TransientException when the read failed in a way that is safe to retry
   * @throws io.hostorder.core.error.ProviderErrorException when the provider answers with an error of its own
   */
  default Order order(OrderRef ref) {
    throw new UnsupportedCapabilityException(type(), Capability.ORDER_STATUS);
  }

  /**
   * Waits until the order {@code ref} has status {@code until} (usually {@link OrderStatus#ACTIVE}), reading it
   * with back-off (1 s, doubling up to 30 s) and never committing anything, and returns it as last read —
   * with its lines' {@link io.hostorder.core.model.Server} details where the provider reports them. Needs
   * {@link Capability#ORDER_STATUS}.
   *
   * @throws io.hostorder.core.error.AwaitTimeoutException when {@code timeout} passes first
   * @throws io.hostorder.core.error.OrderEndedException when the order failed or was cancelled instead
   * @param ref the order's reference at the provider
   * @param until the status to wait for
   * @param timeout how long to wait at most
   * @return the order as read once its status is {@code until}
   */
  default Order await(OrderRef ref, OrderStatus until, java.time.Duration timeout) {
    return await(ref, until, timeout, AwaitListener.NONE);
  }

  /**
   * Waits as {@link #await(OrderRef, OrderStatus, java.time.Duration)} does, telling {@code listener} of every read.
   *
   * @param ref the order's reference at the provider
   * @param until the status to wait for
   * @param timeout how long to wait at most
   * @param listener hears every read and every failed read
   * @return the order as read once its status is {@code until}
   */
  default Order await(OrderRef ref, OrderStatus until, java.time.Duration timeout, AwaitListener listener) {
    return Awaiter.standard().await(this, ref, until, timeout, listener);
  }

  /**
   * Returns the orders this account holds. Needs {@link Capability#ORDER_LIST}.
   *
   * @return the orders, as the provider lists them
   * @throws UnsupportedCapabilityException without {@link Capability#ORDER_LIST}
   */
  default List<Order> orders() {
    throw new UnsupportedCapabilityException(type(), Capability.ORDER_LIST);
  }

  /**
   * Cancels the whole order {@code ref}. Needs {@link Capability#CANCEL_ORDER}.
   *
   * @throws io.hostorder.core.error.NotFoundException when the provider has no such order
   * @param ref the order's reference at the provider
   * @throws UnsupportedCapabilityException without {@link Capability#CANCEL_ORDER}
   */
  default void cancel(OrderRef ref) {
    throw new UnsupportedCapabilityException(type(), Capability.CANCEL_ORDER);
  }

  /**
   * Cancels one line {@code lineId} of the order {@code ref}. Needs {@link Capability#CANCEL_LINE}.
   *
   * @throws io.hostorder.core.error.NotFoundException when the provider has no such order or line
   * @param ref the order's reference at the provider
   * @param lineId the provider's id of the line
   * @throws UnsupportedCapabilityException without {@link Capability#CANCEL_LINE}
   */
  default void cancel(OrderRef ref, String lineId) {
    throw new UnsupportedCapabilityException(type(), Capability.CANCEL_LINE);
  }
}
