package com.example.hostorder.starter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderValidator;
import io.hostorder.core.cart.LocalCart;
import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.commit.PendingOutcomes;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderLine;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.OrderStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Starter Cloud provider. The API has no cart of its own: core's {@link LocalCart} keeps it, and checkout
 * sends the whole order in one {@code POST /v1/orders}. Safe for concurrent use.
 */
final class StarterProvider implements OrderProvider {
  /** The plans Starter Cloud sells. */
  static final List<String> PLANS = List.of("starter-1", "starter-2", "starter-3");

  private final StarterApi api;
  /** The references whose create had an unknown outcome: no cart of this instance creates them again. */
  private final PendingOutcomes pending = new PendingOutcomes();

  StarterProvider(StarterApi api) {
    this.api = api;
  }

  @Override
  public String type() {
    return StarterProviderFactory.TYPE;
  }

  @Override
  public Capabilities capabilities() {
    return StarterProviderFactory.CAPABILITIES;
  }

  /** The portable checks (by the capabilities), then Starter Cloud's own: a plan it sells, a name. */
  @Override
  public List<Violation> validate(OrderRequest order) {
    List<Violation> out = new ArrayList<>(OrderValidator.validate(order, capabilities()));
    for (int i = 0; i < order.items().size(); i++) {
      OrderItem item = order.items().get(i);
      if (item.plan() != null && !PLANS.contains(item.plan())) {
        out.add(new Violation("items[" + i + "].plan", "Starter Cloud sells no plan '" + item.plan() + "'; plans: " + PLANS));
      }
      if (item.name() == null || item.name().isBlank()) {
        out.add(new Violation("items[" + i + "].name", "Starter Cloud needs a server name"));
      }
      // What the API has no field for is refused, never dropped: a broker must not get less than ordered.
      String path = "items[" + i + "].";
      refuse(out, path + "region", item.region() != null);
      refuse(out, path + "image", item.image() != null);
      refuse(out, path + "resources", item.resources() != null);
      refuse(out, path + "addons", !item.addons().isEmpty());
      refuse(out, path + "options", !item.options().isEmpty());
    }
    return out;
  }

  private static void refuse(List<Violation> out, String field, boolean given) {
    if (given) {
      out.add(new Violation(field, "Starter Cloud's order has no such field; leave it out"));
    }
  }

  @Override
  public Cart newCart(String reference) {
    return newCart(reference, OrderTrail.NONE);
  }

  /**
   * The API has no cart: core's {@link LocalCart} keeps the items, looks the order up by its reference before
   * creating it, sends the one {@code POST /v1/orders} at most once, remembers the order placed and, after an
   * outcome unknown, throws that same error again instead of sending the order a second time.
   */
  @Override
  public Cart newCart(String reference, OrderTrail trail) {
    return LocalCart.builder(this, reference).trail(trail, pending).step("create order")
        .create((items, promoCode) -> order(api.createOrder(body(reference, items), reference))).build();
  }

  /** Returns true: the cart tells a journal about the create before and after it is sent. */
  @Override
  public boolean reportsTrail() {
    return true;
  }

  /** The body of {@code POST /v1/orders}: {@code {"reference", "items": [{"plan", "name", "ssh_key_id"}]}}. */
  private ObjectNode body(String reference, List<OrderItem> items) {
    ObjectNode body = api.mapper().createObjectNode().put("reference", reference);
    ArrayNode array = body.putArray("items");
    for (OrderItem item : items) {
      ObjectNode i = array.addObject().put("plan", item.plan()).put("name", item.name());
      if (item.access() != null) {
        i.put("ssh_key_id", item.access().sshKeyId());
      }
    }
    return body;
  }

  @Override
  public Optional<Order> reconcile(String reference) {
    JsonNode orders = api.orders(reference).path("orders");
    for (JsonNode o : orders) {
      if (reference.equals(o.path("reference").asText(null))) {
        return Optional.of(order(o));
      }
    }
    return Optional.empty();
  }

  @Override
  public Order order(OrderRef ref) {
    return order(api.order(ref.id()));
  }

  @Override
  public List<Order> orders() {
    List<Order> out = new ArrayList<>();
    for (JsonNode o : api.orders(null).path("orders")) {
      out.add(order(o));
    }
    return out;
  }

  @Override
  public void cancel(OrderRef ref) {
    capabilities().require(type(), Capability.CANCEL_ORDER);
    api.cancel(ref.id());
  }

  /** Reads an order document: {@code {"id", "reference", "status", "items": [{"id", "plan", "name"}]}}. */
  private Order order(JsonNode o) {
    String id = o.path("id").asText();
    OrderStatus status = status(o.path("status").asText());
    Order.Builder b = Order.builder(OrderRef.of(id)).provider(type()).reference(o.path("reference").asText(null))
        .status(status).providerStatus(o.path("status").asText());
    for (JsonNode item : o.path("items")) {
      b.addLine(OrderLine.builder(item.path("id").asText()).name(item.path("name").asText(null)).status(status)
          .providerId("plan", item.path("plan").asText()).build());
    }
    return b.build();
  }

  private static OrderStatus status(String s) {
    return switch (s) {
      case "active" -> OrderStatus.ACTIVE;
      case "cancelled" -> OrderStatus.CANCELLED;
      default -> OrderStatus.PROCESSING;
    };
  }
}
