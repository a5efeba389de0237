package io.hostorder.provider.jsonrest;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.TransientException;
import io.hostorder.provider.jsonrest.ActionClient.Answer;
import java.util.Map;

/**
 * Maps an answer that is not HTTP 2xx ("HTTP response codes other than 2xx is an error" — the
 * document) to the typed errors of the calls that create nothing: 401/403 authentication, 404 not found,
 * 408/429/5xx transient (reading again is harmless), anything else a provider error carrying the body's
 * message. {@code order_create}'s answers are {@link CreateAnswer}'s.
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
