package io.hostorder.provider.hostway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.registry.ProviderRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** Helpers of the MockWebServer expect tests: answers as the document shows them, and request assertions. */
final class Wire {
  static final String JSON = "application/json; charset=UTF-8";
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Wire() {}

  static OrderProvider provider(MockWebServer server, String... keyValues) {
    Map<String, String> config = new LinkedHashMap<>();
    config.put("base-url", server.url("/").toString());
    config.put("read-timeout", "5s");
    config.put("call-timeout", "10s");
    for (int i = 0; i < keyValues.length; i += 2) {
      config.put(keyValues[i], keyValues[i + 1]);
    }
    if (!config.containsKey("account-number") && !config.containsKey("currency")) {
      config.put("currency", "USD");
      config.put("language", "en-US");
    }
    return ProviderRegistry.builder().add(new HostwayProviderFactory()).build().create("hostway", ProviderConfig.of(config));
  }

  static MockResponse created(String location, String body) {
    MockResponse r = new MockResponse().setResponseCode(201).setHeader("Content-Type", JSON).setHeader("Location", location);
    return body == null ? r : r.setBody(body);
  }

  static MockResponse orderCreated(String orderId, String ownerId) {
    return created("https://api.hostway.com/orders/" + orderId,
        "{ \"orderId\": \"" + orderId + "\", \"links\": [ {\"href\": \"https://api.hostway.com/orders/\", \"rel\": \"self\"}, "
            + "{\"href\": \"https://api.hostway.com/orders/" + orderId + "\", \"rel\": \"item\"} ] }")
        .setHeader("Set-Cookie", "OwnerId=" + ownerId + "; Path=/");
  }

  static MockResponse noContent() {
    return new MockResponse().setResponseCode(204);
  }

  static MockResponse accepted() {
    return new MockResponse().setResponseCode(202);
  }

  static MockResponse error(int code, String body) {
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", JSON).setBody(body);
  }

  static MockResponse text(int code, String body) {
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", "text/plain").setBody(body);
  }

  static RecordedRequest take(MockWebServer server) throws InterruptedException {
    RecordedRequest r = server.takeRequest(10, TimeUnit.SECONDS);
    assertThat(r).as("a request reached the server").isNotNull();
    return r;
  }

  /** Asserts method, path, Content-Type, the OwnerId cookie (null: no cookie at all) and the JSON body, compared parsed. */
  static void assertSent(RecordedRequest r, String method, String path, String ownerId, String json) throws Exception {
    assertThat(r.getMethod()).as("method of %s", r.getPath()).isEqualTo(method);
    assertThat(r.getPath()).isEqualTo(path);
    if (json != null) {
      assertThat(r.getHeader("Content-Type")).as("Content-Type of %s %s", method, path).isEqualTo(JSON);
      JsonNode sent = MAPPER.readTree(r.getBody().readUtf8());
      assertThat(sent).as("body of %s %s", method, path).isEqualTo(MAPPER.readTree(json));
    }
    if (ownerId == null) {
      assertThat(r.getHeader("Cookie")).as("Cookie of %s %s", method, path).isNull();
    } else {
      assertThat(r.getHeader("Cookie")).as("Cookie of %s %s", method, path).isEqualTo("OwnerId=" + ownerId);
    }
  }
}
