package io.hostorder.provider.jsonrest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hostorder.core.Capabilities;
import io.hostorder.core.Cart;
import io.hostorder.core.cart.LocalCart;
import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.commit.PendingOutcomes;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.TransientException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderLine;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.OrderStatus;
import io.hostorder.core.model.Server;
import io.hostorder.provider.jsonrest.ActionClient.Answer;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code jsonrest} provider over an {@link ActionClient}. Holds the references of this instance whose
 * {@code order_create} had an unknown outcome ({@link PendingOutcomes}); thread-safe.
 */
final class DefaultJsonRestProvider implements JsonRestProvider {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultJsonRestProvider.class);
  /** The prefix of a line id that is the item's position in order_create ("#1"), before its id is read. */
  static final String POSITION = "#";
  private final ActionClient client;
  private final PendingOutcomes pending = new PendingOutcomes();

  DefaultJsonRestProvider(ActionClient client) {
    this.client = client;
  }

  @Override
  public String type() {
    return JsonRestProviderFactory.TYPE;
  }

  @Override
  public Capabilities capabilities() {
    return JsonRestProviderFactory.CAPABILITIES;
  }

  @Override
  public List<Violation> validate(OrderRequest order) {
    Objects.requireNonNull(order, "order == null");
    return OrderWriter.validate(order);
  }

  @Override
  public Cart newCart(String reference) {
    return newCart(reference, OrderTrail.NONE);
  }

  /**
   * Returns core's {@link LocalCart} (the API has no cart of its own): {@code add} only checks the item and
   * keeps it, and checkout sends every item in one {@code order_create}, at most once, reporting to {@code
   * trail}; the order id goes to the trail as soon as the answer gives it. After an unknown outcome a
   * checkout of the reference only reads ({@link #findAfter}): the order found, or the same error again.
   */
  @Override
  public Cart newCart(String reference, OrderTrail trail) {
    return LocalCart.builder(this, reference).trail(trail, pending).step(CreateAnswer.STEP)
        .create((items, promoCode) -> create(items, reference))
        .afterUnknown((ref, unknown) -> findAfter(unknown, ref))
        .build();
  }

  /** Sends {@code order_create} and returns the order it created, or throws its payment request with the order. */
  private Order create(List<OrderItem> items, String reference) {
    CreateAnswer.Created created = send(items, reference);
    if (created.payment() != null) {
      throw created.payment();
    }
    return complete(created, reference, items);
  }

  /** Returns true: {@link #newCart(String, OrderTrail)} reports to its trail. */
  @Override
  public boolean reportsTrail() {
    return true;
  }

  /**
   * Sends one {@code order_create} for {@code items} and returns what it created, classified by {@link
   * CreateAnswer}.
   *
   * @throws OutcomeUnknownException when the order may or may not exist
   */
  CreateAnswer.Created send(List<OrderItem> items, String reference) {
    ObjectNode body = OrderWriter.create(client.mapper(), items, reference);
    Answer answer;
    try {
      answer = client.send(body);
    } catch (IOException e) {
      throw CreateAnswer.io(e, reference);
    }
    return CreateAnswer.classify(answer, reference, client);
  }

  /**
   * Returns the order {@code created} by {@code order_create}, completed with its items by an {@code
   * order_status} when that answers (the create answer carries only the order's id).
   */
  Order complete(CreateAnswer.Created created, String reference, List<OrderItem> items) {
    Order order = AnswerReader.order(created.body(), created.orderId(), reference);
    if (!order.lines().isEmpty()) {
      return order;
    }
    // The create answer carries the order id, its status and message only (the document's example): no read
    // after it. Its items are known by their position in order_create until order(ref) reads their ids;
    // cancel(ref, "#n") reads them then, once.
    Order.Builder b = order.toBuilder();
    for (int i = 0; i < items.size(); i++) {
      OrderItem item = items.get(i);
      b.addLine(OrderLine.builder(POSITION + (i + 1)).name(item.name() != null ? item.name() : item.plan())
          .status(order.status()).providerStatus(order.providerStatus()).message(order.message()).build());
    }
    return b.build();
  }

  /**
   * Looks for the order of {@code reference} after {@code unknown}, with reading requests only: {@code
   * order_status} of the order id the lost answer named, else {@code order_list} for an order whose own
   * {@code reference} is this one. The document never shows an answer carrying the order's reference, so
   * only a match proves anything: an order not found, or a list whose orders carry no reference, leaves the
   * outcome unknown.
   *
   * @return the order when found, or empty when the outcome stays unknown
   */
  Optional<Order> findAfter(OutcomeUnknownException unknown, String reference) {
    try {
      String orderId = unknown.details().get("orderId");
      if (orderId != null) {
        Order found = status(new OrderRef(orderId));
        return Optional.of(found.reference() == null ? found.toBuilder().reference(reference).build() : found);
      }
      List<Order> matches = orders().stream().filter(o -> reference.equals(o.reference())).toList();
      return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    } catch (HostorderException e) {
      LOG.debug("reconcile of {} could not read the orders: {}", reference, e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Returns the order a write-ahead journal holds for {@code reference}, looked up with {@code knownIds}: by
   * {@code order_status} of the recorded {@code orderId} when the journal has one; otherwise in {@code
   * order_list} by the order's {@code reference}, which {@code order_create} sends (the document shows it).
   * Never empty: the document shows neither the list's rows nor how soon a new order is listed, so an order
   * missing from the list proves nothing, and neither does a list whose rows carry no reference or that holds
   * two with this one; whether the order exists cannot be told then, which is a typed error (the journal
   * leaves the reference to an operator), never "not placed".
   */
  @Override
  public Optional<Order> reconcile(String reference, Map<String, String> knownIds) {
    Objects.requireNonNull(reference, "reference == null");
    String orderId = knownIds == null ? null : knownIds.get("orderId");
    if (orderId != null && !orderId.isBlank()) {
      Order found = status(new OrderRef(orderId));
      return Optional.of(found.reference() == null ? found.toBuilder().reference(reference).build() : found);
    }
    List<Order> all = orders();
    List<Order> matches = all.stream().filter(o -> reference.equals(o.reference())).toList();
    if (matches.size() == 1) {
      return Optional.of(matches.get(0));
    }
    if (matches.size() > 1) {
      throw new ProviderErrorException("ambiguous-reference", "order_list shows " + matches.size()
          + " orders with the reference '" + reference + "'", Map.of("reference", reference), null);
    }
    if (!all.isEmpty() && all.stream().allMatch(o -> o.reference() == null)) {
      throw new ProviderErrorException("no-reference-in-list", "order_list shows " + all.size()
          + " orders but none carries a reference, so whether one is '" + reference + "' cannot be told",
          Map.of("reference", reference), null);
    }
    throw new ProviderErrorException("not-listed", "order_list shows no order with the reference '" + reference
        + "'; that proves nothing (the document does not say how soon an order is listed)",
        Map.of("reference", reference), null);
  }

  /**
   * Returns the order with each line's {@link Server} from {@code server_list}: one {@code order_status}, then
   * one {@code server_list} with the line's {@code order_item_id} for every line that is not cancelled, failed
   * or awaiting payment (no server runs for those). A line whose server runs with an address is {@link
   * OrderStatus#ACTIVE}, whatever code {@code order_status} gave it (the document does not say which code an
   * active item has); the order is ACTIVE when each line is ACTIVE or CANCELLED, and one at least is ACTIVE.
   * {@code server_list} only adds details: a 404 means no server (yet), the line stays as it is; when it
   * fails otherwise or its answer cannot be read, the line keeps its
   * status without a server and its message says why; after a failure that may pass (a time-out, a 503),
   * the remaining lines are not asked for, so that one slow answer is not waited for once per line.
   */
  @Override
  public Order order(OrderRef ref) {
    Order order = status(ref);
    List<OrderLine> lines = new ArrayList<>();
    String skipped = null;
    for (OrderLine line : order.lines()) {
      if (!wantsServer(line)) {
        lines.add(line);
      } else if (skipped != null) {
        lines.add(unread(line, skipped));
      } else {
        try {
          lines.add(withServer(line, serverOf(line.id())));
        } catch (NotFoundException e) {
          // server_list knows no server of this item (yet): nothing to add, nothing went wrong.
          LOG.debug("order {}: server_list has no server of item {}: {}", ref.id(), line.id(), e.getMessage());
          lines.add(line);
        } catch (HostorderException e) {
          LOG.debug("order {}: server_list of item {} failed: {}", ref.id(), line.id(), e.getMessage());
          lines.add(unread(line, e.getMessage()));
          if (e instanceof TransientException) {
            skipped = "not asked after server_list of item " + line.id() + " failed";
          }
        }
      }
    }
    boolean active = lines.stream().allMatch(l -> l.status() == OrderStatus.ACTIVE || l.status() == OrderStatus.CANCELLED)
        && lines.stream().anyMatch(l -> l.status() == OrderStatus.ACTIVE);
    Order.Builder b = order.toBuilder().lines(lines);
    return (active ? b.status(OrderStatus.ACTIVE) : b).build();
  }

  private static boolean wantsServer(OrderLine line) {
    return line.status() != OrderStatus.CANCELLED && line.status() != OrderStatus.FAILED
        && line.status() != OrderStatus.PENDING_PAYMENT && line.id().matches("\\d{1,30}");
  }

  private static OrderLine withServer(OrderLine line, Server server) {
    if (server == null) {
      return line;
    }
    OrderLine.Builder b = line.toBuilder().server(server);
    return (server.ready() ? b.status(OrderStatus.ACTIVE) : b).build();
  }

  private static OrderLine unread(OrderLine line, String why) {
    String note = "server details not read: " + why;
    return line.toBuilder().message(line.message() == null ? note : line.message() + "; " + note).build();
  }

  /** Returns the server of order item {@code itemId} from one {@code server_list}, or null when it shows none. */
  private Server serverOf(String itemId) {
    ObjectNode body = client.action("server_list");
    body.put("order_item_id", new BigInteger(itemId));
    Answer answer = client.call(body, "order item " + itemId);
    if (answer.json() == null && !answer.text().isBlank()) {
      throw AnswerReader.malformed("a server_list answer that is not JSON: " + client.scrub(answer.text()));
    }
    try {
      return ServerDetails.read(answer.body(), itemId);
    } catch (ProviderErrorException e) {
      throw e;
    } catch (RuntimeException e) {
      throw AnswerReader.malformed("a server_list answer that cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** Returns the order as {@code order_status} alone shows it: one request, lines without servers. */
  private Order status(OrderRef ref) {
    Objects.requireNonNull(ref, "ref == null");
    ObjectNode body = client.action("order_status");
    body.put("order_id", number(ref.id(), "order " + ref.id()));
    Answer answer = client.call(body, "order " + ref.id());
    if (!answer.body().isObject()) {
      throw AnswerReader.malformed("an order_status answer that is not an object: " + client.scrub(answer.text()));
    }
    return AnswerReader.order(answer.body(), ref.id(), null);
  }

  @Override
  public List<Order> orders() {
    Answer answer = client.call(client.action("order_list"), "order list");
    if (answer.json() == null && !answer.text().isBlank()) {
      throw AnswerReader.malformed("an order_list answer that is not JSON: " + client.scrub(answer.text()));
    }
    return AnswerReader.orders(answer.body());
  }

  @Override
  public void cancel(OrderRef ref) {
    Objects.requireNonNull(ref, "ref == null");
    ObjectNode body = client.action("order_cancel");
    body.put("order_id", number(ref.id(), "order " + ref.id()));
    client.call(body, "order " + ref.id());
  }

  @Override
  public void cancel(OrderRef ref, String lineId) {
    Objects.requireNonNull(ref, "ref == null");
    Objects.requireNonNull(lineId, "lineId == null");
    if (lineId.startsWith(POSITION)) {
      lineId = itemAt(ref, lineId);
    }
    String subject = "item " + lineId + " of order " + ref.id();
    ObjectNode body = client.action("order_cancel");
    body.put("order_id", number(ref.id(), subject));
    body.put("order_item_id", number(lineId, subject));
    client.call(body, subject);
  }

  /**
   * Returns the item id of the line {@code position} ("#n", the n-th item sent in order_create, as the
   * order placed returns its lines) read from order_status.
   */
  private String itemAt(OrderRef ref, String position) {
    int n;
    try {
      n = Integer.parseInt(position.substring(POSITION.length()));
    } catch (NumberFormatException e) {
      throw new NotFoundException("order " + ref.id() + " has no line " + position);
    }
    List<OrderLine> lines = status(ref).lines();
    if (n < 1 || n > lines.size()) {
      throw new NotFoundException("order " + ref.id() + " has no line " + position + " (order_status lists "
          + lines.size() + " item(s))");
    }
    String id = lines.get(n - 1).id();
    if (id.startsWith(POSITION)) {
      throw new ProviderErrorException("no-item-id", "order_status gives item " + n + " of order " + ref.id()
          + " no id: it cannot be cancelled alone", Map.of("orderId", ref.id()), null);
    }
    return id;
  }

  @Override
  public List<JsonRestServer> servers() {
    return servers(BigInteger.ZERO, "servers");
  }

  @Override
  public List<JsonRestServer> servers(String orderItemId) {
    Objects.requireNonNull(orderItemId, "orderItemId == null");
    return servers(number(orderItemId, "order item " + orderItemId), "servers of order item " + orderItemId);
  }

  private List<JsonRestServer> servers(BigInteger orderItemId, String subject) {
    ObjectNode body = client.action("server_list");
    body.put("order_item_id", orderItemId);
    Answer answer = client.call(body, subject);
    if (answer.json() == null && !answer.text().isBlank()) {
      throw AnswerReader.malformed("a server_list answer that is not JSON: " + client.scrub(answer.text()));
    }
    return AnswerReader.servers(answer.body());
  }

  /** Returns {@code id} as the JSON number the API takes; an id that is not a whole number names nothing there. */
  private static BigInteger number(String id, String subject) {
    String s = id.trim();
    if (!s.matches("\\d{1,30}")) {
      throw new NotFoundException("jsonrest: " + subject + " not found (the API's ids are whole numbers; nothing was sent)");
    }
    return new BigInteger(s);
  }

  @Override
  public String toString() {
    return "JsonRestProvider{}";
  }
}
