package io.hostorder.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.PaymentRequiredException;
import io.hostorder.core.error.PromoCodeRejectedException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.UnsupportedCapabilityException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Invoice;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderLine;
import java.util.List;
import java.util.Map;

/**
 * The JSON documents the command prints with {@code --json}: an order, a list of orders, an error.
 * The shape is the command's own contract, written field by field (absent values are left out).
 */
final class JsonView {
  private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private JsonView() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** Returns {@code node} as indented JSON text. */
  static String text(Object node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  static ObjectNode order(Order order) {
    ObjectNode n = object();
    put(n, "provider", order.provider());
    n.put("id", order.ref().id());
    put(n, "reference", order.reference());
    n.put("status", order.status().name());
    put(n, "providerStatus", order.providerStatus());
    put(n, "message", order.message());
    put(n, "promoCode", order.promoCode());
    ArrayNode lines = n.putArray("lines");
    for (OrderLine line : order.lines()) {
      lines.add(line(line));
    }
    if (order.invoice() != null) {
      n.set("invoice", invoice(order.invoice()));
    }
    return n;
  }

  static ObjectNode line(OrderLine line) {
    ObjectNode n = object();
    n.put("id", line.id());
    put(n, "name", line.name());
    n.put("status", line.status().name());
    put(n, "providerStatus", line.providerStatus());
    put(n, "message", line.message());
    put(n, "parentId", line.parentId());
    n.set("providerIds", map(line.providerIds()));
    if (line.server() != null) {
      ObjectNode server = n.putObject("server");
      put(server, "serviceId", line.server().serviceId());
      put(server, "name", line.server().name());
      ArrayNode ips = server.putArray("ipAddresses");
      line.server().ipAddresses().forEach(ips::add);
      server.put("status", line.server().status().name());
      put(server, "providerStatus", line.server().providerStatus());
      server.set("details", map(line.server().details()));
    }
    return n;
  }

  static ObjectNode invoice(Invoice invoice) {
    ObjectNode n = object();
    put(n, "id", invoice.id());
    if (invoice.amount() != null) {
      n.put("amount", invoice.amount().toPlainString());
    }
    put(n, "currency", invoice.currency());
    put(n, "message", invoice.message());
    return n;
  }

  static ObjectNode map(Map<String, String> values) {
    ObjectNode n = object();
    values.forEach(n::put);
    return n;
  }

  static ArrayNode violations(List<Violation> violations) {
    ArrayNode a = array();
    for (Violation v : violations) {
      ObjectNode n = a.addObject();
      n.put("path", v.path());
      n.put("message", v.message());
      if (v.capability() != null) {
        n.put("capability", v.capability().name());
      }
    }
    return a;
  }

  /** Returns the error document: {@code {"error": {"kind", "exitStatus", "message", ...}}}. */
  static ObjectNode error(Throwable error, int exitStatus) {
    ObjectNode e = object();
    e.put("kind", error instanceof HostorderException h ? h.kind() : exitStatus == ExitStatus.USAGE ? "usage" : "error");
    e.put("exitStatus", exitStatus);
    e.put("message", ErrorReport.message(error));
    if (error instanceof InvalidOrderException i) {
      e.set("violations", violations(i.violations()));
    } else if (error instanceof UnsupportedCapabilityException u) {
      e.put("capability", u.capability().name());
      e.set("violations", violations(u.violations()));
    } else if (error instanceof ProviderErrorException p) {
      put(e, "code", p.code());
      put(e, "providerMessage", p.providerMessage());
    } else if (error instanceof PromoCodeRejectedException p) {
      put(e, "promoCode", p.promoCode());
    } else if (error instanceof PaymentRequiredException p) {
      if (p.order() != null) {
        e.set("order", order(p.order()));
      }
      if (p.invoice() != null) {
        e.set("invoice", invoice(p.invoice()));
      }
    }
    if (error instanceof HostorderException h && !h.details().isEmpty()) {
      e.set("details", map(h.details()));
    }
    ObjectNode root = object();
    root.set("error", e);
    return root;
  }

  private static void put(ObjectNode n, String field, String value) {
    if (value != null) {
      n.put(field, value);
    }
  }
}
