package io.hostorder.core.journal;

import io.hostorder.core.Cart;
import io.hostorder.core.CartLine;
import io.hostorder.core.OrderValidator;
import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.error.PromoCodeRejectedException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The cart of a journaled provider: it keeps the items here (nothing is sent while it is filled) and at
 * {@link #checkout} places the whole order through the journal, so that a cart gets the same guarantee as
 * {@code place}. Its lines carry local ids ({@code local-1}, …); the provider's ids are in the order.
 */
final class JournaledCart implements Cart {
  private final JournaledProvider provider;
  private final String reference;
  private final OrderTrail trail;
  private final List<CartLine> lines = new ArrayList<>();
  private String promoCode;
  private Order placed;

  JournaledCart(JournaledProvider provider, String reference, OrderTrail trail) {
    this.provider = provider;
    this.reference = reference;
    this.trail = trail;
  }

  @Override
  public String reference() {
    return reference;
  }

  @Override
  public CartLine add(OrderItem item) {
    OrderValidator.throwIfAny(provider.type(), provider.validate(OrderRequest.builder().reference(reference).addItem(item).build()));
    CartLine line = new CartLine("local-" + (lines.size() + 1), item, Map.of());
    lines.add(line);
    return line;
  }

  @Override
  public void applyPromoCode(String code) {
    provider.capabilities().require(provider.type(), io.hostorder.core.Capability.PROMO_CODE);
    if (code == null || code.isBlank()) {
      throw new PromoCodeRejectedException(code, "a promo code must not be blank", Map.of("reference", reference));
    }
    this.promoCode = code;
  }

  @Override
  public List<CartLine> lines() {
    return List.copyOf(lines);
  }

  @Override
  public Order checkout() {
    if (placed == null) {
      OrderRequest.Builder b = OrderRequest.builder().reference(reference).promoCode(promoCode);
      lines.forEach(l -> b.addItem(l.item()));
      placed = provider.place(b.build(), trail);
    }
    return placed;
  }
}
