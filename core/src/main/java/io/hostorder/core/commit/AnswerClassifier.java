package io.hostorder.core.commit;

import io.hostorder.core.http.HttpAnswer;
import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.error.TransientException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns one HTTP answer into its value or its typed error by {@link AnswerRule}'s one rule, so that a provider
 * supplies only what its own document says. In order:
 *
 * <ol>
 *   <li>an answer that is not an HTML page goes to the provider's {@link Document}: a recognised success is
 *       returned, a documented refusal is thrown as the provider typed it;
 *   <li>for a committing request, a 503 or 429 that is not an HTML page was refused before processing
 *       ({@link io.hostorder.core.error.TransientException}, safe to retry); anything else — an HTML page, a
 *       5xx, a body the document reader could not read, a status the document does not give — is an {@link
 *       io.hostorder.core.error.OutcomeUnknownException}: the request may have been processed;
 *   <li>for a reading request, the common meanings of HTTP: 401 and 403 refuse the credentials ({@link
 *       AuthenticationException}), 404 finds nothing ({@link NotFoundException}), 408, 429 and 5xx may pass
 *       ({@link TransientException}); anything else is what {@link AnswerRule#unrecognised} says.
 * </ol>
 *
 * <p>Immutable; safe for concurrent use.
 */
public final class AnswerClassifier {

  /**
   * What a provider's document says of one answer.
   *
   * @param <T> the value of a recognised success
   */
  @FunctionalInterface
  public interface Document<T> {
    /**
     * Returns the value of {@code answer} when it is a success the document gives, throws the provider's
     * typed error when it is a refusal the document gives, and returns null for anything else (the
     * classifier then applies the rule). Never called with an HTML page. A {@link RuntimeException} that is
     * not a {@link HostorderException} (a body the reader could not read) counts as "not documented".
     *
     * @param answer the answer
     * @return the value, or null when the document does not give this answer
     */
    T read(HttpAnswer answer);
  }

  private final String provider;
  private final Function<HttpAnswer, String> words;
  private final Function<HttpAnswer, Map<String, String>> details;

  private AnswerClassifier(String provider, Function<HttpAnswer, String> words,
      Function<HttpAnswer, Map<String, String>> details) {
    this.provider = provider;
    this.words = words;
    this.details = details;
  }

  /**
   * Returns a classifier whose messages name {@code provider}.
   *
   * @param provider the provider's name as messages show it, e.g. {@code "jsonrest"}
   * @return a classifier that shows none of the answer's words
   */
  public static AnswerClassifier of(String provider) {
    return new AnswerClassifier(Objects.requireNonNull(provider, "provider == null"), a -> "", a -> Map.of());
  }

  /**
   * Returns a copy that shows the provider's own words from an answer (its error message) in the errors it
   * makes. {@code words} must return text free of secrets (scrub what the provider echoes back).
   *
   * @param words returns the provider's message in an answer, or an empty string
   * @return a new classifier
   */
  public AnswerClassifier words(Function<HttpAnswer, String> words) {
    return new AnswerClassifier(provider, Objects.requireNonNull(words, "words == null"), details);
  }

  /**
   * Returns a copy that adds the provider's own details of an answer (its error type, its scrubbed body) to
   * the errors it makes that carry details, other than an outcome unknown (whose details are provider ids).
   * {@code details} must return values free of secrets.
   *
   * @param details returns the details of an answer, or an empty map
   * @return a new classifier
   */
  public AnswerClassifier details(Function<HttpAnswer, Map<String, String>> details) {
    return new AnswerClassifier(provider, words, Objects.requireNonNull(details, "details == null"));
  }

  /**
   * Returns the typed error of {@code answer}, which is not the success the provider expected (it recognised
   * that itself): the provider's documented refusal from {@code refusal} (null when the document does not
   * give the answer), else the rule's error. For a provider whose success check is not a parse.
   *
   * @param request the request answered
   * @param answer the answer, not a recognised success
   * @param refusal returns the provider's typed error of a documented refusal, or null; never called with an
   *     HTML page
   * @return the error to throw
   */
  public HostorderException failure(AnswerRule.Request request, HttpAnswer answer,
      Function<HttpAnswer, HostorderException> refusal) {
    Objects.requireNonNull(refusal, "refusal == null");
    if (!answer.html()) {
      try {
        HostorderException documented = refusal.apply(answer);
        if (documented != null) {
          return documented;
        }
      } catch (HostorderException e) {
        return e;
      } catch (RuntimeException e) {
        // a body the refusal reader could not read is not a documented answer
      }
    }
    return undocumented(request, answer);
  }

  /**
   * Returns the value of {@code answer} to {@code request}, or throws its typed error (see the class comment).
   *
   * @param request the request answered: reading or committing
   * @param answer the answer
   * @param document what the provider's document says of the answer
   * @param <T> the value of a recognised success
   * @return the value of a recognised success
   * @throws HostorderException the provider's documented refusal, or the rule's typed error
   */
  public <T> T classify(AnswerRule.Request request, HttpAnswer answer, Document<T> document) {
    Objects.requireNonNull(request, "request == null");
    Objects.requireNonNull(answer, "answer == null");
    Objects.requireNonNull(document, "document == null");
    if (!answer.html()) {
      T value;
      try {
        value = document.read(answer);
      } catch (HostorderException e) {
        throw e;
      } catch (RuntimeException e) {
        value = null; // a body the document reader could not read is not a documented answer
      }
      if (value != null) {
        return value;
      }
    }
    throw undocumented(request, answer);
  }

  /**
   * Returns the typed error of an answer the provider's document does not give, by the rule (see the class
   * comment).
   *
   * @param request the request answered
   * @param answer the answer
   * @return the error to throw
   */
  public HostorderException undocumented(AnswerRule.Request request, HttpAnswer answer) {
    int status = answer.status();
    Map<String, String> ids = new LinkedHashMap<>(request.ids());
    ids.put("httpStatus", Integer.toString(status));
    AnswerRule.Request withStatus = new AnswerRule.Request(request.kind(), request.reference(), request.step(), ids);
    boolean html = answer.html();
    Map<String, String> more = new LinkedHashMap<>(ids);
    more.putAll(details(answer));
    if (request.commits()) {
      TransientException refused =
          AnswerRule.refusedBeforeProcessing(withStatus, status, answer.contentType(), answer.body());
      if (refused == null) {
        return AnswerRule.unrecognised(withStatus, status, describe(answer));
      }
      String words = words(answer);
      return new TransientException(refused.getMessage() + (words.isEmpty() ? "" : " — " + words), null, more);
    }
    if (html) {
      return AnswerRule.unrecognised(withStatus, status, describe(answer));
    }
    String said = said(answer);
    String what = provider + " " + request.step();
    if (status == 401 || status == 403) {
      return new AuthenticationException(what + " refused the account's credentials (" + said + ")");
    }
    if (status == 404) {
      return new NotFoundException(what + ": not found (" + said + ")");
    }
    if (status == 408 || status == 429 || status >= 500) {
      return new TransientException(what + " failed (" + said + "); safe to retry", null, more);
    }
    return AnswerRule.unrecognised(new AnswerRule.Request(request.kind(), null, request.step(), more), status,
        what + " answered " + said);
  }

  /** A secret-free description of an answer the document does not give. */
  private String describe(HttpAnswer answer) {
    String status = "HTTP " + answer.status();
    if (answer.html()) {
      return status + " with an HTML page";
    }
    if (answer.body().isBlank()) {
      return status + " with an empty body";
    }
    String said = words(answer);
    return said.isEmpty() ? status + " with a body the " + provider + " document does not give" : status + ": " + said;
  }

  private String said(HttpAnswer answer) {
    String said = words(answer);
    return "HTTP " + answer.status() + (said.isEmpty() ? "" : ": " + said);
  }

  private Map<String, String> details(HttpAnswer answer) {
    try {
      Map<String, String> d = details.apply(answer);
      return d == null ? Map.of() : d;
    } catch (RuntimeException e) {
      return Map.of();
    }
  }

  private String words(HttpAnswer answer) {
    try {
      String said = words.apply(answer);
      return said == null ? "" : said.strip();
    } catch (RuntimeException e) {
      return "";
    }
  }

  @Override
  public String toString() {
    return "AnswerClassifier{" + provider + "}";
  }
}
