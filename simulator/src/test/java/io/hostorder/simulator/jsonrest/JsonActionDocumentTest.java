package io.hostorder.simulator.jsonrest;

import static io.hostorder.simulator.Exchange.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.simulator.Exchange;
import io.hostorder.simulator.Exchange.Answer;
import java.io.IOException;
import okhttp3.Credentials;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replays every request example of the JSON action API document as a JSON body. */
class JsonActionDocumentTest {
  /**
   * The document's order request. Its {@code "sshd": { , "authorized_keys" …} carries a stray comma
   * that no JSON parser accepts; it is removed here, nothing else is changed.
   */
  static final String ORDER_CREATE = """
      {
              "action": "order_create"
              ,"items": [
                      {
                              "name": "My testserver 1"
                              , "product":
                              {
                                      "name": "VPS"
                                      , "options":
                                      {
                                              "quantity_ram_gb": 0.5
                                              , "quantity_cpu": 9
                                              , "quantity_storage_gb": 25
                                              , "os": 2
                                              , "features":
                                              {
                                                   "ipv4": 1
                                                   , "sshd":
                                                   {
                                                        "authorized_keys": "ssh-rsa ......"
                                                      , "ip_allow": "fec0:aaa:1:2::ff,192.168.0.0/24"
                                                      , "public_ports_allow": "80,443,12000:12010"
                                                   }
                                              }
                                      }
                              }
                     }
              ]
              , "reference": "Optional order reference"
      }
      """;

  JsonActionSimulator sim;
  Headers basic;

  @BeforeEach
  void start() {
    sim = JsonActionSimulator.builder().start();
    basic = Headers.of("Authorization", Credentials.basic(sim.username(), sim.password()));
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  Answer post(String body) throws IOException {
    return Exchange.send(Exchange.CLIENT, "POST", sim.endpoint(), basic, body);
  }

  @Test
  void documentExamples_orderStatusListCancelAndServerList() throws IOException {
    Answer created = post(ORDER_CREATE);
    assertThat(created.code()).isEqualTo(200);
    assertThat(created.json())
        .isEqualTo(json("{\"order_id\": 73, \"status\": 200, \"message\": \"Order is being processed\"}"));

    Answer status = post("{ \"action\": \"order_status\" ,\"order_id\": 73 }");
    assertThat(status.code()).isEqualTo(200);
    assertThat(status.json()).isEqualTo(json("""
        { "order_id": 73, "status": 200, "message": "Order is being processed",
          "reference": "Optional order reference",
          "order_items": [ { "id": 1293, "status": 200, "name": "VPS",
            "reference": "My testserver 1", "message": "Order is being processed" } ] }"""));

    Answer list = post("{ \"action\": \"order_list\" }");
    assertThat(list.code()).isEqualTo(200);
    assertThat(list.json().get("orders").get(0)).isEqualTo(status.json());

    sim.activateNow(); // the server is set up: server_list shows its address
    Answer servers = post("{ \"action\": \"server_list\" ,\"order_item_id\": 0 }");
    assertThat(servers.code()).isEqualTo(200);
    assertThat(servers.json().get("servers")).hasSize(1);
    assertThat(servers.json().at("/servers/0/order_item_id").asLong()).isEqualTo(1293);
    assertThat(servers.json().at("/servers/0/ipv4").asText()).startsWith("192.0.2.");

    Answer cancelItem = post("{ \"action\": \"order_cancel\" ,\"order_id\": 73 ,\"order_item_id\": 1293 }");
    assertThat(cancelItem.code()).isEqualTo(200);
    assertThat(cancelItem.body()).isEmpty();
    Answer cancelOrder = post("{ \"action\": \"order_cancel\" ,\"order_id\": 73 }");
    assertThat(cancelOrder.code()).isEqualTo(200);
    assertThat(cancelOrder.body()).isEmpty();

    JsonOrder order = sim.orders().get(0);
    assertThat(order.reference()).isEqualTo("Optional order reference");
    assertThat(order.items()).singleElement().satisfies(item -> {
      assertThat(item.cancelled()).isTrue();
      assertThat(item.name()).isEqualTo("My testserver 1");
      assertThat(item.options()).containsEntry("quantity_cpu", 9).containsEntry("os", 2);
    });
    assertThat(sim.requests()).extracting(r -> json(r.body()).get("action").asText())
        .containsExactly("order_create", "order_status", "order_list", "server_list",
            "order_cancel", "order_cancel");
  }

  @Test
  void orderCreate_withTokenAndTheCurrentPageOptions_isAccepted() throws IOException {
    Answer created = Exchange.send(Exchange.CLIENT, "POST", sim.endpoint(),
        Headers.of("X-Account-Token", sim.token()), """
        {"action": "order_create", "items": [{"name": "web-1", "product": {"name": "VPS",
          "options": {"quantity_ram_gb": 2, "quantity_cpu": 1, "quantity_storage_gb": 40,
            "os": "Debian", "os_version": "10.4", "antiaffinity": 7, "firewall_id": 12,
            "firewall_addme": "1", "features": {"ipv4": 1,
              "cloud_init_url": "https://example.org/cloud-init.yaml",
              "sshd": {"authorized_keys": "ssh-ed25519 AAAAC3Nza key@host",
                "ip_allow": "203.0.113.0/24"}}}}}]}""");
    assertThat(created.code()).isEqualTo(200);
    assertThat(created.json().get("order_id").asLong()).isEqualTo(73);
    assertThat(sim.orders().get(0).reference()).isNull();
  }
}
