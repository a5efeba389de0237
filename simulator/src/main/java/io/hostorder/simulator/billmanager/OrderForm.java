package io.hostorder.simulator.billmanager;

import java.util.Map;

/**
 * The order form: {@code v2.{ITEMTYPE}.order.param} without {@code sok} shows the form and its select
 * lists ({@code doc.slist[] = {"$name": "datacenter", "val": [{"$key": "13", "$": "NL"}]}} in the
 * API notes) and changes nothing.
 */
final class OrderForm {
  private OrderForm() {}

  static Node show(State state, Params p, String itemType, Node doc) {
    String id = p.nonBlank("pricelist");
    if (id == null) {
      Node list = slist(doc, "pricelist");
      state.tariffs.values().stream().filter(t -> t.itemType().equals(itemType))
          .forEach(t -> list.add(new Node("val").attr("key", t.id()).text(t.name())));
      return doc;
    }
    Tariff tariff = state.tariffs.get(id);
    if (tariff == null || !tariff.itemType().equals(itemType)) {
      throw Failure.value("pricelist", "no tariff " + id + " for " + itemType);
    }
    doc.add("pricelist", tariff.id());
    doc.add("order_period", p.nonBlank("order_period") == null
        ? String.valueOf(state.profile.periods().get(0)) : p.nonBlank("order_period"));
    Node periods = slist(doc, "order_period");
    for (int period : state.profile.periods()) {
      periods.add(new Node("val").attr("key", String.valueOf(period)).text(periodName(period)));
    }
    fill(slist(doc, "datacenter"), tariff.datacenters());
    if (state.profile == Profile.ZOMRO) {
      fill(slist(doc, "instances_os"), tariff.operatingSystems());
      Node keys = slist(doc, "instances_ssh_keys");
      keys.add(new Node("val").attr("key", "none").text("none"));
      fill(keys, state.sshKeys);
      slist(doc, "network").add(new Node("val").attr("key", "public").text("Public network"));
    }
    for (Addon addon : tariff.addons()) {
      Node node = doc.child("addon_" + addon.id()).attr("name", addon.name());
      if (addon.choices().isEmpty()) {
        node.attr("min", String.valueOf(addon.min())).attr("max", String.valueOf(addon.max()));
      } else {
        fill(slist(doc, "addon_" + addon.id()), Map.copyOf(addon.choices()).entrySet().stream()
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().toPlainString(), (a, b) -> a, java.util.TreeMap::new)));
      }
    }
    return doc;
  }

  private static Node slist(Node doc, String name) {
    return doc.child("slist").attr("name", name);
  }

  private static void fill(Node slist, Map<String, String> values) {
    values.forEach((key, text) -> slist.add(new Node("val").attr("key", key).text(text)));
  }

  static String periodName(int period) {
    return switch (period) {
      case Periods.DAILY -> "Daily";
      case 1 -> "1 month";
      case 12 -> "1 year";
      default -> period % 12 == 0 ? (period / 12) + " years" : period + " months";
    };
  }
}
