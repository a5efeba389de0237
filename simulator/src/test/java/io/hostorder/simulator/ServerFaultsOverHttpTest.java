package io.hostorder.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each fault of {@link Faults} as a real HTTP client sees it: what comes back on the wire, and whether
 * the API processed the request (its effects stay) or never saw it.
 */
class ServerFaultsOverHttpTest {
  private final EchoApi api = new EchoApi();
  private final OkHttpClient client = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(5))
      .retryOnConnectionFailure(false).build();
  private SimulatorServer server;

  @BeforeEach
  void start() {
    server = new SimulatorServer(api).start(0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Response post(OkHttpClient with, String path) throws IOException {
    return with.newCall(new Request.Builder().url(server.url(path).toString())
        .post(RequestBody.create("hello", MediaType.get("text/plain"))).build()).execute();
  }

  private Response post(String path) throws IOException {
    return post(client, path);
  }

  /** The body of the real answer to {@code POST path}, as the API renders it. */
  private static String real(String path) {
    return "{\"method\":\"POST\",\"target\":\"" + path + "\",\"body\":\"hello\"}";
  }

  @Test
  void silent_acceptsTheRequest_butNeverAnswers_norProcesses() {
    server.faults().stopAnswering(true);
    OkHttpClient impatient = client.newBuilder().readTimeout(Duration.ofMillis(300)).build();

    assertThatThrownBy(() -> post(impatient, "/a").close()).isInstanceOf(SocketTimeoutException.class);
    assertThat(server.requestCount()).as("received").isEqualTo(1);
    assertThat(api.processed).as("processed").hasValue(0);
  }

  @Test
  void latency_delaysEveryAnswer() throws IOException {
    server.faults().latency(Duration.ofMillis(300));
    long start = System.nanoTime();
    try (Response r = post("/a")) {
      assertThat(r.code()).isEqualTo(200);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void serverStatus_beforeProcessing_isAnsweredAsArmed() throws IOException {
    server.faults().failNext("/b", 1, 500);
    try (Response other = post("/a"); Response failed = post("/b"); Response again = post("/b")) {
      assertThat(other.code()).isEqualTo(200);
      assertThat(failed.code()).isEqualTo(500);
      assertThat(failed.header("Content-Type")).startsWith("text/plain");
      assertThat(failed.body().string()).isEqualTo("simulated fault: HTTP 500");
      assertThat(again.code()).isEqualTo(200);
    }
    server.faults().failNext(1);
    try (Response unavailable = post("/c")) {
      assertThat(unavailable.code()).isEqualTo(503);
    }
    assertThat(api.processed).hasValue(2);
  }

  @Test
  void refusalBeforeProcessing_429_and_503() throws IOException {
    server.faults().refuseBeforeProcessing("/a", 429).refuseBeforeProcessing(null, 503);
    try (Response tooMany = post("/a"); Response unavailable = post("/b")) {
      assertThat(tooMany.code()).isEqualTo(429);
      assertThat(tooMany.header("Retry-After")).isEqualTo("1");
      assertThat(unavailable.code()).isEqualTo(503);
      assertThat(unavailable.body().string()).contains("not processed");
    }
    assertThat(api.processed).hasValue(0);
    assertThat(server.faults().armedLeft()).isZero();
  }

  @Test
  void afterProcessing_statusAndPages_replaceTheRealAnswer() throws IOException {
    server.faults().afterProcessing("/a", AfterProcessing.HTTP_500).afterProcessing("/a", AfterProcessing.HTTP_502)
        .afterProcessing("/a", AfterProcessing.HTML_504).afterProcessing("/a", AfterProcessing.HTML_LOGIN_PAGE)
        .afterProcessing("/a", AfterProcessing.NON_DOCUMENT_TEXT).afterProcessing("/a", AfterProcessing.EMPTY_200);
    String[] seen = new String[6];
    for (int i = 0; i < seen.length; i++) {
      try (Response r = post("/a")) {
        seen[i] = r.code() + " " + r.header("Content-Type") + " " + r.header("Content-Length") + " " + r.body().string();
        assertThat(r.header("X-Real")).as("the real answer's headers are gone").isNull();
      }
    }
    assertThat(seen[0]).startsWith("500 text/plain");
    assertThat(seen[1]).startsWith("502 text/plain");
    assertThat(seen[2]).startsWith("504 text/html").contains("<title>504 Gateway Time-out</title>");
    assertThat(seen[3]).startsWith("200 text/html").contains("type=\"password\"");
    assertThat(seen[4]).startsWith("200 text/plain").contains("not a document");
    assertThat(seen[5]).isEqualTo("200 null 0 ");
    assertThat(api.processed).as("each was processed").hasValue(6);
  }

  @Test
  void truncated_isAWellFormedAnswer_withHalfTheDocument() throws IOException {
    server.faults().afterProcessing("/a", AfterProcessing.TRUNCATED);
    byte[] whole = real("/a").getBytes(StandardCharsets.UTF_8);
    try (Response r = post("/a")) {
      assertThat(r.code()).isEqualTo(200);
      assertThat(r.header("X-Real")).isEqualTo("yes");
      assertThat(r.header("Content-Length")).isEqualTo(String.valueOf(whole.length / 2));
      assertThat(r.body().string()).isEqualTo(real("/a").substring(0, whole.length / 2));
    }
    try (Response next = post("/a")) {
      assertThat(next.body().string()).as("the connection is still usable").isEqualTo(real("/a"));
    }
    assertThat(api.processed).hasValue(2);
  }

  @Test
  void cutMidBody_promisesTheWholeBody_sendsHalf_andCloses() throws IOException {
    server.faults().afterProcessing("/big", AfterProcessing.CUT_MID_BODY);
    try (Response r = post("/big")) {
      assertThat(r.code()).as("the headers arrive").isEqualTo(200);
      assertThat(r.header("X-Real")).isEqualTo("yes");
      long promised = Long.parseLong(r.header("Content-Length"));
      assertThat(promised).isGreaterThan(100_000);
      assertThatThrownBy(() -> r.body().bytes()).isInstanceOf(IOException.class);
    }
    assertThat(api.processed).hasValue(1);
  }

  @Test
  void cutMidBody_ofAnEmptyAnswer_leavesItWhole_andTheConnectionUsable() throws IOException {
    SimulatorServer empty = new SimulatorServer(new SimulatedApi() {
      @Override
      public String operation(SimulatedRequest request) {
        return "submit";
      }

      @Override
      public SimulatedAnswer handle(SimulatedRequest request) {
        api.processed.incrementAndGet();
        return SimulatedAnswer.status(202);
      }
    }).start(0);
    try (empty) {
      empty.faults().afterProcessing("submit", AfterProcessing.CUT_MID_BODY);
      for (int i = 0; i < 2; i++) {
        try (Response r = client.newCall(new Request.Builder().url(empty.url("/").toString())
            .post(RequestBody.create("", null)).build()).execute()) {
          assertThat(r.code()).isEqualTo(202);
          assertThat(r.body().string()).isEmpty();
        }
      }
      assertThat(client.connectionPool().connectionCount()).as("the connection was kept").isEqualTo(1);
      assertThat(api.processed).hasValue(2);
    }
  }

  @Test
  void drop_afterProcessing_closesWithoutAnswer_theEffectStays() throws IOException {
    server.faults().afterProcessing("/a", AfterProcessing.DROP);
    assertThatThrownBy(() -> post("/a").close()).isInstanceOf(IOException.class);
    assertThat(api.processed).as("processed").hasValue(1);

    server.faults().dropAfterProcessing("POST /b");
    try (Response other = post("/a")) {
      assertThat(other.code()).isEqualTo(200);
    }
    assertThatThrownBy(() -> post("/b").close()).isInstanceOf(IOException.class);
    assertThat(api.processed).hasValue(3);

    server.faults().dropAfterProcessing(2);
    assertThatThrownBy(() -> post("/c").close()).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> post("/d").close()).isInstanceOf(IOException.class);
    try (Response r = post("/e")) {
      assertThat(r.code()).isEqualTo(200);
    }
    assertThat(api.processed).hasValue(6);
  }

  @Test
  void lateAnswer_delaysTheHeaders_pastAnImpatientClient_yetWasProcessed() throws IOException {
    server.faults().lateAnswerDelay(Duration.ofMillis(800)).afterProcessing("/a", AfterProcessing.LATE_ANSWER)
        .afterProcessing("/b", AfterProcessing.LATE_ANSWER);
    OkHttpClient impatient = client.newBuilder().readTimeout(Duration.ofMillis(300)).build();

    assertThatThrownBy(() -> post(impatient, "/a").close()).isInstanceOf(SocketTimeoutException.class);
    assertThat(api.processed).hasValue(1);
    long start = System.nanoTime();
    try (Response patient = post("/b")) {
      assertThat(patient.body().string()).isEqualTo(real("/b"));
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(800));
    assertThat(api.processed).hasValue(2);
  }

  @Test
  void malformed_afterProcessing_isNotJson() throws IOException {
    server.faults().malformedAfterProcessing("/a", 1);
    try (Response r = post("/a")) {
      assertThat(r.code()).isEqualTo(200);
      assertThat(r.header("Content-Type")).startsWith("application/json");
      assertThat(r.body().string()).startsWith("{\"simulated fault\": [<html>");
    }
    assertThat(api.processed).hasValue(1);
  }

  @Test
  void history_isBounded_theCountIsNot() throws IOException {
    try (SimulatorServer small = new SimulatorServer(api, 2).start(0)) {
      for (int i = 0; i < 5; i++) {
        try (Response r = client.newCall(new Request.Builder().url(small.url("/h" + i).toString())
            .header("Authorization", "Bearer secret").build()).execute()) {
          assertThat(r.code()).isEqualTo(200);
        }
      }
      assertThat(small.requestCount()).isEqualTo(5);
      assertThat(small.requests()).extracting(ReceivedRequest::path).containsExactly("/h3", "/h4");
      assertThat(small.requests().get(0).header("authorization")).isEqualTo("Bearer secret");
      assertThat(small.requests().get(0).headers().toString()).doesNotContain("secret");
    }
  }
}
