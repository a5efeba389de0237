package io.hostorder.core.http.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hostorder.core.commit.AnswerRule;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.ProviderErrorException;
import io.hostorder.core.error.TransientException;
import io.hostorder.core.http.HttpAnswer;
import io.hostorder.core.http.HttpBody;
import io.hostorder.core.http.HttpCall;
import io.hostorder.core.http.HttpCaller;
import io.hostorder.core.http.HttpSettings;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OkHttpCallerTest {
  static final AnswerRule.Request READ = AnswerRule.Request.reading("list");
  static final AnswerRule.Request COMMIT = AnswerRule.Request.committing("broker-7", "create", Map.of("cart", "c-1"));

  final OkHttpConnector connector = OkHttpConnector.standalone();
  final List<String> wire = new CopyOnWriteArrayList<>();
  LoopbackServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  HttpCaller caller(URI base, String... secrets) {
    HttpSettings settings = new HttpSettings(base, Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5),
        false);
    return connector.connect(settings, List.of(secrets), new WireLogger.Sink() {
      @Override
      public boolean enabled() {
        return true;
      }

      @Override
      public void log(String line) {
        wire.add(line);
      }
    });
  }

  @Test
  void formBody_arrivesAsSent_withUserAgent_andTheAnswerComesBackWhole() throws Exception {
    server = new LoopbackServer();
    server.answer(201, "application/json; charset=utf-8", "{\"id\":\"é-1\"}");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("func", "cartorder.create");
    fields.put("note", "a b&c=d");

    HttpAnswer answer = caller(server.uri("/")).send(HttpCall.post(server.uri("/billmgr?out=json"),
        HttpBody.form(fields), COMMIT).header("X-Trace", "t-1"));

    LoopbackServer.Received r = server.take();
    assertThat(r.method()).isEqualTo("POST");
    assertThat(r.path()).isEqualTo("/billmgr?out=json");
    assertThat(r.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(r.header("User-Agent")).startsWith("hostorder/");
    assertThat(r.header("X-Trace")).isEqualTo("t-1");
    assertThat(decodeForm(r.body())).containsExactlyEntriesOf(fields);
    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.successful()).isTrue();
    assertThat(answer.contentType()).startsWith("application/json");
    assertThat(answer.header("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    assertThat(answer.body()).isEqualTo("{\"id\":\"é-1\"}");
  }

  @Test
  void jsonBody_arrivesAsSent() throws Exception {
    server = new LoopbackServer();
    String json = "{\"reference\":\"broker-7\",\"items\":[{\"plan\":\"vps-s\",\"qty\":2}]}";

    caller(server.uri("/")).send(new HttpCall("PUT", server.uri("/v1/orders/7"), null, HttpBody.json(json), COMMIT));

    LoopbackServer.Received r = server.take();
    assertThat(r.method()).isEqualTo("PUT");
    assertThat(r.header("Content-Type")).startsWith("application/json");
    ObjectMapper mapper = new ObjectMapper();
    assertThat(mapper.readTree(r.body())).isEqualTo(mapper.readTree(json));
  }

  @Test
  void multipartBody_arrivesAsSent() throws Exception {
    server = new LoopbackServer();
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("func", "v2.instances.order.param");
    parts.put("hostname", "web-1.example.com");

    caller(server.uri("/")).send(HttpCall.post(server.uri("/"), HttpBody.multipart(parts), COMMIT));

    LoopbackServer.Received r = server.take();
    assertThat(r.header("Content-Type")).startsWith("multipart/form-data; boundary=");
    assertThat(r.body()).contains("Content-Disposition: form-data; name=\"func\"\r\nContent-Length: 24\r\n\r\n"
        + "v2.instances.order.param\r\n");
    assertThat(r.body()).contains("Content-Disposition: form-data; name=\"hostname\"\r\nContent-Length: 17\r\n\r\n"
        + "web-1.example.com\r\n");
  }

  @Test
  void get_anErrorStatus_isReturnedForTheProviderToRead() throws Exception {
    server = new LoopbackServer();
    server.answer(404, "application/json", "{\"error\":\"no such order\"}");

    HttpAnswer answer = caller(server.uri("/")).send(HttpCall.get(server.uri("/v1/orders/9"), READ));

    assertThat(server.take().method()).isEqualTo("GET");
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.successful()).isFalse();
    assertThat(answer.body()).contains("no such order");
  }

  @Test
  void plainHttpToAHostThatIsNotLoopback_isRefusedBeforeSending() {
    HttpCaller caller = caller(URI.create("http://127.0.0.1:9/"));

    assertThatThrownBy(() -> caller.send(HttpCall.post(URI.create("http://orders.example.invalid/v1/orders"),
        HttpBody.json("{}"), COMMIT)))
        .isInstanceOfSatisfying(ProviderErrorException.class, e -> {
          assertThat(e.code()).isEqualTo("insecure-http");
          assertThat(e.getMessage()).contains("orders.example.invalid").contains("allow-insecure-http");
        });
    // Nothing went out: not even a line of the request reached the wire log.
    assertThat(wire).isEmpty();
  }

  @Test
  void committingCall_resetAfterItWasSent_isOutcomeUnknown() throws Exception {
    try (ResettingServer reset = new ResettingServer()) {
      assertThatThrownBy(() -> caller(reset.uri()).send(HttpCall.post(reset.uri(), HttpBody.json("{}"), COMMIT)))
          .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
            assertThat(e.reference()).isEqualTo("broker-7");
            assertThat(e.step()).isEqualTo("create");
          });
      assertThat(reset.accepted()).as("sent once, never again").isEqualTo(1);
    }
  }

  @Test
  void readingCall_resetAfterItWasSent_isTransient() throws Exception {
    try (ResettingServer reset = new ResettingServer()) {
      assertThatThrownBy(() -> caller(reset.uri()).send(HttpCall.get(reset.uri(), READ)))
          .isInstanceOf(TransientException.class)
          .hasMessageContaining("list failed")
          .hasMessageContaining("safe to retry");
      assertThat(reset.accepted()).isEqualTo(1);
    }
  }

  @Test
  void connectionRefused_isTransientAndSafeToRetry_evenWhenCommitting() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = s.getLocalPort();
    }
    URI closed = URI.create("http://127.0.0.1:" + port + "/");

    assertThatThrownBy(() -> caller(closed).send(HttpCall.post(closed, HttpBody.json("{}"), COMMIT)))
        .isInstanceOf(TransientException.class)
        .hasMessageContaining("safe to retry");
  }

  @Test
  void wireLog_masksSecretValues_inTheRequestAndTheAnswer() throws Exception {
    server = new LoopbackServer();
    server.answer(200, "application/json", "{\"session\":\"sess-Zq81\",\"echo\":\"Pw-s3cret-9\"}");

    caller(server.uri("/"), "Pw-s3cret-9", "tok-55aa").send(HttpCall.post(server.uri("/login"),
        HttpBody.form(Map.of("username", "broker", "password", "Pw-s3cret-9")), READ)
        .header("Authorization", "Bearer tok-55aa"));

    String log = String.join("\n", wire);
    assertThat(log).contains("--> POST").contains("username=broker").contains("<-- 200");
    assertThat(log).doesNotContain("Pw-s3cret-9").doesNotContain("tok-55aa");
  }

  @Test
  void answerLargerThanTheCap_isNeverReturnedCutShort() throws Exception {
    server = new LoopbackServer();
    byte[] big = new byte[HttpAnswer.MAX_BODY_BYTES + 10];
    Arrays.fill(big, (byte) 'x');
    server.answer(200, "text/plain", big);

    assertThatThrownBy(() -> caller(server.uri("/")).send(HttpCall.post(server.uri("/"), HttpBody.json("{}"), COMMIT)))
        .isInstanceOf(OutcomeUnknownException.class);
  }

  private static Map<String, String> decodeForm(String body) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      String[] kv = pair.split("=", 2);
      out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
    }
    return out;
  }

  /** Accepts connections, reads the request's head, then resets the connection without answering. */
  static final class ResettingServer implements AutoCloseable {
    private final ServerSocket socket = new ServerSocket(0, 5, InetAddress.getByName("127.0.0.1"));
    private final AtomicInteger accepted = new AtomicInteger();
    private final Thread thread;

    ResettingServer() throws Exception {
      thread = new Thread(() -> {
        while (!socket.isClosed()) {
          try (Socket s = socket.accept()) {
            accepted.incrementAndGet();
            InputStream in = s.getInputStream();
            int matched = 0;
            byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            for (int b; matched < end.length && (b = in.read()) != -1; ) {
              matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
            }
            s.setSoLinger(true, 0);
          } catch (Exception e) {
            return;
          }
        }
      }, "resetting-server");
      thread.setDaemon(true);
      thread.start();
    }

    URI uri() {
      return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/v1/orders");
    }

    int accepted() {
      return accepted.get();
    }

    @Override
    public void close() throws Exception {
      socket.close();
      thread.join(2000);
    }
  }
}
