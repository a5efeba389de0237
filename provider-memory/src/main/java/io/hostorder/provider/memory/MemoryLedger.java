package io.hostorder.provider.memory;

import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.Invoice;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderLine;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The orders of one account and the balance they are paid from. An order is paid from the balance when
 * it is committed (status {@code ACTIVE}); when the balance is too low it waits for payment
 * ({@code PENDING_PAYMENT}, with an invoice) until {@link #pay} finds enough. Every method is
 * synchronized: one account, one lock, as in a database row lock.
 *
 * <p>Its cost per order is flat: an order is found by id or by reference through a map (a reconcile by
 * reference comes before every checkout), and an order's total is kept only while it waits for payment.
 */
final class MemoryLedger {
  private static final String CURRENCY = "EUR";
  private final String account;
  private final Map<String, Order> orders = new LinkedHashMap<>();
  /** The first order placed with each reference, by reference. */
  private final Map<String, String> idByReference = new HashMap<>();
  /** The totals of the orders waiting for payment. */
  private final Map<String, BigDecimal> totals = new HashMap<>();
  /** How many orders the lookups by reference looked at, for tests that count the cost of a lookup. */
  private long visited;
  private BigDecimal balance;
  private int nextId = 1;

  MemoryLedger(String account, BigDecimal balance) {
    this.account = account;
    this.balance = balance;
  }

  synchronized int size() {
    return orders.size();
  }

  synchronized List<Order> all() {
    return new ArrayList<>(orders.values());
  }

  synchronized Optional<Order> byId(String id) {
    return Optional.ofNullable(orders.get(id));
  }

  synchronized Optional<Order> byReference(String reference) {
    String id = idByReference.get(reference);
    if (id == null) {
      return Optional.empty();
    }
    visited++;
    return Optional.ofNullable(orders.get(id));
  }

  /** Returns how many orders the lookups by reference looked at so far. */
  synchronized long visited() {
    return visited;
  }

  synchronized BigDecimal balance() {
    return balance;
  }

  synchronized void balance(BigDecimal balance) {
    this.balance = balance;
  }

  synchronized void clear(BigDecimal balance) {
    orders.clear();
    idByReference.clear();
    totals.clear();
    this.balance = balance;
  }

  /** Stores a new order of {@code items} and pays it from the balance when it can. */
  synchronized Order commit(String reference, List<OrderItem> items, String promoCode, boolean discounted) {
    String id = "mem-" + nextId++;
    List<OrderLine> lines = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    int[] lineNo = {1};
    for (OrderItem item : items) {
      total = total.add(addLines(id, item, null, BillingPeriod.P1M, lines, lineNo));
    }
    if (discounted) {
      total = total.multiply(new BigDecimal("0.90")).setScale(2, java.math.RoundingMode.HALF_UP);
    }
    Order order = Order.builder(OrderRef.of(id)).provider("memory").reference(reference).promoCode(promoCode)
        .lines(lines).status(OrderStatus.PENDING_PAYMENT).providerStatus("unpaid").build();
    orders.put(id, order);
    if (reference != null) {
      idByReference.putIfAbsent(reference, id);
    }
    totals.put(id, total);
    return pay(id);
  }

  /** Pays order {@code id} from the balance when it is waiting and the balance is enough; returns it. */
  synchronized Order pay(String id) {
    Order order = require(id);
    if (order.status() != OrderStatus.PENDING_PAYMENT) {
      return order;
    }
    BigDecimal total = totals.get(id);
    if (balance.compareTo(total) < 0) {
      Invoice invoice = new Invoice("inv-" + id, total, CURRENCY,
          "balance " + balance.toPlainString() + " " + CURRENCY + " is too low");
      order = order.toBuilder().invoice(invoice).build();
    } else {
      balance = balance.subtract(total);
      totals.remove(id);
      order = withStatus(order.toBuilder().invoice(null).build(), OrderStatus.ACTIVE, "active");
    }
    orders.put(id, order);
    return order;
  }

  synchronized Order cancel(String id) {
    Order cancelled = withStatus(require(id), OrderStatus.CANCELLED, "cancelled");
    totals.remove(id);
    orders.put(id, cancelled);
    return cancelled;
  }

  /** Cancels line {@code lineId} and the lines related to it; the order is cancelled with its last line. */
  synchronized Order cancelLine(String id, String lineId) {
    Order order = require(id);
    if (order.lines().stream().noneMatch(l -> l.id().equals(lineId))) {
      throw new NotFoundException("memory account '" + account + "': order " + id + " has no line " + lineId);
    }
    List<String> doomed = new ArrayList<>(List.of(lineId));
    List<OrderLine> lines = new ArrayList<>();
    for (OrderLine line : order.lines()) {
      boolean cancel = doomed.contains(line.id()) || doomed.contains(line.parentId());
      if (cancel) {
        doomed.add(line.id());
      }
      lines.add(cancel ? line.toBuilder().status(OrderStatus.CANCELLED).providerStatus("cancelled").build() : line);
    }
    Order changed = order.toBuilder().lines(lines).build();
    if (lines.stream().allMatch(l -> l.status() == OrderStatus.CANCELLED)) {
      changed = changed.toBuilder().status(OrderStatus.CANCELLED).providerStatus("cancelled").build();
    }
    orders.put(id, changed);
    return changed;
  }

  private Order require(String id) {
    Order order = orders.get(id);
    if (order == null) {
      throw new NotFoundException("memory account '" + account + "' has no order " + id);
    }
    return order;
  }

  private static Order withStatus(Order order, OrderStatus status, String providerStatus) {
    List<OrderLine> lines = new ArrayList<>();
    for (OrderLine line : order.lines()) {
      boolean keep = line.status() == OrderStatus.CANCELLED;
      lines.add(keep ? line : line.toBuilder().status(status).providerStatus(providerStatus).build());
    }
    return order.toBuilder().status(status).providerStatus(providerStatus).lines(lines).build();
  }

  /** Adds the lines of {@code item} and its related items; a related item without a period takes its parent's. */
  private static BigDecimal addLines(String orderId, OrderItem item, String parentId, BillingPeriod inherited,
      List<OrderLine> out, int[] lineNo) {
    String lineId = orderId + "-" + lineNo[0]++;
    BillingPeriod period = item.period() == null ? inherited : item.period();
    MemoryCatalog.Plan plan = MemoryCatalog.plan(item.plan()).orElseThrow();
    out.add(OrderLine.builder(lineId).name(item.name() != null ? item.name() : item.plan()).parentId(parentId)
        .status(OrderStatus.PENDING_PAYMENT).providerStatus("unpaid")
        .providerId("plan", plan.id()).providerId("period", period.iso())
        .providerId("quantity", Integer.toString(item.quantity())).build());
    BigDecimal total = plan.price(period).multiply(BigDecimal.valueOf(item.quantity()));
    for (OrderItem child : item.related()) {
      total = total.add(addLines(orderId, child, lineId, period, out, lineNo));
    }
    return total;
  }
}
