package io.hostorder.provider.jsonrest;

import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.CartLine;
import io.hostorder.core.OrderValidator;
import io.hostorder.core.commit.CommitGuard;
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
import java.util.Optional;

/**
 * The client-side cart of the JSON action API, which has none of its own: {@link #add} only checks
 * the item and keeps it (line ids are the positions, 1, 2, …), and {@link #checkout} sends every item
 * in one {@code order_create}, through the cart's {@link CommitGuard}. Once {@code order_create} may have
 * reached the provider, no cart of this reference on this provider instance sends it again: a second checkout
 * returns the order, repeats the payment-required error, or — after an unknown outcome — looks for the
 * order with reading requests ({@link DefaultJsonRestProvider#findAfter}) and otherwise throws the same
 * {@link OutcomeUnknownException}. Used by one thread at a time.
 */
final class LocalCart implements Cart {
  private final DefaultJsonRestProvider provider;
  private final String reference;
  private final CommitGuard guard;
  private final List<CartLine> lines = new ArrayList<>();
  private Order placed;
  private PaymentRequiredException paymentRequired;
  private boolean sent;

  LocalCart(DefaultJsonRestProvider provider, String reference, CommitGuard guard) {
    this.provider = provider;
    this.reference = reference;
    this.guard = guard;
  }

  @Override
  public String reference() {
    return reference;
  }

  @Override
  public synchronized CartLine add(OrderItem item) {
    java.util.Objects.requireNonNull(item, "item == null");
    if (sent) {
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
    OutcomeUnknownException unknown = guard.unknown();
    if (unknown != null) {
      Optional<Order> found = provider.findAfter(unknown, reference);
      if (found.isEmpty()) {
        throw unknown;
      }
      // Found: the order was placed. The reference stays recorded as pending on purpose, so that every later
      // cart of it reads again and returns this order instead of sending order_create a second time.
      sent = true;
      placed = found.get();
      return placed;
    }
    if (lines.isEmpty()) {
      throw new InvalidOrderException(new Violation("items", "an order needs at least one item"));
    }
    List<OrderItem> items = lines.stream().map(CartLine::item).toList();
    sent = true;
    CreateAnswer.Created created;
    try {
      created = guard.send(CreateAnswer.STEP, Map.of(), () -> provider.send(items, reference));
    } catch (RuntimeException e) {
      sent = guard.unknown() != null; // a definitive refusal leaves the cart as it was
      throw e;
    }
    guard.idsKnown(Map.of("orderId", created.orderId()));
    if (created.payment() != null) {
      paymentRequired = created.payment();
      throw paymentRequired;
    }
    placed = provider.complete(created, reference, items);
    return placed;
  }
}
