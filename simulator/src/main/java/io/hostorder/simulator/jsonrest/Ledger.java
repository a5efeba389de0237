package io.hostorder.simulator.jsonrest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hostorder.simulator.jsonrest.JsonOrder.Invoice;
import io.hostorder.simulator.jsonrest.JsonOrder.Item;
import io.hostorder.simulator.jsonrest.OrderRules.Checked;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The orders, items, invoices and credit of one simulated customer profile. Not thread-safe: {@link
 * ActionApi} and {@link JsonActionSimulator} use it under one lock.
 */
final class Ledger {
  static final int PROCESSING = 200;
  static final int PAYMENT_REQUIRED = 402;
  static final int CANCELLED = 410;
  static final String PROCESSING_MESSAGE = "Order is being processed";
  static final String CANCELLED_MESSAGE =
      "Cancelled: will not be renewed and ends after the paid period";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final JsonSettings settings;
  private final Random random;
  private final Map<Long, OrderState> orders = new LinkedHashMap<>();
  private BigDecimal credit;
  private long nextOrder;
  private long nextItem;
  private long nextInvoice;

  Ledger(JsonSettings settings) {
    this.settings = settings;
    this.random = new Random(settings.seed());
    this.credit = settings.credit();
    this.nextOrder = settings.firstOrderId();
    this.nextItem = settings.firstItemId();
    this.nextInvoice = settings.firstInvoiceId();
  }

  /** An order being followed; items are immutable values replaced when they change. */
  static final class OrderState {
    final long id;
    final String reference;
    int status = PROCESSING;
    String message = PROCESSING_MESSAGE;
    final List<Item> items = new ArrayList<>();
    final Map<Long, String> addresses = new LinkedHashMap<>();
    Invoice invoice;

    OrderState(long id, String reference) {
      this.id = id;
      this.reference = reference;
    }

    JsonOrder snapshot() {
      return new JsonOrder(id, reference, status, message, items, invoice);
    }
  }

  /** Creates the order; when the credit is short, also its invoice, and the order awaits payment. */
  OrderState create(String reference, List<Checked> checked) {
    OrderState order = new OrderState(nextOrder++, reference);
    BigDecimal total = checked.stream().map(Checked::price).reduce(BigDecimal.ZERO, BigDecimal::add);
    boolean covered = credit.compareTo(total) >= 0;
    if (covered) {
      credit = credit.subtract(total);
    } else {
      order.invoice = new Invoice(nextInvoice++, order.id, total, settings.currency(), false);
      order.status = PAYMENT_REQUIRED;
      order.message = awaitingPayment(order.invoice);
    }
    for (Checked c : checked) {
      @SuppressWarnings("unchecked")
      Map<String, Object> options = MAPPER.convertValue(c.options(), LinkedHashMap.class);
      Item item = new Item(nextItem++, c.name(), c.product(), options, order.status,
          order.message, false, c.price());
      order.items.add(item);
      int ipv4 = c.options().path("features").path("ipv4").asInt(0);
      if (ipv4 > 0) {
        order.addresses.put(item.id(), "192.0.2." + (1 + random.nextInt(254)));
      }
    }
    orders.put(order.id, order);
    return order;
  }

  static String awaitingPayment(Invoice invoice) {
    return "Not enough credit: pay invoice " + invoice.id() + " (" + invoice.amount() + " "
        + invoice.currency() + ") to have the order processed";
  }

  Optional<OrderState> order(long id) {
    return Optional.ofNullable(orders.get(id));
  }

  List<OrderState> orders() {
    return List.copyOf(orders.values());
  }

  Optional<OrderState> orderOfItem(long itemId) {
    return orders.values().stream()
        .filter(o -> o.items.stream().anyMatch(i -> i.id() == itemId)).findFirst();
  }

  /** Cancels item {@code itemId} of {@code order}; cancelling twice changes nothing. */
  void cancel(OrderState order, long itemId) {
    replace(order, itemId, i -> new Item(i.id(), i.name(), i.product(), i.options(), CANCELLED,
        CANCELLED_MESSAGE, true, i.price()));
    if (order.items.stream().allMatch(Item::cancelled)) {
      order.status = CANCELLED;
      order.message = CANCELLED_MESSAGE;
    }
  }

  void setItemStatus(OrderState order, long itemId, int status, String message) {
    replace(order, itemId, i -> new Item(i.id(), i.name(), i.product(), i.options(), status,
        message, i.cancelled(), i.price()));
  }

  /** Marks the invoice paid: its order and items are processed from now on. */
  void pay(OrderState order) {
    order.invoice = new Invoice(order.invoice.id(), order.id, order.invoice.amount(),
        order.invoice.currency(), true);
    order.status = PROCESSING;
    order.message = PROCESSING_MESSAGE;
    for (Item item : List.copyOf(order.items)) {
      if (!item.cancelled()) {
        setItemStatus(order, item.id(), PROCESSING, PROCESSING_MESSAGE);
      }
    }
  }

  Optional<OrderState> orderOfInvoice(long invoiceId) {
    return orders.values().stream()
        .filter(o -> o.invoice != null && o.invoice.id() == invoiceId).findFirst();
  }

  BigDecimal credit() {
    return credit;
  }

  void credit(BigDecimal credit) {
    this.credit = credit;
  }

  private static void replace(OrderState order, long itemId,
      java.util.function.UnaryOperator<Item> change) {
    for (int i = 0; i < order.items.size(); i++) {
      if (order.items.get(i).id() == itemId) {
        order.items.set(i, change.apply(order.items.get(i)));
      }
    }
  }
}
