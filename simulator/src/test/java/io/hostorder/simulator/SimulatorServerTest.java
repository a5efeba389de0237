package io.hostorder.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hostorder.simulator.Exchange.Answer;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared server: faults aimed by operation name, and the log of received requests. */
class SimulatorServerTest {
  final AtomicInteger processed = new AtomicInteger();
  SimulatorServer server;

  /** Names each request by its path and, for /b, also "beta"; answers {"ok":true}. */
  final SimulatedApi api = new SimulatedApi() {
    @Override
    public String operation(SimulatedRequest request) {
      return request.target();
    }

    @Override
    public List<String> operations(SimulatedRequest request) {
      return request.target().equals("/b") ? List.of("/b", "beta") : List.of(request.target());
    }

    @Override
    public SimulatedAnswer handle(SimulatedRequest request) {
      processed.incrementAndGet();
      return SimulatedAnswer.status(200).withBody("{\"ok\":true,\"echo\":\"" + request.bodyText()
          + "\"}");
    }
  };

  @BeforeEach
  void start() {
    server = new SimulatorServer(api).start(0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  Answer post(String path) throws IOException {
    return Exchange.send(Exchange.CLIENT, "POST", server.url(path), Headers.of("X-Secret", "s"),
        "x");
  }

  @Test
  void failNext_aimedBySecondName_withChosenStatus_isNotProcessed() throws IOException {
    server.faults().failNext("beta", 1, 500);
    assertThat(post("/a").code()).isEqualTo(200);
    assertThat(post("/b").code()).isEqualTo(500);
    assertThat(post("/b").code()).isEqualTo(200);
    assertThat(processed).hasValue(2);
  }

  @Test
  void malformedAfterProcessing_processesThenAnswersBrokenJson() throws IOException {
    server.faults().malformedAfterProcessing("/b", 1);
    assertThat(post("/a").body()).startsWith("{\"ok\"");
    Answer broken = post("/b");
    assertThat(broken.code()).isEqualTo(200);
    assertThatThrownBy(broken::json).isInstanceOf(RuntimeException.class);
    assertThat(processed).hasValue(2);
  }

  @Test
  void dropAfterProcessing_aimedBySecondName() throws IOException {
    server.faults().dropAfterProcessing("beta");
    assertThatThrownBy(() -> post("/b")).isInstanceOf(IOException.class);
    assertThat(processed).hasValue(1);
    assertThat(post("/b").code()).isEqualTo(200);
  }

  @Test
  void requests_keepsMethodPathHeadersAndBodyEvenWhenTheApiReadsIt() throws IOException {
    post("/a");
    assertThat(server.requests()).singleElement().satisfies(r -> {
      assertThat(r.method()).isEqualTo("POST");
      assertThat(r.path()).isEqualTo("/a");
      assertThat(r.header("X-Secret")).isEqualTo("s");
      assertThat(r.body()).isEqualTo("x");
      assertThat(r.toString()).isEqualTo("POST /a");
    });
    server.resetCount();
    assertThat(server.requests()).isEmpty();
    assertThat(server.requestCount()).isZero();
  }
}
