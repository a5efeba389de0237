package io.hostorder.simulator.jsonrest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hostorder.simulator.jsonrest.JsonOrder.Invoice;
import io.hostorder.simulator.jsonrest.JsonOrder.Item;
import io.hostorder.simulator.jsonrest.OrderRules.Checked;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The orders, items, invoices and credit of one simulated customer profile. Not thread-safe: {@link
 * ActionApi} and {@link JsonActionSimulator} use it under one lock.
 *
 * <p>Its cost per order is flat: orders, items and invoices are found through maps, activations wait in a
 * queue in time order (the delay is fixed and the clock only moves forward), and only the last {@code
 * history} orders keep the options they were sent with; older ones keep what {@code order_status} and
 * {@code server_list} report.
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
  private final Map<Long, OrderState> byItem = new HashMap<>();
  private final Map<Long, OrderState> byInvoice = new HashMap<>();
  /** Activations to come, earliest first. */
  private final Deque<Activation> activations = new ArrayDeque<>();
  /** Activations due whose item was not processing then (its status was set): tried again at every tick. */
  private final Set<Activation> waiting = new LinkedHashSet<>();
  /** The orders that still keep their items' options, oldest first. */
  private final Deque<OrderState> detailed = new ArrayDeque<>();
  private Duration clockOffset = Duration.ZERO;
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
    /** The addresses each item's server gets, drawn at creation and shown once it is active. */
    final Map<Long, List<String>> addresses = new HashMap<>(2);
    Invoice invoice;

    OrderState(long id, String reference) {
      this.id = id;
      this.reference = reference;
    }

    JsonOrder snapshot() {
      return new JsonOrder(id, reference, status, message, items, invoice);
    }
  }

  /** An item's server due to become active at {@code at}. */
  private record Activation(Instant at, OrderState order, long itemId) {}

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
          order.message, false, c.price(), false, List.of());
      order.items.add(item);
      order.addresses.put(item.id(), addresses(c.options().path("features").path("ipv4").asInt(0)));
      byItem.put(item.id(), order);
      if (covered) {
        activations.addLast(new Activation(now().plus(settings.activationDelay()), order, item.id()));
      }
    }
    orders.put(order.id, order);
    if (order.invoice != null) {
      byInvoice.put(order.invoice.id(), order);
    }
    detailed.addLast(order);
    while (detailed.size() > settings.history()) {
      forgetOptions(detailed.removeFirst());
    }
    return order;
  }

  /** Drops the options an old order was sent with: nothing the API reports about it needs them. */
  private static void forgetOptions(OrderState order) {
    order.items.replaceAll(i -> i.options().isEmpty() ? i : new Item(i.id(), i.name(), i.product(), Map.of(),
        i.status(), i.message(), i.cancelled(), i.price(), i.active(), i.ipAddresses()));
  }

  /**
   * Returns {@code ipv4} distinct addresses from 192.0.2.0/24 and one IPv6 address from 2001:db8::/32 (both
   * documentation ranges): the simulator's choice, so that every server has an address once active.
   */
  private List<String> addresses(int ipv4) {
    List<String> out = new ArrayList<>();
    while (out.size() < ipv4) {
      String a = "192.0.2." + (1 + random.nextInt(254));
      if (!out.contains(a)) {
        out.add(a);
      }
    }
    out.add("2001:db8::" + Integer.toHexString(1 + random.nextInt(0xfffe)));
    return List.copyOf(out);
  }

  /** Returns the simulator's clock: the wall clock plus every {@link #advance(Duration)}. */
  Instant now() {
    return Instant.now().plus(clockOffset);
  }

  /** Moves the clock forward by {@code d}, then activates what is due. */
  void advance(Duration d) {
    clockOffset = clockOffset.plus(d);
    tick();
  }

  /** Activates every item whose activation time has come (called before every request and snapshot). */
  void tick() {
    if (!waiting.isEmpty()) {
      waiting.removeIf(a -> settle(a));
    }
    Instant now = now();
    while (!activations.isEmpty() && !now.isBefore(activations.peekFirst().at())) {
      Activation due = activations.removeFirst();
      if (!settle(due)) {
        waiting.add(due);
      }
    }
  }

  /** Activates the item of {@code due}; returns false when it must wait, its status having been set. */
  private boolean settle(Activation due) {
    activate(due.order(), due.itemId());
    Item item = item(due.order(), due.itemId());
    return item.active() || item.cancelled() || due.order().status == PAYMENT_REQUIRED;
  }

  private static Item item(OrderState order, long itemId) {
    for (Item i : order.items) {
      if (i.id() == itemId) {
        return i;
      }
    }
    throw new IllegalStateException("no item " + itemId);
  }

  /**
   * Makes the server of item {@code itemId} active now: it shows its addresses in server_list, and, when the
   * item is still "being processed", its status turns to the configured active code and message (and the
   * order's, once all its items not cancelled are active). An item whose status was set to something else
   * ({@link JsonActionSimulator#setItemStatus}, a failure for instance) or that awaits payment stays as it is.
   */
  void activate(OrderState order, long itemId) {
    if (order.status == PAYMENT_REQUIRED) {
      return;
    }
    Item current = item(order, itemId);
    if (current.active() || current.status() != PROCESSING) {
      return;
    }
    List<String> ips = order.addresses.getOrDefault(itemId, List.of());
    order.addresses.remove(itemId); // the item holds them from now on
    boolean processing = !current.cancelled() && PROCESSING_MESSAGE.equals(current.message());
    replace(order, itemId, i -> new Item(i.id(), i.name(), i.product(), i.options(),
        processing ? settings.activeStatus() : i.status(), processing ? settings.activeMessage() : i.message(),
        i.cancelled(), i.price(), true, ips));
    boolean allActive = order.items.stream().allMatch(i -> i.cancelled() || i.active())
        && order.items.stream().anyMatch(i -> !i.cancelled());
    if (allActive && order.status == PROCESSING && PROCESSING_MESSAGE.equals(order.message)) {
      order.status = settings.activeStatus();
      order.message = settings.activeMessage();
    }
  }

  /** Activates every item that is not active yet and does not await payment. */
  void activateAll() {
    // Every item that may still become active has its activation queued or waiting.
    while (!activations.isEmpty()) {
      waiting.add(activations.removeFirst());
    }
    waiting.removeIf(a -> settle(a));
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
    return Optional.ofNullable(byItem.get(itemId));
  }

  /** Cancels item {@code itemId} of {@code order}; cancelling twice changes nothing. */
  void cancel(OrderState order, long itemId) {
    replace(order, itemId, i -> new Item(i.id(), i.name(), i.product(), i.options(), CANCELLED,
        CANCELLED_MESSAGE, true, i.price(), i.active(), i.ipAddresses()));
    if (order.items.stream().allMatch(Item::cancelled)) {
      order.status = CANCELLED;
      order.message = CANCELLED_MESSAGE;
    }
  }

  void setItemStatus(OrderState order, long itemId, int status, String message) {
    replace(order, itemId, i -> new Item(i.id(), i.name(), i.product(), i.options(), status,
        message, i.cancelled(), i.price(), i.active(), i.ipAddresses()));
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
      activations.addLast(new Activation(now().plus(settings.activationDelay()), order, item.id()));
    }
  }

  Optional<OrderState> orderOfInvoice(long invoiceId) {
    return Optional.ofNullable(byInvoice.get(invoiceId));
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
