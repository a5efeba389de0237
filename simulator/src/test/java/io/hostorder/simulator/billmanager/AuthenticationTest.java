package io.hostorder.simulator.billmanager;

import static io.hostorder.simulator.billmanager.Wire.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AuthenticationTest {
  BillmanagerSimulator sim;
  Wire wire;

  @BeforeEach
  void start() {
    sim = BillmanagerSimulator.builder(Profile.BILLMANAGER).seed(7).start();
    wire = new Wire(sim.baseUrl());
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private String login() throws Exception {
    return wire.form(fields("func", "auth", "username", "client_login", "password", "client_password",
        "out", "json")).json().at("/doc/auth/$id").asText();
  }

  private JsonNode cart(String token) throws Exception {
    return wire.form(fields("func", "cart", "auth", token, "out", "json")).json().get("doc");
  }

  @Test
  void auth_inXml_answersSessionAsIdAttributeAndText() throws Exception {
    Document doc = wire.form(fields("func", "auth", "username", "client_login",
        "password", "client_password")).xml();

    Element auth = Xml.children(doc, "auth").get(0);
    assertThat(auth.getAttribute("id")).hasSize(24).isEqualTo(auth.getTextContent());
    assertThat(auth.getAttribute("level")).isEqualTo("16");
  }

  @Test
  void auth_inJson_answersDollarIdDollarAndLevel() throws Exception {
    JsonNode auth = wire.form(fields("func", "auth", "username", "client_login",
        "password", "client_password", "out", "json")).json().at("/doc/auth");

    assertThat(auth.get("$id").asText()).hasSize(24).isEqualTo(auth.get("$").asText());
    assertThat(auth.get("$level").asText()).isEqualTo("16");
  }

  @Test
  void auth_withAuthinfo_givesASessionTheNextCallsUse() throws Exception {
    String token = wire.form(fields("func", "auth", "authinfo", "client_login:client_password",
        "out", "json")).json().at("/doc/auth/$id").asText();

    assertThat(cart(token).has("error")).isFalse();
  }

  @Test
  void sameSeed_givesSameSessionTokens() throws Exception {
    String first = login();
    try (BillmanagerSimulator twin = BillmanagerSimulator.builder(Profile.BILLMANAGER).seed(7).start()) {
      String twinToken = new Wire(twin.baseUrl()).form(fields("func", "auth",
          "username", "client_login", "password", "client_password", "out", "json"))
          .json().at("/doc/auth/$id").asText();
      assertThat(twinToken).isEqualTo(first);
    }
  }

  @Test
  void wrongPassword_isAuthErrorWithObjectBadpassword() throws Exception {
    JsonNode error = wire.form(fields("func", "auth", "username", "client_login",
        "password", "nope", "out", "json")).json().at("/doc/error");

    assertThat(error.get("$type").asText()).isEqualTo("auth");
    assertThat(error.get("$object").asText()).isEqualTo("badpassword");
    assertThat(error.get("$lang").asText()).isEqualTo("en");
    assertThat(error.at("/msg/$").asText()).isNotBlank();
  }

  @Test
  void wrongAuthinfo_onAnyFunction_isAuthBadpasswordInXml() throws Exception {
    Wire.Answer answer = wire.form(fields("func", "cart", "authinfo", "client_login:wrong"));

    assertThat(answer.code()).isEqualTo(200);
    Element error = Xml.error(answer.xml());
    assertThat(error.getAttribute("type")).isEqualTo("auth");
    assertThat(error.getAttribute("object")).isEqualTo("badpassword");
    assertThat(Xml.text(error, "msg")).isNotBlank();
  }

  @Test
  void expiredSessions_answerAccessByDefault() throws Exception {
    String token = login();
    sim.expireSessions();

    assertThat(cart(token).at("/error/$type").asText()).isEqualTo("access");
  }

  @Test
  void expiredSessions_answerAuthWhenConfigured() throws Exception {
    String token = login();
    sim.expiredSessionErrorType("auth").expireSessions();

    assertThat(cart(token).at("/error/$type").asText()).isEqualTo("auth");
  }

  @Test
  void session_expiresAfterAnIdleHour_butNotWhileUsed() throws Exception {
    String token = login();
    sim.advanceTime(Duration.ofMinutes(50));
    assertThat(cart(token).has("error")).isFalse();
    sim.advanceTime(Duration.ofMinutes(50)); // 50 minutes since the last request
    assertThat(cart(token).has("error")).isFalse();

    sim.advanceTime(Duration.ofMinutes(61));

    assertThat(cart(token).at("/error/$type").asText()).isEqualTo("access");
  }

  @Test
  void noCredentials_isAnError() throws Exception {
    assertThat(wire.form(fields("func", "cart", "out", "json")).json().at("/doc/error/$type")
        .asText()).isEqualTo("access");
  }

  @Test
  void su_byAdmin_actsForTheClient() throws Exception {
    wire.form(fields("func", "v2.vds.order.param", "authinfo", "admin_login:admin_password",
        "su", "client_login", "pricelist", "2", "order_period", "1", "sok", "ok",
        "clicked_button", "order"));

    assertThat(sim.cart("client_login")).hasSize(1);
  }

  @Test
  void su_byClient_isAccessError() throws Exception {
    sim.addClient("other", "Other-pass-1");

    JsonNode error = wire.form(fields("func", "cart", "authinfo", "client_login:client_password",
        "su", "other", "out", "json")).json().at("/doc/error");

    assertThat(error.get("$type").asText()).isEqualTo("access");
    assertThat(error.get("$object").asText()).isEqualTo("su");
  }

  @Test
  void su_toUnknownClient_isAccessError() throws Exception {
    JsonNode error = wire.form(fields("func", "cart", "authinfo", "admin_login:admin_password",
        "su", "nobody", "out", "json")).json().at("/doc/error");

    assertThat(error.get("$type").asText()).isEqualTo("access");
  }

  @Test
  void twoFactor_blocksCallsWithExtraconfirm_untilTotpConfirm() throws Exception {
    sim.twoFactor("123456");
    String pending = login();
    assertThat(pending).isNotBlank();
    assertThat(cart(pending).at("/error/$type").asText()).isEqualTo("extraconfirm");
    assertThat(wire.form(fields("func", "cart", "authinfo", "client_login:client_password",
        "out", "json")).json().at("/doc/error/$type").asText()).isEqualTo("extraconfirm");
    assertThat(wire.form(fields("func", "totp.confirm", "auth", pending, "qrcode", "000000",
        "sok", "ok", "out", "json")).json().at("/doc/error/$object").asText()).isEqualTo("qrcode");

    String confirmed = wire.form(fields("func", "totp.confirm", "auth", pending, "qrcode", "123456",
        "sok", "ok", "out", "json")).json().at("/doc/auth/$id").asText();

    assertThat(confirmed).isNotEqualTo(pending);
    assertThat(cart(confirmed).has("error")).isFalse();
  }

  @Test
  void htmlLoginMode_answersAnHtmlPage_evenWhenJsonWasAsked() throws Exception {
    sim.loginAnswer(LoginAnswer.HTML_PAGE);

    Wire.Answer answer = wire.form(fields("func", "cart", "auth", "gone", "out", "json"));

    assertThat(answer.code()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("text/html");
    assertThat(answer.body()).contains("<form").contains("password");
  }

  @Test
  void logonDocMode_answersADocWhoseFuncIsLogon() throws Exception {
    sim.loginAnswer(LoginAnswer.LOGON_DOC);

    JsonNode doc = wire.form(fields("func", "cart", "auth", "gone", "out", "json")).json().get("doc");

    assertThat(doc.get("$func").asText()).isEqualTo("logon");
    assertThat(doc.has("error")).isFalse();
  }

  @Test
  void getQuery_isAcceptedLikeAForm() throws Exception {
    Wire.Answer answer = wire.get(fields("func", "cart", "authinfo", "client_login:client_password",
        "out", "json"));

    assertThat(answer.json().at("/doc/total/count/$").asText()).isEqualTo("0");
    assertThat(sim.lastRequest().orElseThrow().encoding()).isEqualTo(ParsedRequest.Encoding.QUERY);
  }

  @Test
  void fieldInBodyAndQuery_takesTheBodysValue() throws Exception {
    Wire withQuery = new Wire(okhttp3.HttpUrl.get(sim.baseUrl().toString()).newBuilder().addQueryParameter("func", "vds")
        .addQueryParameter("p_cnt", "7").build());

    Wire.Answer answer = withQuery.form(fields("func", "cart", "authinfo", "client_login:client_password",
        "out", "json"));

    assertThat(answer.json().at("/doc/total").isMissingNode()).isFalse();
    ParsedRequest received = sim.lastRequest().orElseThrow();
    assertThat(received.func()).isEqualTo("cart");
    assertThat(received.fields()).containsEntry("p_cnt", "7");
    assertThat(received.repeated()).containsKey("func");
    assertThat(received.unknownFields()).containsExactly("p_cnt");
  }

  @Test
  void refusedRequest_stillReportsOnlyTrulyUnknownFields() throws Exception {
    wire.form(fields("func", "v2.vds.order.param", "auth", "expired", "pricelist", "2",
        "order_period", "1", "sok", "ok", "clicked_button", "order", "addon_2", "1", "colour", "red"));

    assertThat(sim.lastRequest().orElseThrow().unknownFields()).containsExactly("colour");
  }

  @Test
  void keepalive_answersOkOnALiveSession_andAccessOnAGoneOne() throws Exception {
    String token = login();
    assertThat(wire.form(fields("func", "keepalive", "auth", token, "out", "json")).json()
        .at("/doc/ok").isMissingNode()).isFalse();
    sim.expireSessions();
    assertThat(wire.form(fields("func", "keepalive", "auth", token, "out", "json")).json()
        .at("/doc/error/$type").asText()).isEqualTo("access");
  }

  @Test
  void wrongPath_is404() throws Exception {
    Wire other = new Wire(sim.server().url("/manager"));
    assertThat(other.form(fields("func", "auth")).code()).isEqualTo(404);
  }
}
