package io.hostorder.provider.hostway;

import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderLine;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.OrderStatus;
import io.hostorder.core.model.Server;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the portable {@link Order} of a submitted Hostway order, and maps the order's own status word. */
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
      // Not read yet: the product's status word is unknown until GET …/products/{pid} (see OrderReader).
      String name = p.displayName() != null ? p.displayName() : p.services().isEmpty() ? null : p.services().get(0).name();
      Map<String, String> details = new java.util.LinkedHashMap<>();
      details.put("product", productUrl);
      details.put("offering", p.offering());
      if (p.partnerId() != null) details.put("partnerId", p.partnerId());
      b.addLine(OrderLine.builder(productId).name(p.displayName()).status(OrderStatus.PROCESSING)
          .providerId("path", p.path()).providerId("product", productUrl).providerId("offering", p.offering())
          .server(new Server(productId, name, List.of(), OrderStatus.PROCESSING, null, details)).build());
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

  /** {@code new} (the only documented value: the order exists and is being handled) is PROCESSING. */
  static OrderStatus map(String word) {
    return word.trim().toLowerCase(Locale.ROOT).equals("new") ? OrderStatus.PROCESSING : OrderStatus.UNKNOWN;
  }

  private static String last(String url) {
    if (url == null) return "unknown";
    String u = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    return u.substring(u.lastIndexOf('/') + 1);
  }
}
