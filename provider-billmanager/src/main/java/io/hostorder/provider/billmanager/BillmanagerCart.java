package io.hostorder.provider.billmanager;

import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.CartLine;
import io.hostorder.core.OrderValidator;
import io.hostorder.core.commit.CommitGuard;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.PromoCodeRejectedException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.TransientException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderLine;
import io.hostorder.core.model.OrderRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A cart on BILLmanager's new-order cart: {@link #add} puts the item in the provider's cart
 * ({@code v2.{ITEMTYPE}.order.param}, the cart line id is BILLmanager's {@code lineitem.id}),
 * {@link #applyPromoCode} applies a code to it ({@code func=cart}, {@code apply_promocode}) and
 * {@link #checkout} confirms and pays the line ({@code cartorder.create.confirm} with {@code elid} and
 * {@code paymethod_id}). With {@code skipbasket} configured and no promo code, the item is held here and
 * checkout sends it once with {@code skipbasket=on}, paying at once without the cart confirm.
 *
 * <p>All three are committing requests (each creates a cart line, changes the cart or pays): each goes
 * through one {@link CommitGuard}, so it is sent at most once, and after an unknown outcome nothing of
 * this order is committed again. Every item is sent with a key the service list returns ({@code domain} /
 * {@code servername}: the broker's name, else derived from the reference, see {@link ServiceKey}); under a
 * broker's name the ids of the services listed before the first committing request are kept, so that
 * checkout records exactly the services its confirm created.
 * Used by one thread at a time.
 */
final class BillmanagerCart implements Cart {
  private final BillmanagerProvider provider;
  private final String reference;
  private final CommitGuard guard;
  private final List<CartLine> lines = new ArrayList<>();
  private final List<String> itemTypes = new ArrayList<>();
  private boolean held;
  private String promoCode;
  private Order placed;
  private boolean abandoned;
  private Set<String> before;
  private String billorder;

  BillmanagerCart(BillmanagerProvider provider, String reference, CommitGuard guard) {
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
    Objects.requireNonNull(item, "item == null");
    requireOpen();
    // The provider's one declaration of its rules: the order as it would stand with this item.
    List<OrderItem> with = new ArrayList<>();
    lines.forEach(l -> with.add(l.item()));
    with.add(item);
    OrderValidator.throwIfAny(provider.type(), provider.validate(
        OrderRequest.builder().reference(reference).promoCode(promoCode).items(with).build()));
    guard.requireKnown();
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

  /** Puts the item in BILLmanager's cart: a committing request, since it creates a cart line there. */
  private CartLine sendAdd(OrderItem item, int index, String itemType) {
    rememberServicesBefore(itemType, item);
    Form op = addForm(item, index, itemType, false);
    Map<String, String> known = new LinkedHashMap<>(ids());
    known.put("item-type", itemType);
    known.put(provider.form().keyField(), key(item));
    Doc doc = guard.send("add", known, () -> provider.transport().call(op, new Step("add", true, reference, null, known)));
    String lineId = lineItemId(doc);
    if (lineId == null) {
      // A document without the line id: the item may well be in the account's cart.
      throw guard.markUnknown("add", new OutcomeUnknownException(reference, "add", known,
          new IOException("BILLmanager answered the add without a lineitem.id")));
    }
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("lineitem.id", lineId);
    ids.put("item-type", itemType);
    guard.idsKnown(ids);
    return new CartLine(lineId, item, ids);
  }

  private Form addForm(OrderItem item, int index, String itemType, boolean skipbasket) {
    Form op = new Form();
    // The form sends the item's name where the document puts it (domain / servername): the key to find it by.
    provider.form().addToCart(item.toBuilder().name(key(item)).build(), "items[" + index + "]", itemType, op);
    if (provider.settings().sendRemoteid()) {
      op.add("remoteid", reference, "reference");
    }
    if (skipbasket) {
      op.add("skipbasket", "on");
    }
    return op;
  }

  /** Takes {@code ids} as the services that existed before this order (read by the reconcile before it). */
  void servicesBefore(Set<String> ids) {
    if (before == null && lines.isEmpty()) {
      before = Set.copyOf(ids);
    }
  }

  /** Returns the key the item is sent with: the broker's name, else the one derived from the reference. */
  private String key(OrderItem item) {
    return ServiceKey.forItem(item.name(), reference);
  }

  /**
   * For an item sent under the broker's own name (which older services may share), lists the services
   * before the first committing request of this order, so that checkout tells the services its confirm
   * created from older ones of the same name. A reading request: it also renews an expired session, which
   * a committing request never does. An item under the key derived from the reference needs no such list.
   */
  private void rememberServicesBefore(String itemType, OrderItem item) {
    if (before == null && !ServiceKey.derived(key(item), reference)) {
      before = provider.serviceIds(itemType, new Step("list before ordering", false, reference, null, Map.of()));
    }
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
    guard.requireKnown();
    if (held) {
      // The code needs the provider's cart: put the held items there now, without paying.
      for (int i = 0; i < lines.size(); i++) {
        lines.set(i, sendAdd(lines.get(i).item(), i, itemTypes.get(i)));
      }
      held = false;
    }
    Form op = provider.settings().basketFlow()
        // The old cart: func=basket with clicked_button=setpromocode (API notes).
        ? new Form().add("func", "basket").add("clicked_button", "setpromocode").add("promocode", code, "promoCode")
            .add("sok", "ok")
        : new Form().add("func", "cart").add("promocode", code, "promoCode").add("sok", "ok")
            .add("clicked_button", "apply_promocode");
    Step step = new Step("promo-code", true, reference, code, ids());
    try {
      guard.send("promo-code", step.ids(), () -> {
        try {
          return provider.transport().call(op, step);
        } catch (ProviderErrorException | InvalidOrderException e) {
          // Whatever BILLmanager objects to, the code is not applied: stop here rather than pay full price.
          Map<String, String> details = new LinkedHashMap<>(step.ids());
          details.put("reference", reference);
          throw new PromoCodeRejectedException(code, e.getMessage(), details);
        }
      });
    } catch (OutcomeUnknownException e) {
      throw e;
    } catch (HostorderException refused) {
      // Definitively not applied: take this order's line out of the account's one cart, so that no later
      // confirm of that cart pays it.
      throw removeLines(refused);
    }
    promoCode = code;
  }

  /**
   * Deletes this order's lines from BILLmanager's cart ({@code func=cart}, {@code clicked_button=delete},
   * {@code id}, API notes) and closes the cart; returns {@code refusal}, with the lines that could not be
   * deleted named in its details.
   */
  private HostorderException removeLines(HostorderException refusal) {
    abandoned = true;
    Map<String, String> left = new LinkedHashMap<>();
    for (CartLine line : lines) {
      if (line.id().startsWith("held-")) {
        continue;
      }
      Form op = new Form().add("func", "cart").add("clicked_button", "delete").add("id", line.id()).add("sok", "ok");
      try {
        provider.transport().call(op, new Step("remove cart line", false, reference, null, line.providerIds()));
      } catch (HostorderException e) {
        left.put("cart-line-left." + line.id(), e.getMessage());
      }
    }
    if (left.isEmpty()) {
      return refusal;
    }
    Map<String, String> details = new LinkedHashMap<>(refusal.details());
    details.putAll(left);
    String note = " (the cart line(s) " + String.join(", ", left.keySet()).replace("cart-line-left.", "")
        + " could not be deleted from the account's cart; delete them there, or a later confirm may pay them)";
    if (refusal instanceof PromoCodeRejectedException p) {
      return new PromoCodeRejectedException(p.promoCode(), p.getMessage() + note, details);
    }
    if (refusal instanceof TransientException) {
      // Still refused before processing, so still safe to retry: the leftover line does not change that.
      return new TransientException(refusal.getMessage() + note, refusal, details);
    }
    return new ProviderErrorException("cart-line-left", refusal.getMessage() + note, details, refusal);
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
    if (abandoned) {
      throw new IllegalStateException("this cart's line was removed after its promo code was refused; start a new cart");
    }
    OutcomeUnknownException unknown = guard.unknown();
    if (unknown != null) {
      return afterUnknownOutcome(unknown);
    }
    if (lines.isEmpty()) {
      throw new InvalidOrderException(new Violation("items", "the cart is empty; add an item first"));
    }
    Step step = new Step("checkout", true, reference, null, ids());
    Doc answer;
    if (held) {
      rememberServicesBefore(itemTypes.get(0), lines.get(0).item());
      Form op = addForm(lines.get(0).item(), 0, itemTypes.get(0), true);
      answer = guard.send("checkout", step.ids(), () -> provider.transport().call(op, step));
    } else if (provider.settings().basketFlow()) {
      answer = payThroughBasket(step);
    } else {
      Form op = new Form().add("func", "cartorder.create.confirm").add("sok", "ok").add("elid", lines.get(0).id())
          .add("paymethod_id", provider.settings().paymethodId());
      answer = guard.send("checkout", step.ids(), () -> provider.transport().call(op, step));
    }
    Map<String, String> ids = ids();
    for (String name : new String[] {"billorder", "order.id", "payment_id", "id", "elid"}) {
      if (name.equals("billorder") && ids.containsKey("billorder")) {
        continue;
      }
      String v = answer.text(name);
      if (v != null && !v.isBlank()) {
        ids.put("confirm." + name, v.trim());
      }
    }
    guard.idsKnown(ids);
    return found(ids);
  }

  /**
   * Pays through the old cart, as Zomro's own web panel does (API notes): {@code func=basket&sok=ok} turns
   * the cart into an order awaiting payment (its {@code billorder}; nothing is charged yet), then
   * {@code func=payment.add.method&billorder=…&paymethod=…&sok=ok} pays it ({@code ok}, {@code payment_id}).
   * Both are committing requests. The old cart has no line id to name: it orders the whole cart, so the cart
   * is read first (a reading request) and any line that is not this order's stops the checkout before
   * anything is committed.
   */
  private Doc payThroughBasket(Step step) {
    Doc cart = provider.transport().call(new Form().add("func", "basket"), new Step("read the cart", false, reference,
        null, step.ids()));
    // The cart's lines: in doc.list[].elem (the cart's grouped list) or, on some hosts, in doc.elem.
    List<com.fasterxml.jackson.databind.JsonNode> rows = new ArrayList<>(cart.elems());
    for (com.fasterxml.jackson.databind.JsonNode list : Doc.all(cart.node().get("list"))) {
      rows.addAll(Doc.all(list.get("elem")));
    }
    List<String> others = new ArrayList<>();
    for (com.fasterxml.jackson.databind.JsonNode row : rows) {
      String id = Doc.field(row, "id");
      if (id != null && lines.stream().noneMatch(l -> l.id().equals(id)) && !others.contains(id)) {
        others.add(id);
      }
    }
    if (!others.isEmpty()) {
      Map<String, String> details = new LinkedHashMap<>(step.ids());
      details.put("reference", reference);
      details.put("other-cart-lines", String.join(",", others));
      throw new ProviderErrorException("cart-not-own", "the account's cart holds line(s) " + String.join(", ", others)
          + " besides this order's, and the old cart (checkout-flow=basket) pays the whole cart: nothing was paid. "
          + "Remove them in the panel, or use checkout-flow=confirm, which pays one line", details, null);
    }
    Doc basket = guard.send("basket", step.ids(), () -> provider.transport().call(
        new Form().add("func", "basket").add("sok", "ok"), new Step("basket", true, reference, null, step.ids())));
    String billorder = basket.text("billorder");
    if (billorder == null || billorder.isBlank()) {
      throw guard.markUnknown("basket", new OutcomeUnknownException(reference, "basket", step.ids(),
          new IOException("BILLmanager answered func=basket without a billorder")));
    }
    this.billorder = billorder.trim();
    Map<String, String> ids = new LinkedHashMap<>(step.ids());
    ids.put("billorder", this.billorder);
    guard.idsKnown(Map.of("billorder", this.billorder));
    Step pay = new Step("checkout", true, reference, null, ids);
    Form op = new Form().add("func", "payment.add.method").add("billorder", billorder.trim())
        .add("paymethod", provider.settings().paymethodId()).add("sok", "ok");
    return guard.send("checkout", ids, () -> provider.transport().call(op, pay));
  }

  /**
   * A second checkout after an unknown outcome never commits again: after a checkout it looks the services
   * up; after an add or a promo code (nothing was paid by this cart) it reports the same outcome unknown.
   */
  private Order afterUnknownOutcome(OutcomeUnknownException unknown) {
    boolean paidMaybe = unknown.step().equals("checkout");
    boolean canLook = !lines.isEmpty();
    if (!paidMaybe || !canLook) {
      throw unknown;
    }
    Tracker.Found found;
    try {
      found = tracker().look();
    } catch (HostorderException e) {
      // The look failed (a reading request): the outcome is as unknown as before, and stays so.
      throw unknown;
    }
    if (found.complete()) {
      // Found placed. The reference stays pending on this provider instance on purpose: without remoteid
      // nothing else would stop a later cart or place() of it from ordering a second time.
      placed = provider.services().knownByKey(withIds(found.order(), ids()), itemTypes.get(0), key(lines.get(0).item()),
          reference);
      return placed;
    }
    throw unknown;
  }

  /** Records every service the checkout created, or an unknown outcome naming what could not be tracked. */
  private Order found(Map<String, String> ids) {
    OrderItem item = lines.get(0).item();
    String key = key(item);
    if (ServiceKey.derived(key, reference)) {
      // The key belongs to this order alone: no list after the confirm (the documented round trips).
      // The order is known by its key; its service ids and addresses come with the first status read.
      placed = paidByKey(key, ids);
      guard.idsKnown(Map.of("orderId", placed.ref().id()));
      return placed;
    }
    Tracker.Found found;
    try {
      found = tracker().look();
    } catch (HostorderException e) {
      found = Tracker.Found.missing("the services could not be listed: " + e.getMessage());
    }
    if (found.complete()) {
      placed = withIds(found.order(), ids);
      // The order's ref (its service ids) is an id a journal can look the order up with (order status),
      // should the process end before it records the outcome: tell the trail under the key it recognises.
      guard.idsKnown(Map.of("orderId", placed.ref().id()));
      return placed;
    }
    // Paid, but which services are this order's cannot be told: never a cart line id as an order id, never
    // a guess. The outcome stays unknown until checkout() again (which lists again, never confirms) finds them.
    throw guard.markUnknown("checkout", new OutcomeUnknownException(reference, "checkout", found.withIds(ids),
        new IOException("confirmed, but its services are not tracked: " + found.why())));
  }

  /**
   * The order just paid, known by the key it was sent with ({@code domain=…} / {@code servername=…}, see
   * {@link Services#keyRef}): status PROCESSING, one line per cart line; {@code order(ref)} later reads it
   * with its services.
   */
  private Order paidByKey(String key, Map<String, String> ids) {
    String itemType = itemTypes.get(0);
    Order.Builder b = Order.builder(provider.services().keyRef(itemType, key)).provider(provider.type())
        .reference(reference).promoCode(promoCode).status(io.hostorder.core.model.OrderStatus.PROCESSING)
        .providerStatus("paid").message("paid; its service ids and addresses come with the first status read "
            + "(hostorder status / await)");
    for (CartLine line : lines) {
      Map<String, String> merged = new LinkedHashMap<>(ids);
      merged.putAll(line.providerIds());
      merged.put(provider.form().keyField(), key);
      b.addLine(OrderLine.builder(line.id()).name(key).status(io.hostorder.core.model.OrderStatus.PROCESSING)
          .providerStatus("paid").providerIds(merged).build());
    }
    return b.build();
  }

  private Tracker tracker() {
    OrderItem item = lines.get(0).item();
    return new Tracker(provider, itemTypes.get(0), reference, provider.settings().sendRemoteid(), key(item),
        item.quantity(), before, promoCode);
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
    if (billorder != null) {
      ids.put("billorder", billorder);
    }
    if (!lines.isEmpty()) {
      // The key the order was sent with: a journal finds the order again by it.
      ids.put(provider.form().keyField(), key(lines.get(0).item()));
    }
    return ids;
  }

  private void requireOpen() {
    if (placed != null || abandoned) {
      throw new IllegalStateException("this cart was checked out or closed; start a new cart");
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
