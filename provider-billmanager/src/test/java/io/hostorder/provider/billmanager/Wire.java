package io.hostorder.provider.billmanager;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderProviderFactory;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.registry.ProviderRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.QueueDispatcher;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;

/**
 * Test helpers: a loopback MockWebServer, providers pointed at it, and the fields of a recorded request.
 * The list filter resets the client sends before every list ({@code func=ITEMTYPE.filter}) are answered
 * {@code ok} here and left out of {@link #take()} and {@link #requestCount()}, so that a test's queue holds
 * the answers it is about; {@link #filterResets()} counts them. Shared with provider-zomro's tests through
 * this module's test jar.
 */
public final class Wire implements AutoCloseable {
  public final MockWebServer server = new MockWebServer();
  private final AtomicInteger filterResets = new AtomicInteger();
  private final ProviderRegistry registry;
  private final String type;
  private final String path;
  private final Map<String, String> credentials;

  /** A server for the BILLmanager provider, with the document's credentials (admin_login / admin_password). */
  public Wire() {
    this(new BillmanagerProviderFactory(), "/billmgr", Map.of("username", "admin_login", "password", "admin_password"));
  }

  /** A server for the provider of {@code factory}, whose base URL is {@code path} on it, with {@code credentials}. */
  public Wire(OrderProviderFactory factory, String path, Map<String, String> credentials) {
    this.registry = ProviderRegistry.builder().add(factory).build();
    this.type = factory.type();
    this.path = path;
    this.credentials = new LinkedHashMap<>(credentials);
    server.setDispatcher(new QueueDispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        if (isFilterReset(request)) {
          filterResets.incrementAndGet();
          return answer(request.getBody().clone().readUtf8().contains("json") ? "{\"doc\": {\"ok\": {}}}" : "<doc><ok/></doc>");
        }
        return super.dispatch(request);
      }
    });
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a provider with this wire's credentials and {@code extra} keys (a null value removes a key). */
  public OrderProvider provider(String... extra) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("base-url", server.url(path).toString());
    m.putAll(credentials);
    for (int i = 0; i < extra.length; i += 2) {
      if (extra[i + 1] == null) {
        m.remove(extra[i]);
      } else {
        m.put(extra[i], extra[i + 1]);
      }
    }
    return registry.create(type, ProviderConfig.of(m));
  }

  /** Enqueues the answer of a list that holds no service (the list a cart without remoteid reads before its first add). */
  public void enqueueNoServices() {
    enqueue("<doc><p_elems>0</p_elems></doc>");
  }

  /** Enqueues the answer of a one-page list holding {@code rows} (XML {@code <elem>}s), {@code count} of them. */
  public void enqueueServices(String rows, int count) {
    enqueue("<doc>" + rows + "<p_elems>" + count + "</p_elems></doc>");
  }

  public void enqueue(String body) {
    server.enqueue(answer(body));
  }

  public static MockResponse answer(String body) {
    String type = body.startsWith("{") ? "application/json" : "text/xml";
    return new MockResponse().setHeader("Content-Type", type + "; charset=UTF-8").setBody(body);
  }

  /** Returns the next request that is not a list filter reset. */
  public RecordedRequest take() {
    while (true) {
      RecordedRequest r = takeAny();
      if (!isFilterReset(r)) {
        return r;
      }
    }
  }

  /** Returns the next request, a list filter reset included. */
  public RecordedRequest takeAny() {
    try {
      RecordedRequest r = server.takeRequest(10, TimeUnit.SECONDS);
      assertThat(r).as("a request reached the server").isNotNull();
      return r;
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  /** Returns how many requests reached the server, list filter resets left out. */
  public int requestCount() {
    return server.getRequestCount() - filterResets.get();
  }

  /** Returns how many list filter resets ({@code func=ITEMTYPE.filter}) reached the server. */
  public int filterResets() {
    return filterResets.get();
  }

  static boolean isFilterReset(RecordedRequest request) {
    if (request.getHeader("Content-Type") == null || request.getBodySize() == 0) {
      return false;
    }
    String func = fields(request).get("func");
    return func != null && func.endsWith(".filter");
  }

  /** Returns the form fields of {@code request} (form-urlencoded or multipart), failing on a repeated name. */
  public static Map<String, String> fields(RecordedRequest request) {
    String contentType = request.getHeader("Content-Type");
    assertThat(contentType).isNotNull();
    Map<String, String> out = new LinkedHashMap<>();
    Buffer body = request.getBody().clone();
    if (contentType.startsWith("multipart/form-data")) {
      String boundary = MediaType.get(contentType).parameter("boundary");
      try (MultipartReader reader = new MultipartReader(body, boundary)) {
        MultipartReader.Part part;
        while ((part = reader.nextPart()) != null) {
          String disposition = part.headers().get("Content-Disposition");
          assertThat(disposition).startsWith("form-data; name=\"");
          assertThat(part.headers().get("Content-Type")).as("a text field, as curl --form sends it").isNull();
          String name = disposition.substring("form-data; name=\"".length(), disposition.length() - 1);
          put(out, name, part.body().readUtf8());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out;
    }
    assertThat(contentType).startsWith("application/x-www-form-urlencoded");
    String text = body.readUtf8();
    for (String pair : text.split("&")) {
      int eq = pair.indexOf('=');
      put(out, URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
  }

  private static void put(Map<String, String> out, String name, String value) {
    assertThat(out).as("field %s sent once", name).doesNotContainKey(name);
    out.put(name, value);
  }

  @Override
  public void close() {
    registry.close();
    try {
      server.shutdown();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
