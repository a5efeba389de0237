package io.hostorder.core.commit;

/**
 * One HTTP answer as a provider received it, for {@link AnswerClassifier}: its status, its {@code
 * Content-Type} and its body as text.
 *
 * @param status the HTTP status (0 when there was none)
 * @param contentType the {@code Content-Type} header, or null
 * @param body the body, empty when there was none
 */
public record HttpAnswer(int status, String contentType, String body) {

  /**
   * Keeps the answer; a null body is kept as empty.
   *
   * @param status the HTTP status
   * @param contentType the {@code Content-Type} header, or null
   * @param body the body, or null
   */
  public HttpAnswer {
    body = body == null ? "" : body;
  }

  /**
   * Returns true for a 2xx status.
   *
   * @return whether the status is a success
   */
  public boolean successful() {
    return status >= 200 && status < 300;
  }

  /**
   * Returns true when the answer is an HTML page (see {@link AnswerRule#isHtml}).
   *
   * @return whether the answer is an HTML page
   */
  public boolean html() {
    return AnswerRule.isHtml(contentType, body);
  }

  @Override
  public String toString() {
    // The body may hold secrets a provider echoes back: it is never shown here.
    return "HttpAnswer{status=" + status + ", contentType=" + contentType + ", " + body.length() + " chars}";
  }
}
