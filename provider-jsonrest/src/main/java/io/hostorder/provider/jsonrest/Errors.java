package io.hostorder.provider.jsonrest;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.provider.jsonrest.ActionClient.Answer;
import java.util.Map;

/**
 * The API's own error body ("HTTP response codes other than 2xx is an error" — the document): its message,
 * and the refusal a call that creates nothing gets for a 4xx core's {@link
 * io.hostorder.core.commit.AnswerClassifier} gives no common meaning to (401, 403, 404, 408 and 429 it
 * types itself): a provider error carrying the body's message. {@code order_create}'s answers are {@link
 * CreateAnswer}'s.
 */
final class Errors {
  private Errors() {}

  /** Throws the provider's error for a documented refusal of a call that creates nothing; null for any other answer. */
  static Answer refusal(String action, Answer answer, ActionClient client) {
    int code = answer.code();
    if (code < 400 || code >= 500 || code == 401 || code == 403 || code == 404 || code == 408 || code == 429) {
      return null;
    }
    String message = message(answer, client);
    throw new ProviderErrorException("HTTP " + code, message.isEmpty() ? "(no message)" : message,
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
