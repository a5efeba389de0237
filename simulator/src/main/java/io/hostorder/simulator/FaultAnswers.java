package io.hostorder.simulator;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;

/** The answers of {@link AfterProcessing} faults, given the real answer the simulator had ready. */
final class FaultAnswers {
  private FaultAnswers() {}

  static MockResponse after(AfterProcessing fault, MockResponse real, Duration late) {
    switch (fault) {
      case HTTP_500:
        return text(500, "simulated fault after processing: internal server error");
      case HTTP_502:
        return text(502, "simulated fault after processing: bad gateway");
      case HTML_504:
        return html(504, "<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n"
            + "<center><h1>504 Gateway Time-out</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
      case HTML_LOGIN_PAGE:
        return html(200, "<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>\n"
            + "<form method=\"post\" action=\"?\"><input name=\"username\"><input type=\"password\" name=\"password\">"
            + "<button type=\"submit\">Sign in</button></form>\n</body></html>\n");
      case TRUNCATED:
        return truncated(real);
      case CUT_MID_BODY:
        return real.clone().setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY);
      case NON_DOCUMENT_TEXT:
        return text(200, "simulated fault after processing: this is not a document");
      case EMPTY_200:
        return new MockResponse().setResponseCode(200).setBody("");
      case DROP:
        return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
      case LATE_ANSWER:
        return real.clone().setHeadersDelay(late.toMillis(), TimeUnit.MILLISECONDS);
      default:
        throw new AssertionError(fault);
    }
  }

  /** The real answer's status and headers with the first half of its body only. */
  private static MockResponse truncated(MockResponse real) {
    Buffer body = real.getBody();
    byte[] bytes = body == null ? new byte[0] : body.clone().readByteArray();
    int cut = Math.max(1, bytes.length / 2);
    MockResponse out = real.clone();
    byte[] half = java.util.Arrays.copyOf(bytes, Math.min(cut, bytes.length));
    if (bytes.length <= 1) {
      half = "{".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    out.setBody(new Buffer().write(half));
    return out;
  }

  private static MockResponse text(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "text/plain; charset=UTF-8")
        .setBody(body);
  }

  private static MockResponse html(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("Content-Type", "text/html; charset=UTF-8")
        .setBody(body);
  }
}
