package io.hostorder.provider.memory;

import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.CartLine;
import io.hostorder.core.OrderValidator;
import io.hostorder.core.commit.CommitGuard;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.PaymentRequiredException;
import io.hostorder.core.error.PromoCodeRejectedException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.OrderStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A cart of the in-memory provider. Lines are checked by the account as they are added (one request
 * each, reading); checkout finds the order again by its reference first (the provider's idempotency is
 * {@code LOOKUP}), so a retry after a lost answer returns the order instead of placing a second one.
 * The committing requests ({@code checkout}, {@code pay}) go through the cart's {@link CommitGuard}: each
 * is sent at most once, and after an unknown outcome nothing more is committed for the reference until
 * reconcile (which sees the whole account, so its "not found" is definitive) says how it ended.
 * Used by one thread at a time.
 */
final class MemoryCart implements Cart {
  private final MemoryProvider provider;
  private final String reference;
  private final List<CartLine> lines = new ArrayList<>();
  private String promoCode;
  private Order placed;
  private final CommitGuard guard;

  MemoryCart(MemoryProvider provider, String reference, CommitGuard guard) {
    this.provider = provider;
    this.reference = reference;
    this.guard = guard;
  }

  @Override
  public String reference() {
    return reference;
  }

  @Override
  public CartLine add(OrderItem item) {
    String path = "items[" + lines.size() + "]";
    List<Violation> problems = new ArrayList<>();
    OrderValidator.portableItem(item, path, problems);
    if (!lines.isEmpty() && !provider.capabilities().has(Capability.MULTIPLE_ITEMS)) {
      problems.add(Violation.unsupported("items", "this provider takes one item per order", Capability.MULTIPLE_ITEMS));
    }
    OrderValidator.itemForCapabilities(item, path, provider.capabilities(), problems);
    MemoryProvider.ownRules(item, path, problems);
    OrderValidator.throwIfAny(provider.type(), problems);
    CartLine line = provider.request(false, reference, "add", ids(), () -> {
      MemoryProvider.checkPlans(item, path, false);
      return new CartLine("cart-" + (lines.size() + 1), item, Map.of("plan", item.plan()));
    });
    lines.add(line);
    return line;
  }

  @Override
  public void applyPromoCode(String code) {
    provider.capabilities().require(provider.type(), Capability.PROMO_CODE);
    if (code == null || code.isBlank()) {
      throw new InvalidOrderException(new Violation("promoCode", "must not be blank"));
    }
    provider.request(false, reference, "promo", ids(), () -> {
      if (!provider.acceptsPromoCode(code)) {
        throw new PromoCodeRejectedException(code, "the memory account knows no such code", ids());
      }
      promoCode = code;
      return code;
    });
  }

  @Override
  public void validate() {
    provider.capabilities().require(provider.type(), Capability.VALIDATE_ONLY);
    requireLines();
    provider.request(false, reference, "validate", ids(), () -> {
      for (int i = 0; i < lines.size(); i++) {
        MemoryProvider.checkPlans(lines.get(i).item(), "items[" + i + "]", false);
      }
      return null;
    });
  }

  @Override
  public List<CartLine> lines() {
    return List.copyOf(lines);
  }

  @Override
  public Order checkout() {
    if (placed != null) {
      if (placed.status() != OrderStatus.PENDING_PAYMENT) {
        return placed;
      }
      String id = placed.ref().id();
      return paid(guard.send("pay", Map.of("orderId", id),
          () -> provider.request(true, reference, "pay", Map.of("orderId", id), () -> provider.account().ledger().pay(id))));
    }
    requireLines();
    if (found()) {
      return checkout();
    }
    // Without a way to look the order up, the guard keeps answering "unknown" rather than commit twice.
    List<OrderItem> items = lines.stream().map(CartLine::item).toList();
    return commit(items, promoCode);
  }

  /** Places {@code order} in one request (the provider's skip-cart path), after finding it by reference. */
  Order placeInOneStep(OrderRequest order) {
    if (found()) {
      return checkout();
    }
    if (order.promoCode() != null && !provider.acceptsPromoCode(order.promoCode())) {
      provider.request(false, reference, "promo", ids(), () -> {
        throw new PromoCodeRejectedException(order.promoCode(), "the memory account knows no such code", ids());
      });
    }
    return commit(order.items(), order.promoCode());
  }

  /**
   * Looks the order up by its reference where the provider can reconcile; returns true when it was placed.
   * The account's ledger is the whole truth, so "not found" resolves an unknown outcome as "not placed".
   */
  private boolean found() {
    if (!provider.capabilities().has(Capability.RECONCILE)) {
      return false;
    }
    Optional<Order> existing = provider.reconcile(reference);
    guard.resolved();
    existing.ifPresent(o -> placed = o);
    return existing.isPresent();
  }

  private Order commit(List<OrderItem> items, String code) {
    placed = guard.send("checkout", ids(), () -> provider.request(true, reference, "checkout", ids(), () -> {
      for (int i = 0; i < items.size(); i++) {
        MemoryProvider.checkPlans(items.get(i), "items[" + i + "]", false);
      }
      return provider.account().ledger().commit(reference, items, code, code != null);
    }));
    return paid(placed);
  }

  private Order paid(Order order) {
    placed = order;
    if (order.status() == OrderStatus.PENDING_PAYMENT) {
      throw new PaymentRequiredException("order " + order.ref() + " waits for payment: " + order.invoice().message(),
          order, order.invoice(), Map.of("reference", reference));
    }
    return order;
  }

  private void requireLines() {
    if (lines.isEmpty()) {
      throw new InvalidOrderException(new Violation("items", "an order needs at least one item"));
    }
  }

  private Map<String, String> ids() {
    Map<String, String> ids = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      ids.put("items[" + i + "].cartLine", lines.get(i).id());
    }
    return ids;
  }

  @Override
  public String toString() {
    return "MemoryCart{reference=" + reference + ", lines=" + lines.size() + '}';
  }
}
