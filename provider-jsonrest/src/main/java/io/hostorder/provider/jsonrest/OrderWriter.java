package io.hostorder.provider.jsonrest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hostorder.core.OrderValidator;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Access;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.Resources;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks portable items against what {@code order_create} can express and writes them as its
 * {@code items}. The mapping: {@code plan} → {@code product.name}; {@code name} → the item's
 * {@code name}; resources → {@code quantity_ram_gb}, {@code quantity_cpu}, {@code quantity_storage_gb};
 * {@code image} → {@code os} (a whole number stays a JSON number, a name is a string); access by SSH
 * public key → {@code features.sshd.authorized_keys}; the {@link ItemOptions options} for the rest.
 * The API has no field for a period, a region, addons, a quantity, related items, a password or a
 * stored SSH key id: those are rejected, never dropped.
 */
final class OrderWriter {
  private OrderWriter() {}

  /** Returns every problem of {@code order} for this provider: portable, capability and API rules. */
  static List<Violation> validate(OrderRequest order) {
    List<Violation> out = new ArrayList<>();
    for (Violation v : OrderValidator.validate(order, JsonRestProviderFactory.CAPABILITIES)) {
      out.add(reworded(v));
    }
    for (int i = 0; i < order.items().size(); i++) {
      own(order.items().get(i), "items[" + i + "]", out);
    }
    return out;
  }

  private static Violation reworded(Violation v) {
    if (v.path().endsWith(".period") && v.capability() == null) {
      return new Violation(v.path(), "the JSON action API has no billing period; leave it out");
    }
    if (v.path().matches(".*\\.access\\.(password|sshKeyId)") && v.capability() == null) {
      return new Violation(v.path(), "the JSON action API takes only an SSH public key "
          + "(features.sshd.authorized_keys); it has no field for a root password or a stored key id");
    }
    return v;
  }

  private static void own(OrderItem item, String path, List<Violation> out) {
    if (item.region() != null) {
      out.add(new Violation(path + ".region", "the JSON action API has no region field; leave it out"));
    }
    for (String addon : item.addons().keySet()) {
      out.add(new Violation(path + ".addons." + addon, "the JSON action API has no addons; "
          + "use the options " + String.join(", ", new java.util.TreeSet<>(ItemOptions.NAMES))));
    }
    if (item.image() != null && item.image().isBlank()) {
      out.add(new Violation(path + ".image", "must not be blank when given"));
    }
    ItemOptions.check(item.options(), item.image() != null, path + ".options", out);
    Access access = item.access();
    boolean sshd = (access != null && access.sshPublicKey() != null)
        || item.options().containsKey(ItemOptions.PUBLIC_PORTS_ALLOW);
    if (sshd && !item.options().containsKey(ItemOptions.IP_ALLOW)) {
      out.add(new Violation(path + ".options." + ItemOptions.IP_ALLOW, "required with an SSH public key or "
          + ItemOptions.PUBLIC_PORTS_ALLOW + ": the API marks features.sshd.ip_allow as required "
          + "(the addresses allowed to reach SSH, e.g. 192.168.0.0/24)"));
    }
  }

  /** Returns the {@code order_create} request for {@code items} (already valid) with the order's {@code reference}. */
  static ObjectNode create(ObjectMapper mapper, List<OrderItem> items, String reference) {
    ObjectNode body = mapper.createObjectNode().put("action", "order_create");
    ArrayNode array = body.putArray("items");
    for (OrderItem item : items) {
      array.add(item(mapper, item));
    }
    body.put("reference", reference);
    return body;
  }

  private static ObjectNode item(ObjectMapper mapper, OrderItem item) {
    ObjectNode node = mapper.createObjectNode();
    if (item.name() != null) {
      node.put("name", item.name());
    }
    ObjectNode product = node.putObject("product");
    product.put("name", item.plan());
    ObjectNode options = product.putObject("options");
    Resources r = item.resources();
    if (r != null) {
      if (r.ramGb() != null) {
        putNumber(options, "quantity_ram_gb", r.ramGb());
      }
      if (r.cpus() != null) {
        options.put("quantity_cpu", r.cpus());
      }
      if (r.storageGb() != null) {
        options.put("quantity_storage_gb", r.storageGb());
      }
    }
    Map<String, String> o = item.options();
    if (item.image() != null) {
      putNumberOrText(options, "os", item.image());
    }
    putText(options, ItemOptions.OS_VERSION, o.get(ItemOptions.OS_VERSION));
    if (o.containsKey(ItemOptions.ANTIAFFINITY)) {
      putNumberOrText(options, ItemOptions.ANTIAFFINITY, o.get(ItemOptions.ANTIAFFINITY));
    }
    if (o.containsKey(ItemOptions.FIREWALL_ID)) {
      putNumberOrText(options, ItemOptions.FIREWALL_ID, o.get(ItemOptions.FIREWALL_ID));
    }
    putText(options, ItemOptions.FIREWALL_ADDME, o.get(ItemOptions.FIREWALL_ADDME));
    ObjectNode features = mapper.createObjectNode();
    if (o.containsKey(ItemOptions.IPV4)) {
      putNumberOrText(features, ItemOptions.IPV4, o.get(ItemOptions.IPV4));
    }
    putText(features, ItemOptions.CLOUD_INIT_URL, o.get(ItemOptions.CLOUD_INIT_URL));
    ObjectNode sshd = mapper.createObjectNode();
    if (item.access() != null) {
      putText(sshd, "authorized_keys", item.access().sshPublicKey());
    }
    putText(sshd, ItemOptions.IP_ALLOW, o.get(ItemOptions.IP_ALLOW));
    putText(sshd, ItemOptions.PUBLIC_PORTS_ALLOW, o.get(ItemOptions.PUBLIC_PORTS_ALLOW));
    if (!sshd.isEmpty()) {
      features.set("sshd", sshd);
    }
    if (!features.isEmpty()) {
      options.set("features", features);
    }
    return node;
  }

  private static void putText(ObjectNode node, String name, String value) {
    if (value != null) {
      node.put(name, value.trim());
    }
  }

  /** A whole number goes as a JSON number (the seed's {@code "os": 2}), anything else as a string. */
  private static void putNumberOrText(ObjectNode node, String name, String value) {
    String v = value.trim();
    if (ItemOptions.isWholeNumber(v)) {
      node.put(name, Long.parseLong(v));
    } else {
      node.put(name, v);
    }
  }

  private static void putNumber(ObjectNode node, String name, BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() <= 0) {
      node.put(name, v.toBigIntegerExact());
    } else {
      node.put(name, v);
    }
  }
}
