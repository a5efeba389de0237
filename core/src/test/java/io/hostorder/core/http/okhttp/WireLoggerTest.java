package io.hostorder.core.http.okhttp;

import io.hostorder.core.model.SecretScrubber;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.FormBody;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WireLoggerTest {
  final MockWebServer server = new MockWebServer();
  final List<String> lines = new CopyOnWriteArrayList<>();
  final OkHttpClient client = new OkHttpClient.Builder().addNetworkInterceptor(new WireLogger(
      SecretScrubber.of(List.of("admin_password")), new WireLogger.Sink() {
        @Override
        public boolean enabled() {
          return true;
        }

        @Override
        public void log(String line) {
          lines.add(line);
        }
      })).build();

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void formRequest_andXmlAnswer_areLoggedMasked() throws Exception {
    server.enqueue(new MockResponse().setHeader("Content-Type", "text/xml")
        .setBody("<doc><auth id=\"sess-42\" level=\"16\">sess-42</auth></doc>"));

    call(new Request.Builder().url(server.url("/billmgr")).post(new FormBody.Builder()
        .add("authinfo", "admin_login:admin_password").add("func", "auth").add("password", "p4ss").build()).build());

    String log = String.join("\n", lines);
    assertThat(log).contains("--> POST").contains("func=auth").contains("<-- 200")
        .doesNotContain("admin_password").doesNotContain("p4ss").doesNotContain("sess-42");
  }

  @Test
  void multipartRequest_isLoggedMasked() throws Exception {
    server.enqueue(new MockResponse().setBody("{\"doc\":{\"lineitem.id\":{\"$\":\"1818\"}}}"));

    call(new Request.Builder().url(server.url("/")).post(new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("func", "v2.instances.order.param").addFormDataPart("password", "Mypassword1")
        .addFormDataPart("auth", "211a9ac6309a9f0c340bdebf").build()).build());

    String log = String.join("\n", lines);
    assertThat(log).contains("v2.instances.order.param").contains("1818")
        .doesNotContain("Mypassword1").doesNotContain("211a9ac6309a9f0c340bdebf");
  }

  @Test
  void jsonRequest_withTokenHeadersAndCookies_isLoggedMasked() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(201).setHeader("Set-Cookie", "OwnerId=owner-77; Path=/")
        .setBody("{\"orderId\":\"1\"}"));

    call(new Request.Builder().url(server.url("/orders")).header("X-Account-Token", "tok-9")
        .header("Authorization", "Basic dXNlcjpwdw==").header("Cookie", "OwnerId=owner-66")
        .post(RequestBody.create("{\"action\":\"order_create\",\"password\":\"pw-json\"}",
            MediaType.get("application/json"))).build());

    String log = String.join("\n", lines);
    assertThat(log).contains("order_create").contains("201")
        .doesNotContain("tok-9").doesNotContain("dXNlcjpwdw==").doesNotContain("owner-66")
        .doesNotContain("owner-77").doesNotContain("pw-json");
  }

  private void call(Request request) throws Exception {
    try (Response r = client.newCall(request).execute()) {
      r.body().string();
    }
  }
}
