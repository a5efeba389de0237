package io.hostorder.simulator.billmanager;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code cartorder.create.confirm} with {@code elid} (cart lines, comma-separated) and
 * {@code paymethod_id} (0 = personal account): charges the balance and creates the services, or
 * fails with the insufficient-funds error leaving the cart as it was. Called with the state's monitor held.
 */
final class Checkout {
  static final String[] FIELDS = {"elid", "paymethod_id"};

  private final State state;

  Checkout(State state) {
    this.state = state;
  }

  Node confirm(Call call, Node doc) {
    Params p = call.params();
    Map<Long, CartItem> cart = state.cart(call.actor().login);
    String elid = p.nonBlank("elid");
    if (!p.is("sok", "ok")) {
      Carts.describe(state, elid == null ? cart.values() : lines(cart, elid), doc);
      doc.child("slist").attr("name", "paymethod_id")
          .add(new Node("val").attr("key", "0").text("Personal account"));
      return doc;
    }
    if (elid == null) {
      throw Failure.missed("elid");
    }
    String paymethod = p.nonBlank("paymethod_id");
    if (paymethod == null) {
      throw Failure.missed("paymethod_id");
    }
    if (!paymethod.equals("0")) {
      throw Failure.value("paymethod_id", "only 0 (personal account) is available");
    }
    List<CartItem> lines = lines(cart, elid);
    pay(call.actor(), lines);
    lines.forEach(line -> cart.remove(line.id()));
    return doc.add(new Node("ok"));
  }

  /** {@code skipbasket=on}: pays one line at once, without the cart. */
  void payNow(Account actor, CartItem line, OrderRules.Order order) {
    pay(actor, List.of(line));
  }

  private static List<CartItem> lines(Map<Long, CartItem> cart, String elid) {
    Set<Long> ids = new LinkedHashSet<>();
    for (String part : elid.split(",")) {
      try {
        ids.add(Long.parseLong(part.trim()));
      } catch (NumberFormatException e) {
        throw Failure.value("elid", "not a cart line: " + part.trim());
      }
    }
    List<CartItem> lines = new ArrayList<>();
    for (long id : ids) {
      CartItem line = cart.get(id);
      if (line == null) {
        throw Failure.value("elid", "no line " + id + " in the cart");
      }
      lines.add(line);
    }
    return lines;
  }

  static BigDecimal discounted(State state, CartItem line) {
    if (line.promoCode() == null) {
      return line.fullPrice();
    }
    PromoCode promo = state.promoCodes.get(line.promoCode());
    int percent = promo == null ? 0 : promo.percent();
    return line.fullPrice().multiply(BigDecimal.valueOf(100 - percent))
        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
  }

  /**
   * Charges {@code actor} for {@code lines} and creates their services (processing), or throws the
   * insufficient-funds error charging nothing. Shared by the new cart's confirm, {@code skipbasket=on} and
   * the old cart's {@code payment.add.method}.
   */
  void pay(Account actor, List<CartItem> lines) {
    BigDecimal required = BigDecimal.ZERO;
    for (CartItem line : lines) {
      required = required.add(discounted(state, line));
    }
    required = state.money(required);
    if (actor.balance.add(actor.creditLimit).compareTo(required) < 0) {
      throw new Failure(state.paymentErrorType, state.paymentErrorObject, "insufficient funds to complete the operation."
          + " Required amount " + required.toPlainString()
          + ". Your current balance: " + state.money(actor.balance).toPlainString()
          + ", credit limit " + state.money(actor.creditLimit).toPlainString());
    }
    actor.balance = state.money(actor.balance.subtract(required));
    java.time.Instant now = state.now();
    boolean zomro = state.profile == Profile.ZOMRO;
    for (CartItem line : lines) {
      BigDecimal each = discounted(state, line)
          .divide(BigDecimal.valueOf(line.count()), 2, RoundingMode.HALF_UP);
      Map<String, String> f = line.fields();
      String datacenter = f.get("datacenter") == null || f.get("datacenter").isBlank()
          ? line.tariff().datacenters().keySet().stream().findFirst().orElse(null)
          : f.get("datacenter").trim();
      for (int i = 0; i < line.count(); i++) {
        // API notes: "domain ... if not specified, BILLmanager will set a random value"; Zomro keys a
        // server by its servername (a name set here when none was sent is this simulator's choice).
        String servername = zomro ? given(f, "servername", "server-" + state.hex(8)) : null;
        String domain = zomro ? null : given(f, "domain", line.tariff().itemType() + "-" + state.hex(8) + ".example");
        state.addService(new PlacedService(state.nextServiceId++, actor.login,
            line.tariff().itemType(), line.tariff().id(), line.period(), datacenter, servername, domain,
            line.remoteid(), line.promoCode(), each, line.id(), PlacedService.PROCESSING, null, now, f));
      }
    }
    state.confirmedOrders++;
  }

  private static String given(Map<String, String> fields, String name, String fallback) {
    String value = fields.get(name);
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
