package io.hostorder.provider.hostway;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.core.commit.AnswerRule;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.http.Failures;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderLine;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderStatus;
import io.hostorder.core.model.Server;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import retrofit2.Call;

/**
 * Reads one Hostway order as the broker sees it: {@code GET /orders/{id}} (the order's own {@code Status}, of
 * which only {@code new} is documented), then, where the {@code Authorization} header is configured, {@code GET
 * /orders/{id}/account/products/{pid}} of each of its products, whose {@code status} (new, pending, open,
 * suspended, close_pending, closed, purge_pending — Hostway API wiki) gives the order's and its lines' status.
 * The products are those this instance placed, those a journal recorded, and those the order's answer names.
 * Only reads. Thread-safe.
 */
final class OrderReader {
  /** One product's answer. */
  record ProductRead(String id, String url, String status, String displayName, String partnerId, String offering,
      String services) {}

  private final Connection connection;

  OrderReader(Connection connection) {
    this.connection = connection;
  }

  /**
   * Returns order {@code orderId}, read with {@code owner} (its {@code OwnerId}, or null: then only the configured
   * credentials give access). When {@code plainUnauthorizedIsOpen}, the plain-text 401 that Hostway answers
   * without the order's {@code OwnerId} is an order never submitted: empty.
   *
   * @param recorded ids a journal recorded ({@code product items[0]} and {@code service …} URLs), may be empty
   * @param reference the broker's reference when known, or null
   */
  Optional<Order> read(String orderId, String owner, Map<String, String> recorded, String reference, String step,
      boolean plainUnauthorizedIsOpen) {
    OwnerCookieJar jar = owner == null ? new OwnerCookieJar() : OwnerCookieJar.holding(connection.baseUrl(), owner);
    HostwayApi api = connection.api(jar);
    Map<String, String> where = Map.of("orderId", orderId);
    Answer a = run(api.order(orderId), orderId, step, where);
    if (plainUnauthorizedIsOpen && a.code() == 401 && !AnswerRule.isHtml(a.contentType(), a.body())
        && (a.contentType() == null || a.contentType().toLowerCase(Locale.ROOT).startsWith("text/plain"))) {
      return Optional.empty();
    }
    JsonNode order = field(json(a, "GET /orders/" + orderId, owner, where), "order");
    JsonNode status = field(order, "status");
    if (status == null || !status.isValueNode() || status.asText().isBlank()) {
      throw new ProviderErrorException("malformed", "GET /orders/" + orderId + " answered without order.Status");
    }
    Order placed = connection.placed(orderId).orElse(null);
    Map<String, String> products = products(orderId, placed, recorded, order);
    Map<String, ProductRead> reads = new LinkedHashMap<>();
    if (connection.settings().authHeaderValue() != null) {
      for (Map.Entry<String, String> p : products.entrySet()) {
        reads.put(p.getKey(), product(api, orderId, p.getKey(), p.getValue(), owner, step));
      }
    }
    String word = status.asText();
    Order.Builder b = Order.builder(OrderRef.of(orderId)).provider(HostwayProviderFactory.TYPE).providerStatus(word);
    List<OrderStatus> statuses = new ArrayList<>();
    reads.values().forEach(r -> statuses.add(ProductStatus.map(r.status())));
    b.status(reads.isEmpty() ? Placed.map(word) : ProductStatus.of(statuses));
    JsonNode account = field(order, "account");
    String message = account != null && account.isValueNode() && !account.asText().isBlank()
        ? "account " + account.asText() : null;
    if (!reads.isEmpty()) {
      message = (message == null ? "" : message + "; ") + "products "
          + String.join(", ", reads.values().stream().map(ProductRead::status).toList());
    }
    b.message(message);
    String partnerId = reads.values().stream().map(ProductRead::partnerId).filter(p -> p != null).findFirst().orElse(null);
    b.reference(reference != null ? reference : placed != null && placed.reference() != null ? placed.reference() : partnerId);
    if (placed != null) {
      b.promoCode(placed.promoCode());
      keptLines(placed, reads).forEach(b::addLine);
    } else {
      linesFrom(products, reads, recorded, order).forEach(b::addLine);
    }
    return Optional.of(b.build());
  }

