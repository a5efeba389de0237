package io.hostorder.provider.jsonrest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hostorder.core.Capabilities;
import io.hostorder.core.Cart;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.http.Failures;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.provider.jsonrest.ActionClient.Answer;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@code jsonrest} provider over an {@link ActionClient}. Stateless apart from the client; thread-safe. */
final class DefaultJsonRestProvider implements JsonRestProvider {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultJsonRestProvider.class);
  private final ActionClient client;

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
    Objects.requireNonNull(reference, "reference == null");
    if (reference.isBlank()) {
      throw new InvalidOrderException(new Violation("reference", "must not be blank"));
    }
    return new LocalCart(this, reference);
  }

  /**
   * Sends one {@code order_create} for {@code items} and returns the order, completed with its items
   * by an {@code order_status} when that answers (the create answer carries only the order's id).
   */
  Order create(List<OrderItem> items, String reference) {
    ObjectNode body = OrderWriter.create(client.mapper(), items, reference);
    Answer answer;
    try {
      answer = client.send(body);
    } catch (IOException e) {
      throw Failures.io(e, true, reference, "order_create", Map.of());
    }
    Optional<io.hostorder.core.error.PaymentRequiredException> payment = PaymentAnswer.of(answer, reference, client);
    if (payment.isPresent()) {
      throw payment.get();
    }
    if (!answer.ok()) {
      throw Errors.ofCreate(reference, answer, client);
    }
    JsonNode json = answer.body();
    String orderId = AnswerReader.id(json.path("order_id"));
    if (orderId == null) {
      String code = AnswerReader.id(json.path("status"));
      String message = Errors.message(answer, client);
      if (code != null && code.startsWith("4")) {
        // The body reports a refusal of the request and names no order: nothing was created.
        throw new ProviderErrorException(code, message.isEmpty() ? "(no message)" : message,
            Map.of("reference", reference, "httpStatus", Integer.toString(answer.code())), null);
      }
      // HTTP 2xx says the order went through, but without its id it cannot be followed.
      throw new OutcomeUnknownException(reference, "order_create", Map.of("httpStatus", Integer.toString(answer.code())),
          AnswerReader.malformed("no order_id in a 2xx order_create answer: " + client.scrub(answer.text())));
    }
    Order created = AnswerReader.order(json, orderId, reference);
    try {
      Order full = order(created.ref());
      return full.toBuilder()
          .reference(full.reference() != null ? full.reference() : reference)
          .message(full.message() != null ? full.message() : created.message())
          .build();
    } catch (HostorderException e) {
      // The order exists; only its details could not be read now. order(ref) reads them later.
      LOG.debug("order {} placed; order_status after it failed: {}", orderId, e.getMessage());
      return created;
    }
  }

  @Override
  public Order order(OrderRef ref) {
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
    String subject = "item " + lineId + " of order " + ref.id();
    ObjectNode body = client.action("order_cancel");
    body.put("order_id", number(ref.id(), subject));
    body.put("order_item_id", number(lineId, subject));
    client.call(body, subject);
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
