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
 * was sent and the list shows it, otherwise the rows that were not listed before the order's first
 * committing request, of the item's server name when it has one. An order is recorded only when exactly
 * as many services as the item's {@code quantity} are found; anything else is said, never guessed.
 * Used by one thread at a time.
 */
final class Tracker {
  private final BillmanagerProvider provider;
  private final String itemType;
  private final String reference;
  private final boolean byRemoteid;
  private final String name;
  private final int quantity;
  private final Set<String> before;
  private final String promoCode;

  Tracker(BillmanagerProvider provider, String itemType, String reference, boolean byRemoteid, String name, int quantity,
      Set<String> before, String promoCode) {
    this.provider = provider;
    this.itemType = itemType;
    this.reference = reference;
    this.byRemoteid = byRemoteid;
    this.name = name;
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
    List<JsonNode> mine = new ArrayList<>();
    if (byRemoteid && remoteidShown) {
      all.stream().filter(r -> reference.equals(Doc.field(r, "remoteid"))).forEach(mine::add);
    } else if (before != null) {
      for (JsonNode row : all) {
        String id = Doc.field(row, "id");
        if (!before.contains(id) && (name == null || name.equals(Services.name(row)))) {
          mine.add(row);
        }
      }
    } else if (!all.isEmpty()) {
      return Found.missing("the list of " + itemType + " shows no remoteid, so this order's services cannot be told "
          + "from others (see docs/billmanager.md: send-remoteid=false tracks them by the list before the order)");
    }
    List<String> ids = mine.stream().map(r -> Doc.field(r, "id")).toList();
    if (mine.size() == quantity) {
      return new Found(provider.services().order(provider.type(), itemType, mine, promoCode), ids, null);
    }
    if (mine.isEmpty()) {
      return Found.missing("none of its " + quantity + " service(s) is listed yet");
    }
    String why = mine.size() < quantity ? mine.size() + " of its " + quantity + " services are listed"
        : mine.size() + " new services match it where " + quantity + " were ordered, so which are this order's cannot be told";
    return new Found(null, ids, why);
  }
}
