package io.hostorder.core.http;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The answer to an {@link HttpCall}, whatever its status: the caller does not judge it; the provider hands it to
 * {@link io.hostorder.core.commit.AnswerClassifier} with what its document says of it. The body
 * is decoded by the content type's charset (UTF-8 when none) and holds at most {@link #MAX_BODY_BYTES} bytes;
 * a longer answer is never returned cut short (the caller reports it as unreadable instead). Immutable.
 *
 * @param status the HTTP status code
 * @param contentType the {@code Content-Type}, or null when the answer has none
 * @param headers every header, names compared without regard to case, values in the order received
 * @param body the body text, empty when there is none
 */
public record HttpAnswer(int status, String contentType, Map<String, List<String>> headers, String body) {

  /** The largest body read, in bytes (8 MiB); a longer answer is an unreadable one. */
  public static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

  /**
   * Keeps a case-insensitive copy of {@code headers}; a null body becomes empty.
   *
   * @param status the HTTP status code
   * @param contentType the content type, or null
   * @param headers the headers, or null for none
   * @param body the body, or null for none
   */
  public HttpAnswer {
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (headers != null) {
      headers.forEach((name, values) -> copy.merge(name, List.copyOf(values), (a, b) -> {
        List<String> both = new java.util.ArrayList<>(a);
        both.addAll(b);
        return List.copyOf(both);
      }));
    }
    headers = Collections.unmodifiableMap(copy);
    body = Objects.requireNonNullElse(body, "");
  }

  /**
   * Returns an answer without headers, as a provider that reads its answers through its own HTTP client
   * hands them to {@link io.hostorder.core.commit.AnswerClassifier}.
   *
   * @param status the HTTP status code (0 when there was none)
   * @param contentType the content type, or null
   * @param body the body, or null for none
   */
  public HttpAnswer(int status, String contentType, String body) {
    this(status, contentType, null, body);
  }

  /**
   * Returns true when the answer is an HTML page (by {@link io.hostorder.core.commit.AnswerRule#isHtml}): a
   * gateway's or a login page, never a document.
   *
   * @return whether the body is an HTML page
   */
  public boolean html() {
    return io.hostorder.core.commit.AnswerRule.isHtml(contentType, body);
  }

  /**
   * Returns the first value of header {@code name} (any case), or empty.
   *
   * @param name the header's name
   * @return its first value, or empty
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(Objects.requireNonNull(name, "name == null"));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Returns true for a status from 200 to 299.
   *
   * @return whether the status is a success
   */
  public boolean successful() {
    return status >= 200 && status < 300;
  }

  /**
   * Returns the status and content type, never the body or headers (they may hold secrets).
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "HttpAnswer{" + status + (contentType == null ? "" : ", " + contentType) + ", " + body.length() + " chars}";
  }
}
