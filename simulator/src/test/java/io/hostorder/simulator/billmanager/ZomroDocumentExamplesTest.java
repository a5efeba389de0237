package io.hostorder.simulator.billmanager;

import static io.hostorder.simulator.billmanager.Wire.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Replays the Zomro document's three curl examples exactly as curl --form sends them. */
class ZomroDocumentExamplesTest {
  // The tokens the three curl examples carry.
  static final String ORDER_TOKEN = "211a9ac6309a9f0c340bdebf";
  static final String PROMO_TOKEN = "46ffb314c8d46ec1f2f1df16";
  static final String CONFIRM_TOKEN = "cd63c7832f0ae5947c49ac06";

  /** The first curl example, field for field and in its order. */
  static final Map<String, String> ORDER = fields(
      "func", "v2.instances.order.param",
      "auth", ORDER_TOKEN,
      "out", "json",
      "sok", "ok",
      "order_period", "-50",
      "licence_agreement", "on",
      "use_ssh_key", "off",
      "pricelist", "6740",
      "servername", "MyServer-1",
      "password", "Mypassword1",
      "instances_os", "479c96f1-ccc6-47a2-952c-c9e3bbdc8d07",
      "order_count", "1",
      "addon_6746", "260",
      "datacenter", "13",
      "force_use_new_cart", "on");

  static final Map<String, String> PROMO = fields(
      "out", "json",
      "auth", PROMO_TOKEN,
      "func", "cart",
      "promocode", "PROMO_2024",
      "sok", "ok",
      "clicked_button", "apply_promocode");

  static final Map<String, String> CONFIRM = fields(
      "out", "json",
      "auth", CONFIRM_TOKEN,
      "func", "cartorder.create.confirm",
      "sok", "ok",
      "elid", "1818",
      "paymethod_id", "0");

  BillmanagerSimulator sim;
  Wire wire;

  @BeforeEach
  void start() {
    sim = BillmanagerSimulator.start(Profile.ZOMRO);
    sim.addSession(ORDER_TOKEN, BillmanagerSimulator.CLIENT_LOGIN)
        .addSession(PROMO_TOKEN, BillmanagerSimulator.CLIENT_LOGIN)
        .addSession(CONFIRM_TOKEN, BillmanagerSimulator.CLIENT_LOGIN);
    wire = new Wire(sim.baseUrl());
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void orderExample_answersLineItemId1818_andFillsTheCart() throws Exception {
    Wire.Answer answer = wire.multipart(ORDER);

    assertThat(answer.code()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/json");
    JsonNode doc = answer.json().get("doc");
    assertThat(doc.has("error")).as(answer.body()).isFalse();
    assertThat(doc.get("lineitem.id").get("$").asText()).isEqualTo("1818");
    assertThat(sim.cart(BillmanagerSimulator.CLIENT_LOGIN)).singleElement()
        .satisfies(line -> {
          assertThat(line.id()).isEqualTo(1818);
          assertThat(line.tariff().id()).isEqualTo("6740");
          assertThat(line.period()).isEqualTo(-50);
          assertThat(line.count()).isEqualTo(1);
        });
    ParsedRequest received = sim.lastRequest().orElseThrow();
    assertThat(received.encoding()).isEqualTo(ParsedRequest.Encoding.MULTIPART);
    assertThat(received.fields()).isEqualTo(ORDER);
    assertThat(received.unknownFields()).isEmpty();
  }

  @Test
  void promoExample_appliesThePromoCodeToTheCart() throws Exception {
    wire.multipart(ORDER);

    Wire.Answer answer = wire.multipart(PROMO);

    JsonNode doc = answer.json().get("doc");
    assertThat(doc.has("error")).as(answer.body()).isFalse();
    assertThat(doc.has("ok")).isTrue();
    JsonNode line = doc.get("list").get("elem");
    assertThat(line.get("id").get("$").asText()).isEqualTo("1818");
    assertThat(line.get("promocode").get("$").asText()).isEqualTo("PROMO_2024");
    assertThat(sim.cart(BillmanagerSimulator.CLIENT_LOGIN).get(0).promoCode()).isEqualTo("PROMO_2024");
    assertThat(sim.lastRequest().orElseThrow().unknownFields()).isEmpty();
  }

  @Test
  void confirmExample_emptiesTheCart_andListsTheServiceAsActivationInProgress() throws Exception {
    wire.multipart(ORDER);
    wire.multipart(PROMO);

    Wire.Answer answer = wire.multipart(CONFIRM);

    assertThat(answer.json().get("doc").has("error")).as(answer.body()).isFalse();
    assertThat(answer.json().get("doc").has("ok")).isTrue();
    assertThat(sim.lastRequest().orElseThrow().unknownFields()).isEmpty();
    assertThat(sim.cart(BillmanagerSimulator.CLIENT_LOGIN)).isEmpty();
    assertThat(sim.confirmedOrders()).isEqualTo(1);
    // Cloud Essential 4.50 a month, a day is a thirtieth: 0.15; PROMO_2024 takes 10% off: 0.14.
    assertThat(sim.services()).singleElement().satisfies(s -> {
      assertThat(s.promoCode()).isEqualTo("PROMO_2024");
      assertThat(s.price()).isEqualByComparingTo("0.14");
      assertThat(s.servername()).isEqualTo("MyServer-1");
      assertThat(s.datacenter()).isEqualTo("13");
    });
    assertThat(sim.balance(BillmanagerSimulator.CLIENT_LOGIN)).isEqualByComparingTo(new BigDecimal("99.86"));

    JsonNode list = wire.multipart(fields("func", "instances", "auth", CONFIRM_TOKEN, "out", "json"))
        .json().get("doc");
    JsonNode row = list.get("elem");
    assertThat(row.isObject()).as("a single row is a bare object").isTrue();
    assertThat(row.get("item_status").get("$").asText()).isEqualTo("Activation in progress");
    assertThat(row.get("instance_status").get("$").asText()).isEqualTo("creating");
    assertThat(row.get("servername").get("$").asText()).isEqualTo("MyServer-1");
    assertThat(list.get("p_elems").get("$").asText()).isEqualTo("1");

    Wire.Answer cart = wire.multipart(fields("func", "cart", "auth", CONFIRM_TOKEN, "out", "json"));
    assertThat(cart.json().get("doc").get("total").get("count").get("$").asText()).isEqualTo("0");
  }

  @Test
  void orderExample_asTheTableShowsIt_withPasswordMyPassword1_isAccepted() throws Exception {
    Wire.Answer answer = wire.multipart(Wire.with(ORDER, "password", "MyPassword1"));

    assertThat(answer.json().get("doc").get("lineitem.id").get("$").asText()).isEqualTo("1818");
  }
}
