package io.hostorder.provider.billmanager;

import io.hostorder.core.Capabilities;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.OrderItem;
import java.util.List;
import java.util.Map;

/**
 * The item form of BILLmanager's New Order API ({@code v2.{ITEMTYPE}.order.param}): {@code pricelist}
 * (the plan), {@code order_period} (months: 1, 3, 6, 12, 24, 36), {@code datacenter} (the region),
 * {@code addon_{ID}} for each addon, and the options {@code autoprolong} (on/off) and {@code item-type}
 * (this item's {@code {ITEMTYPE}}), and the item's name as {@code domain} (an order parameter of
 * BILLmanager's API, returned by the service list). The document has no field for an image, access or
 * resources, so those are rejected. Form-urlencoded, as the document's curl {@code -d} example.
 */
final class BillmanagerItemForm implements ItemForm {
  private static final String DOMAIN = "[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?";
  static final String AUTOPROLONG = "autoprolong";
  static final String ITEM_TYPE = "item-type";
  private static final String WHOLE = "\\d{1,18}";

  @Override
  public String type() {
    return "billmanager";
  }

  @Override
  public void capabilities(Capabilities.Builder b) {
    b.periods(BillingPeriod.P1M, BillingPeriod.P3M, BillingPeriod.P6M, BillingPeriod.P12M, BillingPeriod.P24M,
        BillingPeriod.P36M);
  }

  @Override
  public void validate(OrderItem item, String path, List<Violation> out) {
    if (item.plan() != null && !item.plan().isBlank() && !item.plan().trim().matches(WHOLE)) {
      out.add(new Violation(path + ".plan", "must be the tariff id (pricelist), a whole number; was '" + item.plan() + "'"));
    }
    if (item.region() != null && !item.region().trim().matches(WHOLE)) {
      out.add(new Violation(path + ".region", "must be the datacenter id, a whole number; was '" + item.region() + "'"));
    }
    if (item.name() != null && !item.name().isBlank() && !item.name().trim().matches(DOMAIN)) {
      out.add(new Violation(path + ".name", "is sent as the service's domain (host name): letters, digits, '-' and '.' "
          + "only, at most 253 characters; was '" + item.name() + "'"));
    }
    if (item.image() != null) {
      out.add(new Violation(path + ".image", "BILLmanager's order form has no field for an image; give the OS as an addon"));
    }
    if (item.resources() != null) {
      out.add(new Violation(path + ".resources", "BILLmanager takes resources as addons of the tariff (addons: {id: value})"));
    }
    for (String id : item.addons().keySet()) {
      if (!id.isBlank() && !id.matches(WHOLE)) {
        out.add(new Violation(path + ".addons." + id, "an addon id is the tariff's addon id, a whole number (addon_{ID})"));
      }
    }
    for (Map.Entry<String, String> o : item.options().entrySet()) {
      String value = o.getValue();
      switch (o.getKey()) {
        case AUTOPROLONG -> {
          if (value != null && !value.equals("on") && !value.equals("off")) {
            out.add(new Violation(path + ".options." + AUTOPROLONG, "must be on or off; was '" + value + "'"));
          }
        }
        case ITEM_TYPE -> {
          if (value != null && !value.matches("[a-z][a-z0-9_]*")) {
            out.add(new Violation(path + ".options." + ITEM_TYPE, "must be a BILLmanager product type name (vds, dedic, soft…); was '"
                + value + "'"));
          }
        }
        default -> {
          if (!o.getKey().isBlank()) {
            out.add(new Violation(path + ".options." + o.getKey(), "unknown option; BILLmanager takes " + AUTOPROLONG
                + " (on/off) and " + ITEM_TYPE));
          }
        }
      }
    }
  }

  @Override
  public String itemType(OrderItem item, String configuredItemType) {
    String own = item == null ? null : item.options().get(ITEM_TYPE);
    return own != null ? own : configuredItemType;
  }

  @Override
  public void addToCart(OrderItem item, String path, String itemType, Form form) {
    // Field for field as the document's curl example, in its order.
    form.add("sok", "ok").add("force_use_new_cart", "on").add("func", "v2." + itemType + ".order.param");
    if (item.region() != null) {
      form.add("datacenter", item.region().trim(), path + ".region");
    }
    form.add("pricelist", item.plan().trim(), path + ".plan");
    item.addons().forEach((id, value) -> form.add("addon_" + id, value, path + ".addons." + id));
    BillingPeriod period = item.period() == null ? BillingPeriod.P1M : item.period();
    form.add("order_period", Integer.toString(period.months()), path + ".period");
    form.add("clicked_button", "order");
    // The documented order parameter domain ("if not specified, BILLmanager will set a random value"):
    // the broker's name or the key derived from the reference, which the service list returns.
    form.add("domain", item.name().trim(), path + ".name");
    String autoprolong = item.options().get(AUTOPROLONG);
    if (autoprolong != null) {
      form.add("autoprolong", autoprolong, path + ".options." + AUTOPROLONG);
    }
  }

  @Override
  public boolean multipart() {
    return false;
  }

  @Override
  public String keyField() {
    return "domain";
  }

  @Override
  public String listFunction(String itemType) {
    return itemType;
  }
}
