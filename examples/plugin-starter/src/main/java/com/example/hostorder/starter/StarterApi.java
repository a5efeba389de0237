package com.example.hostorder.starter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hostorder.core.commit.AnswerClassifier;
import io.hostorder.core.commit.AnswerRule;
import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.Violation;
import io.hostorder.core.http.HttpAnswer;
import io.hostorder.core.http.HttpBody;
import io.hostorder.core.http.HttpCall;
import io.hostorder.core.http.HttpCaller;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Starter Cloud's HTTP API: one method per request, each returning the answer's JSON document or throwing
 * the typed error for it. Every answer goes through one place, {@link #send}, which gives core's {@link
 * AnswerClassifier} the answer and what the API's document says of it ({@link #document}); the classifier
 * applies SPEC.md's rule: only a documented answer is definitive; anything else after a committing request
 * may have reached the API is an outcome unknown, never a reason to send it again. Safe for concurrent use.
 */
final class StarterApi {
  private static final AnswerClassifier ANSWERS = AnswerClassifier.of("Starter Cloud");

  private final HttpCaller http;
  private final URI base;
  private final String token;
  private final ObjectMapper mapper;

  StarterApi(HttpCaller http, URI base, String token, ObjectMapper mapper) {
    this.http = http;
    this.base = base;
    this.token = token;
    this.mapper = mapper;
  }

  ObjectMapper mapper() {
    return mapper;
  }

  /** {@code POST /v1/orders}: creates the order; the one committing request of a checkout. */
  JsonNode createOrder(ObjectNode order, String reference) {
    return send(post(url("v1/orders"), order,
        AnswerRule.Request.committing(reference, "create order", Map.of())));
  }

  /** {@code GET /v1/orders/{id}}. */
  JsonNode order(String id) {
    return send(get(url("v1/orders/" + segment(id)), AnswerRule.Request.reading("read order")));
  }

  /** {@code GET /v1/orders}, or only those placed with {@code reference} when it is not null. */
  JsonNode orders(String reference) {
    String query = reference == null ? "" : "?reference=" + URLEncoder.encode(reference, StandardCharsets.UTF_8);
    return send(get(url("v1/orders" + query), AnswerRule.Request.reading("list orders")));
  }

  /** {@code POST /v1/orders/{id}/cancel}: cancelling twice is harmless, so it is a reading request by the rule. */
  JsonNode cancel(String id) {
    return send(post(url("v1/orders/" + segment(id) + "/cancel"), mapper.createObjectNode(),
        AnswerRule.Request.reading("cancel order")));
  }

  /** Returns {@code path} (already encoded) under the base URL. */
  private URI url(String path) {
    return base.resolve(path);
  }

  /** Encodes {@code value} as one path segment. */
  private static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private HttpCall get(URI url, AnswerRule.Request kind) {
    return HttpCall.get(url, kind).header("Authorization", "Bearer " + token);
  }

  private HttpCall post(URI url, JsonNode body, AnswerRule.Request kind) {
    try {
      return HttpCall.post(url, HttpBody.json(mapper.writeValueAsString(body)), kind)
          .header("Authorization", "Bearer " + token);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a request body", e);
    }
  }

  /** Sends {@code call} and hands its answer to core's classifier with what the API's document says. */
  private JsonNode send(HttpCall call) {
    HttpAnswer answer = http.send(call);
    return ANSWERS.classify(call.request(), answer, a -> document(a, call.uri().getRawPath()));
  }

  /**
   * What the API's document says: a 2xx JSON object without {@code error} is a success; each refusal it
   * documents (401, 404, 409, 422, with its {@code error} code) means nothing was done. Anything else is
   * left to the classifier (null).
   */
  private JsonNode document(HttpAnswer answer, String path) {
    JsonNode document = parse(answer.body());
    if (document == null) {
      return null;
    }
    String error = document.path("error").asText("");
    int status = answer.status();
    if (answer.successful() && error.isEmpty()) {
      return document;
    }
    if (status == 401 && error.equals("unauthorized")) {
      throw new AuthenticationException("Starter Cloud refused the API token");
    }
    if (status == 404 && error.equals("not-found")) {
      throw new NotFoundException("Starter Cloud has no " + path);
    }
    if (status == 422 && error.equals("invalid")) {
      throw new InvalidOrderException(new Violation(document.path("field").asText("items"),
          "Starter Cloud: " + document.path("message").asText("refused")));
    }
    if (status == 409 && error.equals("out-of-stock")) {
      throw new ProviderErrorException(error, document.path("message").asText("out of stock"));
    }
    return null;
  }

  private JsonNode parse(String body) {
    try {
      JsonNode node = mapper.readTree(body);
      return node != null && node.isObject() ? node : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
