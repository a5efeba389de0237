package io.hostorder.simulator.jsonrest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hostorder.simulator.SimulatedAnswer;
import io.hostorder.simulator.SimulatedApi;
import io.hostorder.simulator.SimulatedHeaders;
import io.hostorder.simulator.SimulatedRequest;
import io.hostorder.simulator.jsonrest.JsonOrder.Item;
import io.hostorder.simulator.jsonrest.Ledger.OrderState;
import io.hostorder.simulator.jsonrest.OrderRules.Checked;
import io.hostorder.simulator.jsonrest.OrderRules.Refusal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The JSON action API over HTTP: one endpoint taking {@code POST} of a JSON object with an {@code
 * action}, HTTP Basic or {@code X-Account-Token} authentication, errors as non-2xx answers with {@code
 * {"status", "message"}}. Safe for concurrent use: requests are handled under one lock.
 */
final class ActionApi implements SimulatedApi {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String JSON = "application/json; charset=UTF-8";

  private final JsonSettings settings;
  private final OrderRules rules;
  private final Object lock = new Object();
  private Ledger ledger;

  ActionApi(JsonSettings settings) {
    this.settings = settings;
    this.rules = new OrderRules(settings);
    this.ledger = new Ledger(settings);
  }

  Object lock() {
    return lock;
  }

  Ledger ledger() {
    return ledger;
  }

  void reset() {
    synchronized (lock) {
      ledger = new Ledger(settings);
    }
  }

  @Override
  public String operation(SimulatedRequest request) {
    return body(request).map(b -> b.path("action").asText("")).filter(a -> !a.isEmpty())
        .orElse("invalid");
  }

  @Override
  public SimulatedAnswer handle(SimulatedRequest request) {
    String path = request.path();
    if (!path.equals(settings.path())) {
      return error(404, "Not found: " + path);
    }
    if (!"POST".equals(request.method())) {
      return error(405, "Use POST").withHeader("Allow", "POST");
    }
    if (!authenticated(request.headers())) {
      return error(401, "Authentication failed")
          .withHeader("WWW-Authenticate", "Basic realm=\"api\"");
    }
    Optional<ObjectNode> body = body(request);
    if (body.isEmpty()) {
      return error(400, "The request body must be a JSON object");
    }
    String action = body.get().path("action").asText("");
    synchronized (lock) {
      ledger.tick();
      try {
        return switch (action) {
          case "order_create" -> create(body.get());
          case "order_status" -> status(body.get());
          case "order_list" -> list(body.get());
          case "order_cancel" -> cancel(body.get());
          case "server_list" -> servers(body.get());
          case "" -> error(400, "action is required");
          default -> error(400, "Unknown action " + action);
        };
      } catch (Refusal refusal) {
        return error(refusal instanceof NotFound ? 404 : 400, refusal.getMessage());
      }
    }
  }

  private SimulatedAnswer create(ObjectNode body) {
    List<Checked> items = rules.check(body);
    JsonNode reference = body.get("reference");
    OrderState order = ledger.create(reference == null ? null : reference.asText(), items);
    ObjectNode answer = MAPPER.createObjectNode().put("order_id", order.id)
        .put("status", order.status).put("message", order.message);
    if (order.invoice == null) {
      return json(200, answer);
    }
    // The document: "If your profile do not have enough credit, you might get a response asking for
    // payment. The invoice is already created if so." It shows no such answer: the shape is a setting.
    return paymentAnswer(order);
  }

  private SimulatedAnswer paymentAnswer(OrderState order) {
    ObjectNode full = MAPPER.createObjectNode().put("order_id", order.id).put("status", order.status)
        .put("invoice_id", order.invoice.id()).put("amount", order.invoice.amount())
        .put("currency", order.invoice.currency()).put("message", order.message);
    switch (settings.paymentAnswer()) {
      case HTTP_402_WITH_ORDER:
        return json(402, full);
      case HTTP_402_INVOICE_ONLY:
        full.remove("order_id");
        return json(402, full);
      case HTTP_402_TEXT:
        return SimulatedAnswer.text(402, "Payment Required: " + order.message);
      case HTTP_200_WITH_ORDER:
        return json(200, full);
      case HTTP_200_MESSAGE_ONLY:
        return json(200, MAPPER.createObjectNode().put("status", order.status).put("message", order.message));
      case HTTP_400_MESSAGE_ONLY:
        return error(400, order.message);
      default:
        throw new AssertionError(settings.paymentAnswer());
    }
  }

  private SimulatedAnswer status(ObjectNode body) {
    OrderRules.only(body, "", Set.of("action", "order_id"));
    OrderState order = ledger.order(id(body, "order_id", true).getAsLong())
        .orElseThrow(() -> new NotFound("order " + body.get("order_id").asText()));
    return json(200, describe(order));
  }

  private SimulatedAnswer list(ObjectNode body) {
    OrderRules.only(body, "", Set.of("action"));
    ObjectNode answer = MAPPER.createObjectNode();
    ledger.orders().forEach(o -> answer.withArray("orders").add(describe(o)));
    answer.withArray("orders");
    return json(200, answer);
  }

