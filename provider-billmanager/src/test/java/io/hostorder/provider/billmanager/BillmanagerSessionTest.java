package io.hostorder.provider.billmanager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.error.AuthenticationException;
import io.hostorder.core.error.ConfigurationException;
import java.time.Duration;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sessions: func=auth, renewal at most once per call, tokens, login pages. */
class BillmanagerSessionTest {
  private final Wire wire = new Wire();

  @AfterEach
  void close() {
    wire.close();
  }

  private static String session(String id) {
    return "<doc><auth id=\"" + id + "\" level=\"16\">" + id + "</auth></doc>";
  }

  @Test
  void sessionMode_logsInOnceWithFuncAuth_thenSendsAuth() {
    OrderProvider provider = wire.provider("login-mode", "session");
    wire.enqueue(session("sess-one-1234"));
    wire.enqueue("<doc><lineitem.id>1</lineitem.id></doc>");
    wire.enqueue("<doc><lineitem.id>2</lineitem.id></doc>");

    provider.newCart().add(BillmanagerDocumentExamplesTest.documentItem());
    provider.newCart().add(BillmanagerDocumentExamplesTest.documentItem());

    assertThat(Wire.fields(wire.take())).containsExactly(entry("func", "auth"), entry("username", "admin_login"),
        entry("password", "admin_password"), entry("out", "xml"));
    Map<String, String> add = Wire.fields(wire.take());
    assertThat(add).containsEntry("auth", "sess-one-1234").doesNotContainKey("authinfo");
    assertThat(Wire.fields(wire.take())).containsEntry("auth", "sess-one-1234");
    assertThat(wire.requestCount()).isEqualTo(3);
  }

  @Test
  void expiredSession_isRenewedOnce_onTheReadingListBeforeTheAdd_andTheListRetried() {
    OrderProvider provider = wire.provider("login-mode", "session", "send-remoteid", "false", "format", "json");
    wire.enqueue("{\"doc\": {\"auth\": {\"$id\": \"first-session\", \"$\": \"first-session\", \"$level\": \"16\"}}}");
    wire.enqueue(BillmanagerErrorsTest.error("json", "auth", "", "Session expired"));
    wire.enqueue("{\"doc\": {\"auth\": {\"$\": \"second-session\"}}}");
    wire.enqueueNoServices();
    wire.enqueue("{\"doc\": {\"lineitem.id\": {\"$\": \"5\"}}}");

    assertThat(provider.newCart().add(BillmanagerDocumentExamplesTest.namedItem()).id()).isEqualTo("5");

    assertThat(Wire.fields(wire.take())).containsEntry("func", "auth");
    assertThat(Wire.fields(wire.take())).containsEntry("auth", "first-session").containsEntry("func", "vds");
    assertThat(Wire.fields(wire.take())).containsEntry("func", "auth");
    assertThat(Wire.fields(wire.take())).containsEntry("auth", "second-session").containsEntry("func", "vds");
    assertThat(Wire.fields(wire.take())).containsEntry("auth", "second-session").containsEntry("func", "v2.vds.order.param");
  }

  @Test
  void expiredSession_atACommittingRequest_isRenewed_butTheRequestIsNeverSentAgain() {
    OrderProvider provider = wire.provider("login-mode", "session", "format", "json");
    wire.enqueue(session("first-session"));
    wire.enqueue(BillmanagerErrorsTest.error("json", "access", "", "Access denied"));
    wire.enqueue(session("second-session"));

    assertThatThrownBy(() -> provider.newCart("broker-30").add(BillmanagerDocumentExamplesTest.documentItem()))
        .isInstanceOf(AuthenticationException.class).hasMessageContaining("not sent again")
        .hasMessageContaining("nothing was placed");

    assertThat(Wire.fields(wire.take())).containsEntry("func", "auth");
    assertThat(Wire.fields(wire.take())).containsEntry("func", "v2.vds.order.param");
    assertThat(Wire.fields(wire.take())).containsEntry("func", "auth");
    assertThat(wire.requestCount()).isEqualTo(3);
  }

