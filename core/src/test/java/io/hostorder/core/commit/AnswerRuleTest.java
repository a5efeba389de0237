package io.hostorder.core.commit;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.error.HostorderException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.TransientException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerRuleTest {
  private static final AnswerRule.Request COMMIT = AnswerRule.Request.committing("ref-1", "checkout", Map.of("elid", "5"));
  private static final AnswerRule.Request READ = AnswerRule.Request.reading("list");

  @Test
  void io_ofACommittingRequestThatLeft_isUnknown_withTheReferenceAndIds() {
    HostorderException e = AnswerRule.io(new SocketTimeoutException("timeout"), COMMIT);
    assertThat(e).isInstanceOf(OutcomeUnknownException.class);
    assertThat(((OutcomeUnknownException) e).reference()).isEqualTo("ref-1");
    assertThat(e.details()).containsEntry("elid", "5").containsEntry("step", "checkout");
  }

  @Test
  void io_thatNeverLeft_orOfAReadingRequest_isSafeToRetry() {
    assertThat(AnswerRule.io(new ConnectException("refused"), COMMIT)).isInstanceOf(TransientException.class)
        .hasMessageContaining("safe to retry");
    assertThat(AnswerRule.io(new SocketTimeoutException("timeout"), READ)).isInstanceOf(TransientException.class);
  }

  @Test
  void unrecognised_committing_isUnknown_whateverTheStatus() {
    for (int status : new int[] {0, 200, 400, 404, 500, 502, 504}) {
      assertThat(AnswerRule.unrecognised(COMMIT, status, "HTTP " + status + " with an HTML page"))
          .as("status %s", status).isInstanceOf(OutcomeUnknownException.class)
          .hasRootCauseMessage("the answer was not one the provider documents: HTTP " + status + " with an HTML page");
    }
  }

  @Test
  void unrecognised_reading_isTransientFor5xxAndUnreadable_andAProviderErrorFor4xx() {
    assertThat(AnswerRule.unrecognised(READ, 502, "HTTP 502")).isInstanceOf(TransientException.class);
    assertThat(AnswerRule.unrecognised(READ, 200, "half a document")).isInstanceOf(TransientException.class);
    assertThat(AnswerRule.unrecognised(READ, 418, "HTTP 418")).isInstanceOf(ProviderErrorException.class);
  }

  @Test
  void refusedBeforeProcessing_only503And429WithoutAnHtmlPage() {
    assertThat(AnswerRule.refusedBeforeProcessing(COMMIT, 503, "text/plain", "busy")).isNotNull()
        .hasMessageContaining("safe to retry");
    assertThat(AnswerRule.refusedBeforeProcessing(COMMIT, 429, null, "")).isNotNull();
    assertThat(AnswerRule.refusedBeforeProcessing(COMMIT, 503, "text/html", "<html><body>503</body></html>")).isNull();
    assertThat(AnswerRule.refusedBeforeProcessing(COMMIT, 500, "text/plain", "oops")).isNull();
  }

  @Test
  void isHtml_byTypeOrByContent_butADocumentMislabelledHtmlIsADocument() {
    assertThat(AnswerRule.isHtml("text/html; charset=UTF-8", "<html><body>x</body></html>")).isTrue();
    assertThat(AnswerRule.isHtml(null, "  <!DOCTYPE html><html>")).isTrue();
    assertThat(AnswerRule.isHtml("text/html", "<?xml version=\"1.0\"?><doc/>")).isFalse();
    assertThat(AnswerRule.isHtml("text/html", "{\"doc\":{}}")).isFalse();
    assertThat(AnswerRule.isHtml("application/json", "{\"a\":1}")).isFalse();
    assertThat(AnswerRule.isHtml(null, null)).isFalse();
  }
}
