package io.hostorder.provider.jsonrest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hostorder.core.commit.AnswerClassifier;
import io.hostorder.core.commit.AnswerRule;
import io.hostorder.core.http.HttpAnswer;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.http.Failures;
import io.hostorder.core.model.SecretScrubber;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Sends one action to the API's one endpoint: a POST of one JSON object with {@code action}
 * ({@code Content-Type: application/json}), with the account's credentials. Safe for concurrent use.
 */
final class ActionClient {
  static final MediaType JSON = MediaType.get("application/json");
  /** Answers larger than this are refused: no real answer of this API comes near it. */
  private static final long MAX_ANSWER = 4L * 1024 * 1024;

  private final OkHttpClient client;
  private final HttpUrl endpoint;
  private final Credentials credentials;
  private final ObjectMapper mapper;
  private final SecretScrubber scrubber;
  private final AnswerClassifier answers;

  ActionClient(OkHttpClient client, HttpUrl endpoint, Credentials credentials, ObjectMapper mapper) {
    this.client = client;
    this.endpoint = endpoint;
    this.credentials = credentials;
    this.mapper = mapper;
    this.scrubber = SecretScrubber.of(credentials.secretValues());
    this.answers = AnswerClassifier.of(JsonRestProviderFactory.TYPE).words(a -> Errors.message(answer(a), this));
  }

  /** Returns core's classifier, showing the API's own (scrubbed) message in the errors it makes. */
  AnswerClassifier answers() {
    return answers;
  }

  ObjectMapper mapper() {
    return mapper;
  }

  /** Returns a new request object {@code {"action": action}}. */
  ObjectNode action(String action) {
    return mapper.createObjectNode().put("action", action);
  }

  /**
   * Sends {@code body} and returns the answer as it came, whatever its HTTP status.
   *
   * @throws IOException when no complete answer arrived (or it was too large)
   */
  Answer send(ObjectNode body) throws IOException {
    byte[] bytes;
    try {
      bytes = mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a request", e);
    }
    Request.Builder request = new Request.Builder().url(endpoint)
        .header("Accept", "application/json")
        .post(RequestBody.create(bytes, JSON));
    try (Response response = client.newCall(credentials.apply(request).build()).execute()) {
      String text = read(response.body());
      return new Answer(response.code(), text, parse(text), response.header("Content-Type"));
    }
  }

  private Answer answer(HttpAnswer a) {
    return new Answer(a.status(), a.body(), parse(a.body()), a.contentType());
  }

  /**
   * Sends an action that creates nothing (status, list, cancel, server list) and returns its JSON
   * answer (a missing node when the answer is empty or not JSON).
   *
   * @throws HostorderException typed by core's {@link AnswerClassifier} for any answer that is not 2xx (the
   *     API's error body by {@link Errors#refusal}); transient for I/O
   */
  Answer call(ObjectNode body, String subject) {
    String action = body.path("action").asText();
    Answer answer;
    try {
      answer = send(body);
    } catch (AnswerTooLargeException e) {
      throw new io.hostorder.core.error.ProviderErrorException("malformed-answer",
          "the answer to " + action + " is larger than " + MAX_ANSWER + " bytes", Map.of("action", action), e);
    } catch (IOException e) {
      throw Failures.io(e, false, null, action, Map.of());
    }
    Answer sent = answer;
    return answers.classify(AnswerRule.Request.reading(action + " (" + subject + ")"), answer.http(),
        a -> sent.ok() ? sent : Errors.refusal(action, sent, this));
  }

  /** Returns {@code text} with every secret value masked, cut to a readable length. */
  String scrub(String text) {
    if (text == null) {
      return "";
    }
    String s = scrubber.scrub(text.strip());
    return s.length() > 500 ? s.substring(0, 500) + "…" : s;
  }

  private static String read(ResponseBody body) throws IOException {
    if (body == null) {
      return "";
    }
    BufferedSource source = body.source();
    if (source.request(MAX_ANSWER + 1)) {
      throw new AnswerTooLargeException();
    }
    return source.readString(StandardCharsets.UTF_8);
  }

  private JsonNode parse(String text) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return mapper.readTree(text);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** An answer too large to be one of this API's: it came, but cannot be read. */
  static final class AnswerTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    AnswerTooLargeException() {
      super("answer larger than " + MAX_ANSWER + " bytes");
    }
  }

  /**
   * One answer: the HTTP status, the body text, the body as JSON (null when empty or not JSON) and its
   * {@code Content-Type} (null when absent).
   */
  record Answer(int code, String text, JsonNode json, String contentType) {
    boolean ok() {
      return code >= 200 && code < 300;
    }

    /** Returns the answer as core's classifier takes it. */
    HttpAnswer http() {
      return new HttpAnswer(code, contentType, text);
    }

    /** Returns the JSON object of the answer, or a missing node. */
    JsonNode body() {
      return json == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : json;
    }
  }
}