  @Test
  void sessionIdleForAnHour_isRenewedBeforeTheCommittingRequest_soTheFirstOrderAfterAQuietHourIsPlaced() {
    OrderProvider provider = wire.provider("login-mode", "session");
    wire.enqueue(session("first-session"));
    wire.enqueue("<doc><lineitem.id>1</lineitem.id></doc>");
    provider.newCart().add(BillmanagerDocumentExamplesTest.documentItem());
    ((BillmanagerProvider) provider).transport().idleFor(Duration.ofMinutes(55));
    wire.enqueue(session("second-session"));
    wire.enqueue("<doc><lineitem.id>2</lineitem.id></doc>");

    assertThat(provider.newCart().add(BillmanagerDocumentExamplesTest.documentItem()).id()).isEqualTo("2");

    wire.take();
    assertThat(Wire.fields(wire.take())).containsEntry("auth", "first-session");
    assertThat(Wire.fields(wire.take())).containsEntry("func", "auth");
    assertThat(Wire.fields(wire.take())).containsEntry("auth", "second-session")
        .containsEntry("func", "v2.vds.order.param");
    assertThat(wire.requestCount()).isEqualTo(4);
  }

  @Test
  void sessionUsedWithinTheHour_isNotRenewed_theOrderStaysAtItsRequests() {
    OrderProvider provider = wire.provider("login-mode", "session");
    wire.enqueue(session("only-session"));
    wire.enqueue("<doc><lineitem.id>1</lineitem.id></doc>");
    wire.enqueue("<doc><lineitem.id>2</lineitem.id></doc>");
    provider.newCart().add(BillmanagerDocumentExamplesTest.documentItem());
    ((BillmanagerProvider) provider).transport().idleFor(Transport.FRESH.minusMinutes(5));

    provider.newCart().add(BillmanagerDocumentExamplesTest.documentItem());

    wire.take();
    wire.take();
    assertThat(Wire.fields(wire.take())).containsEntry("auth", "only-session")
        .containsEntry("func", "v2.vds.order.param");
    assertThat(wire.requestCount()).isEqualTo(3);
  }

