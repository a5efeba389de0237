package io.hostorder.provider.billmanager;

import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.CartLine;
import io.hostorder.core.OrderValidator;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.PromoCodeRejectedException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderLine;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A cart on BILLmanager's new-order cart: {@link #add} puts the item in the provider's cart
 * ({@code v2.{ITEMTYPE}.order.param}, the cart line id is BILLmanager's {@code lineitem.id}),
 * {@link #applyPromoCode} applies a code to it ({@code func=cart}, {@code apply_promocode}) and
 * {@link #checkout} confirms and pays the line ({@code cartorder.create.confirm} with {@code elid} and
 * {@code paymethod_id}). With {@code skipbasket} configured and no promo code, the item is held here and
 * checkout sends it once with {@code skipbasket=on}, paying at once without the cart confirm.
 * Used by one thread at a time.
 */
final class BillmanagerCart implements Cart {
  private final BillmanagerProvider provider;
  private final String reference;
  private final List<CartLine> lines = new ArrayList<>();
  private final List<String> itemTypes = new ArrayList<>();
  private boolean held;
  private String promoCode;
  private Order placed;
  private boolean outcomeUnknown;

  BillmanagerCart(BillmanagerProvider provider, String reference) {
    this.provider = provider;
    this.reference = reference;
  }

  @Override
  public String reference() {
    return reference;
  }

  @Override
  public CartLine add(OrderItem item) {
    Objects.requireNonNull(item, "item == null");
    requireOpen();
    List<Violation> problems = provider.validateItem(item, "items[" + lines.size() + "]");
    if (!lines.isEmpty() && !provider.capabilities().has(Capability.MULTIPLE_ITEMS)) {
      problems.add(0, Violation.unsupported("items", "this provider takes one item per order; start a new cart",
          Capability.MULTIPLE_ITEMS));
    }
    OrderValidator.throwIfAny(provider.type(), problems);
    String itemType = provider.form().itemType(item, provider.settings().itemType());
    CartLine line;
    if (provider.settings().skipbasket() && promoCode == null) {
      // Held until checkout: paying with skipbasket now would leave no room for a promo code.
      held = true;
      line = new CartLine("held-" + (lines.size() + 1), item, Map.of("item-type", itemType));
    } else {
      line = sendAdd(item, lines.size(), itemType);
    }
    lines.add(line);
    itemTypes.add(itemType);
    return line;
  }

  private CartLine sendAdd(OrderItem item, int index, String itemType) {
    Form op = addForm(item, index, itemType, false);
    Doc doc = provider.transport().call(op, new Step("add", false, reference, null, Map.of("item-type", itemType)));
    String lineId = lineItemId(doc);
    if (lineId == null) {
      throw new ProviderErrorException("no-lineitem", "BILLmanager accepted the item but gave no lineitem.id; "
          + "the item may be in the account's cart", Map.of("reference", reference), null);
    }
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("lineitem.id", lineId);
    ids.put("item-type", itemType);
    return new CartLine(lineId, item, ids);
  }

  private Form addForm(OrderItem item, int index, String itemType, boolean skipbasket) {
    Form op = new Form();
    provider.form().addToCart(item, "items[" + index + "]", itemType, op);
    if (provider.settings().sendRemoteid()) {
      op.add("remoteid", reference, "reference");
    }
    if (skipbasket) {
      op.add("skipbasket", "on");
    }
    return op;
  }

  @Override
  public void applyPromoCode(String code) {
    provider.capabilities().require(provider.type(), Capability.PROMO_CODE);
    if (code == null || code.isBlank()) {
      throw new InvalidOrderException(new Violation("promoCode", "must not be blank"));
    }
    requireOpen();
    if (lines.isEmpty()) {
      throw new IllegalStateException("add an item first: BILLmanager applies a promo code to the items in its cart");
    }
    if (held) {
      // The code needs the provider's cart: put the held items there now, without paying.
      for (int i = 0; i < lines.size(); i++) {
        lines.set(i, sendAdd(lines.get(i).item(), i, itemTypes.get(i)));
      }
      held = false;
    }
    Form op = new Form().add("func", "cart").add("promocode", code, "promoCode").add("sok", "ok")
        .add("clicked_button", "apply_promocode");
    Step step = new Step("promo-code", false, reference, code, ids());
    try {
      provider.transport().call(op, step);
    } catch (ProviderErrorException | InvalidOrderException e) {
      // Whatever BILLmanager objects to, the code is not applied: stop here rather than pay full price.
      Map<String, String> details = new LinkedHashMap<>(step.ids());
      details.put("reference", reference);
      throw new PromoCodeRejectedException(code, e.getMessage(), details);
    }
    promoCode = code;
  }

  @Override
  public List<CartLine> lines() {
    return List.copyOf(lines);
  }

  @Override
  public Order checkout() {
    if (placed != null) {
      return placed;
    }
    if (lines.isEmpty()) {
      throw new InvalidOrderException(new Violation("items", "the cart is empty; add an item first"));
    }
    if (outcomeUnknown) {
      return afterUnknownOutcome();
    }
    Doc answer;
    try {
      if (held) {
        answer = provider.transport().call(addForm(lines.get(0).item(), 0, itemTypes.get(0), true),
            new Step("checkout", true, reference, null, ids()));
      } else {
        Form op = new Form().add("func", "cartorder.create.confirm").add("sok", "ok").add("elid", lines.get(0).id())
            .add("paymethod_id", provider.settings().paymethodId());
        answer = provider.transport().call(op, new Step("checkout", true, reference, null, ids()));
      }
    } catch (OutcomeUnknownException e) {
      outcomeUnknown = true;
      throw e;
    }
    placed = found(answer);
    return placed;
  }

  /** A second checkout after a lost answer never confirms again: it looks the order up, or reports it still unknown. */
  private Order afterUnknownOutcome() {
    if (provider.capabilities().has(Capability.RECONCILE)) {
      Optional<Order> found = provider.findByRemoteid(itemTypes.get(0), reference, promoCode);
      if (found.isPresent()) {
        placed = withIds(found.get(), ids());
        return placed;
      }
    }
    throw new OutcomeUnknownException(reference, "checkout", ids(), null);
  }

  /** Finds the service the checkout created; the order is placed whatever happens here, so nothing is thrown. */
  private Order found(Doc answer) {
    Map<String, String> ids = ids();
    for (String name : new String[] {"billorder", "order.id", "payment_id", "id", "elid"}) {
      String v = answer.text(name);
      if (v != null && !v.isBlank()) {
        ids.put("confirm." + name, v);
      }
    }
    OrderItem item = lines.get(0).item();
    String itemType = itemTypes.get(0);
    String note;
    try {
      Optional<Order> found = provider.settings().sendRemoteid()
          ? provider.findByRemoteid(itemType, reference, promoCode)
          : item.name() != null ? provider.findNewestByName(itemType, item.name(), promoCode) : Optional.empty();
      if (found.isPresent()) {
        return withIds(found.get(), ids);
      }
      note = "placed; the new service is not listed yet";
    } catch (HostorderException e) {
      note = "placed; the new service could not be listed: " + e.getMessage();
    }
    String lineId = held ? null : lines.get(0).id();
    String id = lineId != null ? lineId : reference;
    return Order.builder(OrderRef.of(id)).provider(provider.type()).reference(reference)
        .status(OrderStatus.PROCESSING).providerStatus("confirmed").message(note).promoCode(promoCode)
        .addLine(OrderLine.builder(id).name(item.name()).status(OrderStatus.PROCESSING).providerIds(ids).build())
        .build();
  }

  private Order withIds(Order order, Map<String, String> ids) {
    List<OrderLine> out = new ArrayList<>();
    for (OrderLine line : order.lines()) {
      Map<String, String> merged = new LinkedHashMap<>(ids);
      merged.putAll(line.providerIds());
      out.add(line.toBuilder().providerIds(merged).build());
    }
    return order.toBuilder().reference(reference).promoCode(promoCode).lines(out).build();
  }

  private Map<String, String> ids() {
    Map<String, String> ids = new LinkedHashMap<>();
    if (!held && !lines.isEmpty()) {
      ids.put("lineitem.id", lines.get(0).id());
    }
    if (!itemTypes.isEmpty()) {
      ids.put("item-type", itemTypes.get(0));
    }
    if (provider.settings().sendRemoteid()) {
      ids.put("remoteid", reference);
    }
    if (!lines.isEmpty() && lines.get(0).item().name() != null) {
      ids.put("servername", lines.get(0).item().name());
    }
    return ids;
  }

  private void requireOpen() {
    if (placed != null || outcomeUnknown) {
      throw new IllegalStateException("this cart was checked out; start a new cart");
    }
  }

  static String lineItemId(Doc doc) {
    String id = doc.text("lineitem.id");
    if (id == null) {
      id = Doc.field(doc.node().get("lineitem"), "id");
    }
    return id == null || id.isBlank() ? null : id.trim();
  }

  @Override
  public String toString() {
    return "BillmanagerCart{" + provider.type() + ", reference=" + reference + ", lines=" + lines.size()
        + (promoCode != null ? ", promoCode=" + promoCode : "") + "}";
  }
}
