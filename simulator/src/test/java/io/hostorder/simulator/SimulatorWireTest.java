package io.hostorder.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server on the wire: requests written byte by byte on a socket, framing it must refuse, keep-alive,
 * chunked bodies. A request it cannot read never reaches the API, and the server keeps serving.
 */
class SimulatorWireTest {
  private final EchoApi api = new EchoApi();
  private SimulatorServer server;

  @BeforeEach
  void start() {
    server = new SimulatorServer(api).start(0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Writes {@code request} on a new connection and returns everything read until the server closes it. */
  private String exchange(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  private void assertStillServing() throws IOException {
    String answer = exchange("GET /after HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 200 OK\r\n").contains("\"target\":\"/after\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "GARBAGE\r\n\r\n",
      "GET /a\r\n\r\n",
      "GET  /a HTTP/1.1\r\n\r\n",
      "GET /a HTTP/1.1 extra\r\n\r\n",
      "G(T /a HTTP/1.1\r\n\r\n",
      "GET a HTTP/1.1\r\n\r\n",
      "GET /a FTP/1.1\r\n\r\n",
      "GET /a HTTP/1.1\r\nNo colon here\r\n\r\n",
      "GET /a HTTP/1.1\r\nBad Name: x\r\n\r\n",
      "GET /a HTTP/1.1\r\nHost: x\r\n folded: line\r\n\r\n",
      "POST /a HTTP/1.1\r\nContent-Length: abc\r\n\r\nabc",
      "POST /a HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
      "POST /a HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
      "POST /a HTTP/1.1\r\nContent-Length: 3, 4\r\n\r\nabcd",
      "POST /a HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
      "POST /a HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\nabc",
      "POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
      "POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcdef\r\n0\r\n\r\n",
      "GET /a HTTP/1.1\r\nX: a\u0000b\r\n\r\n",
  })
  void malformedRequest_is400AndClosed_neverProcessed_andTheServerKeepsServing(String request) throws IOException {
    String answer = exchange(request);

    assertThat(answer).startsWith("HTTP/1.1 400 Bad Request\r\n").contains("Connection: close\r\n");
    assertThat(api.processed).hasValue(0);
    assertThat(server.requestCount()).isZero();
    assertStillServing();
  }

  @Test
  void oversizedHeaders_areRefused_andTheServerKeepsServing() throws IOException {
    String longLine = exchange("GET /a HTTP/1.1\r\nX-Big: " + "a".repeat(70_000) + "\r\n\r\n");
    StringBuilder many = new StringBuilder("GET /a HTTP/1.1\r\n");
    for (int i = 0; i < 300; i++) {
      many.append("X-").append(i).append(": v\r\n");
    }
    String tooMany = exchange(many.append("\r\n").toString());
    String longTarget = exchange("GET /" + "a".repeat(9_000) + " HTTP/1.1\r\n\r\n");

    assertThat(longLine).startsWith("HTTP/1.1 431 ");
    assertThat(tooMany).startsWith("HTTP/1.1 431 ");
    assertThat(longTarget).startsWith("HTTP/1.1 414 ");
    assertThat(api.processed).hasValue(0);
    assertStillServing();
  }

  @Test
  void tooLargeBody_is413_unread() throws IOException {
    String answer = exchange("POST /a HTTP/1.1\r\nContent-Length: 999999999\r\n\r\n");

    assertThat(answer).startsWith("HTTP/1.1 413 ");
    assertThat(api.processed).hasValue(0);
    assertStillServing();
  }

  @Test
  void clientClosingInTheMiddleOfARequest_isNeitherProcessedNorFatal() throws IOException {
    for (String partial : List.of("GET /a HT", "GET /a HTTP/1.1\r\nHost: x", "POST /a HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc")) {
      try (Socket socket = new Socket("127.0.0.1", server.port())) {
        socket.getOutputStream().write(partial.getBytes(StandardCharsets.ISO_8859_1));
        socket.shutdownOutput();
        socket.setSoTimeout(5_000);
        assertThat(socket.getInputStream().readAllBytes()).as(partial).isEmpty();
      }
    }
    assertThat(api.processed).hasValue(0);
    assertStillServing();
  }

  @Test
  void keepAlive_answersPipelinedRequestsInOrderOnOneConnection() throws IOException {
    String answer = exchange("GET /one HTTP/1.1\r\nHost: x\r\n\r\n"
        + "POST /two HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
        + "GET /three HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

    assertThat(answer.split("HTTP/1.1 200 OK", -1)).hasSize(4);
    assertThat(answer.indexOf("/one")).isLessThan(answer.indexOf("/two"));
    assertThat(answer).contains("\"body\":\"abc\"");
    assertThat(answer.indexOf("/two")).isLessThan(answer.indexOf("/three"));
    assertThat(answer).endsWith("\"target\":\"/three\",\"body\":\"\"}");
    assertThat(server.requestCount()).isEqualTo(3);
  }

  @Test
  void lenientTarget_withCharactersAUriMayNotHold_isServed() throws IOException {
    assertThat(exchange("GET /a|b?x=%zz&y={1} HTTP/1.1\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200 OK\r\n");
    assertThat(api.last.queryParameter("x")).isEqualTo("%zz");
    assertThat(api.last.uri().getRawPath()).isEqualTo("/a%7Cb");
  }

  @Test
  void aDefectOfTheSimulatedApi_isAVisible500_notALostAnswer() throws IOException {
    try (SimulatorServer broken = new SimulatorServer(new SimulatedApi() {
      @Override
      public String operation(SimulatedRequest request) {
        return "op";
      }

      @Override
      public SimulatedAnswer handle(SimulatedRequest request) {
        throw new IllegalStateException("a bug");
      }
    }).start(0)) {
      try (Socket socket = new Socket("127.0.0.1", broken.port())) {
        socket.setSoTimeout(5_000);
        socket.getOutputStream().write("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1))
            .startsWith("HTTP/1.1 500 ").contains("simulator defect: java.lang.IllegalStateException: a bug");
      }
    }
  }

  @Test
  void http10_withoutKeepAlive_isClosedAfterItsAnswer() throws IOException {
    String answer = exchange("GET /old HTTP/1.0\r\n\r\n");

    assertThat(answer).startsWith("HTTP/1.1 200 OK\r\n").contains("Connection: close\r\n").contains("/old");
  }

  @Test
  void chunkedBody_withExtensionsAndTrailers_isRead() throws IOException {
    String answer = exchange("POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        + "3;ext=1\r\nabc\r\nA\r\n0123456789\r\n0\r\nX-Trailer: t\r\n\r\n");

    assertThat(answer).startsWith("HTTP/1.1 200 OK\r\n").contains("\"body\":\"abc0123456789\"");
    assertThat(api.last.bodyText()).isEqualTo("abc0123456789");
  }

  @Test
  void expectContinue_getsA100_thenTheAnswer() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write("POST /e HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n"
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] interim = in.readNBytes("HTTP/1.1 100 Continue\r\n\r\n".length());
      assertThat(new String(interim, StandardCharsets.ISO_8859_1)).isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
      out.write("hi".getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)).startsWith("HTTP/1.1 200 OK")
          .contains("\"body\":\"hi\"");
    }
  }

  @Test
  void headRequest_hasTheLengthButNoBody() throws IOException {
    String answer = exchange("HEAD /h HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

    assertThat(answer).startsWith("HTTP/1.1 200 OK\r\n").contains("Content-Length: ").endsWith("\r\n\r\n");
  }

  @Test
  void okHttp_reusesOneConnection_forSequentialCalls() throws IOException {
    AtomicInteger connects = new AtomicInteger();
    OkHttpClient client = new OkHttpClient.Builder().eventListener(new EventListener() {
      @Override
      public void connectStart(Call call, java.net.InetSocketAddress address, java.net.Proxy proxy) {
        connects.incrementAndGet();
      }
    }).build();
    List<Connection> used = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      try (Response r = client.newCall(new Request.Builder().url(server.url("/k" + i).toString())
          .post(RequestBody.create("b" + i, MediaType.get("text/plain"))).build()).execute()) {
        assertThat(r.code()).isEqualTo(200);
        assertThat(r.body().string()).contains("\"body\":\"b" + i + "\"");
      }
    }
    assertThat(connects).as("TCP connections opened for 5 calls").hasValue(1);
    assertThat(server.requestCount()).isEqualTo(5);
  }

  @Test
  void okHttp_streamingBody_isSentChunked_andRead() throws IOException {
    OkHttpClient client = new OkHttpClient();
    RequestBody streaming = new RequestBody() {
      @Override
      public MediaType contentType() {
        return MediaType.get("text/plain");
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        sink.writeUtf8("part1-");
        sink.flush();
        sink.writeUtf8("part2");
      }
    };
    try (Response r = client.newCall(new Request.Builder().url(server.url("/s").toString()).post(streaming).build())
        .execute()) {
      assertThat(r.code()).isEqualTo(200);
    }
    assertThat(server.requests()).singleElement().satisfies(req -> {
      assertThat(req.header("Transfer-Encoding")).isEqualTo("chunked");
      assertThat(req.body()).isEqualTo("part1-part2");
    });
  }

  @Test
  void answersAreNotHeldBack_byNagle() throws IOException {
    OkHttpClient client = new OkHttpClient();
    List<Long> micros = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      long start = System.nanoTime();
      try (Response r = client.newCall(new Request.Builder().url(server.url("/big").toString()).build()).execute()) {
        r.body().bytes();
      }
      micros.add(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start));
    }
    micros.sort(null);
    // With Nagle's algorithm and a delayed ACK, each exchange would wait about 40 ms.
    assertThat(micros.get(micros.size() / 2)).as("median round trip in µs").isLessThan(25_000);
  }

  @Test
  void close_endsOpenConnections_andRefusesNewOnes() throws IOException {
    int port = server.port();
    try (Socket idle = new Socket("127.0.0.1", port)) {
      idle.setSoTimeout(5_000);
      assertStillServing();
      server.close();

      assertThat(idle.getInputStream().read()).as("an idle connection is closed").isEqualTo(-1);
    }
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(IOException.class);
  }
}
