package io.hostorder.simulator.billmanager;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * {@code func=cart}: shows the cart ({@code doc.list[$name="lineitems"].elem[]} and {@code doc.total}),
 * applies a promo code ({@code clicked_button=apply_promocode}), removes a line
 * ({@code clicked_button=delete&id=…}). Called with the state's monitor held.
 */
final class Carts {
  static final String[] FIELDS = {"clicked_button", "promocode", "id", "elid"};

  private final State state;

  Carts(State state) {
    this.state = state;
  }

  Node handle(Call call, Node doc) {
    Params p = call.params();
    Map<Long, CartItem> cart = state.cart(call.actor().login);
    String button = p.nonBlank("clicked_button");
    if (button != null && p.is("sok", "ok")) {
      switch (button) {
        case "apply_promocode" -> applyPromoCode(state, p, cart);
        case "delete" -> delete(p, cart);
        default -> throw Failure.value("clicked_button", "expected apply_promocode or delete");
      }
      doc.add(new Node("ok"));
    }
    return describe(state, cart.values(), doc);
  }

  /** Applies {@code promocode} to every line of {@code cart} it fits (the new cart's button and the old cart's). */
  static void applyPromoCode(State state, Params p, Map<Long, CartItem> cart) {
    String code = p.nonBlank("promocode");
    if (code == null) {
      throw Failure.missed("promocode");
    }
    PromoCode promo = state.promoCodes.get(code);
    if (promo == null) {
      // API notes: an unknown promo code is a "missed" error naming promocode.
      throw new Failure("missed", "promocode", "Promo code not found").param("promocode", code);
    }
    List<CartItem> applicable = cart.values().stream()
        .filter(line -> promo.appliesTo(line.tariff().id())).toList();
    if (applicable.isEmpty()) {
      // API notes: promocode_not_use gives the code in error.param.
      throw new Failure("promocode_not_use", "promocode",
          "The promo code cannot be used for the items in the cart").param("promocode", code);
    }
    applicable.forEach(line -> cart.put(line.id(), line.withPromo(code)));
  }

  private static void delete(Params p, Map<Long, CartItem> cart) {
    String id = p.nonBlank("id") == null ? p.nonBlank("elid") : p.nonBlank("id");
    if (id == null) {
      throw Failure.missed("id");
    }
    try {
      if (cart.remove(Long.parseLong(id)) != null) {
        return;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw Failure.value("id", "no line " + id + " in the cart");
  }

  /** Adds the lines of {@code lines} and their total to {@code doc}. */
  static Node describe(State state, Collection<CartItem> lines, Node doc) {
    Node list = doc.child("list").attr("name", "lineitems");
    BigDecimal total = BigDecimal.ZERO;
    int count = 0;
    for (CartItem line : lines) {
      BigDecimal cost = Checkout.discounted(state, line);
      total = total.add(cost);
      count++;
      Node elem = list.child("elem");
      elem.add("id", Long.toString(line.id()));
      elem.add("elid", Long.toString(line.id()));
      elem.add("pricelist", line.tariff().id());
      elem.add("main.name", line.tariff().name());
      elem.add("main.period", OrderForm.periodName(line.period()));
      elem.add("order_period", Integer.toString(line.period()));
      elem.add("count", Integer.toString(line.count()));
      elem.add("price.fullcost", line.fullPrice().toPlainString());
      elem.add("price.cost", cost.toPlainString());
      if (line.promoCode() != null) {
        elem.add("promocode", line.promoCode());
      }
    }
    doc.child("total")
        .add("cost", state.money(total).toPlainString())
        .add("currency", state.currency)
        .add("count", Integer.toString(count));
    return doc;
  }
}
