package io.hostorder.simulator.hostway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The simulator keeps the last requests only; every order stays found by id, owner and account. */
class HostwayHistoryTest {

  @Test
  void history_keepsTheLastRequests_andEveryOrderStaysUsable() throws Exception {
    try (HostwaySimulator sim = HostwaySimulator.builder().history(20).start()) {
      String first = null;
      for (int i = 0; i < 60; i++) {
        HostwayFlow flow = new HostwayFlow(sim);
        flow.ready();
        assertThat(flow.action("submit").code()).isEqualTo(202);
        first = first == null ? flow.orderPath.substring("/orders/".length()) : first;
      }

      assertThat(sim.requestCount()).isEqualTo(60 * 6);
      assertThat(sim.requests()).hasSize(20);
      assertThat(sim.orders()).hasSize(60);
      assertThat(sim.submittedCount()).isEqualTo(60);
      assertThat(sim.order(first)).hasValueSatisfying(o -> assertThat(o.submitted()).isTrue());
      assertThat(sim.activateProducts()).isEqualTo(60);
    }
  }
}
