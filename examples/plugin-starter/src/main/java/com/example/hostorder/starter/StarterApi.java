package com.example.hostorder.starter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hostorder.core.commit.AnswerRule;
import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.error.InvalidOrderException;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.TransientException;
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
 * the typed error for it. Every answer goes through one place, {@link #send}, which applies SPEC.md's rule
 * for committing answers through core's {@link AnswerRule}: only a documented answer is definitive; anything
 * else after a committing request may have reached the API is an outcome unknown, never a reason to send it
 * again. Safe for concurrent use.
 */
final class StarterApi {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

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

  /** Sends {@code request} and reads its answer by the API's document; the one place answers are judged. */
  private JsonNode send(Request request, AnswerRule.Request kind) {
    int status;
    String contentType;
    String body;
    try (Response response = client.newCall(request).execute()) {
      status = response.code();
      contentType = response.header("Content-Type");
      body = response.body() == null ? "" : response.body().string();
    } catch (IOException e) {
      // No connection: safe to retry. Sent and no answer: safe only for a reading request.
      throw AnswerRule.io(e, kind);
    }
    TransientException refused = AnswerRule.refusedBeforeProcessing(kind, status, contentType, body);
    if (refused != null) {
      throw refused;
    }
    JsonNode document = AnswerRule.isHtml(contentType, body) ? null : parse(body);
    if (document == null) {
      throw AnswerRule.unrecognised(kind, status, "HTTP " + status + " with a body that is not a JSON document");
    }
    String error = document.path("error").asText("");
    if (status >= 200 && status < 300 && error.isEmpty()) {
      return document;
    }
    // The refusals the API documents (401, 404, 409, 422): each means nothing was done.
    if (status == 401 && error.equals("unauthorized")) {
      throw new AuthenticationException("Starter Cloud refused the API token");
    }
    if (status == 404 && error.equals("not-found")) {
      throw new NotFoundException("Starter Cloud has no " + request.url().encodedPath());
    }
    if (status == 422 && error.equals("invalid")) {
      throw new InvalidOrderException(new Violation(document.path("field").asText("items"),
          "Starter Cloud: " + document.path("message").asText("refused")));
    }
    if (status == 409 && error.equals("out-of-stock")) {
      throw new ProviderErrorException(error, document.path("message").asText("out of stock"));
    }
    throw AnswerRule.unrecognised(kind, status, "HTTP " + status + " with error '" + error + "'");
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
