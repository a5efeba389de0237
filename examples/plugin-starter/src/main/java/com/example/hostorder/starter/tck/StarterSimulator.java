package com.example.hostorder.starter.tck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hostorder.simulator.SimulatedAnswer;
import io.hostorder.simulator.SimulatedApi;
import io.hostorder.simulator.SimulatedRequest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Starter Cloud's API as this example defines it, held in memory. {@link io.hostorder.simulator.SimulatorServer}
 * serves it over HTTP on 127.0.0.1 and adds the faults the TCK asks for; this class only answers requests.
 * A new order is answered {@code pending} and reads {@code active} afterwards. Safe for concurrent use.
 */
public final class StarterSimulator implements SimulatedApi {
  /** The plans the simulated account sells. */
  static final List<String> PLANS = List.of("starter-1", "starter-2");
  /** A plan of the catalogue that the simulated account has run out of: refused with 409 {@code out-of-stock}. */
  static final String SOLD_OUT = "starter-3";

  private final ObjectMapper mapper = new ObjectMapper();
  private final String token;
  private final Map<String, ObjectNode> orders = new LinkedHashMap<>();
  private int nextId = 1000;

  /** Creates an empty account reached with {@code token}. */
  public StarterSimulator(String token) {
    this.token = Objects.requireNonNull(token, "token == null");
  }

  /** Returns how many orders the account holds. */
  public synchronized int orderCount() {
    return orders.size();
  }

  /** Forgets every order. */
  public synchronized void reset() {
    orders.clear();
  }

  /** Names each request as faults aim at it: {@code create}, {@code read}, {@code list} or {@code cancel}. */
  @Override
  public String operation(SimulatedRequest request) {
    String path = request.path();
    if ("POST".equals(request.method())) {
      return path.endsWith("/cancel") ? "cancel" : "create";
    }
    return path.equals("/v1/orders") ? "list" : "read";
  }

  @Override
  public synchronized SimulatedAnswer handle(SimulatedRequest request) {
    if (!("Bearer " + token).equals(request.header("Authorization"))) {
      return error(401, "unauthorized", null, "the API token is wrong");
    }
    String path = request.path();
    List<String> segments = List.of(path.substring(1).split("/"));
    if (segments.size() < 2 || !segments.get(0).equals("v1") || !segments.get(1).equals("orders")) {
      return error(404, "not-found", null, "no such resource");
    }
    switch (operation(request)) {
      case "create":
        return create(request);
      case "list":
        String reference = request.queryParameter("reference");
        ArrayNode list = mapper.createArrayNode();
        orders.values().stream().filter(o -> reference == null || reference.equals(o.path("reference").asText()))
            .forEach(list::add);
        return json(200, mapper.createObjectNode().set("orders", list));
      default:
        ObjectNode order = segments.size() >= 3 ? orders.get(segments.get(2)) : null;
        if (order == null) {
          return error(404, "not-found", null, "no such order");
        }
        if (path.endsWith("/cancel")) {
          order.put("status", "cancelled");
        }
        return json(200, order);
    }
  }

  private SimulatedAnswer create(SimulatedRequest request) {
    JsonNode body;
    try {
      body = mapper.readTree(request.bodyText());
    } catch (IOException e) {
      return error(400, "bad-request", null, "the body is not JSON");
    }
    JsonNode items = body.path("items");
    if (!items.isArray() || items.isEmpty()) {
      return error(422, "invalid", "items", "an order needs at least one item");
    }
    for (int i = 0; i < items.size(); i++) {
      if (SOLD_OUT.equals(items.get(i).path("plan").asText())) {
        return error(409, "out-of-stock", null, "plan " + SOLD_OUT + " is out of stock");
      }
      if (!PLANS.contains(items.get(i).path("plan").asText())) {
        return error(422, "invalid", "items[" + i + "].plan", "no such plan");
      }
    }
    String id = String.valueOf(++nextId);
    ObjectNode order = mapper.createObjectNode().put("id", id).put("reference", body.path("reference").asText())
        .put("status", "active");
    ArrayNode lines = order.putArray("items");
    for (int i = 0; i < items.size(); i++) {
      lines.addObject().put("id", id + "-" + (i + 1)).put("plan", items.get(i).path("plan").asText())
          .put("name", items.get(i).path("name").asText());
    }
    orders.put(id, order);
    return json(201, order.deepCopy().put("status", "pending"));
  }

  private SimulatedAnswer error(int status, String error, String field, String message) {
    ObjectNode body = mapper.createObjectNode().put("error", error).put("message", message);
    if (field != null) {
      body.put("field", field);
    }
    return json(status, body);
  }

  private static SimulatedAnswer json(int status, JsonNode body) {
    return SimulatedAnswer.of(status, "application/json", body.toString());
  }
}
