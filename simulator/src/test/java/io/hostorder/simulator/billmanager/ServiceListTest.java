package io.hostorder.simulator.billmanager;

import static io.hostorder.simulator.billmanager.Wire.fields;
import static io.hostorder.simulator.billmanager.Wire.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** List functions: func=vds (generic) and func=instances (Zomro), paginated, one row as a bare object. */
class ServiceListTest {
  static final Map<String, String> AUTH = fields("authinfo", "client_login:client_password", "out", "json");

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

  private void order(String remoteid) throws Exception {
    wire.form(with(AUTH, "func", "v2.vds.order.param", "sok", "ok", "clicked_button", "order",
        "pricelist", "2", "order_period", "1", "skipbasket", "on", "remoteid", remoteid));
  }

  private JsonNode list(String... extra) throws Exception {
    return wire.form(with(with(AUTH, "func", "vds"), extra)).json().get("doc");
  }

  @Test
  void emptyList_hasNoElem_andZeroTotal() throws Exception {
    JsonNode doc = list();

    assertThat(doc.has("elem")).isFalse();
    assertThat(doc.at("/p_elems/$").asText()).isEqualTo("0");
  }

  @Test
  void singleRow_isABareObject_inJson() throws Exception {
    order("r-1");

    JsonNode elem = list().get("elem");

    assertThat(elem.isObject()).isTrue();
    assertThat(elem.at("/remoteid/$").asText()).isEqualTo("r-1");
    assertThat(elem.at("/status/$").asText()).isEqualTo("1");
    assertThat(elem.at("/item_status/$").asText()).isEqualTo("1");
    assertThat(elem.at("/id/$").asText()).isEqualTo("4001");
  }

  @Test
  void severalRows_areAnArray_paginatedWithPNumAndPCnt() throws Exception {
    for (int i = 1; i <= 5; i++) {
      order("r-" + i);
    }

    JsonNode page2 = list("p_num", "2", "p_cnt", "2");

    assertThat(page2.get("elem").isArray()).isTrue();
    assertThat(page2.get("elem").findValues("remoteid")).extracting(n -> n.get("$").asText())
        .containsExactly("r-3", "r-4");
    assertThat(page2.at("/p_elems/$").asText()).isEqualTo("5");
    assertThat(page2.at("/p_num/$").asText()).isEqualTo("2");
    JsonNode page3 = list("p_num", "3", "p_cnt", "2");
    assertThat(page3.get("elem").isObject()).as("last page holds one row").isTrue();
    assertThat(list("p_num", "4", "p_cnt", "2").has("elem")).isFalse();
    assertThat(list("p_cnt", "0").at("/error/$object").asText()).isEqualTo("p_cnt");
  }

  @Test
  void list_inXml_hasElemRowsAndTotal() throws Exception {
    order("r-1");
    order("r-2");

    Document doc = wire.form(fields("authinfo", "client_login:client_password", "func", "vds")).xml();

    assertThat(Xml.children(doc, "elem")).extracting(e -> Xml.text(e, "remoteid"))
        .containsExactly("r-1", "r-2");
    assertThat(Xml.text(doc, "p_elems")).isEqualTo("2");
  }

  @Test
  void list_showsOnlyTheActingClientsServicesOfThatType() throws Exception {
    order("mine");
    sim.addClient("other", "Other-pass-1");

    assertThat(wire.form(fields("authinfo", "other:Other-pass-1", "out", "json", "func", "vds"))
        .json().at("/doc/p_elems/$").asText()).isEqualTo("0");
    assertThat(wire.form(with(AUTH, "func", "dedic")).json().at("/doc/p_elems/$").asText())
        .isEqualTo("0");
    assertThat(wire.form(fields("authinfo", "admin_login:admin_password", "su", "client_login",
        "out", "json", "func", "vds")).json().at("/doc/elem/remoteid/$").asText()).isEqualTo("mine");
  }

  @Test
  void activateServices_turnsTheStatusActive() throws Exception {
    order("r-1");
    sim.activateServices();

    assertThat(list().at("/elem/status/$").asText()).isEqualTo("2");
  }

  @Test
  void zomroInstances_showItemStatusTextAndInstanceStatus() throws Exception {
    try (BillmanagerSimulator zomro = BillmanagerSimulator.start(Profile.ZOMRO)) {
      Wire z = new Wire(zomro.baseUrl());
      Map<String, String> order = with(ZomroDocumentExamplesTest.ORDER, "auth", null,
          "authinfo", "client_login:client_password");
      z.multipart(order);
      z.multipart(with(order, "servername", "second"));
      z.multipart(with(AUTH, "func", "cartorder.create.confirm", "elid", "1818,1819",
          "paymethod_id", "0", "sok", "ok"));

      JsonNode rows = z.multipart(with(AUTH, "func", "instances", "p_cnt", "10", "p_num", "1"))
          .json().at("/doc/elem");

      assertThat(rows.isArray()).isTrue();
      assertThat(rows.findValues("item_status")).extracting(n -> n.get("$").asText())
          .containsOnly("Activation in progress");
      assertThat(rows.findValues("servername")).extracting(n -> n.get("$").asText())
          .containsExactly("MyServer-1", "second");
      zomro.activateServices();
      Document xml = z.multipart(fields("authinfo", "client_login:client_password",
          "func", "instances")).xml();
      Element first = Xml.children(xml, "elem").get(0);
      assertThat(Xml.text(first, "item_status")).isEqualTo("Active");
      assertThat(Xml.text(first, "instance_status")).isEqualTo("active");
    }
  }
}
