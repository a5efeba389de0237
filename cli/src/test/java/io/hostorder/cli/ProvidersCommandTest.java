package io.hostorder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code hostorder providers}: what is installed, what it can do, how to configure it. */
class ProvidersCommandTest {
  @Test
  void providers_listsTypesCapabilitiesAndKeysWithTheirEnvironmentVariables() {
    Cli.Result r = Cli.run("providers");
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.out()).contains("testshop — a test shop kept in memory", "PROMO_CODE",
        "CANCEL_ORDER", "idempotency:  lookup", "store", "required", "HOSTORDER_STORE", "token", "secret",
        "HOSTORDER_TOKEN", "default none, one of none|payment");
  }

  @Test
  void providers_saysAnInProcessSimulatorIsNotOneToServe() {
    Cli.Result r = Cli.run("providers");
    assertThat(r.out()).contains("simulator:    built in (hostorder simulate --provider jsonrest)",
        "simulator:    in-process only (hostorder tck --provider memory, hostorder demo)")
        .doesNotContain("hostorder simulate --provider memory");
  }

  @Test
  void providers_json_isOneDocument() throws Exception {
    Cli.Result r = Cli.run("providers", "--json");
    assertThat(r.status()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    JsonNode shop = null;
    for (JsonNode p : doc.get("providers")) {
      if (p.get("type").asText().equals("testshop")) {
        shop = p;
      }
    }
    assertThat(shop).isNotNull();
    assertThat(shop.get("capabilities").toString()).contains("ORDER_LIST");
    assertThat(shop.get("idempotency").asText()).isEqualTo("LOOKUP");
    assertThat(shop.at("/configKeys/1/name").asText()).isEqualTo("token");
    assertThat(shop.at("/configKeys/1/secret").asBoolean()).isTrue();
    assertThat(shop.at("/configKeys/1/environmentVariable").asText()).isEqualTo("HOSTORDER_TOKEN");
  }
}
