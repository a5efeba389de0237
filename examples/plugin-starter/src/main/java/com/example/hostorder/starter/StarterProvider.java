package com.example.hostorder.starter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.CartLine;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderValidator;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderLine;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.OrderStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Starter Cloud provider. The API has no cart of its own: the cart is kept here and checkout sends the
 * whole order in one {@code POST /v1/orders}. Safe for concurrent use; a cart is for one thread.
 */
final class StarterProvider implements OrderProvider {
  /** The plans Starter Cloud sells. */
  static final List<String> PLANS = List.of("starter-1", "starter-2", "starter-3");

  private final StarterApi api;

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
    return new StarterCart(reference);
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

  /**
   * The cart kept here. Checkout sends the order once: a second checkout returns the order placed, and
   * after an outcome unknown it throws the same error again instead of sending the order a second time
   * (the broker reconciles by the reference).
   */
  private final class StarterCart implements Cart {
    private final String reference;
    private final List<CartLine> lines = new ArrayList<>();
    private Order placed;
    private OutcomeUnknownException unknown;

    StarterCart(String reference) {
      this.reference = reference;
    }

    @Override
    public String reference() {
      return reference;
    }

    @Override
    public CartLine add(OrderItem item) {
      OrderValidator.throwIfAny(type(), StarterProvider.this.validate(OrderRequest.builder().reference(reference).addItem(item).build()));
      CartLine line = new CartLine("line-" + (lines.size() + 1), item, Map.of("plan", item.plan()));
      lines.add(line);
      return line;
    }

    @Override
    public void applyPromoCode(String code) {
      capabilities().require(type(), Capability.PROMO_CODE);
    }

    @Override
    public List<CartLine> lines() {
      return List.copyOf(lines);
    }

    @Override
    public Order checkout() {
      if (placed != null) {
        return placed;
      }
      if (unknown != null) {
        throw unknown;
      }
      if (lines.isEmpty()) {
        throw new InvalidOrderException(new Violation("items", "the cart is empty"));
      }
      ObjectNode body = api.mapper().createObjectNode().put("reference", reference);
      ArrayNode items = body.putArray("items");
      for (CartLine line : lines) {
        OrderItem item = line.item();
        ObjectNode i = items.addObject().put("plan", item.plan()).put("name", item.name());
        if (item.access() != null) {
          i.put("ssh_key_id", item.access().sshKeyId());
        }
      }
      try {
        placed = order(api.createOrder(body, reference));
        return placed;
      } catch (OutcomeUnknownException e) {
        unknown = e;
        throw e;
      }
    }
  }
}
