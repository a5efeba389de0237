package io.hostorder.simulator.billmanager;

import static io.hostorder.simulator.billmanager.Wire.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class KeyLoginAndPricelistTest {
  static final String KEY = "0123456789abcdef0123";

  @Test
  void keyIssuedByAdmin_logsTheClientInOnce() throws Exception {
    try (BillmanagerSimulator sim = BillmanagerSimulator.start(Profile.BILLMANAGER)) {
      Wire wire = new Wire(sim.baseUrl());
      JsonNode issued = wire.form(fields("func", "session.newkey", "authinfo", "admin_login:admin_password",
          "username", "client_login", "key", KEY, "out", "json")).json().get("doc");
      assertThat(issued.has("ok")).as(issued.toString()).isTrue();

      JsonNode auth = wire.form(fields("func", "auth", "username", "client_login", "key", KEY,
          "out", "json")).json().at("/doc/auth");
      assertThat(auth.get("$id").asText()).hasSize(24);

      JsonNode again = wire.form(fields("func", "auth", "username", "client_login", "key", KEY,
          "out", "json")).json().at("/doc/error");
      assertThat(again.get("$type").asText()).isEqualTo("auth");
    }
  }

  @Test
  void newKey_byClientOrTooShort_isRefused() throws Exception {
    try (BillmanagerSimulator sim = BillmanagerSimulator.start(Profile.BILLMANAGER)) {
      Wire wire = new Wire(sim.baseUrl());
      assertThat(wire.form(fields("func", "session.newkey", "authinfo", "client_login:client_password",
          "username", "client_login", "key", KEY, "out", "json")).json().at("/doc/error/$type").asText())
          .isEqualTo("access");
      assertThat(wire.form(fields("func", "session.newkey", "authinfo", "admin_login:admin_password",
          "username", "client_login", "key", "short", "out", "json")).json().at("/doc/error/$object")
          .asText()).isEqualTo("key");
    }
  }

  @Test
  void zomroPricelist_listsTariffsInDocListElem() throws Exception {
    try (BillmanagerSimulator sim = BillmanagerSimulator.start(Profile.ZOMRO)) {
      String token = sim.openSession(BillmanagerSimulator.CLIENT_LOGIN);
      JsonNode list = new Wire(sim.baseUrl()).multipart(fields("func", "v2.instances.order.pricelist",
          "auth", token, "out", "json")).json().at("/doc/list");

      assertThat(list.get("elem").findValues("id")).extracting(n -> n.get("$").asText())
          .containsExactly("6740", "6750");
      JsonNode essential = list.get("elem").get(0);
      assertThat(essential.at("/name/$").asText()).isEqualTo("Cloud Essential");
      assertThat(essential.get("os").findValuesAsText("$key"))
          .contains("479c96f1-ccc6-47a2-952c-c9e3bbdc8d07");
    }
  }
}
