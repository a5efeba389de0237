package io.hostorder.simulator.billmanager;

import static io.hostorder.simulator.billmanager.Wire.fields;
import static io.hostorder.simulator.billmanager.Wire.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * List functions: func=vds (generic) and func=instances (Zomro), paginated, one row as a bare object, rows with
 * the columns the API notes document (domain, ip, pricelist, datacentername, createdate, expiredate, autoprolong,
 * item_status, cost), activation after a delay, deleted rows kept with status 4.
 */
class ServiceListTest {
  static final Map<String, String> AUTH = fields("authinfo", "client_login:client_password", "out", "json");
  static final Map<String, String> ADD = with(AUTH, "func", "v2.vds.order.param", "sok", "ok",
      "clicked_button", "order", "pricelist", "2", "order_period", "1", "skipbasket", "on");

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

  private void order(String domain) throws Exception {
    JsonNode doc = wire.form(with(ADD, "domain", domain)).json().get("doc");
    assertThat(doc.has("ok")).as(doc.toString()).isTrue();
  }

  private JsonNode list(String... extra) throws Exception {
    return wire.form(with(with(AUTH, "func", "vds"), extra)).json().get("doc");
  }

  private static String today() {
    return LocalDate.now(ZoneOffset.UTC).toString();
  }

  @Test
  void emptyList_hasNoElem_inJsonAndXml_onlyTheCounters() throws Exception {
    JsonNode doc = list();

    assertThat(doc.has("elem")).isFalse();
    assertThat(doc.at("/p_elems/$").asText()).isEqualTo("0");
    assertThat(doc.at("/p_num/$").asText()).isEqualTo("1");
    Document xml = wire.form(fields("authinfo", "client_login:client_password", "func", "vds")).xml();
    assertThat(Xml.children(xml, "elem")).isEmpty();
    assertThat(Xml.text(xml, "p_elems")).isEqualTo("0");
  }

  @Test
  void singleRow_isABareObject_withTheDocumentedColumnsOnly() throws Exception {
    wire.form(with(ADD, "domain", "web-1.example", "remoteid", "r-1", "datacenter", "1", "autoprolong", "on"));

    JsonNode elem = list().get("elem");

    assertThat(elem.isObject()).isTrue();
    assertThat(elem.at("/id/$").asText()).isEqualTo("4001");
    assertThat(elem.at("/domain/$").asText()).isEqualTo("web-1.example");
    assertThat(elem.at("/pricelist/$").asText()).as("the tariff's name").isEqualTo("VDS Start");
    assertThat(elem.at("/datacentername/$").asText()).isEqualTo("Amsterdam");
    assertThat(elem.at("/cost/$").asText()).isEqualTo("5.00 EUR");
    assertThat(elem.at("/createdate/$").asText()).isEqualTo(today());
    assertThat(elem.at("/expiredate/$").asText()).isEqualTo(LocalDate.parse(today()).plusMonths(1).toString());
    assertThat(elem.at("/autoprolong/$").asText()).isEqualTo("on");
    assertThat(elem.at("/status/$").asText()).as("processing").isEqualTo("5");
    assertThat(elem.get("item_status").get("$orig").asText()).isEqualTo("5_open");
    assertThat(elem.get("item_status").get("$").asText()).isEqualTo("Processing");
    assertThat(elem.has("ip")).as("no address until active").isFalse();
    assertThat(elem.has("remoteid")).as("no documented list returns remoteid").isFalse();
    assertThat(elem.has("period")).isFalse();
    assertThat(elem.has("datacenter")).isFalse();
    assertThat(elem.has("name")).isFalse();
    assertThat(sim.servicesWithRemoteid("r-1")).hasSize(1);
  }

  @Test
  void domain_notSent_isARandomValueFromTheSeed() throws Exception {
    wire.form(ADD);
    String domain = list().at("/elem/domain/$").asText();

    assertThat(domain).matches("vds-[0-9a-f]{8}\\.example");
    assertThat(sim.services().get(0).domain()).isEqualTo(domain);
    try (BillmanagerSimulator twin = BillmanagerSimulator.start(Profile.BILLMANAGER)) {
      new Wire(twin.baseUrl()).form(ADD);
      assertThat(twin.services().get(0).domain()).as("equal seeds, equal names").isEqualTo(domain);
    }
    assertThat(sim.lastRequest().orElseThrow().unknownFields()).isEmpty();
  }

  @Test
  void activeRow_carriesItemStatusOrigTextAndColour_andAnAddress() throws Exception {
    order("a.example");
    order("b.example");
    sim.activateServices();

    JsonNode rows = list().get("elem");

    JsonNode first = rows.get(0);
    assertThat(first.at("/status/$").asText()).isEqualTo("2");
    assertThat(Wire.JSON.writeValueAsString(first.get("item_status")))
        .isEqualTo("{\"$orig\":\"2\",\"$color\":\"green\",\"$\":\"Active\"}");
    String ip1 = first.at("/ip/$").asText();
    String ip2 = rows.get(1).at("/ip/$").asText();
    assertThat(ip1).matches("(192\\.0\\.2|198\\.51\\.100)\\.\\d{1,3}");
    assertThat(ip2).matches("(192\\.0\\.2|198\\.51\\.100)\\.\\d{1,3}").isNotEqualTo(ip1);
    assertThat(sim.service(4001)).hasValueSatisfying(s -> assertThat(s.ip()).isEqualTo(ip1));
  }

