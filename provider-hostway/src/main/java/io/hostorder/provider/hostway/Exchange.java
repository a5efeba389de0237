package io.hostorder.provider.hostway;

import io.hostorder.core.commit.AnswerClassifier;
import io.hostorder.core.commit.AnswerRule;
import io.hostorder.core.http.HttpAnswer;
import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.model.SecretScrubber;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Runs one call and turns its answer into an {@link Answer}, and an error answer into the typed error
 * the Hostway OrderAPI's status and body mean (its documented refusals here, the rest by core's {@link
 * AnswerClassifier}). Error bodies follow the template
 * {@code {"<errorType>": {"message": …, "code": N, "details": …}}} or are {@code text/plain}; the raw
 * text is kept in the error. Stateless and thread-safe.
 */
final class Exchange {
  /** Answers longer than this are cut: a hostile server cannot make us read without end. */
  private static final long MAX_BODY = 1024 * 1024;
  private static final int MAX_SHOWN = 2000;

  private Exchange() {}

  /** Executes {@code call}; an I/O failure is left to the caller, who knows whether the step creates something. */
  static Answer run(Call<ResponseBody> call) throws IOException {
    Response<ResponseBody> response = call.execute();
    ResponseBody body = response.isSuccessful() ? response.body() : response.errorBody();
    String text = "";
    MediaType type = null;
    if (body != null) {
      try (body) {
        type = body.contentType();
        BufferedSource source = body.source();
        source.request(MAX_BODY);
        long n = Math.min(source.getBuffer().size(), MAX_BODY);
        text = source.getBuffer().readString(n, type != null && type.charset() != null ? type.charset() : StandardCharsets.UTF_8);
      }
    }
    return new Answer(response.code(), response.headers(), response.raw().request().url(),
        type == null ? null : type.toString(), text);
  }

  /**
   * Returns the typed error of an unsuccessful answer to the reading request {@code step}, by core's {@link
   * AnswerClassifier}: a 4xx the classifier gives no common meaning to (400, 409, …) is the provider's error
   * with the template's type, code and message; 401/403, 404, 408/429/5xx and the rest take the common rule,
   * with the provider's message and body. {@code scrubber} scrubs secrets (the OwnerId) out of the text.
   */
  static HostorderException read(Answer answer, String step, ObjectMapper mapper, SecretScrubber scrubber,
      Map<String, String> details) {
    int code = answer.code();
    boolean documented = code >= 400 && code < 500 && code != 401 && code != 403 && code != 404 && code != 408
        && code != 429;
    return answers(mapper, scrubber, details).failure(AnswerRule.Request.reading(step), http(answer),
        a -> documented ? error(answer, step, mapper, scrubber, details) : null);
  }

  /** Returns core's classifier for the OrderAPI: the template's message and the scrubbed body in its errors. */
  static AnswerClassifier answers(ObjectMapper mapper, SecretScrubber scrubber, Map<String, String> details) {
    return AnswerClassifier.of("Hostway")
        .words(a -> a.body().isBlank() ? "" : scrubber.scrub(parse(a.body(), mapper).message()))
        .details(a -> {
          Map<String, String> d = new LinkedHashMap<>(details);
          ErrorBody parsed = parse(a.body(), mapper);
          if (parsed.type() != null) d.put("errorType", parsed.type());
          String raw = scrubber.scrub(cut(a.body()));
          if (!raw.isEmpty()) d.put("providerBody", raw);
          return d;
        });
  }

  /** Returns {@code answer} as core's classifier takes it. */
  static HttpAnswer http(Answer answer) {
    return new HttpAnswer(answer.code(), answer.contentType(), answer.body());
  }

  /**
   * Returns the typed error of a refusal the OrderAPI documents, {@code answer} to {@code step}: 401/403
   * authentication, 404 not found, anything else (400, 409, …) the provider's error with its code and
   * message. {@code scrubber} scrubs secrets (the OwnerId) out of the text.
   */
  static HostorderException error(Answer answer, String step, ObjectMapper mapper, SecretScrubber scrubber,
      Map<String, String> details) {
    ErrorBody parsed = parse(answer, mapper);
    String raw = scrubber.scrub(cut(answer.body()));
    String message = scrubber.scrub(parsed.message());
    String where = step + " answered HTTP " + answer.code();
    Map<String, String> d = new LinkedHashMap<>(details);
    d.put("httpStatus", String.valueOf(answer.code()));
    if (parsed.type() != null) d.put("errorType", parsed.type());
    if (!raw.isEmpty()) d.put("providerBody", raw);
    int code = answer.code();
    // These two types carry no details: the raw body goes in the message when it is not the message itself.
    String withRaw = where + ": " + message + (parsed.type() != null && !raw.isEmpty() ? " (" + raw + ")" : "");
    if (code == 401 || code == 403) {
      return new AuthenticationException(withRaw);
    }
    if (code == 404) {
      return new NotFoundException(withRaw);
    }
    String providerCode = "HTTP " + code + (parsed.type() != null ? " " + parsed.type() : "")
        + (parsed.code() != null ? " (" + parsed.code() + ")" : "");
    return new ProviderErrorException(providerCode, where + ": " + message, d, null);
  }

  /** The template {@code {"<errorType>": {"message", "code", "details"}}}, or the plain text. */
  record ErrorBody(String type, String message, String code) {}

  static ErrorBody parse(Answer answer, ObjectMapper mapper) {
    return parse(answer.body(), mapper);
  }

  static ErrorBody parse(String text, ObjectMapper mapper) {
    String body = text == null ? "" : text.trim();
    if (body.startsWith("{")) {
      try {
        JsonNode root = mapper.readTree(body);
        if (root != null && root.isObject() && root.size() == 1) {
          String type = root.fieldNames().next();
          JsonNode inner = root.get(type);
          if (inner.isObject()) {
            String message = text(inner.get("message"));
            String details = text(inner.get("details"));
            String full = (message == null || message.isBlank() ? "(no message)" : message)
                + (details == null || details.isBlank() ? "" : " — " + details);
            return new ErrorBody(type, full, text(inner.get("code")));
          }
        }
      } catch (IOException | RuntimeException e) {
        // not the template: fall through to the raw text
      }
    }
    return new ErrorBody(null, body.isEmpty() ? "(empty body)" : cut(body), null);
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.isValueNode() ? node.asText() : node.toString();
  }

  private static String cut(String s) {
    if (s == null) return "";
    return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "…";
  }
}
