package io.hostorder.simulator.billmanager;

import static io.hostorder.simulator.billmanager.Wire.fields;
import static io.hostorder.simulator.billmanager.Wire.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {
  static final Map<String, String> AUTH = fields("authinfo", "client_login:client_password", "out", "json");
  static final Map<String, String> CONFIRM = with(AUTH, "func", "cartorder.create.confirm",
      "elid", "1818", "paymethod_id", "0", "sok", "ok");

  BillmanagerSimulator sim;
  Wire wire;

  @BeforeEach
  void start() throws Exception {
    sim = BillmanagerSimulator.start(Profile.ZOMRO);
    wire = new Wire(sim.baseUrl());
    wire.multipart(with(ZomroDocumentExamplesTest.ORDER, "auth", null,
        "authinfo", "client_login:client_password", "remoteid", "ref-1"));
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void dropAfterProcessing_aimedAtConfirm_createsTheServiceButLosesTheAnswer() throws Exception {
    sim.faults().dropAfterProcessing("cartorder.create.confirm");

    // Requests of other functions are still answered.
    assertThat(wire.multipart(with(AUTH, "func", "cart")).code()).isEqualTo(200);
    assertThatThrownBy(() -> wire.multipart(CONFIRM)).isInstanceOf(IOException.class);

    assertThat(sim.servicesWithRemoteid("ref-1")).hasSize(1);
    assertThat(sim.cart(BillmanagerSimulator.CLIENT_LOGIN)).isEmpty();
    assertThat(sim.confirmedOrders()).isEqualTo(1);
    // The fault is spent: the service is found again by listing.
    assertThat(wire.multipart(with(AUTH, "func", "instances")).json().at("/doc/elem/id/$").asText())
        .isEqualTo("4001");
  }

  @Test
  void failNext_answers503_withoutProcessing() throws Exception {
    sim.faults().failNext(1);

    Wire.Answer answer = wire.multipart(CONFIRM);

    assertThat(answer.code()).isEqualTo(503);
    assertThat(sim.services()).isEmpty();
    assertThat(wire.multipart(CONFIRM).json().at("/doc/ok").isMissingNode()).isFalse();
    assertThat(sim.services()).hasSize(1);
  }

  @Test
  void malformedAfterProcessing_aimedAtConfirm_paysButAnswersGarbage() throws Exception {
    sim.faults().malformedAfterProcessing("cartorder.create.confirm", 1);

    Wire.Answer answer = wire.multipart(CONFIRM);

    assertThat(answer.code()).isEqualTo(200);
    assertThat(answer.body()).doesNotContain("\"doc\"");
    assertThat(sim.services()).hasSize(1);
  }

  @Test
  void failNext_aimedAtConfirm_leavesOtherFunctionsAlone() throws Exception {
    sim.faults().failNext("cartorder.create.confirm", 1, 500);

    assertThat(wire.multipart(with(AUTH, "func", "cart")).code()).isEqualTo(200);
    assertThat(wire.multipart(CONFIRM).code()).isEqualTo(500);
    assertThat(sim.services()).isEmpty();
  }

  @Test
  void stopAnswering_timesTheClientOut_andNothingIsProcessed() {
    sim.faults().stopAnswering(true);
    Wire impatient = new Wire(sim.baseUrl(), Duration.ofMillis(500));

    assertThatThrownBy(() -> impatient.multipart(CONFIRM)).isInstanceOf(IOException.class);
    assertThat(sim.services()).isEmpty();
  }

  @Test
  void latency_delaysAnswers() throws Exception {
    sim.faults().latency(Duration.ofMillis(300));
    long start = System.nanoTime();

    wire.multipart(with(AUTH, "func", "cart"));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void requestCount_countsEveryRequest_andResetClearsStateAndFaults() throws Exception {
    int before = sim.requestCount();
    wire.multipart(with(AUTH, "func", "cart"));
    assertThat(sim.requestCount()).isEqualTo(before + 1);
    sim.faults().failNext(5);

    sim.reset();

    assertThat(sim.requestCount()).isZero();
    assertThat(sim.cart(BillmanagerSimulator.CLIENT_LOGIN)).isEmpty();
    assertThat(sim.requests()).isEmpty();
    assertThat(wire.multipart(with(AUTH, "func", "cart")).code()).isEqualTo(200);
  }
}