  @Test
  void itemStatus_inXml_isTextWithOrigAndColorAttributes() throws Exception {
    order("a.example");
    sim.activateServices();

    Document xml = wire.form(fields("authinfo", "client_login:client_password", "func", "vds")).xml();

    Element status = Xml.children(Xml.children(xml, "elem").get(0), "item_status").get(0);
    assertThat(status.getAttribute("orig")).isEqualTo("2");
    assertThat(status.getAttribute("color")).isEqualTo("green");
    assertThat(status.getTextContent()).isEqualTo("Active");
    assertThat(wire.form(fields("authinfo", "client_login:client_password", "func", "vds")).body())
        .contains("<item_status orig=\"2\" color=\"green\">Active</item_status>");
  }

  @Test
  void activationDelay_onTheSimulatorsClock_activatesWhenTheListIsRead() throws Exception {
    try (BillmanagerSimulator delayed = BillmanagerSimulator.builder(Profile.BILLMANAGER)
        .activationDelay(Duration.ofSeconds(30)).start()) {
      Wire w = new Wire(delayed.baseUrl());
      w.form(ADD);
      JsonNode before = w.form(with(AUTH, "func", "vds")).json().at("/doc/elem");
      assertThat(before.at("/status/$").asText()).isEqualTo("5");
      delayed.advanceTime(Duration.ofSeconds(29));
      assertThat(delayed.services().get(0).active()).isFalse();

      delayed.advanceTime(Duration.ofSeconds(1));

      JsonNode after = w.form(with(AUTH, "func", "vds")).json().at("/doc/elem");
      assertThat(after.at("/status/$").asText()).isEqualTo("2");
      assertThat(after.has("ip")).isTrue();
      delayed.reset();
      w.form(ADD);
      assertThat(delayed.services().get(0).active()).as("reset keeps the builder's delay").isFalse();
    }
  }

  @Test
  void activationDelay_isWallClockTime() throws Exception {
    sim.activationDelay(Duration.ofMillis(300));
    order("a.example");
    assertThat(list().at("/elem/status/$").asText()).isEqualTo("5");

    Thread.sleep(400);

    assertThat(list().at("/elem/status/$").asText()).isEqualTo("2");
  }

  @Test
  void activationDelayZero_isActiveAtOnce() throws Exception {
    sim.activationDelay(Duration.ZERO);
    order("a.example");

    assertThat(list().at("/elem/item_status/$orig").asText()).isEqualTo("2");
  }

  @Test
  void deletedService_staysListedWithStatus4_andNoAddress() throws Exception {
    order("a.example");
    order("b.example");
    sim.activateServices().deleteService(4001);

    JsonNode rows = list().get("elem");

    assertThat(rows.size()).isEqualTo(2);
    assertThat(rows.get(0).at("/status/$").asText()).isEqualTo("4");
    assertThat(rows.get(0).at("/item_status/$orig").asText()).isEqualTo("4");
    assertThat(rows.get(0).has("ip")).isFalse();
    assertThat(rows.get(1).at("/status/$").asText()).isEqualTo("2");
    assertThat(sim.service(4001)).hasValueSatisfying(s -> assertThat(s.deleted()).isTrue());
  }

  @Test
  void createdateTwice_comesAsAnArrayOfTwoValues() throws Exception {
    order("a.example");
    sim.createdateTwice(true);

    JsonNode created = list().at("/elem/createdate");

    assertThat(created.isArray()).isTrue();
    assertThat(created.findValuesAsText("$")).containsExactly(today(), today());
  }

  @Test
  void listsRemoteidTrue_showsTheRemoteidSent() throws Exception {
    wire.form(with(ADD, "remoteid", "r-1"));
    sim.listsRemoteid(true);

    assertThat(list().at("/elem/remoteid/$").asText()).isEqualTo("r-1");
  }

  @Test
  void severalRows_areAnArray_paginatedWithPNumAndPCnt() throws Exception {
    for (int i = 1; i <= 5; i++) {
      order("d" + i + ".example");
    }

    JsonNode page2 = list("p_num", "2", "p_cnt", "2");

    assertThat(page2.get("elem").isArray()).isTrue();
    assertThat(page2.get("elem").findValues("domain")).extracting(n -> n.get("$").asText())
        .containsExactly("d3.example", "d4.example");
    assertThat(page2.at("/p_elems/$").asText()).isEqualTo("5");
    assertThat(page2.at("/p_num/$").asText()).isEqualTo("2");
    JsonNode page3 = list("p_num", "3", "p_cnt", "2");
    assertThat(page3.get("elem").isObject()).as("last page holds one row").isTrue();
    assertThat(list("p_num", "4", "p_cnt", "2").has("elem")).isFalse();
    assertThat(list("p_cnt", "0").at("/error/$object").asText()).isEqualTo("p_cnt");
  }

