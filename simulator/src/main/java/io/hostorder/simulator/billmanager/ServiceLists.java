package io.hostorder.simulator.billmanager;

import java.util.List;

/**
 * The list function of a product type ({@code func=vds}, {@code dedic}, …; {@code instances} for
 * Zomro): the acting client's services in {@code doc.elem}, paginated with {@code p_num} (from 1) and
 * {@code p_cnt}, the total in {@code p_elems}. Called with the state's monitor held.
 */
final class ServiceLists {
  /** Rows per page when {@code p_cnt} is not sent. */
  static final int DEFAULT_PAGE = 500;

  static final String[] FIELDS = {"p_num", "p_cnt", "elid"};

  private final State state;

  ServiceLists(State state) {
    this.state = state;
  }

  Node handle(Call call, String itemType, Node doc) {
    Params p = call.params();
    int num = positive(p, "p_num", 1);
    int cnt = positive(p, "p_cnt", DEFAULT_PAGE);
    String elid = p.nonBlank("elid");
    java.util.Map<String, String> filter = ListFilters.of(state, call.actor().login, itemType);
    List<Node> rows = state.services.stream()
        .filter(s -> s.login().equals(call.actor().login) && s.itemType().equals(itemType))
        .filter(s -> elid == null || Long.toString(s.id()).equals(elid))
        .map(this::row)
        .filter(row -> filter.entrySet().stream().allMatch(f -> f.getValue().equals(row.childText(f.getKey()))))
        .toList();
    long from = (long) (num - 1) * cnt;
    rows.stream().skip(from).limit(cnt).forEach(doc::add);
    doc.add("p_num", Integer.toString(num));
    doc.add("p_cnt", Integer.toString(cnt));
    doc.add("p_elems", Integer.toString(rows.size()));
    return doc;
  }

  private Node row(PlacedService s) {
    Node elem = new Node("elem");
    Tariff tariff = state.tariffs.get(s.pricelist());
    elem.add("id", Long.toString(s.id()));
    elem.add("name", tariff == null ? s.pricelist() : tariff.name());
    elem.add("pricelist", s.pricelist());
    elem.add("period", Integer.toString(s.period()));
    elem.add("cost", s.price().toPlainString());
    if (s.datacenter() != null) {
      elem.add("datacenter", s.datacenter());
    }
    // Status codes (API notes): 1 ordered, 2 active, 3 suspended, 4 deleted, 5 processing.
    String status = s.active() ? "2" : "1";
    elem.add("status", status);
    if (state.profile == Profile.ZOMRO) {
      if (s.servername() != null) {
        elem.add("servername", s.servername());
      }
      elem.add("item_status", s.active() ? "Active" : "Activation in progress");
      elem.add("instance_status", s.active() ? "active" : "creating");
    } else {
      elem.add("item_status", status);
    }
    if (s.remoteid() != null && state.listsRemoteid) {
      elem.add("remoteid", s.remoteid());
    }
    return elem;
  }

  private static int positive(Params p, String name, int fallback) {
    String raw = p.nonBlank(name);
    if (raw == null) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw);
      if (value >= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw Failure.value(name, "a whole number from 1");
  }
}
