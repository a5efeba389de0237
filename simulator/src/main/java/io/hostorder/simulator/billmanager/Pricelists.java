package io.hostorder.simulator.billmanager;

/**
 * {@code v2.{ITEMTYPE}.order.pricelist}: the tariffs of a product type, rows in
 * {@code doc.list.elem} (API notes, Zomro specifics), each with its datacenters, images and addons.
 * Called with the state's monitor held.
 */
final class Pricelists {
  private Pricelists() {}

  static Node show(State state, String itemType, Node doc) {
    Node list = doc.child("list").attr("name", "pricelist");
    for (Tariff tariff : state.tariffs.values()) {
      if (!tariff.itemType().equals(itemType)) {
        continue;
      }
      Node elem = list.child("elem");
      elem.add("id", tariff.id());
      elem.add("pricelist", tariff.id());
      elem.add("name", tariff.name());
      elem.add("price", tariff.monthlyPrice().toPlainString());
      elem.add("currency", state.currency);
      tariff.datacenters().forEach((id, name) ->
          elem.add(new Node("datacenter").attr("key", id).text(name)));
      tariff.operatingSystems().forEach((id, name) ->
          elem.add(new Node("os").attr("key", id).text(name)));
      for (Addon addon : tariff.addons()) {
        Node node = elem.child("addon").attr("id", addon.id()).attr("name", addon.name());
        if (addon.choices().isEmpty()) {
          node.attr("min", Long.toString(addon.min())).attr("max", Long.toString(addon.max()))
              .attr("price", addon.monthlyPerUnit().toPlainString());
        } else {
          addon.choices().forEach((value, price) ->
              node.add(new Node("val").attr("key", value).attr("price", price.toPlainString())));
        }
      }
    }
    return doc;
  }
}
