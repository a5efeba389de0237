package io.hostorder.core.commit;

import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.TransientException;
import io.hostorder.core.http.InsecureHttpException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The one rule for answers, applied by every provider: a committing request's answer is definitive only when
 * it is a recognised success or a refusal the provider documents. Anything else after the request may have
 * reached the provider (an HTML page of any status, a non-document or truncated body, an unexpected status,
 * a 5xx, a reset, a read time-out) is an {@link OutcomeUnknownException}. "Safe to retry" is said only of a
 * request that provably did not reach the provider or that only reads.
 *
 * <p>A provider parses what its document promises; whatever it does not recognise it hands to {@link
 * #unrecognised}. Stateless; safe for concurrent use.
 */
public final class AnswerRule {
  private AnswerRule() {}

  /** Where one request stands: its kind, the broker's reference, the step's name and the ids known so far. */
  public record Request(RequestKind kind, String reference, String step, Map<String, String> ids) {
    /**
     * Checks the kind and step are given and keeps a copy of {@code ids}.
     *
     * @param kind whether the request reads or may commit
     * @param reference the broker's reference of the order, or null for a read
     * @param step the request's name
     * @param ids the provider ids known so far, or null for none
     */
    public Request {
      Objects.requireNonNull(kind, "kind == null");
      Objects.requireNonNull(step, "step == null");
      ids = ids == null ? Map.of() : Map.copyOf(new java.util.LinkedHashMap<>(ids));
    }

    /**
     * Returns a reading request named {@code step}.
     *
     * @param step the request's name, as errors and the trail show it
     * @return a request that only reads
     */
    public static Request reading(String step) {
      return new Request(RequestKind.READING, null, step, Map.of());
    }

    /**
     * Returns a committing request {@code step} of the order {@code reference}.
     *
     * @param reference the broker's reference of the order
     * @param step the request's name, as errors and the trail show it
     * @param ids the provider ids known before the request, or null for none
     * @return a request that may commit the order
     */
    public static Request committing(String reference, String step, Map<String, String> ids) {
      return new Request(RequestKind.COMMITTING, reference, step, ids);
    }

    boolean commits() {
      return kind == RequestKind.COMMITTING;
    }
  }

  /**
   * Returns the typed error for an I/O failure of {@code request}: a request that never left (refused
   * connection, unknown host, no route) is safe to retry; one that left is safe to retry only when it reads,
   * and is an outcome unknown when it commits.
   *
   * @param e the failure
   * @param request the request that failed
   * @return a {@link TransientException}, an {@link OutcomeUnknownException} or, for plain HTTP refused by the
   *     TLS rule, a {@link ProviderErrorException}
   */
  public static HostorderException io(IOException e, Request request) {
    if (e instanceof InsecureHttpException) {
      return new ProviderErrorException("insecure-http", e.getMessage(), request.ids(), e);
    }
    String what = e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "");
    if (neverSent(e) || !request.commits()) {
      return new TransientException(request.step() + " failed (" + what + "); safe to retry", e, request.ids());
    }
    return new OutcomeUnknownException(request.reference(), request.step(), request.ids(), e);
  }

  /**
   * Returns true when {@code e} shows the request never reached the provider (no connection was made).
   *
   * @param e the failure
   * @return whether no connection was made
   */
  public static boolean neverSent(IOException e) {
    return e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException;
  }

  /**
   * Returns the typed error for an answer the provider's document does not give: an HTML page, a body that is
   * not a document or is cut short, a status the document does not list. A committing request gets {@link
   * OutcomeUnknownException}; a reading one is {@link TransientException} for a 5xx, 429 or an unreadable
   * body (reading again is harmless) and {@link ProviderErrorException} otherwise.
   *
   * @param status the HTTP status (0 when there was none, e.g. a body cut short)
   * @param what a short, secret-free description of the answer, e.g. {@code "HTTP 504 with an HTML page"}
   * @param request the request answered
   * @return the error to throw
   */
  public static HostorderException unrecognised(Request request, int status, String what) {
    if (request.commits()) {
      return new OutcomeUnknownException(request.reference(), request.step(), request.ids(),
          new IOException("the answer was not one the provider documents: " + what));
    }
    if (status == 0 || status == 429 || status >= 500 || status < 400) {
      return new TransientException(request.step() + " got an answer it cannot read (" + what + "); safe to retry",
          null, request.ids());
    }
    return new ProviderErrorException("http-" + status, what, request.ids(), null);
  }

  /**
   * Returns the typed error for HTTP {@code status} 503 or 429 with a body that is not an HTML page: by HTTP's
   * own definitions (RFC 9110 §15.6.4 "unable to handle the request", RFC 6585 §4 "too many requests") the
   * request was refused before it was processed, so a retry is safe, whatever the request's kind. Returns
   * null for any other status or an HTML body (a gateway's page may stand in front of a provider that
   * processed the request), which the caller then hands to {@link #unrecognised}.
   *
   * @param request the request answered
   * @param status the HTTP status
   * @param contentType the answer's content type, or null
   * @param body the answer's body, or null
   * @return the error to throw, or null when the answer is not such a refusal
   */
  public static TransientException refusedBeforeProcessing(Request request, int status, String contentType,
      String body) {
    if ((status != 503 && status != 429) || isHtml(contentType, body)) {
      return null;
    }
    return new TransientException(request.step() + " was not accepted (HTTP " + status
        + ", refused before processing); safe to retry", null, request.ids());
  }

  /**
   * Returns true when an answer is an HTML page, by its content type or by its first non-blank characters.
   *
   * @param contentType the answer's content type, or null
   * @param body the answer's body, or null
   * @return whether the answer is an HTML page
   */
  public static boolean isHtml(String contentType, String body) {
    if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("text/html")) {
      String start = body == null ? "" : body.stripLeading();
      // An XML or JSON document mislabelled text/html is still a document.
      return !(start.startsWith("<?xml") || start.startsWith("<doc") || start.startsWith("{"));
    }
    if (body == null) {
      return false;
    }
    String start = body.stripLeading();
    String head = start.substring(0, Math.min(start.length(), 64)).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
        || head.startsWith("<body");
  }
}
