package io.hostorder.simulator.billmanager;

import static io.hostorder.simulator.billmanager.Wire.fields;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
  @Test
  void concurrentOrders_getDistinctLineIds_andEveryChargeIsCounted() throws Exception {
    try (BillmanagerSimulator sim = BillmanagerSimulator.builder(Profile.BILLMANAGER)
        .balance(new BigDecimal("1000")).start()) {
      Wire wire = new Wire(sim.baseUrl());
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<String>> ids = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        ids.add(pool.submit(() -> wire.form(fields("authinfo", "client_login:client_password",
            "out", "json", "func", "v2.vds.order.param", "sok", "ok", "clicked_button", "order",
            "pricelist", "2", "order_period", "1", "skipbasket", "on")).json().toString()));
      }
      for (Future<String> id : ids) {
        assertThat(id.get(60, TimeUnit.SECONDS)).contains("\"ok\"");
      }
      pool.shutdown();

      Set<Long> serviceIds = new HashSet<>();
      sim.services().forEach(s -> serviceIds.add(s.id()));
      assertThat(serviceIds).hasSize(20);
      assertThat(sim.confirmedOrders()).isEqualTo(20);
      assertThat(sim.balance(BillmanagerSimulator.CLIENT_LOGIN)).isEqualByComparingTo("900.00");
    }
  }
}
