package io.hostorder.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.ConfigurationException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.error.UnsupportedCapabilityException;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProviderRegistryTest {
  final MockWebServer one = new MockWebServer();
  final MockWebServer two = new MockWebServer();
  final ProviderRegistry registry = ProviderRegistry.installed();

  @BeforeEach
  void start() throws Exception {
    one.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
    two.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
  }

  @AfterEach
  void stop() throws Exception {
    registry.close();
    one.shutdown();
    two.shutdown();
  }

  @Test
  void installed_findsFactoriesThroughServiceLoader() {
    assertThat(registry.factory("echo")).isPresent();
  }

  @Test
  void create_twoInstancesOfOneType_keepTheirOwnUrlAndCredentials_andShareOneClient() throws Exception {
    OrderProvider a = registry.create("echo", config(one, "token-one"));
    OrderProvider b = registry.create("echo", config(two, "token-two"));
    one.enqueue(new MockResponse().setBody("A-1"));
    two.enqueue(new MockResponse().setBody("B-1"));

    Order fromA = a.place(OrderRequest.of(OrderItem.builder().plan("small").build()));
    Order fromB = b.place(OrderRequest.of(OrderItem.builder().plan("large").build()));

    assertThat(fromA.ref().id()).isEqualTo("A-1");
    assertThat(fromB.ref().id()).isEqualTo("B-1");
    RecordedRequest toOne = one.takeRequest();
    RecordedRequest toTwo = two.takeRequest();
    assertThat(toOne.getHeader("X-Token")).isEqualTo("token-one");
    assertThat(toTwo.getHeader("X-Token")).isEqualTo("token-two");
    assertThat(toOne.getHeader("User-Agent")).startsWith("hostorder/");
    assertThat(((EchoProviderFactory.Echo) a).client.connectionPool())
        .isSameAs(((EchoProviderFactory.Echo) b).client.connectionPool())
        .isSameAs(registry.sharedOkHttpClient().connectionPool());
    assertThat(((EchoProviderFactory.Echo) a).client.dispatcher()).isSameAs(((EchoProviderFactory.Echo) b).client.dispatcher());
  }

  @Test
  void create_unknownType_namesTheInstalledOnes() {
    assertThatThrownBy(() -> registry.create("nope", ProviderConfig.of(Map.of())))
        .isInstanceOfSatisfying(ConfigurationException.class, e -> {
          assertThat(e.key()).isEqualTo("provider");
          assertThat(e.getMessage()).contains("echo");
        });
  }

  @Test
  void create_missingOrMalformedKey_namesTheKey() {
    assertThatThrownBy(() -> registry.create("echo", ProviderConfig.of(Map.of())))
        .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.key()).isEqualTo("base-url"));
    assertThatThrownBy(() -> registry.create("echo", ProviderConfig.of(Map.of("base-url", one.url("/").toString(),
        "call-timeout", "forever")))).isInstanceOfSatisfying(ConfigurationException.class,
            e -> assertThat(e.key()).isEqualTo("call-timeout"));
  }

  @Test
  void create_plainHttpToAnotherHost_isRefusedUnlessAllowed() {
    assertThatThrownBy(() -> registry.create("echo", ProviderConfig.of(Map.of("base-url", "http://billing.example.com/"))))
        .isInstanceOfSatisfying(ConfigurationException.class, e -> {
          assertThat(e.key()).isEqualTo("base-url");
          assertThat(e.getMessage()).contains("loopback");
        });
    assertThat(registry.create("echo", ProviderConfig.of(Map.of("base-url", "http://billing.example.com/",
        "allow-insecure-http", "true")))).isNotNull();
    assertThat(registry.create("echo", ProviderConfig.of(Map.of("base-url", "https://billing.example.com/")))).isNotNull();
  }

  @Test
  void place_itemTheProviderCannotHonour_failsBeforeAnyRequest() {
    OrderProvider provider = registry.create("echo", config(one, "t"));
    OrderItem withRelated = OrderItem.builder().plan("server")
        .addRelated(OrderItem.builder().plan("panel").build()).build();

    assertThatThrownBy(() -> provider.place(OrderRequest.of(withRelated)))
        .isInstanceOfSatisfying(UnsupportedCapabilityException.class, e -> {
          assertThat(e.capability().name()).isEqualTo("RELATED_ITEMS");
          assertThat(e.violations()).extracting(v -> v.path()).contains("items[0].related");
        });
    assertThatThrownBy(() -> provider.place(OrderRequest.of(OrderItem.builder().plan("s").period(BillingPeriod.P1D).build())))
        .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("items[0].period");
    assertThatThrownBy(() -> provider.newCart().applyPromoCode("X")).isInstanceOf(UnsupportedCapabilityException.class);
    assertThatThrownBy(() -> provider.orders()).isInstanceOf(UnsupportedCapabilityException.class);
    assertThat(one.getRequestCount()).isZero();
  }

  @Test
  void checkout_connectionDroppedAfterTheRequest_isOutcomeUnknownWithTheReference() {
    OrderProvider provider = registry.create("echo", config(one, "t"));
    one.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

    assertThatThrownBy(() -> provider.place(OrderRequest.builder().reference("broker-1")
        .addItem(OrderItem.builder().plan("s").build()).build()))
        .isInstanceOfSatisfying(OutcomeUnknownException.class, e -> {
          assertThat(e.reference()).isEqualTo("broker-1");
          assertThat(e.details()).containsEntry("step", "checkout");
        });
  }

  private static ProviderConfig config(MockWebServer server, String token) {
    return ProviderConfig.of(Map.of("base-url", server.url("/").toString(), "token", token));
  }
}
