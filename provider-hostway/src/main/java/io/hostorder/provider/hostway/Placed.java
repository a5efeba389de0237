package io.hostorder.provider.hostway;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderLine;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.OrderStatus;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the portable {@link Order} of a submitted Hostway order, and reads {@code GET /orders/{id}}. */
final class Placed {
  private Placed() {}

  /** The order as it stands after {@code submit} answered 202: accepted, being provisioned. */
  static Order order(Connection connection, OrderRequest request, String orderId, List<OrderPlan.Product> plan,
      Map<String, String> products, Map<String, String> services) {
    Order.Builder b = Order.builder(OrderRef.of(orderId)).provider(HostwayProviderFactory.TYPE)
        .reference(request.reference()).status(OrderStatus.PROCESSING)
        .message("submitted (HTTP 202 Accepted)").promoCode(request.promoCode());
    for (OrderPlan.Product p : plan) {
      String productUrl = products.get(p.path());
      String productId = last(productUrl);
      b.addLine(OrderLine.builder(productId).name(p.displayName()).status(OrderStatus.PROCESSING)
          .providerId("path", p.path()).providerId("product", productUrl).providerId("offering", p.offering()).build());
      for (OrderPlan.Service s : p.services()) {
        String url = services.get(s.path());
        String parent = s.relatedTo() == null ? productId : last(services.get(s.relatedTo()));
        b.addLine(OrderLine.builder(last(url)).name(s.name()).status(OrderStatus.PROCESSING).parentId(parent)
            .providerId("path", s.path()).providerId("service", url)
            .providerId("serviceSpecification", s.specification()).build());
      }
    }
    return b.build();
  }

  /**
   * Reads the answer of {@code GET /orders/{id}}: capitalised keys and {@code links} as an object,
   * {@code {"order": {"Status": "new", "Account": "…"}, "links": {…}}}. Only {@code new} is documented;
   * any other status is kept as the provider's status beside {@link OrderStatus#UNKNOWN}.
   */
  static Order status(String orderId, JsonNode root) {
    JsonNode order = field(root, "order");
    JsonNode status = order == null ? null : field(order, "status");
    if (status == null || !status.isValueNode() || status.asText().isBlank()) {
      throw new ProviderErrorException("malformed", "GET /orders/" + orderId + " answered without order.Status");
    }
    String word = status.asText();
    Order.Builder b = Order.builder(OrderRef.of(orderId)).provider(HostwayProviderFactory.TYPE)
        .status(map(word)).providerStatus(word);
    JsonNode account = field(order, "account");
    if (account != null && account.isValueNode()) {
      b.message("account " + account.asText());
    }
    return b.build();
  }

  /** {@code new} (the only documented value: the order exists and is being handled) is PROCESSING. */
  static OrderStatus map(String word) {
    return word.trim().toLowerCase(Locale.ROOT).equals("new") ? OrderStatus.PROCESSING : OrderStatus.UNKNOWN;
  }

  private static JsonNode field(JsonNode node, String name) {
    if (node == null || !node.isObject()) return null;
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (f.equalsIgnoreCase(name)) return node.get(f);
    }
    return null;
  }

  private static String last(String url) {
    if (url == null) return "unknown";
    String u = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    return u.substring(u.lastIndexOf('/') + 1);
  }
}
