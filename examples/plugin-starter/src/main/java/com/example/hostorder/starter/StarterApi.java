package com.example.hostorder.starter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hostorder.core.commit.AnswerClassifier;
import io.hostorder.core.commit.AnswerRule;
import io.hostorder.core.commit.HttpAnswer;
import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.Violation;
import java.io.IOException;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Starter Cloud's HTTP API: one method per request, each returning the answer's JSON document or throwing
 * the typed error for it. Every answer goes through one place, {@link #send}, which gives core's {@link
 * AnswerClassifier} the answer and what the API's document says of it ({@link #document}); the classifier
 * applies SPEC.md's rule: only a documented answer is definitive; anything else after a committing request
 * may have reached the API is an outcome unknown, never a reason to send it again. Safe for concurrent use.
 */
final class StarterApi {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final AnswerClassifier ANSWERS = AnswerClassifier.of("Starter Cloud");

  private final OkHttpClient client;
  private final HttpUrl base;
  private final String token;
  private final ObjectMapper mapper;

  StarterApi(OkHttpClient client, HttpUrl base, String token, ObjectMapper mapper) {
    this.client = client;
    this.base = base;
    this.token = token;
    this.mapper = mapper;
  }

  ObjectMapper mapper() {
    return mapper;
  }

  /** {@code POST /v1/orders}: creates the order; the one committing request of a checkout. */
  JsonNode createOrder(ObjectNode order, String reference) {
    return send(post(url("v1/orders"), order),
        AnswerRule.Request.committing(reference, "create order", Map.of()));
  }

  /** {@code GET /v1/orders/{id}}. */
  JsonNode order(String id) {
    return send(get(url("v1/orders").newBuilder().addPathSegment(id).build()), AnswerRule.Request.reading("read order"));
  }

  /** {@code GET /v1/orders}, or only those placed with {@code reference} when it is not null. */
  JsonNode orders(String reference) {
    HttpUrl.Builder url = url("v1/orders").newBuilder();
    if (reference != null) {
      url.addQueryParameter("reference", reference);
    }
    return send(get(url.build()), AnswerRule.Request.reading("list orders"));
  }

  /** {@code POST /v1/orders/{id}/cancel}: cancelling twice is harmless, so it is a reading request by the rule. */
  JsonNode cancel(String id) {
    HttpUrl url = url("v1/orders").newBuilder().addPathSegment(id).addPathSegment("cancel").build();
    return send(post(url, mapper.createObjectNode()), AnswerRule.Request.reading("cancel order"));
  }

  private HttpUrl url(String path) {
    return base.newBuilder().addPathSegments(path).build();
  }

  private Request get(HttpUrl url) {
    return new Request.Builder().url(url).header("Authorization", "Bearer " + token).get().build();
  }

  private Request post(HttpUrl url, JsonNode body) {
    try {
      return new Request.Builder().url(url).header("Authorization", "Bearer " + token)
          .post(RequestBody.create(mapper.writeValueAsString(body), JSON)).build();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a request body", e);
    }
  }

  /** Sends {@code request} and hands its answer to core's classifier with what the API's document says. */
  private JsonNode send(Request request, AnswerRule.Request kind) {
    HttpAnswer answer;
    try (Response response = client.newCall(request).execute()) {
      answer = new HttpAnswer(response.code(), response.header("Content-Type"),
          response.body() == null ? "" : response.body().string());
    } catch (IOException e) {
      throw AnswerRule.io(e, kind);
    }
    return ANSWERS.classify(kind, answer, a -> document(a, request.url().encodedPath()));
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
