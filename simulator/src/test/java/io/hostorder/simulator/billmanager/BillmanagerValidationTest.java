package io.hostorder.simulator.billmanager;

import static io.hostorder.simulator.billmanager.Wire.fields;
import static io.hostorder.simulator.billmanager.Wire.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The New Order API document's mandatory fields and allowed values, each broken in turn. */
class BillmanagerValidationTest {
  static final Map<String, String> ORDER = fields("authinfo", "client_login:client_password",
      "func", "v2.vds.order.param", "sok", "ok", "clicked_button", "order", "pricelist", "2",
      "order_period", "1", "datacenter", "1", "addon_2", "10", "force_use_new_cart", "on");

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

  private Element error(Map<String, String> fields) throws Exception {
    Document doc = wire.form(fields).xml();
    assertThat(sim.cart(BillmanagerSimulator.CLIENT_LOGIN)).as("nothing added").isEmpty();
    Element error = Xml.error(doc);
    assertThat(error).as("an error document").isNotNull();
    return error;
  }

  @ParameterizedTest
  @ValueSource(strings = {"pricelist", "order_period", "clicked_button"})
  void missingMandatoryField_isMissedNamingIt(String field) throws Exception {
    Element error = error(with(ORDER, field, null));

    assertThat(error.getAttribute("type")).isEqualTo("missed");
    assertThat(error.getAttribute("object")).isEqualTo(field);
    assertThat(error.getAttribute("lang")).isEqualTo("en");
  }

  @ParameterizedTest
  @CsvSource({
      "order_period, -50",
      "order_period, 2",
      "order_period, 48",
      "pricelist, 6740",
      "pricelist, 3",
      "clicked_button, basket",
      "datacenter, 13",
      "addon_2, 501",
      "addon_5, 1",
      "autoprolong, yes",
      "force_use_new_cart, 1",
      "skipbasket, yes",
  })
  void badValue_isValueNamingTheField(String field, String value) throws Exception {
    Element error = error(with(ORDER, field, value));

    assertThat(error.getAttribute("type")).isEqualTo("value");
    assertThat(error.getAttribute("object")).isEqualTo(field);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "3", "6", "12", "24", "36"})
  void everyDocumentedPeriod_isAccepted_andPricedInMonths(String period) throws Exception {
    Document doc = wire.form(with(ORDER, "order_period", period)).xml();

    assertThat(Xml.text(doc, "lineitem.id")).isEqualTo("1818");
    assertThat(sim.cart(BillmanagerSimulator.CLIENT_LOGIN).get(0).fullPrice())
        .isEqualByComparingTo(new java.math.BigDecimal("5.50").multiply(new java.math.BigDecimal(period)));
  }

  @Test
  void severalMissingFields_reportTheFirstInTheDocumentsOrder() throws Exception {
    Element error = error(with(ORDER, "order_period", null, "pricelist", null, "clicked_button", null));

    assertThat(error.getAttribute("object")).isEqualTo("order_period");
  }

  @Test
  void datacenter_isOptional() throws Exception {
    assertThat(Xml.text(wire.form(with(ORDER, "datacenter", null)).xml(), "lineitem.id")).isNotNull();
  }

  @Test
  void remoteid_isStoredWithTheLineAndTheService() throws Exception {
    wire.form(with(ORDER, "remoteid", "broker-4711", "autoprolong", "on"));
    assertThat(sim.lastRequest().orElseThrow().unknownFields()).isEmpty();
    wire.form(fields("authinfo", "client_login:client_password", "func", "cartorder.create.confirm",
        "elid", "1818", "paymethod_id", "0", "sok", "ok"));

    assertThat(sim.servicesWithRemoteid("broker-4711")).singleElement()
        .satisfies(s -> assertThat(s.pricelist()).isEqualTo("2"));
  }

  @Test
  void unknownField_isAcceptedButRecorded() throws Exception {
    Document doc = wire.form(with(ORDER, "instances_os", "x")).xml();

    assertThat(Xml.text(doc, "lineitem.id")).isNotNull();
    assertThat(sim.lastRequest().orElseThrow().unknownFields()).containsExactly("instances_os");
  }

  @Test
  void withoutSok_showsTheForm_andAddsNothing() throws Exception {
    Document doc = wire.form(with(ORDER, "sok", null)).xml();

    assertThat(Xml.text(doc, "lineitem.id")).isNull();
    assertThat(Xml.children(doc, "slist")).extracting(e -> e.getAttribute("name"))
        .contains("datacenter", "order_period");
    assertThat(sim.cart(BillmanagerSimulator.CLIENT_LOGIN)).isEmpty();
  }

  @Test
  void unknownItemType_isMissedFunc() throws Exception {
    Element error = error(with(ORDER, "func", "v2.domain.order.param"));

    assertThat(error.getAttribute("object")).isEqualTo("func");
  }
}
