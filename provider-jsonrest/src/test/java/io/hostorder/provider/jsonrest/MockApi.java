package io.hostorder.provider.jsonrest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.registry.ProviderRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.QueueDispatcher;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A MockWebServer on 127.0.0.1 standing for the API, and a provider pointed at it. */
abstract class MockApi {
  static final String TOKEN = "tok-3f9a7c1e5b";
  static final ObjectMapper JSON = new ObjectMapper();

  MockWebServer server;
  ProviderRegistry registry;

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    // An answer the test did not enqueue (e.g. a server_list after order_status) is a quick 404, not a wait.
    ((QueueDispatcher) server.getDispatcher()).setFailFast(true);
    server.start(InetAddress.getByName("127.0.0.1"), 0);
    registry = ProviderRegistry.builder().add(new JsonRestProviderFactory()).build();
  }

  @AfterEach
  void stopServer() throws IOException {
    registry.close();
    server.shutdown();
  }

  Map<String, String> config() {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("base-url", server.url("/api").toString());
    c.put("token", TOKEN);
    c.put("read-timeout", "5s");
    return c;
  }

  JsonRestProvider provider() {
    return provider(config());
  }

  JsonRestProvider provider(Map<String, String> config) {
    return (JsonRestProvider) registry.create("jsonrest", ProviderConfig.of(config));
  }

  void enqueueJson(int code, String body) {
    server.enqueue(new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json").setBody(body));
  }

  void enqueueFixture(String name) {
    enqueueJson(200, fixture(name));
  }

  /** Takes the next request and checks that it is the API's POST of JSON with the token. */
  JsonNode takeAction() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).as("a request was sent").isNotNull();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getPath()).isEqualTo("/api");
    assertThat(r.getHeader("Content-Type")).startsWith("application/json");
    assertThat(r.getHeader("X-Account-Token")).isEqualTo(TOKEN);
    assertThat(r.getHeader("Authorization")).isNull();
    return read(r.getBody().readUtf8());
  }

  static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String fixture(String name) {
    try (InputStream in = MockApi.class.getResourceAsStream("/jsonrest/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
