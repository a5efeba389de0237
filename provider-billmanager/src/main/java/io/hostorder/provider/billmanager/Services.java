package io.hostorder.provider.billmanager;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderLine;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lists the placed services of one product type with its list function ({@code func=vds},
 * {@code func=instances}, …), page by page ({@code p_num}, {@code p_cnt}, total in {@code p_elems}), and
 * turns rows into portable {@link Order}s. A service's order reference is its id; a service of another
 * type than the instance's default is written {@code TYPE:ID}. Thread-safe.
 */
final class Services {
  private static final int PAGE = 100;
  private static final int MAX_PAGES = 50;

  private final Transport transport;
  private final ItemForm form;
  private final String defaultType;

  Services(Transport transport, ItemForm form, String defaultType) {
    this.transport = transport;
    this.form = form;
    this.defaultType = defaultType;
  }

  String defaultType() {
    return defaultType;
  }

  /** Returns every row of the list of {@code itemType}. */
  List<JsonNode> list(String itemType, Step step) {
    List<JsonNode> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int page = 1; page <= MAX_PAGES; page++) {
      Form op = new Form().add("func", form.listFunction(itemType))
          .add("p_num", Integer.toString(page)).add("p_cnt", Integer.toString(PAGE));
      Doc doc = transport.call(op, step);
      List<JsonNode> elems = doc.elems();
      int added = 0;
      for (JsonNode row : elems) {
        String id = Doc.field(row, "id");
        if (id != null && seen.add(id)) {
          rows.add(row);
          added++;
        }
      }
      String total = doc.text("p_elems");
      boolean complete = total != null && total.matches("\\d+") && rows.size() >= Long.parseLong(total);
      if (added == 0 || elems.size() < PAGE || complete) {
        break;
      }
    }
    return rows;
  }

  /** Returns the order reference of service {@code id} of {@code itemType}. */
  OrderRef ref(String itemType, String id) {
    return OrderRef.of(itemType.equals(defaultType) ? id : itemType + ":" + id);
  }

  /** Returns {@code ref} split into item type and service id. */
  String[] parse(OrderRef ref) {
    String id = ref.id();
    int colon = id.indexOf(':');
    return colon < 0 ? new String[] {defaultType, id} : new String[] {id.substring(0, colon), id.substring(colon + 1)};
  }

  /** Returns the order made of {@code rows} (one service each, the first one's id as the order's). */
  Order order(String provider, String itemType, List<JsonNode> rows, String promoCode) {
    JsonNode first = rows.get(0);
    Order.Builder b = Order.builder(ref(itemType, Doc.field(first, "id"))).provider(provider)
        .reference(Doc.field(first, "remoteid")).status(status(first)).providerStatus(providerStatus(first))
        .promoCode(promoCode);
    for (JsonNode row : rows) {
      OrderLine.Builder line = OrderLine.builder(Doc.field(row, "id")).name(name(row)).status(status(row))
          .providerStatus(providerStatus(row)).providerId("item-type", itemType);
      if (Doc.field(row, "remoteid") != null) {
        line.providerId("remoteid", Doc.field(row, "remoteid"));
      }
      b.addLine(line.build());
    }
    return b.build();
  }

  static String name(JsonNode row) {
    String name = Doc.field(row, "servername");
    return name != null ? name : Doc.field(row, "name");
  }

  /**
   * Returns the portable status of a service row: {@code item_status} (a number — 1 ordered, 2 active,
   * 3 suspended, 4 deleted, 5 processing; an unpaid item stays in the cart and is no service, so
   * "ordered" means set-up pending — or Zomro's text such as "Activation in progress"), else
   * {@code status}; an {@code instance_status} of {@code error} means it failed.
   */
  static OrderStatus status(JsonNode row) {
    String instance = Doc.field(row, "instance_status");
    if (instance != null && instance.trim().equalsIgnoreCase("error")) {
      return OrderStatus.FAILED;
    }
    OrderStatus s = fromText(Doc.field(row, "item_status"));
    if (s == null) {
      s = fromText(Doc.field(row, "status"));
    }
    return s == null ? OrderStatus.UNKNOWN : s;
  }

  private static OrderStatus fromText(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim().toLowerCase(Locale.ROOT);
    switch (v) {
      case "1": return OrderStatus.PROCESSING; // ordered: paid from the cart, not yet opened
      case "2": return OrderStatus.ACTIVE;
      case "3": return OrderStatus.UNKNOWN; // suspended: no portable word; the provider's status is kept
      case "4": return OrderStatus.CANCELLED;
      case "5": return OrderStatus.PROCESSING;
      default: break;
    }
    if (v.contains("progress") || v.contains("processing") || v.contains("activation") || v.contains("creating")
        || v.contains("building")) {
      return OrderStatus.PROCESSING;
    }
    if (v.contains("deleted") || v.contains("cancel") || v.contains("closed")) {
      return OrderStatus.CANCELLED;
    }
    if (v.contains("suspend") || v.contains("stopped")) {
      return OrderStatus.UNKNOWN;
    }
    if (v.contains("ordered") || v.contains("unpaid") || v.contains("not paid") || v.contains("payment")) {
      return OrderStatus.PENDING_PAYMENT;
    }
    if (v.contains("active")) {
      return OrderStatus.ACTIVE;
    }
    return null;
  }

  static String providerStatus(JsonNode row) {
    String item = Doc.field(row, "item_status");
    String status = Doc.field(row, "status");
    String instance = Doc.field(row, "instance_status");
    StringBuilder b = new StringBuilder();
    if (item != null) {
      b.append(item);
    } else if (status != null) {
      b.append("status ").append(status);
    }
    if (instance != null) {
      b.append(b.length() > 0 ? " / " : "").append(instance);
    }
    return b.length() == 0 ? null : b.toString();
  }
}