  /** The product URLs of the order by product id: placed, recorded, then named by the order's answer. */
  private static Map<String, String> products(String orderId, Order placed, Map<String, String> recorded, JsonNode order) {
    Pattern own = Pattern.compile(".*/orders/" + Pattern.quote(orderId) + "/account/products/([A-Za-z0-9._~-]+)/?");
    Map<String, String> out = new LinkedHashMap<>();
    if (placed != null) {
      placed.lines().forEach(l -> {
        String url = l.providerIds().get("product");
        if (url != null) out.put(l.id(), url);
      });
    }
    recorded.forEach((k, url) -> {
      if (k.startsWith("product ")) id(own, url).ifPresent(id -> out.putIfAbsent(id, url));
    });
    JsonNode list = field(order, "products");
    if (list != null && list.isArray()) {
      for (JsonNode p : list) {
        JsonNode href = field(p, "href");
        if (href != null && href.isTextual()) id(own, href.asText()).ifPresent(id -> out.putIfAbsent(id, href.asText()));
      }
    }
    return out;
  }

  private ProductRead product(HostwayApi api, String orderId, String id, String url, String owner, String step) {
    String what = "GET /orders/" + orderId + "/account/products/" + id;
    Map<String, String> where = Map.of("orderId", orderId, "product", url);
    JsonNode p = json(run(api.product(orderId, id), orderId, step, where), what, owner, where);
    JsonNode status = field(p, "status");
    if (status == null || !status.isValueNode() || status.asText().isBlank()) {
      throw new ProviderErrorException("malformed", what + " answered without status", where, null);
    }
    return new ProductRead(id, url, status.asText(), text(p, "displayName"), text(p, "partnerId"), text(p, "offering"),
        text(p, "services"));
  }

  /** The lines checkout returned, each product line (and its services) with the product's status as read. */
  private static List<OrderLine> keptLines(Order placed, Map<String, ProductRead> reads) {
    List<OrderLine> out = new ArrayList<>();
    ProductRead current = null;
    for (OrderLine l : placed.lines()) {
      if (l.providerIds().containsKey("product")) {
        current = reads.get(l.id());
        if (current == null) {
          out.add(l);
          continue;
        }
        String name = current.displayName() != null ? current.displayName()
            : l.server() != null ? l.server().name() : l.name();
        out.add(l.toBuilder().status(ProductStatus.map(current.status())).providerStatus(current.status())
            .server(server(current, name)).build());
      } else {
        out.add(current == null ? l : l.toBuilder().status(ProductStatus.map(current.status())).build());
      }
    }
    return out;
  }

