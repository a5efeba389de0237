package io.hostorder.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hostorder.simulator.jsonrest.JsonActionSimulator;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every fault after processing keeps the request's effect; a refusal before processing has none. */
class AfterProcessingFaultsTest {
  private static final String CREATE = "{\"action\":\"order_create\",\"items\":[{\"name\":\"a\",\"product\":{\"name\":\"VPS\","
      + "\"options\":{\"quantity_ram_gb\":1,\"quantity_cpu\":1,\"quantity_storage_gb\":25,\"os\":2}}}]}";
  private JsonActionSimulator sim;
  private final OkHttpClient client = new OkHttpClient.Builder().readTimeout(1, TimeUnit.SECONDS)
      .retryOnConnectionFailure(false).build();

  @BeforeEach
  void start() {
    sim = JsonActionSimulator.builder().start();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private Response create() throws IOException {
    return client.newCall(new Request.Builder().url(sim.endpoint().toString()).header("X-Account-Token", sim.token())
        .post(RequestBody.create(CREATE, MediaType.get("application/json"))).build()).execute();
  }

  @ParameterizedTest
  @EnumSource(AfterProcessing.class)
  void afterProcessing_theOrderExists_whateverTheAnswer(AfterProcessing fault) throws IOException {
    sim.faults().lateAnswerDelay(Duration.ofMillis(1500)).afterProcessing("order_create", fault);
    String seen;
    try (Response r = create()) {
      seen = r.code() + " " + r.header("Content-Type") + " " + r.body().string();
    } catch (IOException e) {
      seen = "failed: " + e;
    }
    assertThat(sim.orders()).as("processed although the answer was %s: %s", fault, seen).hasSize(1);
    switch (fault) {
      case HTTP_500 -> assertThat(seen).startsWith("500 text/plain");
      case HTTP_502 -> assertThat(seen).startsWith("502 text/plain");
      case HTML_504 -> assertThat(seen).startsWith("504 text/html").contains("504 Gateway Time-out");
      case HTML_LOGIN_PAGE -> assertThat(seen).startsWith("200 text/html").contains("<form");
      case TRUNCATED -> assertThat(seen).startsWith("200").doesNotContain("}");
      case NON_DOCUMENT_TEXT -> assertThat(seen).startsWith("200 text/plain");
      case EMPTY_200 -> assertThat(seen).matches("200 \\S+ $");
      case DROP, LATE_ANSWER, CUT_MID_BODY -> assertThat(seen).startsWith("failed:");
      default -> throw new AssertionError(fault);
    }
    try (Response r = create()) {
      assertThat(r.code()).as("the fault is taken once").isEqualTo(200);
    }
  }

  @Test
  void refusedBeforeProcessing_nothingHappens() throws IOException {
    sim.faults().refuseBeforeProcessing("order_create", 429).refuseBeforeProcessing(null, 503);
    try (Response r = create()) {
      assertThat(r.code()).isEqualTo(429);
      assertThat(r.header("Retry-After")).isEqualTo("1");
    }
    try (Response r = create()) {
      assertThat(r.code()).isEqualTo(503);
      assertThat(r.header("Content-Type")).startsWith("text/plain");
    }
    assertThat(sim.orders()).isEmpty();
    try (Response r = create()) {
      assertThat(r.code()).isEqualTo(200);
    }
    assertThat(sim.orders()).hasSize(1);
  }

  @Test
  void aimedAtAnotherOperation_leavesThisOneAlone() throws IOException {
    sim.faults().afterProcessing("order_status", AfterProcessing.HTML_504);
    try (Response r = create()) {
      assertThat(r.code()).isEqualTo(200);
    }
    sim.faults().reset();
    assertThatThrownBy(() -> sim.faults().refuseBeforeProcessing(null, 500)).isInstanceOf(IllegalArgumentException.class);
  }
}
