package io.hostorder.simulator.billmanager;

import static io.hostorder.simulator.billmanager.Wire.fields;
import static io.hostorder.simulator.billmanager.Wire.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulator keeps a bounded history: the last requests, and the order fields of the last services only. */
class BillmanagerHistoryTest {
  static final Map<String, String> ADD = with(fields("authinfo", "client_login:client_password", "out", "json"),
      "func", "v2.vds.order.param", "sok", "ok", "clicked_button", "order", "pricelist", "2", "order_period", "1",
      "skipbasket", "on");

  @Test
  void history_keepsTheLastRequestsAndTheFieldsOfTheLastServices_everyServiceStaysUsable() throws Exception {
    try (BillmanagerSimulator sim = BillmanagerSimulator.builder(Profile.BILLMANAGER).history(50).start()) {
      sim.setBalance(new BigDecimal("1000000"));
      Wire wire = new Wire(sim.baseUrl());
      for (int i = 0; i < 200; i++) {
        wire.form(with(ADD, "remoteid", "r-" + i));
      }

      assertThat(sim.requestCount()).isEqualTo(200);
      assertThat(sim.requests()).hasSize(50);
      assertThat(sim.server().requests()).hasSize(50);
      assertThat(sim.lastRequest().orElseThrow().field("remoteid")).contains("r-199");
      List<PlacedService> services = sim.services();
      assertThat(services).hasSize(200);
      assertThat(services.subList(0, 150)).allSatisfy(s -> assertThat(s.fields()).isEmpty());
      assertThat(services.subList(150, 200)).allSatisfy(s -> assertThat(s.fields()).containsEntry("pricelist", "2"));
      assertThat(services.get(0).remoteid()).isEqualTo("r-0");
      assertThat(sim.servicesWithRemoteid("r-3")).singleElement();

      sim.activateServices();
      sim.deleteService(services.get(0).id());
      assertThat(sim.service(services.get(0).id()).orElseThrow().deleted()).isTrue();
      assertThat(sim.service(services.get(1).id()).orElseThrow().active()).isTrue();
    }
  }

  @Test
  void defaultHistory_isAThousandRequests() throws Exception {
    try (BillmanagerSimulator sim = BillmanagerSimulator.start(Profile.BILLMANAGER)) {
      Wire wire = new Wire(sim.baseUrl());
      for (int i = 0; i < 1_200; i++) {
        wire.form(fields("func", "auth", "username", "client_login", "password", "client_password", "out", "json"));
      }
      assertThat(sim.requestCount()).isEqualTo(1_200);
      assertThat(sim.requests()).hasSize(1_000);
      assertThat(sim.server().requests()).hasSize(1_000);
      assertThat(sim.sessionCount()).isEqualTo(1_200); // none has expired: sessions are only swept once idle
    }
  }
}
