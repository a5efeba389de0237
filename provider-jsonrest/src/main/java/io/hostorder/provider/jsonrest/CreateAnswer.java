package io.hostorder.provider.jsonrest;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.core.commit.AnswerRule;
import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.PaymentRequiredException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.TransientException;
import io.hostorder.provider.jsonrest.ActionClient.Answer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the JSON action API's document says of the answer to {@code order_create}, handed to core's {@link
 * io.hostorder.core.commit.AnswerClassifier}, which applies {@link AnswerRule} to the rest. The document: "Return data is
 * HTTP 2xx JSON with created order id. HTTP response codes other than 2xx is an error. If your profile do not
 * have enough credit, you might get a response asking for payment. The invoice is already created if so."
 *
 * <ul>
 *   <li>the recognised success is a 2xx JSON object with {@code order_id}; when it asks for payment, the order
 *       exists and awaits payment ({@link PaymentRequiredException} with the order);
 *   <li>an answer asking for payment (of any status) without {@code order_id}, or any other answer that
 *       speaks of payment, credit or an invoice and names no order, is outcome unknown: the invoice, so an
 *       order, may already exist;
 *   <li>a definitive refusal is a 4xx with the API's error body (a JSON object with its {@code message}) that
 *       names no order and does not ask for payment; 401 and 403 refuse the credentials before anything is
 *       done, whatever their body;
 *   <li>a 503 or 429 that is not an HTML page, and a 408, were refused before processing (RFC 9110 §15.6.4,
 *       §15.5.9; RFC 6585 §4): safe to retry;
 *   <li>everything else — HTML of any status, a non-JSON, truncated or empty body, a 2xx without {@code
 *       order_id}, any other 5xx — is outcome unknown, with the order id when the answer carried one.
 * </ul>
 *
 * Stateless.
 */
final class CreateAnswer {
  static final String STEP = "order_create";

  private CreateAnswer() {}

  /** What {@code order_create} did: the order it created, and the payment it asks for (or null). */
  record Created(String orderId, JsonNode body, PaymentRequiredException payment) {}

  /** Returns what {@code answer} says was created, or throws the typed error it stands for. */
  static Created classify(Answer answer, String reference, ActionClient client) {
    String orderId = AnswerReader.id(answer.body().path("order_id"));
    Map<String, String> ids = new LinkedHashMap<>();
    if (orderId != null) {
      ids.put("orderId", orderId);
    }
    AnswerRule.Request request = AnswerRule.Request.committing(reference, STEP, ids);
    return client.answers().classify(request, answer.http(), a -> document(answer, orderId, request, client));
  }

  /**
   * What the document says of an answer that is not an HTML page: the created order, or a refusal, or null
   * when it does not give the answer (core's rule makes that an unknown outcome, or a refusal before
   * processing for a 503 or 429).
   */
  private static Created document(Answer answer, String orderId, AnswerRule.Request request, ActionClient client) {
    JsonNode body = answer.body();
    String reference = request.reference();
    Optional<PaymentRequiredException> payment = PaymentAnswer.of(answer, reference, client);
    if (payment.isPresent()) {
      if (orderId != null) {
        return new Created(orderId, body, payment.get()); // the order exists and awaits payment
      }
      throw unknown(request, answer, "HTTP " + answer.code() + " asking for payment without an order_id; "
          + "the document says the invoice is already created then, so an order may exist");
    }
    if (answer.ok()) {
      if (orderId != null && body.isObject()) {
        return new Created(orderId, body, null);
      }
      throw unknown(request, answer, "HTTP " + answer.code() + " without order_id"
          + (PaymentAnswer.mentionsPayment(answer, client) ? " that speaks of payment" : "")
          + (answer.json() == null ? (answer.text().isBlank() ? " (an empty body)" : " (not JSON)") : ""));
    }
    int code = answer.code();
    if (code == 408) {
      String message = Errors.message(answer, client);
      throw new TransientException("jsonrest order_create was not taken (HTTP 408"
          + (message.isEmpty() ? "" : ": " + message) + ", refused before processing); safe to retry", null,
          Map.of("httpStatus", Integer.toString(code)));
    }
    if (code == 503 || code == 429) {
      return null; // refused before processing, by core's rule
    }
    if (PaymentAnswer.mentionsPayment(answer, client)) {
      throw unknown(request, answer, "HTTP " + code + " that speaks of payment without an order_id; the invoice, "
          + "so an order, may already exist");
    }
    if (orderId == null && (code == 401 || code == 403)) {
      throw new AuthenticationException("jsonrest order_create refused the account's credentials (HTTP " + code
          + said(answer, client) + ")");
    }
    if (orderId == null && code >= 400 && code < 500 && errorBody(answer)) {
      if (code == 404) {
        throw new NotFoundException("jsonrest order_create: not found (HTTP 404" + said(answer, client) + ")");
      }
      String message = Errors.message(answer, client);
      throw new ProviderErrorException("HTTP " + code, message.isEmpty() ? "(no message)" : message,
          Map.of("reference", reference, "httpStatus", Integer.toString(code)), null);
    }
    return null; // not an answer the document gives: an unknown outcome
  }

  /** The API's error body: a JSON object with a non-blank {@code message} (or {@code error}) text. */
  private static boolean errorBody(Answer answer) {
    JsonNode body = answer.json();
    if (body == null || !body.isObject()) {
      return false;
    }
    for (String name : new String[] {"message", "error"}) {
      if (body.path(name).isTextual() && !body.path(name).asText().isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static OutcomeUnknownException unknown(AnswerRule.Request request, Answer answer, String what) {
    HostorderException e = AnswerRule.unrecognised(new AnswerRule.Request(request.kind(), request.reference(),
        request.step(), withStatus(request.ids(), answer.code())), answer.code(), what);
    return (OutcomeUnknownException) e;
  }

  private static Map<String, String> withStatus(Map<String, String> ids, int code) {
    Map<String, String> out = new LinkedHashMap<>(ids);
    out.put("httpStatus", Integer.toString(code));
    return out;
  }

  private static String said(Answer answer, ActionClient client) {
    String message = Errors.message(answer, client);
    return message.isEmpty() ? "" : ": " + message;
  }

  /** Returns the typed error of an I/O failure of {@code order_create}: never sent is transient, else unknown. */
  static HostorderException io(IOException e, String reference) {
    return AnswerRule.io(e, AnswerRule.Request.committing(reference, STEP, Map.of()));
  }
}