  @Test
  void tokenThatExpired_isRenewedWithCredentials_neverMoreThanOncePerCall() {
    OrderProvider provider = wire.provider("token", "old-token-999", "send-remoteid", "false");
    wire.enqueue(BillmanagerErrorsTest.error("xml", "access", "", "Access denied"));
    wire.enqueue(session("new-session-1"));
    wire.enqueue(BillmanagerErrorsTest.error("xml", "access", "", "Access denied"));

    // The list before the first add (a reading request) meets the expiry; the add is never reached.
    assertThatThrownBy(() -> provider.newCart().add(BillmanagerDocumentExamplesTest.namedItem()))
        .isInstanceOf(AuthenticationException.class).hasMessageContaining("Access denied")
        .hasMessageContaining("after logging in again once")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("old-token-999").doesNotContain("new-session-1"));
    assertThat(Wire.fields(wire.take())).containsEntry("auth", "old-token-999");
    assertThat(Wire.fields(wire.take())).containsEntry("func", "auth");
    assertThat(Wire.fields(wire.take())).containsEntry("auth", "new-session-1");
    assertThat(wire.requestCount()).isEqualTo(3);
  }

  @Test
  void tokenWithoutCredentials_isNotRenewed_andTheErrorSaysHow() {
    OrderProvider provider = wire.provider("username", null, "password", null, "token", "only-token-1");
    wire.enqueue(BillmanagerErrorsTest.error("xml", "auth", "", "Session expired"));
    assertThatThrownBy(() -> provider.newCart().add(BillmanagerDocumentExamplesTest.documentItem()))
        .isInstanceOf(AuthenticationException.class).hasMessageContaining("configure username and password");
    assertThat(wire.requestCount()).isEqualTo(1);
  }

  @Test
  void authinfoMode_isNeverRenewed() {
    OrderProvider provider = wire.provider();
    wire.enqueue(BillmanagerErrorsTest.error("xml", "auth", "badpassword", "Wrong password"));
    assertThatThrownBy(() -> provider.newCart().add(BillmanagerDocumentExamplesTest.documentItem()))
        .isInstanceOf(AuthenticationException.class);
    assertThat(wire.requestCount()).isEqualTo(1);
  }

  @Test
  void wrongPasswordAtLogin_isAuthenticationException() {
    OrderProvider provider = wire.provider("login-mode", "session");
    wire.enqueue(BillmanagerErrorsTest.error("xml", "auth", "badpassword", "Invalid password"));
    assertThatThrownBy(() -> provider.newCart().add(BillmanagerDocumentExamplesTest.documentItem()))
        .isInstanceOf(AuthenticationException.class).hasMessageContaining("badpassword")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("admin_password"));
    assertThat(wire.requestCount()).isEqualTo(1);
  }

  @Test
  void htmlLoginPage_toAReadingRequest_isAuthenticationException_thatSaysSo() {
    OrderProvider provider = wire.provider("format", "json");
    wire.server.enqueue(new MockResponse().setHeader("Content-Type", "text/html; charset=UTF-8")
        .setBody(LOGIN_FORM));
    assertThatThrownBy(provider::orders).isInstanceOf(AuthenticationException.class).hasMessageContaining("HTML login page");
  }

  static final String LOGIN_FORM = "<!DOCTYPE html><html><head><title>BILLmanager</title></head><body>"
      + "<form method=\"post\"><input name=\"username\"><input type=\"password\" name=\"password\"></form></body></html>";

  @Test
  void htmlWithoutALoginForm_toAReadingRequest_isNoLoginAnswer_andIsNotRenewed() {
    OrderProvider provider = wire.provider("login-mode", "session");
    wire.enqueue(session("s-aaaa"));
    wire.server.enqueue(new MockResponse().setResponseCode(504).setHeader("Content-Type", "text/html")
        .setBody("<html><head><title>504 Gateway Time-out</title></head><body>nginx</body></html>"));
    assertThatThrownBy(provider::orders).isInstanceOf(io.hostorder.core.error.TransientException.class)
        .hasMessageContaining("504");
    assertThat(wire.requestCount()).isEqualTo(2);
  }

  @Test
  void logonDocument_isAuthenticationException_thatSaysSo() {
    OrderProvider provider = wire.provider("format", "json");
    wire.enqueue("{\"doc\": {\"$func\": \"logon\", \"$lang\": \"en\"}}");
    assertThatThrownBy(() -> provider.newCart().add(BillmanagerDocumentExamplesTest.documentItem()))
        .isInstanceOf(AuthenticationException.class).hasMessageContaining("$func=logon");
  }

  @Test
  void htmlLoginPage_inSessionMode_isRenewedOnce() {
    OrderProvider provider = wire.provider("login-mode", "session", "send-remoteid", "false");
    wire.enqueue(session("s-aaaa"));
    wire.server.enqueue(new MockResponse().setHeader("Content-Type", "text/html").setBody(LOGIN_FORM));
    wire.enqueue(session("s-bbbb"));
    wire.enqueueNoServices();
    wire.enqueue("<doc><lineitem.id>3</lineitem.id></doc>");
    assertThat(provider.newCart().add(BillmanagerDocumentExamplesTest.namedItem()).id()).isEqualTo("3");
    assertThat(wire.requestCount()).isEqualTo(5);
  }

  @Test
  void configuration_needsCredentials_andNamesTheKey() {
    assertThatThrownBy(() -> wire.provider("username", null, "password", null))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("token");
    assertThatThrownBy(() -> wire.provider("password", null))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("password");
    assertThatThrownBy(() -> wire.provider("base-url", "http://billing.example.com/billmgr"))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("base-url");
    assertThatThrownBy(() -> wire.provider("skipbasket", "true", "paymethod-id", "3"))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("skipbasket");
  }

  @Test
  void providerToString_showsNoSecret() {
    OrderProvider provider = wire.provider("token", "tok-secret-77");
    assertThat(provider.toString()).doesNotContain("admin_password").doesNotContain("tok-secret-77");
  }

  @Test
  void xmlDocumentLabelledAsHtml_isStillReadAsADocument() {
    OrderProvider provider = wire.provider();
    wire.server.enqueue(new MockResponse().setHeader("Content-Type", "text/html").setBody("<doc><lineitem.id>4</lineitem.id></doc>"));
    assertThat(provider.newCart().add(BillmanagerDocumentExamplesTest.documentItem()).id()).isEqualTo("4");
  }
}
