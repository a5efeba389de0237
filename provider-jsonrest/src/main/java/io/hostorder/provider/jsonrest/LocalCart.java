package io.hostorder.provider.jsonrest;

import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.CartLine;
import io.hostorder.core.OrderValidator;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.PaymentRequiredException;
import io.hostorder.core.error.UnsupportedCapabilityException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The client-side cart of the JSON action API, which has none of its own: {@link #add} only checks
 * the item and keeps it (line ids are the positions, 1, 2, …), and {@link #checkout} sends every item
 * in one {@code order_create}. Once {@code order_create} may have reached the provider, the cart never
 * sends it again: a second checkout returns the order, or repeats the payment-required or
 * outcome-unknown error. Used by one thread at a time.
 */
final class LocalCart implements Cart {
  private final DefaultJsonRestProvider provider;
  private final String reference;
  private final List<CartLine> lines = new ArrayList<>();
  private Order placed;
  private PaymentRequiredException paymentRequired;
  private OutcomeUnknownException unknown;

  LocalCart(DefaultJsonRestProvider provider, String reference) {
    this.provider = provider;
    this.reference = reference;
  }

  @Override
  public String reference() {
    return reference;
  }

  @Override
  public synchronized CartLine add(OrderItem item) {
    java.util.Objects.requireNonNull(item, "item == null");
    if (sent()) {
      throw new IllegalStateException("the order " + reference + " was already sent; start a new cart");
    }
    List<Violation> violations = OrderWriter.validate(item, "items[" + lines.size() + "]");
    OrderValidator.throwIfAny(JsonRestProviderFactory.TYPE, violations);
    CartLine line = new CartLine(Integer.toString(lines.size() + 1), item, Map.of());
    lines.add(line);
    return line;
  }

  @Override
  public void applyPromoCode(String code) {
    throw new UnsupportedCapabilityException(JsonRestProviderFactory.TYPE, Capability.PROMO_CODE);
  }

  @Override
  public synchronized List<CartLine> lines() {
    return List.copyOf(lines);
  }

  @Override
  public synchronized Order checkout() {
    if (placed != null) {
      return placed;
    }
    if (paymentRequired != null) {
      throw paymentRequired;
    }
    if (unknown != null) {
      throw unknown;
    }
    if (lines.isEmpty()) {
      throw new InvalidOrderException(new Violation("items", "an order needs at least one item"));
    }
    List<OrderItem> items = lines.stream().map(CartLine::item).toList();
    try {
      placed = provider.create(items, reference);
      return placed;
    } catch (PaymentRequiredException e) {
      paymentRequired = e;
      throw e;
    } catch (OutcomeUnknownException e) {
      unknown = e;
      throw e;
    }
  }

  private boolean sent() {
    return placed != null || paymentRequired != null || unknown != null;
  }
}
