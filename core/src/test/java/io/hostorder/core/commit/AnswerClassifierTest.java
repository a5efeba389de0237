package io.hostorder.core.commit;

import io.hostorder.core.http.HttpAnswer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.TransientException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AnswerClassifierTest {
  private static final AnswerRule.Request COMMIT = AnswerRule.Request.committing("ref-1", "create", Map.of("cart", "7"));
  private static final AnswerRule.Request READ = AnswerRule.Request.reading("read order");
  private static final String JSON = "application/json";
  private static final String HTML_PAGE = "<html><body>Gateway Time-out</body></html>";

  /**
   * A made-up API's document: a 2xx JSON object with "id" is a success; 409 {"error": "sold-out"} is its
   * one typed refusal. Everything else it leaves to the rule.
   */
  private static final AnswerClassifier.Document<String> DOCUMENT = a -> {
    String body = a.body().strip();
    if (body.startsWith("{") && !body.endsWith("}")) {
      throw new IllegalStateException("a reader that trips on a cut body"); // not a typed error: undocumented
    }
    if (a.successful() && body.startsWith("{\"id\":")) {
      return body;
    }
    if (a.status() == 409 && body.equals("{\"error\": \"sold-out\"}")) {
      throw new ProviderErrorException("sold-out", "the plan is sold out");
    }
    return null;
  };

  private static final AnswerClassifier CLASSIFIER = AnswerClassifier.of("example").words(a -> a.body().contains("said")
      ? "the API said so" : "");

  static List<Arguments> answers() {
    return List.of(
        // answer,                                              reading,                      committing
        row(200, JSON, "{\"id\": 5}", null, null),
        row(409, JSON, "{\"error\": \"sold-out\"}", ProviderErrorException.class, ProviderErrorException.class),
        row(503, JSON, "{\"busy\": true}", TransientException.class, TransientException.class),
        row(429, "text/plain", "slow down", TransientException.class, TransientException.class),
        row(503, "text/html", HTML_PAGE, TransientException.class, OutcomeUnknownException.class),
        row(504, "text/html", HTML_PAGE, TransientException.class, OutcomeUnknownException.class),
        row(200, "text/html", HTML_PAGE, TransientException.class, OutcomeUnknownException.class),
        row(404, "text/html", HTML_PAGE, ProviderErrorException.class, OutcomeUnknownException.class),
        row(500, JSON, "{\"error\": \"oops\"}", TransientException.class, OutcomeUnknownException.class),
        row(502, "text/plain", "bad gateway", TransientException.class, OutcomeUnknownException.class),
        row(200, JSON, "{\"id\": 5, \"na", TransientException.class, OutcomeUnknownException.class),
        row(200, JSON, "", TransientException.class, OutcomeUnknownException.class),
        row(201, JSON, "{\"other\": 1}", TransientException.class, OutcomeUnknownException.class),
        row(401, JSON, "{\"error\": \"said\"}", AuthenticationException.class, OutcomeUnknownException.class),
        row(403, JSON, "{}", AuthenticationException.class, OutcomeUnknownException.class),
        row(404, JSON, "{}", NotFoundException.class, OutcomeUnknownException.class),
        row(408, JSON, "{}", TransientException.class, OutcomeUnknownException.class),
        row(418, JSON, "{}", ProviderErrorException.class, OutcomeUnknownException.class),
        row(409, JSON, "{\"error\": \"other\"}", ProviderErrorException.class, OutcomeUnknownException.class));
  }

  private static Arguments row(int status, String type, String body, Class<?> reading, Class<?> committing) {
    return Arguments.of(new HttpAnswer(status, type, body), reading, committing);
  }

  @ParameterizedTest(name = "{0}: reading {1}, committing {2}")
  @MethodSource("answers")
  void eachKindOfAnswer_readingAndCommitting_getsTheRulesType(HttpAnswer answer, Class<?> reading, Class<?> committing) {
    assertThat(outcome(READ, answer)).as("reading %s", answer).isEqualTo(reading == null ? String.class : reading);
    assertThat(outcome(COMMIT, answer)).as("committing %s", answer).isEqualTo(committing == null ? String.class : committing);
  }

  private static Class<?> outcome(AnswerRule.Request request, HttpAnswer answer) {
    try {
      return CLASSIFIER.classify(request, answer, DOCUMENT).getClass();
    } catch (HostorderException e) {
      return e.getClass();
    }
  }

  @Test
  void aCommittingUnknown_carriesTheReferenceStepIdsAndStatus_andSaysWhatCame() {
    OutcomeUnknownException e = (OutcomeUnknownException) catchThrowable(() ->
        CLASSIFIER.classify(COMMIT, new HttpAnswer(504, "text/html", HTML_PAGE), DOCUMENT));
    assertThat(e.reference()).isEqualTo("ref-1");
    assertThat(e.step()).isEqualTo("create");
    assertThat(e.details()).containsEntry("cart", "7").containsEntry("httpStatus", "504");
    assertThat(e).hasRootCauseMessage("the answer was not one the provider documents: HTTP 504 with an HTML page");
  }

  @Test
  void anHtmlPage_neverReachesTheDocument_evenWithASuccessStatus() {
    AnswerClassifier.Document<String> acceptsAll = a -> "accepted";
    assertThat(catchThrowable(() -> CLASSIFIER.classify(COMMIT, new HttpAnswer(200, "text/html", HTML_PAGE), acceptsAll)))
        .isInstanceOf(OutcomeUnknownException.class);
  }

  @Test
  void readingErrors_showTheProvidersWords_andTheRefusalBeforeProcessingIsSafeToRetry() {
    assertThat(catchThrowable(() -> CLASSIFIER.classify(READ, new HttpAnswer(401, JSON, "{\"error\": \"said\"}"), DOCUMENT)))
        .hasMessage("example read order refused the account's credentials (HTTP 401: the API said so)");
    assertThat(catchThrowable(() -> CLASSIFIER.classify(COMMIT, new HttpAnswer(503, JSON, "{\"said\": 1}"), DOCUMENT)))
        .hasMessageContaining("refused before processing").hasMessageContaining("safe to retry")
        .hasMessageContaining("the API said so");
  }

  @Test
  void theProvidersDetails_goWithATransientError_butNotIntoAnUnknownOutcomesIds() {
    AnswerClassifier withBody = CLASSIFIER.details(a -> Map.of("providerBody", a.body()));
    TransientException busy = (TransientException) catchThrowable(() ->
        withBody.classify(COMMIT, new HttpAnswer(503, "text/plain", "busy"), DOCUMENT));
    assertThat(busy.details()).containsEntry("providerBody", "busy").containsEntry("httpStatus", "503");
    OutcomeUnknownException unknown = (OutcomeUnknownException) catchThrowable(() ->
        withBody.classify(COMMIT, new HttpAnswer(500, "text/plain", "boom"), DOCUMENT));
    assertThat(unknown.details()).doesNotContainKey("providerBody");
  }

  @Test
  void failure_returnsTheDocumentedRefusal_orTheRulesError() {
    HttpAnswer soldOut = new HttpAnswer(409, JSON, "{\"error\": \"sold-out\"}");
    assertThat(CLASSIFIER.failure(COMMIT, soldOut, a -> new ProviderErrorException("sold-out", "sold out")))
        .isInstanceOf(ProviderErrorException.class);
    assertThat(CLASSIFIER.failure(COMMIT, soldOut, a -> null)).isInstanceOf(OutcomeUnknownException.class);
    assertThat(CLASSIFIER.failure(READ, new HttpAnswer(404, JSON, "{}"), a -> null)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aSuccessIsReturnedAsTheDocumentReadIt() {
    assertThat(CLASSIFIER.classify(COMMIT, new HttpAnswer(201, JSON, "{\"id\": 9}"), DOCUMENT)).isEqualTo("{\"id\": 9}");
  }

  @Test
  void theAnswersBody_isNeverShownByItsToString() {
    assertThat(new HttpAnswer(200, JSON, "{\"token\": \"s3cret\"}").toString()).doesNotContain("s3cret");
  }
}
