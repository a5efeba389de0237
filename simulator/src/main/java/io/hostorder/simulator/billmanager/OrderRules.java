package io.hostorder.simulator.billmanager;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code v2.{ITEMTYPE}.order.param}: validates an order as each profile's document states and either
 * shows the order form (without {@code sok}), adds a cart line (answering {@code lineitem.id}), or,
 * with {@code skipbasket=on}, pays at once from the personal account. Called with the state's monitor held.
 */
final class OrderRules {
  /** Fields of the New Order API document's table, plus {@code remoteid} and {@code domain} from the API notes. */
  static final Set<String> BILLMANAGER_FIELDS = Set.of("order_period", "pricelist", "clicked_button",
      "autoprolong", "datacenter", "force_use_new_cart", "skipbasket", "remoteid", "domain");
  /** Fields of the Zomro document's table. */
  static final Set<String> ZOMRO_FIELDS = Set.of("order_period", "licence_agreement", "pricelist",
      "order_count", "force_use_new_cart", "instances_ssh_keys", "password", "servername",
      "instances_os", "use_ssh_key", "datacenter", "backups_schedule", "backups_schedule_name",
      "backups_schedule_rotation_days", "backups_schedule_rotation_time");

  private final State state;
  private final Checkout checkout;

  OrderRules(State state, Checkout checkout) {
    this.state = state;
    this.checkout = checkout;
  }

  /** A validated order, ready to become a cart line. */
  record Order(Tariff tariff, int period, int count, String datacenter, Map<String, String> addons,
      String remoteid, String servername) {}

  Node handle(Call call, String itemType, Node doc) {
    Params p = call.params();
    if (!p.is("sok", "ok")) {
      return OrderForm.show(state, p, itemType, doc);
    }
    boolean zomro = state.profile == Profile.ZOMRO;
    Order order = zomro ? zomro(p, itemType) : billmanager(p, itemType);
    CartItem line = new CartItem(state.nextLineId++, call.actor().login, order.tariff(),
        order.period(), order.count(), order.remoteid(), null,
        state.money(order.tariff().price(order.period(), order.addons())
            .multiply(java.math.BigDecimal.valueOf(order.count()))), p.fields());
    if (p.is("skipbasket", "on")) {
      checkout.payNow(call.actor(), line, order);
      return doc.add(new Node("ok"));
    }
    state.cart(call.actor().login).put(line.id(), line);
    return doc.add("lineitem.id", Long.toString(line.id()));
  }

  /** The New Order API document: func, order_period, pricelist, sok, clicked_button are mandatory. */
  private Order billmanager(Params p, String itemType) {
    int period = period(p);
    Tariff tariff = tariff(p, itemType);
    String button = p.nonBlank("clicked_button");
    if (button == null) {
      throw Failure.missed("clicked_button");
    }
    if (!button.equals("order")) {
      throw Failure.value("clicked_button", "expected 'order'");
    }
    flag(p, "autoprolong");
    flag(p, "force_use_new_cart");
    flag(p, "skipbasket");
    String datacenter = datacenter(p, tariff, false);
    Map<String, String> addons = addons(p, tariff);
    return new Order(tariff, period, 1, datacenter, addons, p.nonBlank("remoteid"), null);
  }

  /** The Zomro document's table, in its order. */
  private Order zomro(Params p, String itemType) {
    int period = period(p);
    String licence = p.nonBlank("licence_agreement");
    if (licence == null) {
      throw Failure.missed("licence_agreement");
    }
    if (!licence.equals("on")) {
      throw Failure.value("licence_agreement", "the licence agreement must be accepted (on)");
    }
    Tariff tariff = tariff(p, itemType);
    int count = count(p);
    String newCart = p.nonBlank("force_use_new_cart");
    if (newCart == null) {
      throw Failure.missed("force_use_new_cart");
    }
    if (!newCart.equals("on")) {
      throw Failure.value("force_use_new_cart", "expected 'on'");
    }
    ZomroChecks.access(p, state.sshKeys, state.zomroRequiresAccess);
    String servername = p.nonBlank("servername");
    if (servername != null && servername.length() > 64) {
      throw Failure.value("servername", "at most 64 characters");
    }
    String os = p.nonBlank("instances_os");
    if (os == null) {
      throw Failure.missed("instances_os");
    }
    if (!tariff.operatingSystems().containsKey(os)) {
      throw Failure.value("instances_os", "unknown operating system for this tariff");
    }
    Map<String, String> addons = addons(p, tariff);
    String datacenter = datacenter(p, tariff, true);
    ZomroChecks.backups(p);
    flag(p, "skipbasket");
    return new Order(tariff, period, count, datacenter, addons, p.nonBlank("remoteid"), servername);
  }

  private Tariff tariff(Params p, String itemType) {
    String id = p.nonBlank("pricelist");
    if (id == null) {
      throw Failure.missed("pricelist");
    }
    Tariff tariff = state.tariffs.get(id);
    if (tariff == null || !tariff.itemType().equals(itemType)) {
      throw Failure.value("pricelist", "no tariff " + id + " for " + itemType);
    }
    return tariff;
  }

  private int period(Params p) {
    String raw = p.nonBlank("order_period");
    if (raw == null) {
      throw Failure.missed("order_period");
    }
    try {
      int period = Integer.parseInt(raw);
      if (state.profile.periods().contains(period)) {
        return period;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw Failure.value("order_period", "allowed values are " + state.profile.periods());
  }

  private static int count(Params p) {
    String raw = p.nonBlank("order_count");
    if (raw == null) {
      throw Failure.missed("order_count");
    }
    try {
      int count = Integer.parseInt(raw);
      if (count >= 1 && count <= 100) {
        return count;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw Failure.value("order_count", "a whole number from 1 to 100");
  }

  private static String datacenter(Params p, Tariff tariff, boolean required) {
    String id = p.nonBlank("datacenter");
    if (id == null) {
      if (required) {
        throw Failure.missed("datacenter");
      }
      return tariff.datacenters().keySet().stream().findFirst().orElse(null);
    }
    if (!tariff.datacenters().containsKey(id)) {
      throw Failure.value("datacenter", "unknown datacenter for this tariff");
    }
    return id;
  }

  private static Map<String, String> addons(Params p, Tariff tariff) {
    Map<String, String> addons = new LinkedHashMap<>();
    for (Map.Entry<String, String> field : p.fields().entrySet()) {
      if (!field.getKey().startsWith("addon_")) {
        continue;
      }
      String id = field.getKey().substring("addon_".length());
      Addon addon = tariff.addon(id).orElseThrow(
          () -> Failure.value(field.getKey(), "tariff " + tariff.id() + " has no addon " + id));
      if (!addon.accepts(field.getValue().trim())) {
        throw Failure.value(field.getKey(), "value not allowed for " + addon.name());
      }
      addons.put(id, field.getValue().trim());
    }
    return addons;
  }

  static void flag(Params p, String name) {
    String value = p.nonBlank(name);
    if (value != null && !value.equals("on") && !value.equals("off")) {
      throw Failure.value(name, "expected 'on' or 'off'");
    }
  }
}
