package io.hostorder.simulator.billmanager;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The list function of a product type ({@code func=vds}, {@code dedic}, …; {@code instances} for
 * Zomro; renamed with {@code listFunction}): the acting client's services in {@code doc.elem}, paginated
 * with {@code p_num} (from 1) and {@code p_cnt}, the total in {@code p_elems}. Rows carry the columns the
 * API notes document ({@code domain, ip, id, pricelist, datacentername, createdate, expiredate, autoprolong,
 * item_status, cost}, plus {@code status}; Zomro: {@code name}, {@code servername}, {@code instance_status});
 * an empty list has no {@code elem}. Called with the state's monitor held.
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
    Map<String, String> filter = ListFilters.of(state, call.actor().login, itemType);
    List<Node> rows = state.services.stream()
        .filter(s -> s.login().equals(call.actor().login) && s.itemType().equals(itemType))
        .filter(s -> elid == null || Long.toString(s.id()).equals(elid))
        .map(this::row)
        .filter(row -> filter.entrySet().stream().allMatch(f -> ListFilters.matches(row, f.getKey(), f.getValue())))
        .toList();
    long from = (long) (num - 1) * cnt;
    rows.stream().skip(from).limit(cnt).forEach(doc::add);
    doc.add("p_num", Integer.toString(num));
    doc.add("p_cnt", Integer.toString(cnt));
    doc.add("p_elems", Integer.toString(rows.size()));
    return doc;
  }

  private Node row(PlacedService s) {
    boolean zomro = state.profile == Profile.ZOMRO;
    Node elem = new Node("elem");
    Tariff tariff = state.tariffs.get(s.pricelist());
    elem.add("id", Long.toString(s.id()));
    if (zomro) {
      // Zomro notes: id, name, servername. That name repeats the server name is this simulator's choice.
      elem.add("name", s.servername());
      elem.add("servername", s.servername());
    } else {
      elem.add("domain", s.domain());
    }
    if (s.ip() != null) {
      elem.add("ip", s.ip());
    }
    elem.add("pricelist", tariff == null ? s.pricelist() : tariff.name());
    String datacenter = s.datacenter() == null || tariff == null ? null : tariff.datacenters().get(s.datacenter());
    if (datacenter != null) {
      elem.add("datacentername", datacenter);
    }
    LocalDate created = LocalDate.ofInstant(s.created(), ZoneOffset.UTC);
    elem.add("createdate", created.toString());
    if (state.createdateTwice) {
      elem.add("createdate", created.toString()); // API notes: createdate may come twice (an array)
    }
    LocalDate expires = s.period() == Periods.DAILY ? created.plusDays(1) : created.plusMonths(Math.max(1, s.period()));
    elem.add("expiredate", expires.toString());
    elem.add("autoprolong", "on".equals(s.fields().get("autoprolong")) ? "on" : "off");
    elem.add("cost", s.price().toPlainString() + " " + state.currency);
    elem.add("status", Integer.toString(s.status()));
    elem.add(itemStatus(s.status(), zomro));
    if (zomro) {
      elem.add("instance_status", switch (s.status()) {
        case PlacedService.ACTIVE -> "active";
        case PlacedService.DELETED -> "deleted";
        default -> "creating";
      });
    }
    if (s.remoteid() != null && state.listsRemoteid) {
      elem.add("remoteid", s.remoteid());
    }
    return elem;
  }

  /**
   * {@code item_status} as real rows carry it (API notes): {@code {"$orig": "2", "$": "Active", "$color": "green"}},
   * processing {@code 5_open} ("Activation in progress" on Zomro, whose notes give that text). The colours other
   * than green and the texts other than "Active" and "Activation in progress" are this simulator's choice.
   */
  private static Node itemStatus(int status, boolean zomro) {
    Node node = new Node("item_status");
    return switch (status) {
      case PlacedService.ACTIVE -> node.attr("orig", "2").attr("color", "green").text("Active");
      case PlacedService.DELETED -> node.attr("orig", "4").attr("color", "red").text("Deleted");
      default -> zomro
          ? node.attr("orig", "5").attr("color", "yellow").text("Activation in progress")
          : node.attr("orig", "5_open").attr("color", "yellow").text("Processing");
    };
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
