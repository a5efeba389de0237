package io.hostorder.simulator.billmanager;

import static io.hostorder.simulator.billmanager.Wire.fields;
import static io.hostorder.simulator.billmanager.Wire.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cart, promo codes and cartorder.create.confirm on the generic profile, in JSON. */
class CartAndCheckoutTest {
  static final String CLIENT = BillmanagerSimulator.CLIENT_LOGIN;
  static final Map<String, String> AUTH = fields("authinfo", "client_login:client_password", "out", "json");
  static final Map<String, String> ORDER = with(AUTH, "func", "v2.vds.order.param", "sok", "ok",
      "clicked_button", "order", "pricelist", "2", "order_period", "12", "datacenter", "2");
  static final Map<String, String> PROMO = with(AUTH, "func", "cart",
      "clicked_button", "apply_promocode", "sok", "ok");
  static final Map<String, String> CONFIRM = with(AUTH, "func", "cartorder.create.confirm",
      "sok", "ok", "paymethod_id", "0");

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

  private String addLine() throws Exception {
    return wire.form(ORDER).json().at("/doc/lineitem.id/$").asText();
  }

  private JsonNode send(Map<String, String> fields) throws Exception {
    return wire.form(fields).json().get("doc");
  }

  @Test
  void cart_listsLinesAndTotal() throws Exception {
    addLine();
    addLine();

    JsonNode doc = send(with(AUTH, "func", "cart"));

    JsonNode lines = doc.at("/list/elem");
    assertThat(doc.at("/list/$name").asText()).isEqualTo("lineitems");
    assertThat(lines.isArray()).isTrue();
    assertThat(lines.get(0).get("id").isObject()).as("values sit under \"$\"").isTrue();
    assertThat(lines.get(0).at("/id/$").asText()).isEqualTo("1818");
    assertThat(lines.get(1).at("/id/$").asText()).isEqualTo("1819");
    assertThat(lines.get(0).at("/price.cost/$").asText()).isEqualTo("60.00");
    assertThat(doc.at("/total/cost/$").asText()).isEqualTo("120.00");
    assertThat(doc.at("/total/currency/$").asText()).isEqualTo("EUR");
  }

  @Test
  void checkout_withPromoCode_chargesTheDiscountedPrice() throws Exception {
    sim.addPromoCode("HALF", 50);
    String line = addLine();
    JsonNode applied = send(with(PROMO, "promocode", "HALF"));
    assertThat(applied.has("error")).isFalse();
    assertThat(applied.at("/total/cost/$").asText()).isEqualTo("30.00");

    JsonNode doc = send(with(CONFIRM, "elid", line));

    assertThat(doc.has("ok")).isTrue();
    assertThat(sim.balance(CLIENT)).isEqualByComparingTo("70.00");
    assertThat(sim.services()).singleElement().satisfies(s -> {
      assertThat(s.promoCode()).isEqualTo("HALF");
      assertThat(s.price()).isEqualByComparingTo("30.00");
    });
    assertThat(sim.confirmedOrders()).isEqualTo(1);
  }

  @Test
  void unknownPromoCode_isMissedPromocode_andChangesNothing() throws Exception {
    addLine();

    JsonNode error = send(with(PROMO, "promocode", "NOPE")).get("error");

    assertThat(error.get("$type").asText()).isEqualTo("missed");
    assertThat(error.get("$object").asText()).isEqualTo("promocode");
    assertThat(sim.cart(CLIENT).get(0).promoCode()).isNull();
  }

  @Test
  void promoCodeForAnotherTariff_isPromocodeNotUse_withTheCodeAsParam() throws Exception {
    sim.addPromoCode(new PromoCode("DEDIC_ONLY", 30, Set.of("3")));
    addLine();

    JsonNode error = send(with(PROMO, "promocode", "DEDIC_ONLY")).get("error");

    assertThat(error.get("$type").asText()).isEqualTo("promocode_not_use");
    assertThat(error.at("/param/$name").asText()).isEqualTo("promocode");
    assertThat(error.at("/param/$").asText()).isEqualTo("DEDIC_ONLY");
  }

  @Test
  void promoCodeOnEmptyCart_isPromocodeNotUse() throws Exception {
    assertThat(send(with(PROMO, "promocode", "PROMO_2024")).at("/error/$type").asText())
        .isEqualTo("promocode_not_use");
  }

  @Test
  void promoCodeMissing_isMissedPromocode() throws Exception {
    assertThat(send(PROMO).at("/error/$object").asText()).isEqualTo("promocode");
  }

  @Test
  void deleteButton_removesTheLine() throws Exception {
    String line = addLine();

    JsonNode doc = send(with(AUTH, "func", "cart", "clicked_button", "delete", "id", line, "sok", "ok"));

    assertThat(doc.has("error")).isFalse();
    assertThat(sim.cart(CLIENT)).isEmpty();
    assertThat(send(with(AUTH, "func", "cart", "clicked_button", "delete", "id", line, "sok", "ok"))
        .at("/error/$type").asText()).isEqualTo("value");
  }

