package io.hostorder.simulator.billmanager;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The old cart, beside the new one (API notes: Zomro's own web panel adds with {@code v2.instances.order.param}
 * and pays through {@code func=basket} → {@code billorder} → {@code payment.add.method} → {@code ok},
 * {@code payment_id}). {@code basket} shows the cart, applies a promo code ({@code clicked_button=setpromocode}),
 * or with {@code sok=ok} turns the whole cart into an order awaiting payment (its {@code billorder} id; nothing
 * is charged). {@code payment.add.method} with {@code billorder} and {@code paymethod} (0 = personal account)
 * pays it as {@code cartorder.create.confirm} would. The field names beyond those the notes give, and the
 * answers' exact shapes, are this simulator's inference (docs/simulator-billmanager.md). Called with the
 * state's monitor held.
 */
final class OldCart {
  static final String[] BASKET_FIELDS = {"clicked_button", "promocode"};
  static final String[] PAYMENT_FIELDS = {"billorder", "paymethod"};

  /** An order made from the old cart: its lines until paid, then only its payment id. */
  static final class BillOrder {
    final long id;
    final String login;
    final BigDecimal amount;
    List<CartItem> lines;
    Long paymentId;

    BillOrder(long id, String login, List<CartItem> lines, BigDecimal amount) {
      this.id = id;
      this.login = login;
      this.lines = lines;
      this.amount = amount;
    }
  }

  private final State state;
  private final Checkout checkout;

  OldCart(State state, Checkout checkout) {
    this.state = state;
    this.checkout = checkout;
  }

  Node basket(Call call, Node doc) {
    Params p = call.params();
    Map<Long, CartItem> cart = state.cart(call.actor().login);
    if (!p.is("sok", "ok")) {
      return Carts.describe(state, cart.values(), doc);
    }
    String button = p.nonBlank("clicked_button");
    if ("setpromocode".equals(button)) {
      Carts.applyPromoCode(state, p, cart);
      doc.add(new Node("ok"));
      return Carts.describe(state, cart.values(), doc);
    }
    if (button != null && !button.equals("ok")) {
      throw Failure.value("clicked_button", "expected setpromocode or none");
    }
    if (cart.isEmpty()) {
      throw Failure.value("basket", "the cart is empty");
    }
    List<CartItem> lines = new ArrayList<>(cart.values());
    BigDecimal amount = BigDecimal.ZERO;
    for (CartItem line : lines) {
      amount = amount.add(Checkout.discounted(state, line));
    }
    BillOrder order = new BillOrder(state.nextBillorderId++, call.actor().login, List.copyOf(lines), state.money(amount));
    state.billorders.put(order.id, order);
    cart.clear(); // the lines now belong to the order: a confirm of them is refused, nothing is paid twice
    return doc.add("billorder", Long.toString(order.id));
  }

  Node payment(Call call, Node doc) {
    Params p = call.params();
    BillOrder order = order(call, p.nonBlank("billorder"));
    if (!p.is("sok", "ok")) {
      doc.add("billorder", Long.toString(order.id));
      doc.add("amount", order.amount.toPlainString());
      doc.add("currency", state.currency);
      doc.child("slist").attr("name", "paymethod")
          .add(new Node("val").attr("key", "0").text("Personal account"));
      return doc;
    }
    if (order.paymentId != null) {
      throw Failure.value("billorder", "order " + order.id + " is already paid");
    }
    String paymethod = p.nonBlank("paymethod");
    if (paymethod == null) {
      throw Failure.missed("paymethod");
    }
    if (!paymethod.equals("0")) {
      throw Failure.value("paymethod", "only 0 (personal account) is available");
    }
    checkout.pay(call.actor(), order.lines);
    order.paymentId = state.nextPaymentId++;
    order.lines = List.of(); // keep the ledger small: a paid order needs only its payment id
    return doc.add(new Node("ok")).add("payment_id", Long.toString(order.paymentId));
  }

  private BillOrder order(Call call, String id) {
    if (id == null) {
      throw Failure.missed("billorder");
    }
    try {
      BillOrder order = state.billorders.get(Long.parseLong(id));
      if (order != null && order.login.equals(call.actor().login)) {
        return order;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw Failure.value("billorder", "no order " + id + " awaiting payment");
  }
}
