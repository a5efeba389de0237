package io.hostorder.core.registry;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Provides;
import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.Cart;
import io.hostorder.core.CartLine;
import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderProviderFactory;
import io.hostorder.core.OrderValidator;
import io.hostorder.core.config.ConfigKey;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.Violation;
import io.hostorder.core.http.Failures;
import io.hostorder.core.http.HttpSettings;
import io.hostorder.core.http.okhttp.ProviderHttp;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRef;
import io.hostorder.core.model.OrderStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A tiny HTTP provider for core's own tests: checkout POSTs the items as JSON to {@code /orders}. */
public final class EchoProviderFactory implements OrderProviderFactory {
  @Override
  public String type() {
    return "echo";
  }

  @Override
  public String description() {
    return "test provider that posts its cart";
  }

  @Override
  public List<ConfigKey> configKeys() {
    List<ConfigKey> keys = new ArrayList<>(HttpSettings.keys(null));
    keys.add(ConfigKey.secret("token", "sent as X-Token"));
    return keys;
  }

  @Override
  public Capabilities capabilities(ProviderConfig config) {
    return Capabilities.builder().add(Capability.MULTIPLE_ITEMS).periods(BillingPeriod.P1M).accessKinds("password").build();
  }

  @Override
  public Module module(ProviderConfig config) {
    return new AbstractModule() {
      @Provides
      OrderProvider provider(OkHttpClient shared, ObjectMapper mapper, ProviderConfig cfg) {
        HttpSettings settings = HttpSettings.from(cfg);
        return new Echo(ProviderHttp.client(shared, settings, cfg.secretValues()), settings, cfg, mapper,
            capabilities(cfg));
      }
    };
  }

  /** The provider; package-visible so tests can look at its client. */
  static final class Echo implements OrderProvider {
    final OkHttpClient client;
    final HttpSettings settings;
    final ProviderConfig config;
    final ObjectMapper mapper;
    final Capabilities capabilities;

    Echo(OkHttpClient client, HttpSettings settings, ProviderConfig config, ObjectMapper mapper, Capabilities capabilities) {
      this.client = client;
      this.settings = settings;
      this.config = config;
      this.mapper = mapper;
      this.capabilities = capabilities;
    }

    @Override
    public String type() {
      return "echo";
    }

    @Override
    public Capabilities capabilities() {
      return capabilities;
    }

    @Override
    public Cart newCart(String reference) {
      List<CartLine> lines = new ArrayList<>();
      return new Cart() {
        @Override
        public String reference() {
          return reference;
        }

        @Override
        public CartLine add(OrderItem item) {
          List<Violation> v = new ArrayList<>();
          OrderValidator.portableItem(item, "item", v);
          OrderValidator.itemForCapabilities(item, "item", capabilities, v);
          OrderValidator.throwIfAny(type(), v);
          CartLine line = new CartLine(String.valueOf(lines.size() + 1), item, Map.of());
          lines.add(line);
          return line;
        }

        @Override
        public void applyPromoCode(String code) {
          capabilities.require(type(), Capability.PROMO_CODE);
        }

        @Override
        public List<CartLine> lines() {
          return List.copyOf(lines);
        }

        @Override
        public Order checkout() {
          try {
            String body = mapper.writeValueAsString(Map.of("reference", reference,
                "plans", lines.stream().map(l -> l.item().plan()).toList()));
            Request request = new Request.Builder().url(ProviderHttp.baseUrl(settings).resolve("orders"))
                .header("X-Token", config.optional("token").orElse(""))
                .post(RequestBody.create(body, MediaType.get("application/json"))).build();
            try (Response response = client.newCall(request).execute()) {
              String id = response.body().string().trim();
              return Order.builder(OrderRef.of(id)).provider("echo").reference(reference)
                  .status(OrderStatus.PROCESSING).build();
            }
          } catch (IOException e) {
            throw Failures.io(e, true, reference, "checkout", Map.of());
          }
        }
      };
    }
  }
}
