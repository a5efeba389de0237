package io.hostorder.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.sun.net.httpserver.HttpServer;
import io.hostorder.core.Capabilities;
import io.hostorder.core.Cart;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderProviderFactory;
import io.hostorder.core.ProviderContext;
import io.hostorder.core.commit.AnswerRule;
import io.hostorder.core.config.ConfigKey;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.ConfigurationException;
import io.hostorder.core.http.HttpAnswer;
import io.hostorder.core.http.HttpCall;
import io.hostorder.core.http.HttpCaller;
import io.hostorder.core.http.HttpSettings;
import io.hostorder.core.http.okhttp.OkHttpConnector;
import io.hostorder.core.http.okhttp.ProviderHttp;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A factory implements create(ProviderContext), or module(ProviderConfig), and the registry takes either. */
class FactoryStylesTest {
  final List<String> agents = new CopyOnWriteArrayList<>();
  HttpServer server;
  String baseUrl;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext("/", exchange -> {
      agents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
      byte[] body = ("pong " + exchange.getRequestURI().getPath()).getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void factoryWithOnlyCreate_getsTheCheckedConfigTheSharedMapperAndHttp_throughTheRegistry() {
    CreateOnly factory = new CreateOnly();
    try (ProviderRegistry registry = ProviderRegistry.builder().add(factory).build()) {
      Pinger provider = (Pinger) registry.create("create-only", ProviderConfig.of(Map.of("base-url", baseUrl,
          "token", "tok-1")));

      HttpAnswer answer = provider.ping();

      assertThat(answer.body()).isEqualTo("pong /api/ping");
      assertThat(agents).singleElement().asString().startsWith("hostorder/");
      assertThat(provider.context.config().optional("token")).contains("tok-1");
      assertThat(provider.context.httpSettings().baseUrl()).hasToString(baseUrl);
      assertThat(provider.context.journal()).isEmpty();
      assertThat(provider.context.mapper()).isSameAs(registry.parentMapper());
      // The escape hatch of providers written against OkHttp: the same pool as the registry's client.
      assertThat(ProviderHttp.client(provider.context, List.of()).connectionPool())
          .isSameAs(registry.sharedOkHttpClient().connectionPool());
      assertThat(factory.created).isEqualTo(1);
    }
  }

  @Test
  void factoryWithOnlyCreate_refusingItsConfiguration_surfacesItsOwnTypedError() {
    try (ProviderRegistry registry = ProviderRegistry.builder().add(new CreateOnly()).build()) {
      assertThatThrownBy(() -> registry.create("create-only", ProviderConfig.of(Map.of("base-url",
          "http://orders.example.com/", "token", "t"))))
          .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.getMessage()).contains("base-url"));
    }
  }

  @Test
  void factoryWithOnlyModule_stillWorks_andItsModuleCanInjectTheContext() {
    try (ProviderRegistry registry = ProviderRegistry.builder().add(new ModuleOnly()).build()) {
      Pinger provider = (Pinger) registry.create("module-only", ProviderConfig.of(Map.of("base-url", baseUrl)));

      assertThat(provider.ping().body()).isEqualTo("pong /api/ping");
      assertThat(provider.context.config().optional("base-url")).contains(baseUrl);
    }
  }

  @Test
  void factoryWithNeither_isAClearErrorNamingIt() {
    try (ProviderRegistry registry = ProviderRegistry.builder().add(new Neither()).build()) {
      assertThatThrownBy(() -> registry.create("neither", ProviderConfig.of(Map.of())))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(Neither.class.getName())
          .hasMessageContaining("'neither'")
          .hasMessageContaining("create(ProviderContext)")
          .hasMessageContaining("module(ProviderConfig)");
    }
    assertThatThrownBy(() -> new Neither().create(ProviderContext.builder(ProviderConfig.of(Map.of())).build()))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining(Neither.class.getName());
  }

  @Test
  void aBrokersOwnOkHttpClient_isSharedByEveryInstance_andLeftOpenOnClose() {
    OkHttpClient mine = new OkHttpClient();
    ProviderRegistry registry = ProviderRegistry.builder().add(new CreateOnly())
        .httpConnector(OkHttpConnector.sharing(mine)).build();
    Pinger provider = (Pinger) registry.create("create-only", ProviderConfig.of(Map.of("base-url", baseUrl,
        "token", "t")));

    assertThat(provider.ping().status()).isEqualTo(200);
    assertThat(registry.sharedOkHttpClient()).isSameAs(mine);
    assertThat(ProviderHttp.client(provider.context, List.of()).connectionPool()).isSameAs(mine.connectionPool());
    registry.close();
    assertThat(mine.dispatcher().executorService().isShutdown()).isFalse();
    mine.dispatcher().executorService().shutdown();
  }

  /** Sends one GET through the context's caller. */
  static final class Pinger implements OrderProvider {
    final ProviderContext context;
    final HttpCaller http;

    Pinger(ProviderContext context) {
      this.context = context;
      this.http = context.http();
    }

    HttpAnswer ping() {
      return http.send(HttpCall.get(context.httpSettings().baseUrl().resolve("ping"), AnswerRule.Request.reading("ping")));
    }

    @Override
    public String type() {
      return "pinger";
    }

    @Override
    public Capabilities capabilities() {
      return Capabilities.builder().build();
    }

    @Override
    public Cart newCart(String reference) {
      throw new UnsupportedOperationException("a pinger has no cart");
    }
  }

  abstract static class Base implements OrderProviderFactory {
    @Override
    public String description() {
      return "test factory";
    }

    @Override
    public List<ConfigKey> configKeys() {
      List<ConfigKey> keys = new ArrayList<>(HttpSettings.keys(null));
      keys.add(ConfigKey.secret("token", "a token"));
      return keys;
    }

    @Override
    public Capabilities capabilities(ProviderConfig config) {
      return Capabilities.builder().build();
    }
  }

  static final class CreateOnly extends Base {
    int created;

    @Override
    public String type() {
      return "create-only";
    }

    @Override
    public OrderProvider create(ProviderContext context) {
      created++;
      return new Pinger(context);
    }
  }

  static final class ModuleOnly extends Base {
    @Override
    public String type() {
      return "module-only";
    }

    @Override
    public Module module(ProviderConfig config) {
      return new AbstractModule() {
        @Provides
        OrderProvider provider(ProviderContext context, ObjectMapper mapper) {
          return new Pinger(context);
        }
      };
    }
  }

  static final class Neither extends Base {
    @Override
    public String type() {
      return "neither";
    }

    @Override
    public List<ConfigKey> configKeys() {
      return List.of();
    }
  }
}
