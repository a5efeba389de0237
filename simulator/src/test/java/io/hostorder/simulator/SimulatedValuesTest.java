package io.hostorder.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The value types a simulated API reads and writes, without a server. */
class SimulatedValuesTest {

  private static SimulatedRequest request(String target, String contentType, String body) {
    SimulatedHeaders headers = contentType == null ? SimulatedHeaders.of("Host", "127.0.0.1:4711")
        : SimulatedHeaders.of("Host", "127.0.0.1:4711", "Content-Type", contentType);
    return SimulatedRequest.of("POST", target, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void headers_areCaseInsensitive_ordered_andKeepRepeats() {
    SimulatedHeaders h = SimulatedHeaders.of("Cookie", "a=1", "X-Token", "t", "cookie", "b=2");

    assertThat(h.get("COOKIE")).isEqualTo("b=2");
    assertThat(h.values("cookie")).containsExactly("a=1", "b=2");
    assertThat(h.get("absent")).isNull();
    assertThat(h.names()).containsExactly("cookie", "x-token");
    assertThat(h.with("x-token", "u").values("X-Token")).containsExactly("u");
    assertThat(h.toString()).doesNotContain("t\"").doesNotContain("a=1");
    assertThatThrownBy(() -> SimulatedHeaders.of("Bad Name", "v")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SimulatedHeaders.of("X", "a\r\nInjected: 1")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void request_pathQueryAndUri() {
    SimulatedRequest r = request("/billmgr?func=auth&name=a%20b+c&flag&x=%E2%82%AC&x=2&bad=%zz", null, "");

    assertThat(r.path()).isEqualTo("/billmgr");
    assertThat(r.query()).startsWith("func=auth");
    assertThat(r.queryParameter("func")).isEqualTo("auth");
    assertThat(r.queryParameter("name")).isEqualTo("a b c");
    assertThat(r.queryParameter("flag")).isEmpty();
    assertThat(r.queryParameters().get("x")).containsExactly("€", "2");
    assertThat(r.queryParameter("bad")).isEqualTo("%zz");
    assertThat(r.queryParameter("absent")).isNull();
    assertThat(r.uri()).hasToString("http://127.0.0.1:4711/billmgr?func=auth&name=a%20b+c&flag&x=%E2%82%AC&x=2&bad=%25zz");
    assertThat(request("/a|b?c={d}", null, "").uri()).hasToString("http://127.0.0.1:4711/a%7Cb?c=%7Bd%7D");
    assertThat(r.toString()).isEqualTo("POST /billmgr");
  }

  @Test
  void request_formFields() {
    SimulatedRequest r = request("/", "application/x-www-form-urlencoded; charset=UTF-8", "a=1&b=x+y&a=%32");

    assertThat(r.mediaType()).isEqualTo("application/x-www-form-urlencoded");
    assertThat(r.mediaTypeParameter("CHARSET")).isEqualTo("UTF-8");
    assertThat(r.formFields()).isEqualTo(Map.of("a", List.of("1", "2"), "b", List.of("x y")));
  }

  @Test
  void request_multipartFields() {
    String body = "--XyZ\r\nContent-Disposition: form-data; name=\"func\"\r\n\r\nauth\r\n"
        + "--XyZ\r\nContent-Disposition: form-data; name=\"note\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + "two\r\nlines €\r\n"
        + "--XyZ\r\nContent-Disposition: form-data; name=\"func\"\r\n\r\n\r\n"
        + "--XyZ--\r\n";
    SimulatedRequest r = request("/", "multipart/form-data; boundary=\"XyZ\"", body);

    assertThat(r.multipartFields()).containsExactly(Map.entry("func", List.of("auth", "")),
        Map.entry("note", List.of("two\r\nlines €")));
    assertThat(request("/", "text/plain", body).multipartFields()).isEmpty();
    assertThat(request("/", "multipart/form-data; boundary=XyZ", body.substring(0, body.indexOf("two"))).multipartFields())
        .as("a broken body keeps the parts before the break").containsOnlyKeys("func");
  }

  @Test
  void request_mediaType_isNullWhenUnparsable() {
    assertThat(request("/", "nonsense", "x").mediaType()).isNull();
    assertThat(request("/", null, "x").mediaType()).isNull();
    assertThat(request("/", "Application/JSON ; charset=utf-8", "x").mediaType()).isEqualTo("application/json");
  }

  @Test
  void answer_factoriesAndCopies() {
    SimulatedAnswer a = SimulatedAnswer.json(201, "{}").withHeader("Location", "/orders/1")
        .addHeader("Set-Cookie", "a=1").addHeader("Set-Cookie", "b=2");

    assertThat(a.status()).isEqualTo(201);
    assertThat(a.header("content-type")).isEqualTo("application/json; charset=UTF-8");
    assertThat(a.headers().values("Set-Cookie")).containsExactly("a=1", "b=2");
    assertThat(a.bodyText()).isEqualTo("{}");
    assertThat(a.withStatus(500).status()).isEqualTo(500);
    assertThat(a.status()).as("unchanged").isEqualTo(201);
    assertThat(SimulatedAnswer.xml(200, "<doc/>").header("Content-Type")).startsWith("text/xml");
    assertThat(SimulatedAnswer.status(204).bodySize()).isZero();
    byte[] body = a.body();
    body[0] = 'x';
    assertThat(a.bodyText()).as("a copy").isEqualTo("{}");
    assertThatThrownBy(() -> SimulatedAnswer.status(42)).isInstanceOf(IllegalArgumentException.class);
  }
}
