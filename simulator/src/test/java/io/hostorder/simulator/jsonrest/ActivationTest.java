package io.hostorder.simulator.jsonrest;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.simulator.Exchange;
import io.hostorder.simulator.Exchange.Answer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** Servers become active after the activation delay: order_status says so, server_list shows their addresses. */
class ActivationTest {
  static final String ITEM = "{\"name\": \"web-1\", \"product\": {\"name\": \"VPS\", \"options\": {"
      + "\"quantity_ram_gb\": 1, \"quantity_cpu\": 2, \"quantity_storage_gb\": 20, \"os\": 1,"
      + " \"features\": {\"ipv4\": 2}}}}";

  static Answer post(JsonActionSimulator sim, String body) throws IOException {
    return Exchange.send(Exchange.CLIENT, "POST", sim.endpoint(), Headers.of("X-Account-Token", sim.token()), body);
  }

  static long create(JsonActionSimulator sim) throws IOException {
    post(sim, "{\"action\": \"order_create\", \"items\": [" + ITEM + "]}");
    return sim.orders().get(0).items().get(0).id();
  }

  @Test
  void beforeTheDelay_theServerIsInstalling_withoutAddresses() throws IOException {
    try (JsonActionSimulator sim = JsonActionSimulator.builder().activationDelay(Duration.ofHours(1)).start()) {
      long item = create(sim);
      Answer servers = post(sim, "{\"action\": \"server_list\", \"order_item_id\": " + item + "}");

      assertThat(servers.json().at("/servers/0/state").asText()).isEqualTo("installing");
      assertThat(servers.json().at("/servers/0/ipv4").isNull()).isTrue();
      assertThat(servers.json().at("/servers/0/ip_addresses")).isEmpty();
      assertThat(post(sim, "{\"action\": \"order_status\", \"order_id\": 73}").json().at("/order_items/0/message")
          .asText()).isEqualTo("Order is being processed");
    }
  }

  @Test
  void afterTheDelay_onTheMovedClock_theServerRuns_withItsAddresses_andTheOrderIsActive() throws IOException {
    try (JsonActionSimulator sim = JsonActionSimulator.builder().activationDelay(Duration.ofMinutes(5)).start()) {
      long item = create(sim);
      sim.advanceClock(Duration.ofMinutes(5));

      Answer servers = post(sim, "{\"action\": \"server_list\", \"order_item_id\": " + item + "}");
      Answer status = post(sim, "{\"action\": \"order_status\", \"order_id\": 73}");

      assertThat(servers.json().at("/servers/0/state").asText()).isEqualTo("running");
      assertThat(servers.json().at("/servers/0/ipv4").asText()).startsWith("192.0.2.");
      assertThat(servers.json().at("/servers/0/ipv6").asText()).startsWith("2001:db8::");
      assertThat(servers.json().at("/servers/0/ip_addresses")).hasSize(3);
      assertThat(status.json().at("/order_items/0/status").asInt()).isEqualTo(200);
      assertThat(status.json().at("/order_items/0/message").asText()).isEqualTo("Active");
      assertThat(status.json().at("/message").asText()).isEqualTo("Active");
      assertThat(sim.orders().get(0).items().get(0).active()).isTrue();
    }
  }

  @Test
  void onTheWallClock_aShortDelayPasses() throws Exception {
    try (JsonActionSimulator sim = JsonActionSimulator.builder().activationDelay(Duration.ofMillis(100))
        .activeStatus(201, "Delivered").start()) {
      create(sim);
      assertThat(sim.orders().get(0).items().get(0).active()).isFalse();
      Thread.sleep(150);

      assertThat(sim.orders().get(0).items().get(0).active()).isTrue();
      assertThat(sim.orders().get(0).items().get(0).status()).isEqualTo(201);
      assertThat(sim.orders().get(0).items().get(0).message()).isEqualTo("Delivered");
    }
  }

  @Test
  void anUnpaidOrder_isNotActivated_untilPaid_thenAfterTheDelay() throws IOException {
    try (JsonActionSimulator sim = JsonActionSimulator.builder().credit(BigDecimal.ZERO)
        .activationDelay(Duration.ofMinutes(1)).start()) {
      create(sim);
      sim.activateNow();
      sim.advanceClock(Duration.ofMinutes(2));
      assertThat(sim.orders().get(0).items().get(0).active()).isFalse();

      sim.payInvoice(sim.orders().get(0).invoice().id());
      assertThat(sim.orders().get(0).items().get(0).active()).isFalse();
      sim.advanceClock(Duration.ofMinutes(1));

      assertThat(sim.orders().get(0).items().get(0).active()).isTrue();
    }
  }

  @Test
  void anItemSetToAnotherStatus_staysAsItIs_withoutAServer() throws IOException {
    try (JsonActionSimulator sim = JsonActionSimulator.builder().start()) {
      long item = create(sim);
      sim.setItemStatus(item, 500, "Provisioning failed");
      sim.activate(item);

      assertThat(sim.orders().get(0).items().get(0).active()).isFalse();
      assertThat(sim.orders().get(0).items().get(0).message()).isEqualTo("Provisioning failed");
    }
  }
}