  @Test
  void list_inXml_hasElemRowsAndTotal() throws Exception {
    order("d1.example");
    order("d2.example");

    Document doc = wire.form(fields("authinfo", "client_login:client_password", "func", "vds")).xml();

    assertThat(Xml.children(doc, "elem")).extracting(e -> Xml.text(e, "domain"))
        .containsExactly("d1.example", "d2.example");
    assertThat(Xml.text(doc, "p_elems")).isEqualTo("2");
  }

  @Test
  void list_showsOnlyTheActingClientsServicesOfThatType() throws Exception {
    order("mine.example");
    sim.addClient("other", "Other-pass-1");

    assertThat(wire.form(fields("authinfo", "other:Other-pass-1", "out", "json", "func", "vds"))
        .json().at("/doc/p_elems/$").asText()).isEqualTo("0");
    assertThat(wire.form(with(AUTH, "func", "dedic")).json().at("/doc/p_elems/$").asText())
        .isEqualTo("0");
    assertThat(wire.form(fields("authinfo", "admin_login:admin_password", "su", "client_login",
        "out", "json", "func", "vds")).json().at("/doc/elem/domain/$").asText()).isEqualTo("mine.example");
  }

  @Test
  void listFunction_renamed_answersUnderTheNewName_andTheOldOneIsMissed() throws Exception {
    order("a.example");
    sim.listFunction("vds", "vds.vps");

    JsonNode old = list().at("/error");
    assertThat(old.get("$type").asText()).isEqualTo("missed");
    assertThat(old.get("$object").asText()).isEqualTo("func");
    JsonNode renamed = wire.form(with(AUTH, "func", "vds.vps")).json().get("doc");
    assertThat(renamed.at("/elem/domain/$").asText()).isEqualTo("a.example");

    assertThat(wire.form(with(AUTH, "func", "vds.vps.filter", "sok", "ok", "status", "2")).json()
        .at("/doc/ok").isMissingNode()).isFalse();
    assertThat(sim.listFilter("client_login", "vds")).containsEntry("status", "2");
    assertThat(wire.form(with(AUTH, "func", "vds.vps")).json().at("/doc/p_elems/$").asText()).isEqualTo("0");
    assertThat(wire.form(with(AUTH, "func", "vds.filter", "sok", "ok")).json().at("/doc/error/$type").asText())
        .isEqualTo("missed");
  }

  @Test
  void zomroInstances_showNameServernameItemStatusAndInstanceStatus() throws Exception {
    try (BillmanagerSimulator zomro = BillmanagerSimulator.start(Profile.ZOMRO)) {
      Wire z = new Wire(zomro.baseUrl());
      Map<String, String> order = with(ZomroDocumentExamplesTest.ORDER, "auth", null,
          "authinfo", "client_login:client_password");
      z.multipart(order);
      z.multipart(with(order, "servername", "second"));
      z.multipart(with(order, "servername", null));
      z.multipart(with(AUTH, "func", "cartorder.create.confirm", "elid", "1818,1819,1820",
          "paymethod_id", "0", "sok", "ok"));

      JsonNode rows = z.multipart(with(AUTH, "func", "instances", "p_cnt", "10", "p_num", "1"))
          .json().at("/doc/elem");

      assertThat(rows.isArray()).isTrue();
      assertThat(rows.findValues("item_status")).extracting(n -> n.get("$").asText())
          .containsOnly("Activation in progress");
      assertThat(rows.findValues("status")).extracting(n -> n.get("$").asText()).containsOnly("5");
      assertThat(rows.findValues("instance_status")).extracting(n -> n.get("$").asText()).containsOnly("creating");
      assertThat(rows.findValues("servername")).extracting(n -> n.get("$").asText())
          .containsExactly("MyServer-1", "second", zomro.service(4003).orElseThrow().servername());
      assertThat(rows.get(2).at("/servername/$").asText()).as("set when none was sent").matches("server-[0-9a-f]{8}");
      assertThat(rows.get(0).at("/name/$").asText()).isEqualTo("MyServer-1");
      assertThat(rows.get(0).at("/pricelist/$").asText()).isEqualTo("Cloud Essential");
      assertThat(rows.get(0).at("/datacentername/$").asText()).isEqualTo("Netherlands");
      assertThat(rows.get(0).at("/expiredate/$").asText()).isEqualTo(LocalDate.parse(today()).plusDays(1).toString());
      assertThat(rows.get(0).has("domain")).isFalse();
      zomro.activateServices();
      Document xml = z.multipart(fields("authinfo", "client_login:client_password",
          "func", "instances")).xml();
      Element first = Xml.children(xml, "elem").get(0);
      assertThat(Xml.text(first, "item_status")).isEqualTo("Active");
      assertThat(Xml.children(first, "item_status").get(0).getAttribute("orig")).isEqualTo("2");
      assertThat(Xml.text(first, "instance_status")).isEqualTo("active");
      assertThat(Xml.text(first, "ip")).isNotBlank();
    }
  }
}
