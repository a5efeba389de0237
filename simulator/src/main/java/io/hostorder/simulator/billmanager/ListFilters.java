package io.hostorder.simulator.billmanager;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code func={list}.filter} (e.g. {@code vds.filter}, {@code instances.filter}): the list filter, which
 * ISPsystem keeps per user until changed (API notes: "list filters are sticky per user"). With
 * {@code sok=ok} it replaces the user's filter of that list by the filter fields sent with a value; sent
 * with none, it clears it. Without {@code sok} it shows the filter. Filter fields are the list's columns
 * ({@link #FIELDS}); a row is listed when each filtered column equals the value. That submitting the form
 * empty clears the filter is this simulator's assumption (docs/simulator-billmanager.md). Called with the
 * state's monitor held.
 */
final class ListFilters {
  static final String SUFFIX = ".filter";
  static final String[] FIELDS = {"id", "domain", "name", "servername", "ip", "pricelist", "datacentername", "status",
      "item_status", "remoteid"};

  private final State state;

  ListFilters(State state) {
    this.state = state;
  }

  Node handle(Call call, String itemType, Node doc) {
    Params p = call.params();
    String key = key(call.actor().login, itemType);
    if (p.is("sok", "ok")) {
      Map<String, String> filter = new LinkedHashMap<>();
      for (String field : FIELDS) {
        if (p.nonBlank(field) != null) {
          filter.put(field, p.nonBlank(field));
        }
      }
      if (filter.isEmpty()) {
        state.listFilters.remove(key);
      } else {
        state.listFilters.put(key, filter);
      }
      return doc.add(new Node("ok"));
    }
    Map<String, String> filter = state.listFilters.getOrDefault(key, Map.of());
    for (String field : FIELDS) {
      doc.add(field, filter.getOrDefault(field, ""));
    }
    return doc;
  }

  /** Returns the filter of {@code login}'s list of {@code itemType} (empty when none). */
  static Map<String, String> of(State state, String login, String itemType) {
    return state.listFilters.getOrDefault(key(login, itemType), Map.of());
  }

  /**
   * Returns true when {@code row}'s column {@code field} is {@code value}: its text, or for {@code item_status}
   * also its code ({@code $orig}, e.g. {@code 2} or {@code 5_open}).
   */
  static boolean matches(Node row, String field, String value) {
    for (Node column : row.children()) {
      if (column.name().equals(field)
          && (value.equals(column.text()) || value.equals(column.attributes().get("orig")))) {
        return true;
      }
    }
    return false;
  }

  static String key(String login, String itemType) {
    return login + "/" + itemType;
  }
}
