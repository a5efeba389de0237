package io.hostorder.simulator.billmanager;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Replays the New Order API document's curl examples exactly as curl -d sends them. */
class BillmanagerDocumentExamplesTest {
  /** "Copy Example with values": the body curl builds from its -d options, in order. */
  static final String EXAMPLE_WITH_VALUES = "authinfo=admin_login:admin_password"
      + "&su=client_login&out=xml&sok=ok&force_use_new_cart=on&func=v2.vds.order.param"
      + "&datacenter=1&pricelist=2&addon_2=10&order_period=1&clicked_button=order";

  /** The template example, with its placeholders left to fill. */
  static final String TEMPLATE = "authinfo=admin_login:admin_password"
      + "&su=client_login&out=xml&sok=ok&force_use_new_cart=on&func=v2.{ITEMTYPE}.order.param"
      + "&datacenter={DATACENTER_ID}&pricelist={PRICELIST_ID}"
      + "&addon_{ADDON_PRICELIST_ID}={ADDON_VALUE}&order_period={PERIOD}&clicked_button=order";

  BillmanagerSimulator sim;
  Wire wire;

  @BeforeEach
  void start() {
    sim = BillmanagerSimulator.start(Profile.BILLMANAGER);
    wire = new Wire(sim.baseUrl());
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void exampleWithValues_addsALineToTheClientsCart_andAnswersLineItemIdInXml() throws Exception {
    Wire.Answer answer = wire.postRaw(EXAMPLE_WITH_VALUES);

    assertThat(answer.code()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("text/xml");
    Document doc = answer.xml();
    assertThat(Xml.error(doc)).as(answer.body()).isNull();
    assertThat(Xml.text(doc, "lineitem.id")).isEqualTo("1818");
    // The administrator acted for client_login (su): the line is in the client's cart.
    assertThat(sim.cart(BillmanagerSimulator.CLIENT_LOGIN)).singleElement().satisfies(line -> {
      assertThat(line.tariff().id()).isEqualTo("2");
      assertThat(line.period()).isEqualTo(1);
      // VDS Start 5.00 + addon 2 (10 GB at 0.05) = 5.50 for one month.
      assertThat(line.fullPrice()).isEqualByComparingTo("5.50");
    });
    assertThat(sim.cart(BillmanagerSimulator.ADMIN_LOGIN)).isEmpty();
    ParsedRequest received = sim.lastRequest().orElseThrow();
    assertThat(received.encoding()).isEqualTo(ParsedRequest.Encoding.FORM);
    assertThat(received.fields()).containsEntry("authinfo", "admin_login:admin_password")
        .containsEntry("su", "client_login").containsEntry("addon_2", "10").hasSize(11);
    assertThat(received.unknownFields()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "vds, 1, 4, 12, 126, 12",
      "vds, 2, 2, 2, 10, 36",
      "dedic, 1, 3, , , 3",
  })
  void templateExample_filledForEachItemType_answersLineItemId(String itemType, String dc,
      String pricelist, String addon, String addonValue, String period) throws Exception {
    String body = TEMPLATE.replace("{ITEMTYPE}", itemType).replace("{DATACENTER_ID}", dc)
        .replace("{PRICELIST_ID}", pricelist).replace("{PERIOD}", period);
    body = addon == null
        ? body.replace("&addon_{ADDON_PRICELIST_ID}={ADDON_VALUE}", "")
        : body.replace("{ADDON_PRICELIST_ID}", addon).replace("{ADDON_VALUE}", addonValue);

    Document doc = wire.postRaw(body).xml();

    assertThat(Xml.error(doc)).isNull();
    assertThat(Xml.text(doc, "lineitem.id")).isEqualTo("1818");
  }

  @Test
  void glossaryExample_softOrder_isAccepted() throws Exception {
    Document doc = wire.postRaw("authinfo=client_login:client_password&func=v2.soft.order.param"
        + "&pricelist=111&order_period=1&sok=ok&clicked_button=order").xml();

    assertThat(Xml.text(doc, "lineitem.id")).isEqualTo("1818");
  }

  @Test
  void templateExample_withPlaceholdersUnfilled_isAnErrorDocument() throws Exception {
    Wire.Answer answer = wire.postRaw(TEMPLATE);

    assertThat(answer.code()).isEqualTo(200);
    Element error = Xml.error(answer.xml());
    assertThat(error).isNotNull();
    assertThat(error.getAttribute("type")).isEqualTo("missed");
    assertThat(error.getAttribute("object")).isEqualTo("func");
    assertThat(sim.cart(BillmanagerSimulator.CLIENT_LOGIN)).isEmpty();
  }

  @Test
  void exampleWithValues_asJson_answersLineItemIdAsDollarValue() throws Exception {
    Wire.Answer answer = wire.postRaw(EXAMPLE_WITH_VALUES.replace("out=xml", "out=json"));

    assertThat(answer.contentType()).startsWith("application/json");
    assertThat(answer.json().at("/doc/lineitem.id/$").asText()).isEqualTo("1818");
  }

  @Test
  void confirmAfterExample_paysFromTheClientsBalance() throws Exception {
    wire.postRaw(EXAMPLE_WITH_VALUES);

    Document doc = wire.form(Map.of("authinfo", "admin_login:admin_password", "su", "client_login",
        "func", "cartorder.create.confirm", "elid", "1818", "paymethod_id", "0", "sok", "ok")).xml();

    assertThat(Xml.error(doc)).isNull();
    assertThat(Xml.children(doc, "ok")).hasSize(1);
    assertThat(sim.balance(BillmanagerSimulator.CLIENT_LOGIN)).isEqualByComparingTo("94.50");
    assertThat(sim.services()).singleElement().satisfies(s -> {
      assertThat(s.login()).isEqualTo(BillmanagerSimulator.CLIENT_LOGIN);
      assertThat(s.itemType()).isEqualTo("vds");
      assertThat(s.datacenter()).isEqualTo("1");
    });
  }
}
