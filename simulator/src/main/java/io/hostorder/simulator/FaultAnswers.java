package io.hostorder.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/** The answers of {@link AfterProcessing} faults, given the real answer the simulator had ready. */
final class FaultAnswers {
  private FaultAnswers() {}

  static Outcome after(AfterProcessing fault, SimulatedAnswer real, Duration late) {
    switch (fault) {
      case HTTP_500:
        return Outcome.answer(SimulatedAnswer.text(500, "simulated fault after processing: internal server error"));
      case HTTP_502:
        return Outcome.answer(SimulatedAnswer.text(502, "simulated fault after processing: bad gateway"));
      case HTML_504:
        return Outcome.answer(SimulatedAnswer.html(504, "<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n"
            + "<center><h1>504 Gateway Time-out</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"));
      case HTML_LOGIN_PAGE:
        return Outcome.answer(SimulatedAnswer.html(200, "<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>\n"
            + "<form method=\"post\" action=\"?\"><input name=\"username\"><input type=\"password\" name=\"password\">"
            + "<button type=\"submit\">Sign in</button></form>\n</body></html>\n"));
      case TRUNCATED:
        return Outcome.answer(truncated(real));
      case CUT_MID_BODY:
        return Outcome.cutMidBody(real);
      case NON_DOCUMENT_TEXT:
        return Outcome.answer(SimulatedAnswer.text(200, "simulated fault after processing: this is not a document"));
      case EMPTY_200:
        return Outcome.answer(SimulatedAnswer.status(200));
      case DROP:
        return Outcome.drop();
      case LATE_ANSWER:
        return Outcome.late(real, late.toMillis());
      default:
        throw new AssertionError(fault);
    }
  }

  /**
   * The real answer's status and headers with the first half of its body only: a well-formed answer
   * (its {@code Content-Length} is the half's) holding half a document.
   */
  private static SimulatedAnswer truncated(SimulatedAnswer real) {
    byte[] bytes = real.bodyBytes();
    if (bytes.length <= 1) {
      return real.withBody("{".getBytes(StandardCharsets.UTF_8));
    }
    return real.withBody(Arrays.copyOf(bytes, bytes.length / 2));
  }
}
