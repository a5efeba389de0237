package io.hostorder.provider.hostway;

import io.hostorder.core.Cart;
import io.hostorder.core.CartLine;
import io.hostorder.core.OrderValidator;
import io.hostorder.core.commit.CommitGuard;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Hostway order being put together. Items and the promo code are checked and kept until the first
 * {@link #validate()} or {@link #checkout()}, which creates the order at Hostway and carries out every
 * step; the promo code goes on each product, so it must be known before any product is created. After
 * a failure, calling {@link #checkout()} again carries out only the remaining steps on the same order.
 * Used by one thread at a time.
 */
final class HostwayCart implements Cart {
  private final HostwayProvider provider;
  private final String reference;
  private final CommitGuard guard;
  private final List<OrderItem> items = new ArrayList<>();
  private String promoCode;
  private OrderRun run;
  private boolean attempted;

  HostwayCart(HostwayProvider provider, String reference, CommitGuard guard) {
    this.provider = provider;
    this.reference = Objects.requireNonNull(reference, "reference == null");
    this.guard = guard;
  }

  /** Returns a cart that goes on with the order in {@code state}. */
  static HostwayCart resume(HostwayProvider provider, HostwayOrderState state, CommitGuard guard) {
    HostwayCart cart = new HostwayCart(provider, state.order().reference(), guard);
    cart.items.addAll(state.order().items());
    cart.promoCode = state.order().promoCode();
    cart.run = provider.resumeRun(cart.request(), state, guard);
    return cart;
  }

  @Override
  public String reference() {
    return reference;
  }

  @Override
  public CartLine add(OrderItem item) {
    Objects.requireNonNull(item, "item == null");
    notStarted("add an item");
    String path = "items[" + items.size() + "]";
    // The provider's one declaration of its rules: the order as it would stand with this item.
    List<OrderItem> with = new ArrayList<>(items);
    with.add(item);
    OrderValidator.throwIfAny(provider.type(), provider.validate(
        OrderRequest.builder().reference(reference).promoCode(promoCode).items(with).build()));
    items.add(item);
    return new CartLine(path, item, java.util.Map.of());
  }

  @Override
  public void applyPromoCode(String code) {
    if (code == null || code.isBlank()) {
      throw new InvalidOrderException(new Violation("promoCode", "must not be blank"));
    }
    notStarted("apply a promo code (it goes on each product as it is created)");
    promoCode = code.trim();
  }

  @Override
  public List<CartLine> lines() {
    List<CartLine> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String path = "items[" + i + "]";
      out.add(new CartLine(path, items.get(i), run == null ? java.util.Map.of() : run.createdFor(path)));
    }
    return out;
  }

  @Override
  public void validate() {
    OrderRun r = started();
    try {
      r.validate();
    } catch (RuntimeException e) {
      forgetIfNotCreated(r);
      throw e;
    }
  }

  @Override
  public Order checkout() {
    OrderRun r = started();
    try {
      return r.submit();
    } catch (RuntimeException e) {
      forgetIfNotCreated(r);
      throw e;
    }
  }

  /**
   * Drops a run whose {@code POST /orders} gave no usable order: a retry starts with a fresh cookie jar, since
   * an {@code OwnerId} set by a cut answer holds an open order and would make the next {@code POST /orders} 409.
   */
  private void forgetIfNotCreated(OrderRun r) {
    if (!r.started() && run == r) {
      run = null;
    }
  }

  private OrderRun started() {
    OutcomeUnknownException unknown = guard.unknown();
    if (unknown != null) {
      if (attempted || unknown.step().equals(OrderRun.SUBMIT)) {
        // This cart sends nothing more; and nothing submits again after an unknown submit.
        throw unknown;
      }
      // Another cart of this reference stopped before submit with an unknown outcome: its open order is never
      // submitted (that cart sends nothing more, and its OwnerId was given to nobody), so the order was not
      // placed and this cart may place it with a new Hostway order.
      guard.resolved();
    }
    attempted = true;
    if (run == null) {
      if (items.isEmpty()) {
        throw new InvalidOrderException(new Violation("items", "an order needs at least one item"));
      }
      run = provider.newRun(request(), guard);
    }
    return run;
  }

  private OrderRequest request() {
    return OrderRequest.builder().reference(reference).promoCode(promoCode).items(items).build();
  }

  private void notStarted(String what) {
    if (run != null && run.started()) {
      throw new IllegalStateException("cannot " + what + ": order " + run.state().orderId()
          + " is already being created at Hostway");
    }
    run = null;
  }

  @Override
  public String toString() {
    return "HostwayCart{reference=" + reference + ", items=" + items.size() + (promoCode != null ? ", promoCode=" + promoCode : "")
        + (run != null && run.started() ? ", order=" + run.state().orderId() : "") + '}';
  }
}
