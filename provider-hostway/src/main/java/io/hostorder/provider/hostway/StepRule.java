package io.hostorder.provider.hostway;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hostorder.core.commit.AnswerRule;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.model.SecretScrubber;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the Hostway OrderAPI's document says of the answers to a request that creates or submits something;
 * core's {@link io.hostorder.core.commit.AnswerClassifier} applies {@link AnswerRule} to the rest. The recognised success is the status the document gives the step (201 with a {@code Location}
 * for {@code POST /orders}, a product or a service; 202 for submit), never an HTML page, with a body that is
 * empty or JSON. A definitive refusal is a status the OrderAPI documents as a refusal (400, 401, 403, 404,
 * 409) with its documented body: the error template {@code {"<errorType>": {"message", "code", "details"}}}
 * or plain text (401 with an OwnerId problem is {@code text/plain}); 401 and 403 are refused before
 * anything is done whatever their body. A 503 or 429 that is not an HTML page was refused before processing.
 * Everything else — HTML of any status, 5xx (502 "Unexpected backend response" included: the backend may
 * have done its work), a truncated or non-JSON body, a status the document does not give — is unknown.
 * Stateless.
 */
final class StepRule {
  private static final Set<Integer> REFUSALS = Set.of(400, 401, 403, 404, 409);

  private StepRule() {}

  /** Returns true when {@code a} is the documented success {@code status}: not HTML, its body empty or JSON. */
  static boolean succeeded(Answer a, int status, ObjectMapper mapper) {
    return a.code() == status && !AnswerRule.isHtml(a.contentType(), a.body()) && emptyOrJson(a.body(), mapper);
  }

  /**
   * Returns the typed error of {@code a}, an answer to the committing {@code request} that is not its
   * recognised success: a documented refusal typed by {@link Exchange#error}, else what core's {@link
   * io.hostorder.core.commit.AnswerClassifier} makes of it (a refusal before processing, with the provider's
   * words and body, or an {@link io.hostorder.core.error.OutcomeUnknownException}).
   *
   * @param details provider ids for the typed refusal
   */
  static HostorderException failure(Answer a, AnswerRule.Request request, ObjectMapper mapper, SecretScrubber scrubber,
      Map<String, String> details) {
    return Exchange.answers(mapper, scrubber, Map.of()).failure(request, Exchange.http(a),
        x -> documentedRefusal(a, mapper) ? Exchange.error(a, request.step(), mapper, scrubber, details) : null);
  }

  /** Returns true when {@code a} is a refusal the OrderAPI documents, in one of its documented bodies. */
  static boolean documentedRefusal(Answer a, ObjectMapper mapper) {
    if (!REFUSALS.contains(a.code())) {
      return false;
    }
    if (a.code() == 401 || a.code() == 403) {
      // Authentication and permission are checked before anything is done (RFC 9110 §15.5.2, §15.5.4).
      return true;
    }
    if (Exchange.parse(a, mapper).type() != null) {
      return true;
    }
    String body = a.body() == null ? "" : a.body().strip();
    return plainText(a.contentType()) && !body.isEmpty() && !body.startsWith("{") && !body.startsWith("<");
  }

  private static boolean emptyOrJson(String body, ObjectMapper mapper) {
    if (body == null || body.isBlank()) {
      return true;
    }
    try {
      mapper.readTree(body);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean plainText(String contentType) {
    return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("text/plain");
  }
}
