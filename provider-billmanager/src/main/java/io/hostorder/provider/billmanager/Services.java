package io.hostorder.provider.billmanager;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderLine;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderStatus;
import io.hostorder.core.model.Server;
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
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Services.class);
  private static final int PAGE = 100;
  private static final int MAX_PAGES = 1000;
  /** The code of the error saying a list could not be read whole. */
  static final String LIST_INCOMPLETE = "list-incomplete";

  private final Transport transport;
  private final ItemForm form;
  private final String defaultType;
  private final String configuredListFunction;
  /** False once the host was seen listing rows its filter should have left out. */
  private volatile boolean filtersWork = true;

  Services(Transport transport, ItemForm form, String defaultType, String configuredListFunction) {
    this.transport = transport;
    this.form = form;
    this.defaultType = defaultType;
    this.configuredListFunction = configuredListFunction;
  }

  /**
   * Returns the function that lists the services of {@code itemType}: the configured {@code list-function}
   * for the configured item type (some hosts list VPS with {@code vds.vps}), else the form's.
   */
  String listFunction(String itemType) {
    return configuredListFunction != null && itemType.equals(defaultType) ? configuredListFunction : form.listFunction(itemType);
  }

  /** Returns the list column that holds the key hostorder sets ({@code domain}, {@code servername}). */
  String keyField() {
    return form.keyField();
  }

  /** Returns the key of a row: its {@link #keyField()} value, or null. */
  String key(JsonNode row) {
    String key = Doc.field(row, form.keyField());
    return key == null || key.isBlank() ? null : key.trim();
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
    return pages(itemType, step);
  }

  /**
   * Returns the rows of the list of {@code itemType} whose column {@code field} is {@code value}, by one
   * targeted read whatever the account's size: the list's filter set to {@code field=value}
   * ({@code func={list}.filter}, {@code sok=ok}), the list, then the filter reset, 3 requests where a read
   * of the whole list takes one per 100 services. Filters are sticky per user and may be changed by
   * another session between the set and the read, or ignored by a host; so the filtered answer counts only
   * when every row it lists matches: a row that does not, no row at all, or a filter the host refuses
   * falls back to {@link #list} (the whole list, its filter reset), so that no service is ever missed
   * because of a filter. A host seen ignoring the filter is not asked to filter again by this instance.
   */
  List<JsonNode> listWhere(String itemType, String field, String value, Step step) {
    if (!filtersWork) {
      return matching(list(itemType, step), field, value);
    }
    Form set = new Form().add("func", listFunction(itemType) + ".filter").add(field, value).add("sok", "ok");
    try {
      transport.call(set, step);
    } catch (InvalidOrderException | ProviderErrorException e) {
      filtersWork = false;
      return matching(list(itemType, step), field, value);
    }
    List<JsonNode> rows;
    try {
      rows = pages(itemType, step);
    } finally {
      try {
        resetFilter(itemType, step);
      } catch (RuntimeException e) {
        // The next list of any hostorder resets it first; a panel user would see the list filtered.
        LOG.warn("the filter of {} could not be reset after a targeted read: {}", listFunction(itemType), e.getMessage());
      }
    }
    List<JsonNode> matching = matching(rows, field, value);
    if (!rows.isEmpty() && matching.size() == rows.size()) {
      return matching;
    }
    if (rows.size() > 1 && matching.size() < rows.size()) {
      filtersWork = matching.isEmpty() ? filtersWork : false;
    }
    // Nothing listed proves nothing (the filter may have been another session's), nor do rows of another value.
    return matching(list(itemType, step), field, value);
  }

  private static List<JsonNode> matching(List<JsonNode> rows, String field, String value) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode row : rows) {
      String v = Doc.field(row, field);
      if (v != null && value.equals(v.trim())) {
        out.add(row);
      }
    }
    return out;
  }

  /** Reads every page of the list of {@code itemType} as it is filtered now. */
  private List<JsonNode> pages(String itemType, Step step) {
    List<JsonNode> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int page = 1; ; page++) {
      if (page > MAX_PAGES) {
        throw incomplete(itemType, step, "it has more than " + MAX_PAGES + " pages of " + PAGE + " rows");
      }
      Form op = new Form().add("func", listFunction(itemType))
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
    Form op = new Form().add("func", listFunction(itemType) + ".filter").add("sok", "ok");
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
    details.put("list", listFunction(itemType));
    return new ProviderErrorException(LIST_INCOMPLETE, "the list " + listFunction(itemType) + " could not be read whole, so "
        + step.name() + " did not look at every service: " + why, details, null);
  }

  /** Returns the order reference of service {@code id} of {@code itemType}. */
  OrderRef ref(String itemType, String id) {
    return OrderRef.of(itemType.equals(defaultType) ? id : itemType + ":" + id);
  }

  /**
   * Returns the reference of an order known by its key rather than its service ids: {@code domain=KEY}
   * (Zomro: {@code servername=KEY}), {@code TYPE:domain=KEY} for another item type. A {@code =} never occurs
   * in a service id or an item type, so the two kinds of ref cannot be confused.
   */
  OrderRef keyRef(String itemType, String key) {
    String id = keyField() + "=" + key;
    return OrderRef.of(itemType.equals(defaultType) ? id : itemType + ":" + id);
  }

  /**
   * Returns {@code order} under the ref its checkout gave ({@link #keyRef}) when it was sent with the key
   * derived from {@code reference}, else {@code order} as it is (its ref the first service id).
   */
  Order knownByKey(Order order, String itemType, String key, String reference) {
    return ServiceKey.derived(key, reference) ? order.toBuilder().ref(keyRef(itemType, key)).build() : order;
  }

  /** Returns the key of a ref made by {@link #keyRef}, or null for a service id ref. */
  String keyOf(String idPart) {
    String prefix = keyField() + "=";
    return idPart.startsWith(prefix) ? idPart.substring(prefix.length()) : null;
  }

  /** Returns {@code ref} split into item type and service id. */
  String[] parse(OrderRef ref) {
    String id = ref.id();
    int colon = id.indexOf(':');
    return colon < 0 ? new String[] {defaultType, id} : new String[] {id.substring(0, colon), id.substring(colon + 1)};
  }

  /**
   * Returns the order made of {@code rows} (one service each, the first one's id as the order's), each line
   * with the {@link Server} its row describes. {@code reference} is the broker's reference when the caller
   * knows it (found by the key derived from it, or by {@code remoteid}); otherwise a listed {@code remoteid}.
   */
  Order order(String provider, String itemType, List<JsonNode> rows, String promoCode, String reference) {
    JsonNode first = rows.get(0);
    List<OrderLine> lines = new ArrayList<>();
    for (JsonNode row : rows) {
      OrderLine.Builder line = OrderLine.builder(Doc.field(row, "id")).name(name(row)).status(status(row))
          .providerStatus(providerStatus(row)).providerId("item-type", itemType).server(server(row));
      if (Doc.field(row, "remoteid") != null) {
        line.providerId("remoteid", Doc.field(row, "remoteid"));
      }
      String key = key(row);
      if (key != null) {
        line.providerId(keyField(), key);
      }
      lines.add(line.build());
    }
    String ref = reference != null ? reference : Doc.field(first, "remoteid");
    return Order.builder(ref(itemType, Doc.field(first, "id"))).provider(provider).reference(ref)
        .status(orderStatus(lines)).providerStatus(providerStatus(first)).promoCode(promoCode).lines(lines).build();
  }

  /** An order of several services is ACTIVE when all are, else the first line's status. */
  private static OrderStatus orderStatus(List<OrderLine> lines) {
    boolean allActive = lines.stream().allMatch(l -> l.status() == OrderStatus.ACTIVE);
    if (allActive) {
      return OrderStatus.ACTIVE;
    }
    for (OrderLine l : lines) {
      if (l.status() == OrderStatus.PROCESSING) {
        return OrderStatus.PROCESSING;
      }
    }
    return lines.get(0).status() == OrderStatus.ACTIVE ? OrderStatus.PROCESSING : lines.get(0).status();
  }

  /** The columns a row may carry besides id, key, ip and statuses, kept as the server's details (documented names). */
  private static final String[] DETAILS = {"pricelist", "datacentername", "createdate", "expiredate", "ostempl",
      "autoprolong", "cost", "status_msg", "instance_status", "account", "project", "processingmodule"};

  /** Returns the server a list row describes: id, name (domain / servername), IP addresses, statuses, the other columns. */
  static Server server(JsonNode row) {
    Map<String, String> details = new LinkedHashMap<>();
    for (String column : DETAILS) {
      String v = Doc.field(row, column);
      if (v != null && !v.isBlank()) {
        details.put(column, v.trim());
      }
    }
    return new Server(Doc.field(row, "id"), name(row), ips(row), status(row), providerStatus(row), details);
  }

  /** Returns the IP addresses of a row: {@code ip} (a value, repeated elements, or several in one text). */
  static List<String> ips(JsonNode row) {
    List<String> out = new ArrayList<>();
    for (String column : new String[] {"ip", "ipv6"}) {
      for (JsonNode n : Doc.all(row == null ? null : row.get(column))) {
        String text = Doc.text(n);
        if (text == null) {
          continue;
        }
        for (String part : text.split("[\\s,;]+")) {
          if (!part.isBlank() && !out.contains(part.trim())) {
            out.add(part.trim());
          }
        }
      }
    }
    return out;
  }

  /** Returns the name of a row: Zomro's {@code servername}, BILLmanager's {@code domain}, else {@code name}. */
  static String name(JsonNode row) {
    for (String column : new String[] {"servername", "domain", "name"}) {
      String v = Doc.field(row, column);
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return null;
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
    OrderStatus s = fromCode(Doc.attr(row.get("item_status"), "orig"));
    if (s == null) {
      s = fromText(Doc.field(row, "item_status"));
    }
    if (s == null) {
      s = fromText(Doc.field(row, "status"));
    }
    return s == null ? OrderStatus.UNKNOWN : s;
  }

  /**
   * Returns the status of an {@code item_status} code ({@code $orig}: {@code 2}, or {@code 5_open},
   * {@code 3_autosuspend}: the number before the underscore), or null when it is not one.
   */
  private static OrderStatus fromCode(String orig) {
    if (orig == null) {
      return null;
    }
    String number = orig.trim().split("_", 2)[0];
    return number.matches("[1-5]") ? fromText(number) : null;
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
    String orig = Doc.attr(row.get("item_status"), "orig");
    if (item != null && orig != null && !orig.equals(item)) {
      item = item + " (" + orig + ")";
    }
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