  @Test
  void insufficientFunds_failsWithTheDocumentedMessage_andKeepsTheLine() throws Exception {
    sim.setBalance(new BigDecimal("10.00")).setCreditLimit(CLIENT, new BigDecimal("5"));
    String line = addLine();

    JsonNode error = send(with(CONFIRM, "elid", line)).get("error");

    assertThat(error.get("$type").asText()).isEqualTo("payment");
    assertThat(error.get("$object").asText()).isEqualTo("balance");
    assertThat(error.at("/msg/$").asText()).isEqualTo("insufficient funds to complete the operation."
        + " Required amount 60.00. Your current balance: 10.00, credit limit 5.00");
    assertThat(sim.cart(CLIENT)).hasSize(1);
    assertThat(sim.services()).isEmpty();
    assertThat(sim.balance(CLIENT)).isEqualByComparingTo("10.00");
    assertThat(sim.confirmedOrders()).isZero();
  }

  @Test
  void creditLimit_letsTheBalanceGoNegative() throws Exception {
    sim.setBalance(new BigDecimal("10.00")).setCreditLimit(CLIENT, new BigDecimal("50"));

    send(with(CONFIRM, "elid", addLine()));

    assertThat(sim.balance(CLIENT)).isEqualByComparingTo("-50.00");
  }

  @Test
  void confirm_ofSeveralLines_commaSeparated_paysThemTogether() throws Exception {
    String first = addLine();
    String second = wire.form(with(ORDER, "order_period", "1")).json().at("/doc/lineitem.id/$").asText();

    send(with(CONFIRM, "elid", first + "," + second));

    assertThat(sim.services()).hasSize(2);
    assertThat(sim.confirmedOrders()).isEqualTo(1);
    assertThat(sim.balance(CLIENT)).isEqualByComparingTo("35.00");
  }

  @Test
  void confirm_ofALineNotInTheCart_isValueElid_andRetryAfterSuccessDoesNotChargeTwice() throws Exception {
    String line = addLine();
    send(with(CONFIRM, "elid", line));

    JsonNode error = send(with(CONFIRM, "elid", line)).get("error");

    assertThat(error.get("$type").asText()).isEqualTo("value");
    assertThat(error.get("$object").asText()).isEqualTo("elid");
    assertThat(sim.balance(CLIENT)).isEqualByComparingTo("40.00");
  }

  @Test
  void confirm_requiresElidAndPaymethod() throws Exception {
    assertThat(send(CONFIRM).at("/error/$object").asText()).isEqualTo("elid");
    String line = addLine();
    assertThat(send(with(CONFIRM, "elid", line, "paymethod_id", null)).at("/error/$object").asText())
        .isEqualTo("paymethod_id");
    assertThat(send(with(CONFIRM, "elid", line, "paymethod_id", "7")).at("/error/$type").asText())
        .isEqualTo("value");
    assertThat(sim.services()).isEmpty();
  }

  @Test
  void confirm_withoutSok_showsTheOrderAndCharges_nothing() throws Exception {
    String line = addLine();

    JsonNode doc = send(with(CONFIRM, "elid", line, "sok", null));

    assertThat(doc.at("/total/cost/$").asText()).isEqualTo("60.00");
    assertThat(sim.services()).isEmpty();
    assertThat(sim.cart(CLIENT)).hasSize(1);
  }

  @Test
  void skipbasket_paysAtOnce_withoutTheCart() throws Exception {
    JsonNode doc = send(with(ORDER, "skipbasket", "on", "remoteid", "r-1"));

    assertThat(doc.has("ok")).isTrue();
    assertThat(sim.cart(CLIENT)).isEmpty();
    assertThat(sim.servicesWithRemoteid("r-1")).hasSize(1);
    assertThat(sim.balance(CLIENT)).isEqualByComparingTo("40.00");
    assertThat(sim.confirmedOrders()).isEqualTo(1);
  }

  @Test
  void skipbasket_withoutFunds_isThePaymentError_andCreatesNothing() throws Exception {
    sim.setBalance(BigDecimal.ONE);

    JsonNode doc = send(with(ORDER, "skipbasket", "on"));

    assertThat(doc.at("/error/$type").asText()).isEqualTo("payment");
    assertThat(sim.cart(CLIENT)).isEmpty();
    assertThat(sim.services()).isEmpty();
  }

  @Test
  void carts_areKeptPerClient() throws Exception {
    sim.addClient("second", "Second-pass-1");
    addLine();

    JsonNode doc = send(fields("authinfo", "second:Second-pass-1", "out", "json", "func", "cart"));

    assertThat(doc.at("/total/count/$").asText()).isEqualTo("0");
    assertThat(send(with(CONFIRM, "authinfo", "second:Second-pass-1", "elid", "1818"))
        .at("/error/$object").asText()).isEqualTo("elid");
  }
}