  private SimulatedAnswer cancel(ObjectNode body) {
    OrderRules.only(body, "", Set.of("action", "order_id", "order_item_id"));
    long orderId = id(body, "order_id", true).getAsLong();
    OptionalLong itemId = id(body, "order_item_id", false);
    Optional<OrderState> order = ledger.order(orderId);
    if (order.isEmpty()) {
      return error(404, "Order " + orderId + " not found");
    }
    if (itemId.isPresent()) {
      if (order.get().items.stream().noneMatch(i -> i.id() == itemId.getAsLong())) {
        return error(404, "Item " + itemId.getAsLong() + " of order " + orderId + " not found");
      }
      ledger.cancel(order.get(), itemId.getAsLong());
    } else {
      List.copyOf(order.get().items).forEach(i -> ledger.cancel(order.get(), i.id()));
    }
    return SimulatedAnswer.status(200);
  }

  private SimulatedAnswer servers(ObjectNode body) {
    OrderRules.only(body, "", Set.of("action", "order_item_id"));
    OptionalLong itemId = id(body, "order_item_id", false);
    if (itemId.isPresent() && ledger.orderOfItem(itemId.getAsLong()).isEmpty()) {
      return error(404, "Order item " + itemId.getAsLong() + " not found");
    }
    ObjectNode answer = MAPPER.createObjectNode();
    answer.putArray("servers");
    for (OrderState order : ledger.orders()) {
      if (order.status == Ledger.PAYMENT_REQUIRED) {
        continue; // nothing runs before the invoice is paid
      }
      for (Item item : order.items) {
        if (itemId.isEmpty() || itemId.getAsLong() == item.id()) {
          answer.withArray("servers").add(server(order, item));
        }
      }
    }
    return json(200, answer);
  }

  /**
   * Returns one server of server_list. The document shows no answer, so the shape is the simulator's choice:
   * {@code state} is {@code "installing"} until the activation delay has passed, then {@code "running"}; the
   * addresses ({@code ipv4}, {@code ipv6}, all of them in {@code ip_addresses}) appear only then.
   */
  private static ObjectNode server(OrderState order, Item item) {
    List<String> ips = item.ipAddresses();
    ObjectNode server = MAPPER.createObjectNode()
        .put("order_item_id", item.id()).put("order_id", order.id).put("name", item.name())
        .put("product", item.product()).put("status", item.status()).put("message", item.message())
        .put("state", item.active() ? "running" : "installing")
        .put("ipv4", ips.stream().filter(a -> !a.contains(":")).findFirst().orElse(null))
        .put("ipv6", ips.stream().filter(a -> a.contains(":")).findFirst().orElse(null));
    ips.forEach(server.putArray("ip_addresses")::add);
    server.set("options", MAPPER.valueToTree(item.options()));
    return server;
  }

  static ObjectNode describe(OrderState order) {
    ObjectNode node = MAPPER.createObjectNode().put("order_id", order.id)
        .put("status", order.status).put("message", order.message);
    if (order.reference != null) {
      node.put("reference", order.reference);
    }
    if (order.invoice != null) {
      node.put("invoice_id", order.invoice.id());
    }
    for (Item item : order.items) {
      node.withArray("order_items").addObject().put("id", item.id()).put("status", item.status())
          .put("name", item.product()).put("reference", item.name()).put("message", item.message());
    }
    return node;
  }

  /** Reads an id given as a number or a string of digits; 0 or blank means none. */
  private static OptionalLong id(ObjectNode body, String field, boolean required) {
    JsonNode value = body.get(field);
    long id;
    if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
      id = 0;
    } else if (value.canConvertToExactIntegral() && value.canConvertToLong()) {
      id = value.asLong();
    } else if (value.isTextual() && value.asText().trim().matches("\\d{1,18}")) {
      id = Long.parseLong(value.asText().trim());
    } else {
      throw new Refusal(field + " must be a number");
    }
    if (id <= 0 && required) {
      throw new Refusal(field + " is required");
    }
    return id <= 0 ? OptionalLong.empty() : OptionalLong.of(id);
  }

  private boolean authenticated(SimulatedHeaders headers) {
    String token = headers.get("X-Account-Token");
    String authorization = headers.get("Authorization");
    if (token == null && authorization == null) {
      return false;
    }
    boolean tokenOk = token == null || same(token.trim(), settings.token());
    boolean basicOk = authorization == null || basic(authorization);
    return tokenOk && basicOk;
  }

  private boolean basic(String authorization) {
    String value = authorization.trim();
    int space = value.indexOf(' ');
    if (space < 0 || !value.substring(0, space).equalsIgnoreCase("Basic")) {
      return false;
    }
    String expected = Base64.getEncoder().encodeToString(
        (settings.user() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8));
    return same(value.substring(space + 1).trim(), expected);
  }

  private static boolean same(String sent, String expected) {
    return MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
        expected.getBytes(StandardCharsets.UTF_8));
  }

  private static Optional<ObjectNode> body(SimulatedRequest request) {
    try {
      JsonNode node = MAPPER.readTree(request.bodyText());
      return node != null && node.isObject() ? Optional.of((ObjectNode) node) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  static SimulatedAnswer json(int code, JsonNode body) {
    return SimulatedAnswer.of(code, JSON, body.toString());
  }

  static SimulatedAnswer error(int code, String message) {
    return json(code, MAPPER.createObjectNode().put("status", code).put("message", message));
  }

  /** An unknown order or item: answered 404. */
  static final class NotFound extends Refusal {
    NotFound(String what) {
      super(what + " not found");
    }
  }
}