  /** Lines of an order this instance did not place: a line for each product, and the services recorded or named. */
  private static List<OrderLine> linesFrom(Map<String, String> products, Map<String, ProductRead> reads,
      Map<String, String> recorded, JsonNode order) {
    Map<String, String> pathOf = new LinkedHashMap<>();
    recorded.forEach((k, url) -> {
      if (k.startsWith("product ")) pathOf.put(url, k.substring("product ".length()));
    });
    Map<String, JsonNode> named = new LinkedHashMap<>();
    JsonNode list = field(order, "products");
    if (list != null && list.isArray()) {
      for (JsonNode p : list) {
        JsonNode href = field(p, "href");
        if (href != null && href.isTextual()) named.put(last(href.asText()), p);
      }
    }
    List<OrderLine> out = new ArrayList<>();
    for (Map.Entry<String, String> p : products.entrySet()) {
      String id = p.getKey();
      ProductRead read = reads.get(id);
      String path = pathOf.get(p.getValue());
      List<OrderLine> services = new ArrayList<>();
      Map<String, String> serviceIds = new LinkedHashMap<>();
      if (path != null) {
        recorded.forEach((k, url) -> {
          String sp = k.startsWith("service ") ? k.substring("service ".length()) : null;
          if (sp != null && (sp.equals(path) || sp.startsWith(path + "."))) serviceIds.put(sp, last(url));
        });
        recorded.forEach((k, url) -> {
          String sp = k.startsWith("service ") ? k.substring("service ".length()) : null;
          if (sp == null || !serviceIds.containsKey(sp)) return;
          String parent = sp.equals(path) ? id : serviceIds.getOrDefault(sp.substring(0, sp.lastIndexOf('.')), id);
          services.add(OrderLine.builder(last(url)).status(lineStatus(read)).parentId(parent)
              .providerId("path", sp).providerId("service", url).build());
        });
      }
      String serverName = null;
      JsonNode mine = named.get(id);
      JsonNode named0 = mine == null ? null : field(mine, "services");
      if (named0 != null && named0.isArray()) {
        for (JsonNode s : named0) {
          JsonNode href = field(s, "href");
          JsonNode name = field(s, "name");
          if (serverName == null && name != null && name.isTextual()) serverName = name.asText();
          if (path == null && href != null && href.isTextual()) {
            services.add(OrderLine.builder(last(href.asText())).name(name == null ? null : name.asText())
                .status(lineStatus(read)).parentId(id).providerId("service", href.asText()).build());
          }
        }
      }
      String name = read != null && read.displayName() != null ? read.displayName() : serverName;
      OrderLine.Builder line = OrderLine.builder(id).name(name).status(lineStatus(read)).providerId("product", p.getValue());
      if (path != null) line.providerId("path", path);
      if (read != null) {
        line.providerStatus(read.status()).server(server(read, name));
        if (read.offering() != null) line.providerId("offering", read.offering());
      }
      out.add(line.build());
      out.addAll(services);
    }
    return out;
  }

  private static OrderStatus lineStatus(ProductRead read) {
    return read == null ? OrderStatus.UNKNOWN : ProductStatus.map(read.status());
  }

  /**
   * The server behind a product line: the product id, its display name (or its server service's name), its status
   * and status word. Hostway documents no IP address for a product, so there is none.
   */
  static Server server(ProductRead read, String name) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("product", read.url());
    if (read.offering() != null) details.put("offering", read.offering());
    if (read.partnerId() != null) details.put("partnerId", read.partnerId());
    if (read.services() != null) details.put("services", read.services());
    return new Server(read.id(), name, List.of(), ProductStatus.map(read.status()), read.status(), details);
  }

  private Answer run(Call<okhttp3.ResponseBody> call, String orderId, String step, Map<String, String> where) {
    try {
      return Exchange.run(call);
    } catch (IOException e) {
      throw Failures.io(e, false, orderId, step, where);
    }
  }

  private JsonNode json(Answer a, String what, String owner, Map<String, String> where) {
    if (!a.successful()) {
      throw Exchange.read(a, what, connection.mapper(), connection.scrubber(owner), where);
    }
    try {
      JsonNode root = connection.mapper().readTree(a.body());
      if (root == null || !root.isObject()) throw new IOException("not an object");
      return root;
    } catch (IOException e) {
      throw new ProviderErrorException("malformed", what + " answered with a body that is not a JSON object", where, null);
    }
  }

  static JsonNode field(JsonNode node, String name) {
    if (node == null || !node.isObject()) return null;
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (f.equalsIgnoreCase(name)) return node.get(f);
    }
    return null;
  }

  private static String text(JsonNode node, String name) {
    JsonNode v = field(node, name);
    return v != null && v.isValueNode() && !v.isNull() && !v.asText().isBlank() ? v.asText() : null;
  }

  private static Optional<String> id(Pattern own, String url) {
    HttpUrl parsed = HttpUrl.parse(url);
    Matcher m = own.matcher(parsed == null ? url : parsed.encodedPath());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  static String last(String url) {
    String u = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    return u.substring(u.lastIndexOf('/') + 1);
  }
}
