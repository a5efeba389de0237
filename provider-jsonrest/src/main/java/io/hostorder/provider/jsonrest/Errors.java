package io.hostorder.provider.jsonrest;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.TransientException;
import io.hostorder.provider.jsonrest.ActionClient.Answer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps an answer that is not HTTP 2xx ("HTTP response codes other than 2xx is an error" — the
 * document) to the typed errors: 401/403 authentication, 404 not found, 408/429/5xx transient for the
 * calls that create nothing, anything else a provider error carrying the body's message.
 */
final class Errors {
  private Errors() {}

  /** Returns the error for a failed call that creates nothing; {@code subject} names what was asked for. */
  static HostorderException of(String action, String subject, Answer answer, ActionClient client) {
    int code = answer.code();
    String message = message(answer, client);
    String said = "HTTP " + code + (message.isEmpty() ? "" : ": " + message);
    if (code == 401 || code == 403) {
      return new AuthenticationException("jsonrest " + action + " refused the account's credentials (" + said + ")");
    }
    if (code == 404) {
      return new NotFoundException("jsonrest " + action + ": " + subject + " not found (" + said + ")");
    }
    if (code == 408 || code == 429 || code >= 500) {
      return new TransientException("jsonrest " + action + " failed (" + said + "); safe to retry", null,
          Map.of("httpStatus", Integer.toString(code)));
    }
    return new ProviderErrorException("HTTP " + code, message.isEmpty() ? "(no message)" : message,
        Map.of("action", action), null);
  }

  /**
   * Returns the error for an {@code order_create} answer that is not 2xx and does not ask for payment.
   * 401/403/404 and other 4xx: the order was refused, nothing was created. 408, 429 and 503: the server
   * did not take the request (by HTTP's meaning of those codes), safe to retry. Any other 5xx (500, 502,
   * 504, …): the server or a gateway failed while the request may already have been processed, so the
   * outcome is unknown.
   */
  static HostorderException ofCreate(String reference, Answer answer, ActionClient client) {
    int code = answer.code();
    String message = message(answer, client);
    String said = "HTTP " + code + (message.isEmpty() ? "" : ": " + message);
    Map<String, String> ids = new LinkedHashMap<>();
    String orderId = AnswerReader.id(answer.body().path("order_id"));
    if (orderId != null) {
      ids.put("orderId", orderId);
    }
    ids.put("httpStatus", Integer.toString(code));
    if (code == 401 || code == 403) {
      return new AuthenticationException("jsonrest order_create refused the account's credentials (" + said + ")");
    }
    if (code == 404) {
      return new NotFoundException("jsonrest order_create: not found (" + said + ")");
    }
    if (code == 408 || code == 429 || code == 503) {
      return new TransientException("jsonrest order_create was not taken (" + said + "); safe to retry", null, ids);
    }
    if (code >= 500) {
      return new OutcomeUnknownException(reference, "order_create", ids,
          new ProviderErrorException("HTTP " + code, message.isEmpty() ? "(no message)" : message));
    }
    ids.put("reference", reference);
    return new ProviderErrorException("HTTP " + code, message.isEmpty() ? "(no message)" : message, ids, null);
  }

  /** Returns the provider's own message in {@code answer}: its JSON {@code message} (or error) member, or its text. */
  static String message(Answer answer, ActionClient client) {
    JsonNode body = answer.body();
    for (String name : new String[] {"message", "error", "error_message", "errors", "detail"}) {
      JsonNode n = body.path(name);
      if (n.isTextual() && !n.asText().isBlank()) {
        return client.scrub(n.asText());
      }
      if (n.isContainerNode() && !n.isEmpty()) {
        return client.scrub(n.toString());
      }
    }
    if (answer.json() != null) {
      return answer.json().isContainerNode() && answer.json().isEmpty() ? "" : client.scrub(answer.json().toString());
    }
    return client.scrub(answer.text());
  }
}
