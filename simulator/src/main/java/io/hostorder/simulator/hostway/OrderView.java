package io.hostorder.simulator.hostway;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hostorder.simulator.SimulatedAnswer;
import io.hostorder.simulator.hostway.OrderBook.OrderState;
import io.hostorder.simulator.hostway.OrderBook.ProductState;

/**
 * The answer to {@code GET /orders/{id}}: capitalised keys and {@code links} as an object, as the
 * OrderAPI notes show ({@code {"order": {"Status": "new", "Account": …}, "links": {"self": …}}}).
 * {@code Status} is {@code new} before and after submit: the only order status documented (inferred for a
 * submitted order; its progress is in its products' {@code status}). {@code Currency} and {@code
 * Products} are the simulator's own additions.
 */
final class OrderView {
  private OrderView() {}

  static SimulatedAnswer describe(OrderState order) {
    ObjectNode root = Replies.MAPPER.createObjectNode();
    ObjectNode o = root.putObject("order");
    o.put("Status", HostwaySimulator.STATUS_NEW);
    o.put("Account", order.account == null ? "" : order.account.accountNumber());
    if (order.account != null) {
      o.put("Currency", order.account.currency());
    }
    o.putArray("Products");
    for (ProductState p : order.products) {
      ObjectNode product = o.withArray("Products").addObject().put("Href", p.product.url())
          .put("Offering", p.product.offering());
      if (p.product.promoCode() != null) {
        product.put("PromoCode", p.product.promoCode());
      }
      if (p.product.displayName() != null) {
        product.put("DisplayName", p.product.displayName());
      }
      if (p.product.partnerId() != null) {
        product.put("PartnerId", p.product.partnerId());
      }
      product.putArray("Services");
      p.services.forEach(s -> {
        ObjectNode service = product.withArray("Services").addObject().put("Href", s.url())
            .put("Name", s.name()).put("ServiceSpecification", s.specification())
            .put("BillingCycle", s.billingCycle());
        if (s.promoCode() != null) {
          service.put("PromoCode", s.promoCode());
        }
      });
    }
    root.putObject("links").putObject("self").put("href", order.url);
    return Replies.json(200, root);
  }
}
