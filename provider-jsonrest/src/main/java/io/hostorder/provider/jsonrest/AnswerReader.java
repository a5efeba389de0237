package io.hostorder.provider.jsonrest;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderLine;
import io.hostorder.core.model.OrderRef;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the API's answers into the portable model, tolerantly: unknown members are ignored (but the
 * scalar ones of an order item are kept in its line's provider ids), ids may come as numbers or
 * strings, and a member that is needed and missing is a typed error.
 */
final class AnswerReader {
  private static final Set<String> LINE_MEMBERS = Set.of("id", "order_item_id", "name", "status", "message");

  private AnswerReader() {}

  /** Returns {@code node} as an id: an integral number or a non-blank string, else null. */
  static String id(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return null;
    }
    if (node.isIntegralNumber()) {
      return node.bigIntegerValue().toString();
    }
    if (node.isNumber()) {
      return node.decimalValue().stripTrailingZeros().toPlainString();
    }
    if (node.isTextual() && !node.asText().isBlank()) {
      return node.asText().trim();
    }
    return null;
  }

  /** Returns a text member, or null when missing, null or not scalar. */
  static String text(JsonNode node) {
    return node != null && node.isValueNode() && !node.isNull() ? node.asText() : null;
  }

  /**
   * Returns the order in {@code body} (an {@code order_status} or {@code order_create} answer, or one
   * element of {@code order_list}).
   *
   * @param fallbackId the order id asked for, used when the answer does not repeat it (may be null)
   * @param reference the broker's reference when known (the API is not documented to return it)
   * @throws ProviderErrorException when there is no order id at all
   */
  static Order order(JsonNode body, String fallbackId, String reference) {
    String id = id(body.path("order_id"));
    if (id == null) {
      id = id(body.path("id"));
    }
    if (id == null) {
      id = fallbackId;
    }
    if (id == null) {
      throw malformed("an order without order_id");
    }
    String code = id(body.path("status"));
    String ownReference = text(body.path("reference"));
    Order.Builder b = Order.builder(new OrderRef(id))
        .provider(JsonRestProviderFactory.TYPE)
        .reference(ownReference != null ? ownReference : reference)
        .status(StatusCodes.map(code, text(body.path("message"))))
        .providerStatus(code)
        .message(text(body.path("message")));
    JsonNode items = body.has("order_items") ? body.path("order_items") : body.path("items");
    if (items.isArray()) {
      for (int i = 0; i < items.size(); i++) {
        b.addLine(line(items.get(i), i));
      }
    }
    return b.build();
  }

  /** Returns one order item of an {@code order_status} answer as a line. */
  static OrderLine line(JsonNode item, int index) {
    String id = id(item.path("id"));
    if (id == null) {
      id = id(item.path("order_item_id"));
    }
    if (id == null) {
      // The API gave no id: the line keeps its position so that it is still shown, not dropped.
      id = "#" + (index + 1);
    }
    String code = id(item.path("status"));
    OrderLine.Builder b = OrderLine.builder(id)
        .name(text(item.path("name")))
        .status(StatusCodes.map(code, text(item.path("message"))))
        .providerStatus(code)
        .message(text(item.path("message")));
    Iterator<Map.Entry<String, JsonNode>> fields = item.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> f = fields.next();
      if (!LINE_MEMBERS.contains(f.getKey()) && f.getValue().isValueNode() && !f.getValue().isNull()) {
        b.providerId(f.getKey(), f.getValue().asText());
      }
    }
    return b.build();
  }

  /** Returns the orders of an {@code order_list} answer (an array, or an object holding one). */
  static List<Order> orders(JsonNode body) {
    List<Order> out = new ArrayList<>();
    for (JsonNode element : elements(body, "orders", "order_list", "data", "items", "result")) {
      if (element.isObject()) {
        out.add(order(element, null, null));
      } else if (id(element) != null) {
        out.add(Order.builder(new OrderRef(id(element))).provider(JsonRestProviderFactory.TYPE).build());
      } else {
        throw malformed("an order_list element that is neither an order nor an id: " + cut(element));
      }
    }
    return out;
  }

  /** Returns the servers of a {@code server_list} answer (an array, or an object holding one). */
  static List<JsonRestServer> servers(JsonNode body) {
    List<JsonRestServer> out = new ArrayList<>();
    for (JsonNode element : elements(body, "servers", "server_list", "data", "items", "result")) {
      if (!element.isObject()) {
        throw malformed("a server_list element that is not an object: " + cut(element));
      }
      Map<String, String> fields = new LinkedHashMap<>();
      element.fields().forEachRemaining(f -> {
        if (f.getValue().isValueNode() && !f.getValue().isNull()) {
          fields.put(f.getKey(), f.getValue().asText());
        }
      });
      String id = id(element.path("id")) != null ? id(element.path("id")) : id(element.path("server_id"));
      String name = text(element.path("name")) != null ? text(element.path("name")) : text(element.path("hostname"));
      out.add(new JsonRestServer(id, id(element.path("order_item_id")), name, id(element.path("status")), fields));
    }
    return out;
  }

  static List<JsonNode> elements(JsonNode body, String... holders) {
    List<JsonNode> out = new ArrayList<>();
    if (body.isMissingNode() || body.isNull()) {
      return out;
    }
    if (body.isArray()) {
      body.forEach(out::add);
      return out;
    }
    if (body.isObject()) {
      for (String holder : holders) {
        if (body.path(holder).isArray()) {
          body.path(holder).forEach(out::add);
          return out;
        }
      }
      if (body.isEmpty()) {
        return out;
      }
      // A map keyed by id ({"73": {...}, "74": {...}}).
      boolean allObjects = true;
      for (JsonNode v : body) {
        allObjects &= v.isObject();
      }
      if (allObjects) {
        body.forEach(out::add);
        return out;
      }
    }
    throw malformed("an answer that holds no list: " + cut(body));
  }

  static ProviderErrorException malformed(String what) {
    return new ProviderErrorException("malformed-answer", "the API answered with " + what);
  }

  static String cut(JsonNode node) {
    String s = node.toString();
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
