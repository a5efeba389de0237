package io.hostorder.provider.jsonrest;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.core.error.PaymentRequiredException;
import io.hostorder.core.model.Invoice;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderStatus;
import io.hostorder.provider.jsonrest.ActionClient.Answer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises an {@code order_create} answer that asks for payment. The document only says "If your
 * profile do not have enough credit, you might get a response asking for payment. The invoice is
 * already created if so." — its shape is not documented, so it is detected defensively: HTTP 402; a
 * body {@code status} of 402; a member flagging payment ({@code payment_required}, {@code payment_url},
 * {@code pay_url}, {@code invoice_url}); or a message speaking of payment, invoice or credit together
 * with an invoice id, an order id on an error, or a status other than 200. The raw message is kept.
 */
final class PaymentAnswer {
  private static final Pattern WORDS = Pattern.compile(
      "(?i)(payment|\\bpay\\b|\\bpaid\\b|invoice|insufficient|credit|funds|top[ -]?up|balance)");
  private static final Pattern INVOICE_IN_TEXT = Pattern.compile(
      "(?i)invoice\\s*(?:id|no\\.?|number|nr\\.?)?\\s*[:#]?\\s*(\\d+)");

  private PaymentAnswer() {}

  /** Returns the payment-required error {@code answer} stands for, or empty when it does not ask for payment. */
  static Optional<PaymentRequiredException> of(Answer answer, String reference, ActionClient client) {
    JsonNode body = answer.body();
    String code = AnswerReader.id(body.path("status"));
    String orderId = AnswerReader.id(body.path("order_id"));
    String message = Errors.message(answer, client);
    String invoiceId = invoiceId(body, message);
    boolean flagged = truthy(body.path("payment_required")) || present(body, "payment_url", "pay_url", "invoice_url");
    boolean words = WORDS.matcher(message).find();
    boolean asks = answer.code() == 402 || "402".equals(code) || flagged
        || (words && (invoiceId != null
            || (answer.ok() && !"200".equals(code))
            || (!answer.ok() && orderId != null)));
    if (!asks) {
      return Optional.empty();
    }
    Invoice invoice = new Invoice(invoiceId, amount(body), currency(body), message.isEmpty() ? null : message);
    Order order = orderId == null ? null : Order.builder(new OrderRef(orderId))
        .provider(JsonRestProviderFactory.TYPE)
        .reference(reference)
        .status(OrderStatus.PENDING_PAYMENT)
        .providerStatus(code)
        .message(message.isEmpty() ? null : message)
        .invoice(invoice)
        .build();
    Map<String, String> details = new LinkedHashMap<>();
    details.put("reference", reference);
    details.put("httpStatus", Integer.toString(answer.code()));
    String text = "jsonrest order_create: the provider asks for payment"
        + (orderId != null ? "; order " + orderId + " exists" : "; no order id was given")
        + (invoiceId != null ? ", invoice " + invoiceId + " is created" : "")
        + (message.isEmpty() ? "" : " (provider said: " + message + ")");
    return Optional.of(new PaymentRequiredException(text, order, invoice, details));
  }

  /**
   * Returns true when {@code answer} speaks of payment in any way: HTTP 402, a body {@code status} of 402, a
   * member flagging payment, or a message about payment, an invoice, credit, funds, balance or a top-up.
   */
  static boolean mentionsPayment(Answer answer, ActionClient client) {
    JsonNode body = answer.body();
    return answer.code() == 402 || "402".equals(AnswerReader.id(body.path("status")))
        || truthy(body.path("payment_required")) || present(body, "payment_url", "pay_url", "invoice_url")
        || AnswerReader.id(body.path("invoice_id")) != null
        || WORDS.matcher(Errors.message(answer, client)).find();
  }

  private static String invoiceId(JsonNode body, String message) {
    for (String name : new String[] {"invoice_id", "invoiceId", "invoice"}) {
      String id = AnswerReader.id(body.path(name));
      if (id != null) {
        return id;
      }
    }
    JsonNode invoice = body.path("invoice");
    if (invoice.isObject()) {
      String id = AnswerReader.id(invoice.path("id"));
      if (id == null) {
        id = AnswerReader.id(invoice.path("invoice_id"));
      }
      if (id != null) {
        return id;
      }
    }
    Matcher m = INVOICE_IN_TEXT.matcher(message);
    return m.find() ? m.group(1) : null;
  }

  private static BigDecimal amount(JsonNode body) {
    for (JsonNode n : new JsonNode[] {body.path("amount"), body.path("invoice").path("amount"), body.path("total")}) {
      if (n.isNumber()) {
        return n.decimalValue();
      }
      if (n.isTextual()) {
        try {
          return new BigDecimal(n.asText().trim());
        } catch (NumberFormatException e) {
          // not an amount; try the next place
        }
      }
    }
    return null;
  }

  private static String currency(JsonNode body) {
    String c = AnswerReader.text(body.path("currency"));
    return c != null ? c : AnswerReader.text(body.path("invoice").path("currency"));
  }

  private static boolean truthy(JsonNode n) {
    return n.asBoolean(false) || "1".equals(n.asText()) || "yes".equalsIgnoreCase(n.asText());
  }

  private static boolean present(JsonNode body, String... names) {
    for (String name : names) {
      if (AnswerReader.text(body.path(name)) != null && !body.path(name).asText().isBlank()) {
        return true;
      }
    }
    return false;
  }
}
