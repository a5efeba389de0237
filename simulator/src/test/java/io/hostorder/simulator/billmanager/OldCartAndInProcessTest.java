package io.hostorder.simulator.billmanager;

import static io.hostorder.simulator.billmanager.Wire.fields;
import static io.hostorder.simulator.billmanager.Wire.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.hostorder.simulator.AfterProcessing;
import java.math.BigDecimal;
import java.util.Map;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Zomro's old-cart payment path (basket → billorder → payment.add.method → ok, payment_id), "request in
 * process" answers (long:URL, fetched with func=long), the legacy code="1" on errors and promocode_not_use
 * with the code in error.param.
 */
class OldCartAndInProcessTest {
  static final Map<String, String> AUTH = fields("authinfo", "client_login:client_password", "out", "json");
  static final Map<String, String> ADD = with(ZomroDocumentExamplesTest.ORDER, "auth", null,
      "authinfo", "client_login:client_password");

  BillmanagerSimulator sim;
  Wire wire;

  @BeforeEach
  void start() {
    sim = BillmanagerSimulator.start(Profile.ZOMRO);
    wire = new Wire(sim.baseUrl());
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private JsonNode send(Map<String, String> fields) throws Exception {
    Wire.Answer answer = wire.multipart(fields);
    return answer.json().get("doc");
  }

  private String basket() throws Exception {
    JsonNode doc = send(with(AUTH, "func", "basket", "sok", "ok"));
    assertThat(doc.has("billorder")).as(doc.toString()).isTrue();
    return doc.at("/billorder/$").asText();
  }

  @Test
  void basket_answersABillorder_withoutCharging_andPaymentAddMethodPaysIt() throws Exception {
    send(ADD);

    String billorder = basket();

    assertThat(billorder).isEqualTo("7001");
    assertThat(sim.balance("client_login")).isEqualByComparingTo("100.00");
    assertThat(sim.cart("client_login")).isEmpty();
    assertThat(sim.services()).isEmpty();

    JsonNode paid = send(with(AUTH, "func", "payment.add.method", "billorder", billorder, "paymethod", "0", "sok", "ok"));

    assertThat(paid.has("ok")).as(paid.toString()).isTrue();
    assertThat(paid.at("/payment_id/$").asText()).isEqualTo("9001");
    assertThat(sim.balance("client_login")).isEqualByComparingTo("99.85");
    assertThat(sim.confirmedOrders()).isEqualTo(1);
    assertThat(sim.services()).singleElement().satisfies(s -> {
      assertThat(s.servername()).isEqualTo("MyServer-1");
      assertThat(s.lineItemId()).isEqualTo(1818);
    });
    assertThat(sim.lastRequest().orElseThrow().unknownFields()).isEmpty();
    JsonNode again = send(with(AUTH, "func", "payment.add.method", "billorder", billorder, "paymethod", "0", "sok", "ok"));
    assertThat(again.at("/error/$object").asText()).as("never paid twice").isEqualTo("billorder");
    assertThat(sim.confirmedOrders()).isEqualTo(1);
    JsonNode confirm = send(with(AUTH, "func", "cartorder.create.confirm", "elid", "1818", "paymethod_id", "0", "sok", "ok"));
    assertThat(confirm.at("/error/$object").asText()).as("the line left the cart").isEqualTo("elid");
  }

  @Test
  void basket_setpromocode_appliesTheCodeInTheOldCart() throws Exception {
    send(ADD);

    JsonNode doc = send(with(AUTH, "func", "basket", "sok", "ok", "clicked_button", "setpromocode", "promocode", "PROMO_2024"));

    assertThat(doc.has("ok")).isTrue();
    assertThat(sim.cart("client_login").get(0).promoCode()).isEqualTo("PROMO_2024");
    send(with(AUTH, "func", "payment.add.method", "billorder", basket(), "paymethod", "0", "sok", "ok"));
    assertThat(sim.services().get(0).price()).isEqualByComparingTo("0.14");
  }

  @Test
  void paymentAddMethod_withTooLowABalance_isTheConfirmsErrorDocument_andTheOrderStaysUnpaid() throws Exception {
    send(ADD);
    String billorder = basket();
    sim.setBalance(BigDecimal.ZERO);

    JsonNode error = send(with(AUTH, "func", "payment.add.method", "billorder", billorder, "paymethod", "0", "sok", "ok"))
        .get("error");

    assertThat(error.get("$type").asText()).isEqualTo("payment");
    assertThat(error.get("$object").asText()).isEqualTo("balance");
    assertThat(error.at("/msg/$").asText()).startsWith("insufficient funds to complete the operation. Required amount 0.15");
    assertThat(sim.services()).isEmpty();
    sim.setBalance(BigDecimal.ONE);
    assertThat(send(with(AUTH, "func", "payment.add.method", "billorder", billorder, "paymethod", "0", "sok", "ok"))
        .has("ok")).isTrue();
  }

  @Test
  void oldCart_refusals_nameTheField() throws Exception {
    assertThat(send(with(AUTH, "func", "basket", "sok", "ok")).at("/error/$object").asText()).isEqualTo("basket");
    assertThat(send(with(AUTH, "func", "payment.add.method", "sok", "ok")).at("/error/$object").asText())
        .isEqualTo("billorder");
    assertThat(send(with(AUTH, "func", "payment.add.method", "billorder", "1", "paymethod", "0", "sok", "ok"))
        .at("/error/$type").asText()).isEqualTo("value");
    send(ADD);
    String billorder = basket();
    assertThat(send(with(AUTH, "func", "payment.add.method", "billorder", billorder, "paymethod", "5", "sok", "ok"))
        .at("/error/$object").asText()).isEqualTo("paymethod");
  }

  @Test
  void faults_afterProcessing_andBeforeProcessing_reachBasketAndPaymentAddMethod() throws Exception {
    send(ADD);
    sim.faults().refuseBeforeProcessing("basket", 503);
    assertThat(wire.multipart(with(AUTH, "func", "basket", "sok", "ok")).code()).isEqualTo(503);
    assertThat(sim.cart("client_login")).as("not processed").hasSize(1);

    sim.faults().afterProcessing("basket", AfterProcessing.HTML_504);
    assertThat(wire.multipart(with(AUTH, "func", "basket", "sok", "ok")).code()).isEqualTo(504);
    assertThat(sim.cart("client_login")).as("processed").isEmpty();

    sim.faults().refuseBeforeProcessing("payment.add.method", 429);
    Map<String, String> pay = with(AUTH, "func", "payment.add.method", "billorder", "7001", "paymethod", "0", "sok", "ok");
    assertThat(wire.multipart(pay).code()).isEqualTo(429);
    assertThat(sim.confirmedOrders()).isZero();

    sim.faults().afterProcessing("payment.add.method", AfterProcessing.DROP);
    assertThat(catchIo(() -> wire.multipart(pay))).isTrue();
    assertThat(sim.confirmedOrders()).isEqualTo(1);
    assertThat(sim.faults().armedLeft()).isZero();
  }

  private interface Call {
    Object run() throws Exception;
  }

  private static boolean catchIo(Call call) {
    try {
      call.run();
      return false;
    } catch (Exception e) {
      return e instanceof java.io.IOException;
    }
  }

  @Test
  void answerInProcess_processesTheConfirm_andAnswersALongUrl_thatGivesTheDocumentAfterNFetches() throws Exception {
    send(ADD);
    sim.answerInProcess("cartorder.create.confirm", 2);

    Wire.Answer answer = wire.multipart(with(AUTH, "func", "cartorder.create.confirm", "elid", "1818",
        "paymethod_id", "0", "sok", "ok"));

    assertThat(answer.code()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("text/plain");
    assertThat(answer.body()).startsWith("long:" + sim.baseUrl() + "?func=long&elid=");
    assertThat(answer.body()).endsWith("&out=json");
    assertThat(sim.confirmedOrders()).as("processed").isEqualTo(1);
    HttpUrl url = HttpUrl.get(answer.body().substring("long:".length()));
    assertThat(url.encodedPath()).isEqualTo("/");
    String elid = url.queryParameter("elid");

    Wire.Answer first = wire.get(fields("func", "long", "elid", elid, "out", "json",
        "authinfo", "client_login:client_password"));
    assertThat(first.body()).isEqualTo(answer.body());
    Wire.Answer second = wire.multipart(with(AUTH, "func", "long", "elid", elid));
    assertThat(second.body()).isEqualTo(answer.body());
    Wire.Answer done = wire.multipart(with(AUTH, "func", "long", "elid", elid));
    assertThat(done.contentType()).startsWith("application/json");
    assertThat(done.json().at("/doc/ok").isMissingNode()).as(done.body()).isFalse();
    assertThat(sim.confirmedOrders()).as("fetching does not pay again").isEqualTo(1);

    JsonNode unknown = send(with(AUTH, "func", "long", "elid", "0123"));
    assertThat(unknown.at("/error/$type").asText()).isEqualTo("missed");
    assertThat(unknown.at("/error/$object").asText()).isEqualTo("elid");
  }

  @Test
  void answerInProcess_onTheAdd_inXml_onBillmanager_pointsAtBillmgr_andGivesTheLineItemId() throws Exception {
    try (BillmanagerSimulator bm = BillmanagerSimulator.start(Profile.BILLMANAGER)) {
      Wire w = new Wire(bm.baseUrl());
      bm.answerInProcess("v2.vds.order.param", 1);
      Wire.Answer answer = w.form(fields("authinfo", "client_login:client_password", "out", "xml",
          "func", "v2.vds.order.param", "sok", "ok", "clicked_button", "order", "pricelist", "2", "order_period", "1"));
      assertThat(answer.body()).startsWith("long:" + bm.baseUrl() + "?func=long&elid=").endsWith("&out=xml");
      assertThat(bm.cart("client_login")).hasSize(1);
      HttpUrl url = HttpUrl.get(answer.body().substring("long:".length()));
      assertThat(url.encodedPath()).isEqualTo("/billmgr");
      Map<String, String> fetch = fields("authinfo", "client_login:client_password", "func", "long",
          "elid", url.queryParameter("elid"), "out", "xml");
      assertThat(w.form(fetch).body()).isEqualTo(answer.body());
      assertThat(Xml.text(w.form(fetch).xml(), "lineitem.id")).isEqualTo("1818");
      assertThat(w.form(with(fetch, "authinfo", "admin_login:admin_password")).body())
          .as("another client's elid").contains("type=\"missed\"");
    }
  }

  @Test
  void legacyErrorCode_addsCode1BesideType_inJsonAndXml() throws Exception {
    sim.legacyErrorCode(true);

    JsonNode error = send(with(AUTH, "func", "nosuch")).get("error");
    assertThat(error.get("$code").asText()).isEqualTo("1");
    assertThat(error.get("$type").asText()).isEqualTo("missed");
    Element xml = Xml.error(wire.multipart(fields("authinfo", "client_login:client_password", "func", "nosuch")).xml());
    assertThat(xml.getAttribute("code")).isEqualTo("1");
    assertThat(xml.getAttribute("type")).isEqualTo("missed");
    sim.legacyErrorCode(false);
    assertThat(send(with(AUTH, "func", "nosuch")).get("error").has("$code")).isFalse();
  }

  @Test
  void promocodeNotUse_givesTheCodeInErrorParam() throws Exception {
    send(ADD); // Cloud Essential: STANDARD20 fits only Cloud Standard

    JsonNode error = send(with(AUTH, "func", "cart", "sok", "ok", "clicked_button", "apply_promocode",
        "promocode", "STANDARD20")).get("error");

    assertThat(error.get("$type").asText()).isEqualTo("promocode_not_use");
    assertThat(error.at("/param/$").asText()).isEqualTo("STANDARD20");
    assertThat(error.at("/param/$name").asText()).isEqualTo("promocode");
    Element xml = Xml.error(wire.multipart(fields("authinfo", "client_login:client_password", "func", "basket",
        "sok", "ok", "clicked_button", "setpromocode", "promocode", "STANDARD20")).xml());
    assertThat(xml.getAttribute("type")).isEqualTo("promocode_not_use");
    assertThat(Xml.text(xml, "param")).isEqualTo("STANDARD20");
  }
}
