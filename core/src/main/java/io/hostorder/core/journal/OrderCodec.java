package io.hostorder.core.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.core.error.JournalException;
import io.hostorder.core.json.OrderJson;
import io.hostorder.core.model.Invoice;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderLine;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderStatus;

/** Reads back the placed orders the journal stores (the JSON {@link OrderJson} writes, secrets masked). */
final class OrderCodec {
  private OrderCodec() {}

  static String write(Order order) {
    return Fingerprint.masked(order);
  }

  static Order read(String json) {
    try {
      JsonNode n = OrderJson.mapper().readTree(json);
      Order.Builder b = Order.builder(OrderRef.of(n.path("ref").asText()))
          .provider(text(n, "provider")).reference(text(n, "reference"))
          .status(n.hasNonNull("status") ? OrderStatus.valueOf(n.get("status").asText()) : OrderStatus.UNKNOWN)
          .providerStatus(text(n, "providerStatus")).message(text(n, "message")).promoCode(text(n, "promoCode"));
      for (JsonNode line : n.path("lines")) {
        b.addLine(OrderJson.mapper().treeToValue(line, OrderLine.class));
      }
      if (n.hasNonNull("invoice")) {
        b.invoice(OrderJson.mapper().treeToValue(n.get("invoice"), Invoice.class));
      }
      return b.build();
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new JournalException("the journal holds an order it cannot read back: " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }
}
