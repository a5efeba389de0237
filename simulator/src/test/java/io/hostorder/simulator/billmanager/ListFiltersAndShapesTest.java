package io.hostorder.simulator.billmanager;

import static io.hostorder.simulator.billmanager.Wire.fields;
import static io.hostorder.simulator.billmanager.Wire.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.simulator.AfterProcessing;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Sticky list filters ({@code func=vds.filter}), the switches for shapes that are the simulator's own choice
 * (remoteid in lists, the payment error's type, Zomro's access rule), and faults after processing aimed at each
 * committing function.
 */
class ListFiltersAndShapesTest {
  static final Map<String, String> AUTH = fields("authinfo", "client_login:client_password", "out", "json");
  static final Map<String, String> ADD = with(AUTH, "func", "v2.vds.order.param", "sok", "ok", "clicked_button", "order",
      "pricelist", "2", "order_period", "1");

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

  private JsonNode list() throws Exception {
    return wire.form(with(AUTH, "func", "vds")).json().get("doc");
  }

  @Test
  void filter_sticksForTheUser_untilTheFilterFormIsSubmittedEmpty() throws Exception {
    wire.form(with(ADD, "skipbasket", "on", "remoteid", "r-1"));
    sim.activateServices();
    wire.form(with(ADD, "skipbasket", "on", "remoteid", "r-2"));

    wire.form(with(AUTH, "func", "vds.filter", "sok", "ok", "status", "2"));
    assertThat(list().at("/p_elems/$").asText()).isEqualTo("1");
    assertThat(list().at("/p_elems/$").asText()).as("sticky").isEqualTo("1");
    assertThat(sim.listFilter("client_login", "vds")).containsEntry("status", "2");

    JsonNode reset = wire.form(with(AUTH, "func", "vds.filter", "sok", "ok")).json().get("doc");
    assertThat(reset.has("ok")).isTrue();
    assertThat(list().at("/p_elems/$").asText()).isEqualTo("2");
    assertThat(sim.lastRequest()).hasValueSatisfying(r -> assertThat(r.unknownFields()).isEmpty());
  }

  @Test
  void listsRemoteid_isOffByDefault_asNoDocumentedListReturnsIt() throws Exception {
    wire.form(with(ADD, "skipbasket", "on", "remoteid", "r-1"));
    assertThat(list().at("/elem").has("remoteid")).isFalse();
    assertThat(sim.servicesWithRemoteid("r-1")).hasSize(1);
    sim.listsRemoteid(true);
    assertThat(list().at("/elem/remoteid/$").asText()).isEqualTo("r-1");
    sim.listsRemoteid(false);
    assertThat(list().at("/elem").has("remoteid")).isFalse();
  }

  @Test
  void filter_onItemStatus_matchesItsCodeOrItsText_andOnDomain() throws Exception {
    wire.form(with(ADD, "skipbasket", "on", "domain", "a.example"));
    sim.activateServices();
    wire.form(with(ADD, "skipbasket", "on", "domain", "b.example"));

    sim.listFilter("client_login", "vds", "item_status", "5_open");
    assertThat(list().at("/elem/domain/$").asText()).isEqualTo("b.example");
    sim.listFilter("client_login", "vds", "item_status", "Active");
    assertThat(list().at("/elem/domain/$").asText()).isEqualTo("a.example");
    sim.listFilter("client_login", "vds", "item_status", null).listFilter("client_login", "vds", "domain", "b.example");
    assertThat(list().at("/p_elems/$").asText()).isEqualTo("1");
  }

  @Test
  void paymentError_typeAndObject_canBeSetToAnotherPlausibleShape() throws Exception {
    sim.setBalance(BigDecimal.ZERO).paymentError("value", "paymethod_id");
    JsonNode error = wire.form(with(ADD, "skipbasket", "on")).json().at("/doc/error");
    assertThat(error.get("$type").asText()).isEqualTo("value");
    assertThat(error.get("$object").asText()).isEqualTo("paymethod_id");
    assertThat(error.at("/msg/$").asText()).startsWith("insufficient funds");
    assertThat(sim.services()).isEmpty();
  }

  @Test
  void zomroRequiresAccessFalse_acceptsAnOrderWithNeitherPasswordNorKey() throws Exception {
    try (BillmanagerSimulator zomro = BillmanagerSimulator.start(Profile.ZOMRO)) {
      zomro.addSession(ZomroDocumentExamplesTest.ORDER_TOKEN, BillmanagerSimulator.CLIENT_LOGIN).zomroRequiresAccess(false);
      Map<String, String> order = with(ZomroDocumentExamplesTest.ORDER, "password", null, "use_ssh_key", null);
      JsonNode doc = new Wire(zomro.baseUrl()).multipart(order).json().get("doc");
      assertThat(doc.has("lineitem.id")).as(doc.toString()).isTrue();
    }
  }

  /** The generic faults after processing reach each committing func: the effect stays, the answer is lost. */
  @ParameterizedTest
  @EnumSource(value = AfterProcessing.class, names = {"HTML_504", "HTML_LOGIN_PAGE", "TRUNCATED", "NON_DOCUMENT_TEXT",
      "EMPTY_200", "HTTP_500"})
  void faultsAfterProcessing_applyToAddPromoCodeAndConfirm(AfterProcessing fault) throws Exception {
    sim.faults().afterProcessing("v2.vds.order.param", fault);
    assertThat(hasLineItem(wire.form(ADD))).as("the real answer is lost").isFalse();
    assertThat(sim.cart("client_login")).hasSize(1);
    long line = sim.cart("client_login").get(0).id();

    sim.faults().afterProcessing("cart", fault);
    wire.form(with(AUTH, "func", "cart", "sok", "ok", "clicked_button", "apply_promocode", "promocode", "PROMO_2024"));
    assertThat(sim.cart("client_login").get(0).promoCode()).isEqualTo("PROMO_2024");

    sim.faults().afterProcessing("cartorder.create.confirm", fault);
    wire.form(with(AUTH, "func", "cartorder.create.confirm", "sok", "ok", "elid", Long.toString(line), "paymethod_id", "0"));
    assertThat(sim.confirmedOrders()).isEqualTo(1);
    assertThat(sim.cart("client_login")).isEmpty();
  }

  private static boolean hasLineItem(Wire.Answer answer) {
    try {
      return Wire.JSON.readTree(answer.body()).at("/doc/lineitem.id/$").isTextual();
    } catch (java.io.IOException | RuntimeException notJson) {
      return false;
    }
  }
}
