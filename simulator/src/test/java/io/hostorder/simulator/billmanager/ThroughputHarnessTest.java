package io.hostorder.simulator.billmanager;

import static io.hostorder.simulator.billmanager.Wire.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Prints how long a full Zomro order (add to cart, promo code, confirm) takes against the simulator
 * over loopback. Figures only: nothing here asserts on time.
 */
class ThroughputHarnessTest {
  static final int ORDERS = 200;

  @Test
  void fullOrderCycles_allSucceed_andTheirTimingIsPrinted() throws Exception {
    try (BillmanagerSimulator sim = BillmanagerSimulator.builder(Profile.ZOMRO)
        .balance(new BigDecimal("100000")).start()) {
      Wire wire = new Wire(sim.baseUrl());
      String token = sim.openSession(BillmanagerSimulator.CLIENT_LOGIN);
      Map<String, String> order = with(ZomroDocumentExamplesTest.ORDER, "auth", token);
      Map<String, String> promo = with(ZomroDocumentExamplesTest.PROMO, "auth", token);
      long start = System.nanoTime();
      for (int i = 0; i < ORDERS; i++) {
        String line = wire.multipart(order).json().at("/doc/lineitem.id/$").asText();
        wire.multipart(promo);
        wire.multipart(with(ZomroDocumentExamplesTest.CONFIRM, "auth", token, "elid", line));
      }
      long nanos = System.nanoTime() - start;

      assertThat(sim.confirmedOrders()).isEqualTo(ORDERS);
      assertThat(sim.services()).hasSize(ORDERS)
          .allSatisfy(s -> assertThat(s.promoCode()).isEqualTo("PROMO_2024"));
      System.out.printf("BILLmanager simulator (Zomro): %d order cycles (3 requests each) in %d ms,"
          + " %.2f ms per request%n", ORDERS, nanos / 1_000_000, nanos / 1e6 / (ORDERS * 3));
    }
  }
}
