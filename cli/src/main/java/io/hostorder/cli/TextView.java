package io.hostorder.cli;

import io.hostorder.core.model.Invoice;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderLine;
import io.hostorder.core.model.Server;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The human form of orders: what a person reads after {@code order}, {@code status} and {@code list}. */
final class TextView {
  private TextView() {}

  /** Prints {@code order} with its lines and invoice, indented by {@code indent}. */
  static void order(PrintWriter out, Order order, String indent) {
    out.println(indent + "order " + order.ref().id() + (order.provider() != null ? " at " + order.provider() : "")
        + ": " + status(order.status().name(), order.providerStatus()));
    if (order.reference() != null) {
      out.println(indent + "  reference:   " + order.reference());
    }
    if (order.promoCode() != null) {
      out.println(indent + "  promo code:  " + order.promoCode());
    }
    if (order.message() != null) {
      out.println(indent + "  message:     " + order.message());
    }
    if (order.invoice() != null) {
      out.println(indent + "  invoice:     " + invoice(order.invoice()));
    }
    if (order.lines().isEmpty()) {
      out.println(indent + "  lines:       (none reported)");
      return;
    }
    out.println(indent + "  lines:");
    for (OrderLine line : order.lines()) {
      StringBuilder b = new StringBuilder(indent).append("    ").append(line.id());
      if (line.name() != null) {
        b.append("  ").append(line.name());
      }
      b.append("  ").append(status(line.status().name(), line.providerStatus()));
      if (line.parentId() != null) {
        b.append("  related to ").append(line.parentId());
      }
      if (!line.providerIds().isEmpty()) {
        b.append("  ids: ").append(ids(line.providerIds()));
      }
      if (line.message() != null) {
        b.append("  — ").append(line.message());
      }
      out.println(b);
      if (line.server() != null) {
        out.println(indent + "      server " + server(line.server()));
      }
    }
  }

  /** Returns a server's one-line form: id, name, addresses (or that none is reported yet), status, details. */
  static String server(Server s) {
    StringBuilder b = new StringBuilder();
    b.append(s.serviceId() == null ? "?" : s.serviceId());
    if (s.name() != null) {
      b.append("  ").append(s.name());
    }
    b.append("  ip ").append(s.ipAddresses().isEmpty() ? "(none yet)" : String.join(", ", s.ipAddresses()));
    b.append("  ").append(status(s.status().name(), s.providerStatus()));
    if (!s.details().isEmpty()) {
      b.append("  ").append(ids(s.details()));
    }
    return b.toString();
  }

  /** Prints a table of {@code orders}, one line each. */
  static void orders(PrintWriter out, List<Order> orders) {
    if (orders.isEmpty()) {
      out.println("no orders");
      return;
    }
    int idWidth = Math.max(2, orders.stream().mapToInt(o -> o.ref().id().length()).max().orElse(2));
    out.println(pad("ID", idWidth) + "  " + pad("STATUS", 15) + "  LINES  REFERENCE");
    for (Order o : orders) {
      out.println(pad(o.ref().id(), idWidth) + "  " + pad(o.status().name(), 15) + "  "
          + pad(String.valueOf(o.lines().size()), 5) + "  " + (o.reference() == null ? "-" : o.reference())
          + (o.invoice() != null ? "  invoice " + invoice(o.invoice()) : ""));
    }
    out.println(orders.size() + (orders.size() == 1 ? " order" : " orders"));
  }

  static String invoice(Invoice invoice) {
    StringBuilder b = new StringBuilder();
    if (invoice.id() != null) {
      b.append("id ").append(invoice.id());
    }
    if (invoice.amount() != null) {
      b.append(b.length() > 0 ? ", " : "").append(invoice.amount().toPlainString());
      if (invoice.currency() != null) {
        b.append(' ').append(invoice.currency());
      }
    }
    if (invoice.message() != null) {
      b.append(b.length() > 0 ? " — " : "").append(invoice.message());
    }
    return b.length() == 0 ? "(no details given)" : b.toString();
  }

  static String ids(Map<String, String> ids) {
    return ids.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
  }

  private static String status(String status, String providerStatus) {
    return providerStatus == null ? status : status + " (provider: " + providerStatus + ")";
  }

  static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}
