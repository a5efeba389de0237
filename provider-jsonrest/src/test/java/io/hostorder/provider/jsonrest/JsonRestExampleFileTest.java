package io.hostorder.provider.jsonrest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.core.json.OrderJson;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The documented example order file is read strictly, is valid for this provider, and sends one request. */
class JsonRestExampleFileTest extends MockApi {

  @Test
  void exampleFile_isValid_andPlacesBothItemsInOneOrderCreate() throws Exception {
    OrderRequest order = OrderJson.read(Path.of("..", "examples", "jsonrest-vps.json"));
    enqueueJson(200, "{\"order_id\": 101, \"status\": 200, \"message\": \"Order is being processed\"}");
    enqueueJson(200, "{\"order_id\": 101, \"status\": 200, \"order_items\": [{\"id\": 1}, {\"id\": 2}]}");

    assertThat(provider().validate(order)).isEmpty();
    Order placed = provider().place(order);

    JsonNode create = takeAction();
    assertThat(create.path("reference").asText()).isEqualTo("broker-4711");
    assertThat(create.path("items")).hasSize(2);
    assertThat(create.at("/items/0/product/options/os").asText()).isEqualTo("Debian");
    assertThat(create.at("/items/1/product/options/os").isNumber()).isTrue();
    assertThat(create.at("/items/0/product/options/quantity_ram_gb").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(placed.ref().id()).isEqualTo("101");
  }
}
