package io.hostorder.provider.hostway;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.http.Failures;
import io.hostorder.core.model.Order;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Finds the order of a broker's reference by the {@code partnerId} hostorder gave each of its products: {@code GET
 * /accounts/{accountId}/products?filterPartnerId=<reference>&page=1&pageSize=400} (Hostway API wiki: the filter,
 * the paging with {@code pageSize} at most 400, and the {@code Authorization} header it needs). One page is read;
 * a fuller page, or a {@code next} link, means it could not look everywhere: an error, never "not found".
 *
 * <p>A product found names its order by its URL ({@code …/orders/{id}/account/products/{pid}} in its {@code
 * links}); each order found is then read with the credentials and without its {@code OwnerId}, which Hostway
 * allows only for a submitted order (a plain-text 401 is an open order, which orders nothing). One submitted order
 * is the answer; none is empty; more than one, or a product that names no order, is left to an operator (a
 * {@link ProviderErrorException}): nothing else is adopted. Thread-safe.
 */
final class PartnerIdLookup {
  static final int PAGE_SIZE = 400;
  private static final Pattern ORDER_PRODUCT = Pattern.compile(".*/orders/([A-Za-z0-9._~-]+)/account/products/[A-Za-z0-9._~-]+/?");

  private final Connection connection;
  private final OrderReader reader;

  PartnerIdLookup(Connection connection, OrderReader reader) {
    this.connection = connection;
    this.reader = reader;
  }

  Optional<Order> find(String reference, String account) {
    String step = "reconcile: products of account " + account + " with partnerId " + reference;
    Map<String, String> where = Map.of("reference", reference, "accountNumber", account);
    Answer a;
    try {
      a = Exchange.run(connection.api(new OwnerCookieJar()).accountProducts(account, reference, 1, PAGE_SIZE));
    } catch (IOException e) {
      throw Failures.io(e, false, reference, step, where);
    }
    String what = "GET /accounts/" + account + "/products";
    if (!a.successful()) {
      throw Exchange.read(a, what, connection.mapper(), connection.scrubber(null), where);
    }
    JsonNode root;
    try {
      root = connection.mapper().readTree(a.body());
    } catch (IOException e) {
      root = null;
    }
    JsonNode list = OrderReader.field(root, "list");
    if (list == null || !list.isArray()) {
      throw new ProviderErrorException("malformed", what + " answered without a list", where, null);
    }
    if (list.size() >= PAGE_SIZE || hasNext(OrderReader.field(root, "links"))) {
      throw new ProviderErrorException("incomplete", what + " has more than one page of products with partnerId '"
          + reference + "': reconcile could not look everywhere; an operator must decide", where, null);
    }
    Set<String> orders = new LinkedHashSet<>();
    for (JsonNode product : list) {
      JsonNode partnerId = OrderReader.field(product, "partnerId");
      if (partnerId == null || !reference.equals(partnerId.asText())) {
        continue; // the filter's answer is checked, not trusted: only an exact partnerId counts
      }
      String order = orderOf(product);
      if (order == null) {
        throw new ProviderErrorException("no-order-id", what + " holds a product with partnerId '" + reference
            + "' that names no order: an operator must decide (" + product + ")", where, null);
      }
      orders.add(order);
    }
    List<Order> submitted = new ArrayList<>();
    for (String orderId : orders) {
      reader.read(orderId, null, Map.of(), reference, "reconcile: order status", true).ifPresent(submitted::add);
    }
    if (submitted.size() > 1) {
      throw new ProviderErrorException("ambiguous", "the submitted orders " + submitted.stream().map(o -> o.ref().id())
          .toList() + " all hold products with partnerId '" + reference + "': an operator must decide which is the "
          + "reference's order", where, null);
    }
    return submitted.stream().findFirst();
  }

  private static String orderOf(JsonNode product) {
    JsonNode links = OrderReader.field(product, "links");
    if (links == null) return null;
    for (JsonNode link : links.isArray() ? links : List.of(links)) {
      JsonNode href = link.isTextual() ? link : OrderReader.field(link, "href");
      if (href == null || !href.isTextual()) continue;
      HttpUrl url = HttpUrl.parse(href.asText());
      Matcher m = ORDER_PRODUCT.matcher(url == null ? href.asText() : url.encodedPath());
      if (m.matches()) return m.group(1);
    }
    return null;
  }

  private static boolean hasNext(JsonNode links) {
    if (links == null || !links.isArray()) return false;
    for (JsonNode link : links) {
      JsonNode rel = OrderReader.field(link, "rel");
      if (rel != null && rel.asText().equalsIgnoreCase("next")) return true;
    }
    return false;
  }
}
