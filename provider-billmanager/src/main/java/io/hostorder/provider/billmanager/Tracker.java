package io.hostorder.provider.billmanager;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.core.model.Order;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the services one confirm created, in the list of the item's type: by {@code remoteid} where it
 * was sent and the list shows it; otherwise by the key the order was sent with ({@code domain} /
 * {@code servername}) when it is the one derived from the reference (unique to the order); otherwise — the
 * broker's own name, which older services may share — the rows with that key that were not listed before
 * the order's first committing request. An order is recorded only when exactly as many services as the
 * item's {@code quantity} are found; anything else is said, never guessed. Used by one thread at a time.
 */
final class Tracker {
  private final BillmanagerProvider provider;
  private final String itemType;
  private final String reference;
  private final boolean byRemoteid;
  private final String key;
  private final int quantity;
  private final Set<String> before;
  private final String promoCode;

  Tracker(BillmanagerProvider provider, String itemType, String reference, boolean byRemoteid, String key, int quantity,
      Set<String> before, String promoCode) {
    this.provider = provider;
    this.itemType = itemType;
    this.reference = reference;
    this.byRemoteid = byRemoteid;
    this.key = key;
    this.quantity = quantity;
    this.before = before;
    this.promoCode = promoCode;
  }

  /** What a look found: the order of every service, or why it could not be told, with the ids seen. */
  record Found(Order order, List<String> serviceIds, String why) {
    static Found missing(String why) {
      return new Found(null, List.of(), why);
    }

    boolean complete() {
      return order != null;
    }

    /** Returns {@code ids} with the service ids found so far added. */
    Map<String, String> withIds(Map<String, String> ids) {
      Map<String, String> out = new LinkedHashMap<>(ids);
      if (!serviceIds.isEmpty()) {
        out.put("service.ids", String.join(",", serviceIds));
      }
      return out;
    }
  }

  /** Lists the services (a reading request) and returns what belongs to this order. */
  Found look() {
    List<JsonNode> all = provider.services().list(itemType, new Step("find the new services", false, reference, null, Map.of()));
    boolean remoteidShown = all.stream().anyMatch(r -> Doc.field(r, "remoteid") != null);
    Services services = provider.services();
    List<JsonNode> mine = new ArrayList<>();
    if (byRemoteid && remoteidShown) {
      all.stream().filter(r -> reference.equals(Doc.field(r, "remoteid"))).forEach(mine::add);
    } else if (ServiceKey.derived(key, reference)) {
      all.stream().filter(r -> key.equals(services.key(r))).forEach(mine::add);
    } else if (before != null) {
      for (JsonNode row : all) {
        if (!before.contains(Doc.field(row, "id")) && key.equals(services.key(row))) {
          mine.add(row);
        }
      }
    } else {
      return Found.missing("its " + services.keyField() + " '" + key + "' is the broker's own name, and the services "
          + "listed before the order are not known, so its services cannot be told from older ones of that name");
    }
    List<String> ids = mine.stream().map(r -> Doc.field(r, "id")).toList();
    if (mine.size() == quantity) {
      return new Found(services.order(provider.type(), itemType, mine, promoCode, reference), ids, null);
    }
    if (mine.isEmpty()) {
      return Found.missing("none of its " + quantity + " service(s) is listed yet");
    }
    String why = mine.size() < quantity ? mine.size() + " of its " + quantity + " services are listed"
        : mine.size() + " new services match it where " + quantity + " were ordered, so which are this order's cannot be told";
    return new Found(null, ids, why);
  }
}
