package io.hostorder.provider.billmanager;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderLine;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lists the placed services of one product type with its list function ({@code func=vds},
 * {@code func=instances}, …), page by page ({@code p_num}, {@code p_cnt}, total in {@code p_elems}), and
 * turns rows into portable {@link Order}s. A service's order reference is its id; a service of another
 * type than the instance's default is written {@code TYPE:ID}. Thread-safe.
 */
final class Services {
  private static final int PAGE = 100;
  private static final int MAX_PAGES = 1000;
  /** The code of the error saying a list could not be read whole. */
  static final String LIST_INCOMPLETE = "list-incomplete";

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

  /**
   * Returns every row of the list of {@code itemType}, having first reset the list's filter: ISPsystem
   * list filters persist per user (API notes), so a filter set in the panel would hide rows. Reads every
   * page; a list that cannot be read whole (a page repeating rows already read, fewer rows than
   * {@code p_elems} promises, more than {@value #MAX_PAGES} pages) is an error, never a shorter list.
   *
   * @throws ProviderErrorException with code {@code list-incomplete} when not every row could be read
   */
  List<JsonNode> list(String itemType, Step step) {
    resetFilter(itemType, step);
    List<JsonNode> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int page = 1; ; page++) {
      if (page > MAX_PAGES) {
        throw incomplete(itemType, step, "it has more than " + MAX_PAGES + " pages of " + PAGE + " rows");
      }
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
      Long expected = total != null && total.trim().matches("\\d{1,18}") ? Long.valueOf(total.trim()) : null;
      if (expected != null && rows.size() >= expected) {
        return rows;
      }
      if (elems.size() < PAGE) {
        if (expected != null) {
          throw incomplete(itemType, step, "page " + page + " ended it at " + rows.size() + " rows with an id, but p_elems is "
              + expected);
        }
        return rows;
      }
      if (added == 0) {
        throw incomplete(itemType, step, "page " + page + " repeated rows already read");
      }
    }
  }

  /**
   * Resets the sticky filter of the list of {@code itemType}: {@code func={list}.filter} with
   * {@code sok=ok} and no filter field, i.e. the filter form submitted empty. This is an assumption (no
   * document of ours gives the reset; see docs/billmanager.md). A host without the filter function
   * ({@code missed}/{@code func}) has no filter to reset; any other error document means the list may be
   * filtered, so the look would not be complete. Authentication and transport errors are thrown as they are.
   */
  private void resetFilter(String itemType, Step step) {
    Form op = new Form().add("func", form.listFunction(itemType) + ".filter").add("sok", "ok");
    try {
      transport.call(op, step);
    } catch (InvalidOrderException e) {
      // A filter field it refuses: the filter may still be set.
      throw incomplete(itemType, step, "its filter could not be reset (" + e.getMessage() + ")");
    } catch (ProviderErrorException e) {
      if (!"missed/func".equals(e.code())) {
        throw incomplete(itemType, step, "its filter could not be reset (" + e.getMessage() + ")");
      }
    }
  }

  private ProviderErrorException incomplete(String itemType, Step step, String why) {
    Map<String, String> details = new LinkedHashMap<>(step.ids());
    if (step.reference() != null) {
      details.put("reference", step.reference());
    }
    details.put("list", form.listFunction(itemType));
    return new ProviderErrorException(LIST_INCOMPLETE, "the list " + form.listFunction(itemType) + " could not be read whole, so "
        + step.name() + " did not look at every service: " + why, details, null);
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
