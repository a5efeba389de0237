package io.hostorder.simulator.hostway;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.simulator.AfterProcessing;
import io.hostorder.simulator.Exchange.Answer;
import org.junit.jupiter.api.Test;

/** The generic after-processing faults reach each Hostway request that creates or submits, by each of its names. */
class HostwayAfterProcessingTest {

  @Test
  void eachCreatingRequest_isProcessed_thenAnsweredWithTheFault() throws Exception {
    try (HostwaySimulator sim = HostwaySimulator.builder().start()) {
      HostwayFlow flow = new HostwayFlow(sim);
      sim.faults().afterProcessing("POST /orders", AfterProcessing.HTTP_500)
          .afterProcessing("POST /orders/{id}/account/products", AfterProcessing.HTML_504)
          .afterProcessing("POST /orders/{id}/account/products/{pid}/services", AfterProcessing.EMPTY_200)
          .afterProcessing("core.vps.virtuozzo.ip", AfterProcessing.NON_DOCUMENT_TEXT)
          .afterProcessing("submit", AfterProcessing.HTTP_502);

      assertThat(flow.send("POST", "/orders", "{}").code()).isEqualTo(500);
      assertThat(sim.orders()).hasSize(1);
      flow.create(); // a second order, whose answer is whole, to go on with
      flow.account();
      Answer product = flow.send("POST", flow.orderPath + "/account/products", "{\"offering\":\"" + HostwayFlow.OFFERING + "\"}");
      assertThat(product.code()).isEqualTo(504);
      assertThat(product.body()).contains("504 Gateway Time-out");
      HostwayOrder open = sim.orders().get(1);
      assertThat(open.products()).hasSize(1);
      flow.productPath = sim.baseUrl().resolve(open.products().get(0).url()).getRawPath();
      assertThat(flow.service("server.u100", null, "").code()).isEqualTo(200);
      String server = sim.orders().get(1).services().get(0).url();
      assertThat(flow.service("ip", server, "").body()).contains("not a document");
      assertThat(sim.orders().get(1).services()).hasSize(2);
      assertThat(flow.action("submit").code()).isEqualTo(502);
      assertThat(sim.orders().get(1).submitted()).isTrue();
      assertThat(sim.submittedCount()).isEqualTo(1);
    }
  }

  @Test
  void aRefusalBeforeProcessing_ofSubmit_leavesTheOrderOpen() throws Exception {
    try (HostwaySimulator sim = HostwaySimulator.builder().start()) {
      HostwayFlow flow = new HostwayFlow(sim);
      flow.ready();
      sim.faults().refuseBeforeProcessing("submit", 503);

      assertThat(flow.action("submit").code()).isEqualTo(503);
      assertThat(sim.submittedCount()).isZero();
      assertThat(flow.action("submit").code()).isEqualTo(202);
      assertThat(sim.submittedCount()).isEqualTo(1);
    }
  }
}
