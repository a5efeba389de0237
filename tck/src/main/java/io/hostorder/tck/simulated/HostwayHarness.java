package io.hostorder.tck.simulated;

import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.OrderItem;
import io.hostorder.simulator.hostway.HostwayOrder;
import io.hostorder.simulator.hostway.HostwaySimulator;
import io.hostorder.tck.CommittingStep;
import io.hostorder.tck.ProviderObserver;
import io.hostorder.tck.TckHarness;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The TCK harness of provider type {@code hostway}: its configuration, samples built from the Hostway
 * OrderAPI document (a VPS Virtuozzo product with its server service, and services related to it), and,
 * when a simulator is behind it, an observer over the simulator's Java API.
 */
final class HostwayHarness implements TckHarness {
  private static final String OFFERING = "core.plan.vps.virtuozzo.u101/USD-1";
  private static final String SERVER = "core.vps.virtuozzo.server.u100";

  /** The existing account every simulator holds (the wiki's example number), for the existing-account variant. */
  static final String EXISTING_ACCOUNT = "acct123456";

  private final ProviderConfig config;
  private final HostwaySimulator simulator;
  private final String name;
  private final boolean ownsSimulator;

  private HostwayHarness(ProviderConfig config, HostwaySimulator simulator) {
    this(config, simulator, "hostway", true);
  }

  private HostwayHarness(ProviderConfig config, HostwaySimulator simulator, String name, boolean ownsSimulator) {
    this.config = config;
    this.simulator = simulator;
    this.name = name;
    this.ownsSimulator = ownsSimulator;
  }

  static HostwayHarness simulated(HostwaySimulator simulator) {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("base-url", simulator.baseUrl().toString());
    c.put("currency", "USD");
    c.put("language", "en-US");
    c.put("login", "basic");
    c.put("username", HostwayHarnessFactory.USER);
    c.put("password", HostwayHarnessFactory.PASSWORD);
    c.put("read-timeout", "5s");
    c.put("call-timeout", "10s");
    return new HostwayHarness(ProviderConfig.of(c), simulator);
  }

  static HostwayHarness live(ProviderConfig config) {
    return new HostwayHarness(config, null);
  }

  @Override
  public String type() {
    return "hostway";
  }

  @Override
  public ProviderConfig config() {
    return config;
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * Besides the harness's own configuration (a new account per order: nothing to find orders again by),
   * {@code hostway[existing-account]}: orders on the existing account {@value #EXISTING_ACCOUNT}, so that
   * reconcile by {@code partnerId} (GET /accounts/{a}/products?filterPartnerId=…) is checked by every
   * reconcile rule. It shares this harness's simulator.
   */
  @Override
  public List<TckHarness> variants() {
    if (simulator == null || !ownsSimulator) {
      return List.of();
    }
    Map<String, String> c = new LinkedHashMap<>(config.values());
    c.remove("currency");
    c.remove("language");
    c.put("account-number", EXISTING_ACCOUNT);
    return List.of(new HostwayHarness(ProviderConfig.of(c), simulator, "hostway[existing-account]", false));
  }

  @Override
  public Optional<ProviderConfig> badCredentials() {
    return simulator == null ? Optional.empty() : Optional.of(config.with("password", "not-the-Pa55word"));
  }

  /** The password, and every OwnerId cookie the simulator handed out (each grants access to its order). */
  @Override
  public List<String> secrets() {
    List<String> out = new ArrayList<>(config.secretValues());
    if (simulator != null) {
      simulator.orders().forEach(o -> out.add(o.ownerId()));
    }
    return out;
  }

  @Override
  public OrderItem plainItem() {
    return server("tck-vps").build();
  }

  @Override
  public Optional<OrderItem> itemWithRelated() {
    return Optional.of(server("tck-vps-panel")
        .addRelated(service("core.vps.virtuozzo.controlpanel.plesk9-10domain").build())
        .addRelated(service("core.vps.virtuozzo.ip").build()).build());
  }

  @Override
  public Optional<String> validPromoCode() {
    return simulator == null ? Optional.empty() : Optional.of(HostwayHarnessFactory.PROMO_CODE);
  }

  @Override
  public Optional<String> rejectedPromoCode() {
    return simulator == null ? Optional.empty() : Optional.of("TCK-NOT-A-CODE");
  }

  @Override
  public List<InvalidSample> invalidItems() {
    return List.of(
        new InvalidSample("a child service given without its server service",
            OrderItem.builder().plan(OFFERING).name("tck").addRelated(service("core.vps.virtuozzo.ip").build()).build(),
            "items[0].related[0]"),
        new InvalidSample("a child service related to a service given after it",
            server("tck").addRelated(service("core.vps.virtuozzo.ip").option("relatedTo", "items[0].related[1]").build())
                .addRelated(service("core.vps.virtuozzo.powerpack").build()).build(),
            "items[0].related[0].options.relatedTo"),
        new InvalidSample("a service related to something that is not in the order",
            server("tck").addRelated(service("core.vps.virtuozzo.ip").option("relatedTo", "items[7]").build()).build(),
            "items[0].related[0].options.relatedTo"),
        new InvalidSample("an offering that is neither a URL nor {spec}/{offering}",
            server("tck").plan("u101").build(), "items[0].plan"),
        new InvalidSample("a server service without a name", server(null).build(), "items[0].name"),
        new InvalidSample("a region (the OrderAPI takes none)", server("tck").region("eu").build(), "items[0].region"),
        new InvalidSample("an option the provider does not know", server("tck").option("colour", "blue").build(),
            "items[0].options.colour"));
  }

  /** An offering the simulator's catalogue does not hold: the API answers 400 badRequest. */
  @Override
  public Optional<ProviderErrorSample> providerError() {
    if (simulator == null) {
      return Optional.empty();
    }
    return Optional.of(new ProviderErrorSample("an offering Hostway does not sell",
        server("tck").plan("core.plan.vps.virtuozzo.u999/USD-9").build(), "HTTP 400 badRequest (400)"));
  }

  @Override
  public Optional<ProviderObserver> observer() {
    return simulator == null ? Optional.empty() : Optional.of(new Observer(simulator));
  }

  @Override
  public void reset() {
    if (simulator != null) {
      simulator.reset();
    }
  }

  @Override
  public void close() {
    if (simulator != null && ownsSimulator) {
      simulator.close();
    }
  }

  private static OrderItem.Builder server(String name) {
    return OrderItem.builder().plan(OFFERING).name(name).period(BillingPeriod.P1M).option("serviceSpecification", SERVER);
  }

  private static OrderItem.Builder service(String specification) {
    return OrderItem.builder().plan(specification);
  }

  /** The simulator's side: an order counts once it is submitted (an open order is a cart). */
  private static final class Observer extends FaultsObserver {
    private final HostwaySimulator simulator;

    Observer(HostwaySimulator simulator) {
      super(simulator::faults, "submit");
      this.simulator = simulator;
      // The operation names are HostwayApi.operations(request): METHOD and path pattern, "submit" for the action.
      step(CommittingStep.of("order", true), "POST /orders");
      step(CommittingStep.of("account", false), "PUT /orders/{id}/account");
      step(CommittingStep.of("product", true), "POST /orders/{id}/account/products");
      step(CommittingStep.of("service", true), "POST /orders/{id}/account/products/{pid}/services");
      step(CommittingStep.of("submit", true), "submit");
    }

    @Override
    public int orderCount() {
      return simulator.submittedCount();
    }

    @Override
    public int requestCount() {
      return simulator.requestCount();
    }

    @Override
    public Optional<String> promoCodeApplied(io.hostorder.core.model.OrderRef ref) {
      return simulator.order(ref.id()).filter(HostwayOrder::submitted).flatMap(o -> o.promoCodes().stream().findFirst());
    }

    @Override
    public boolean activateOrders() {
      simulator.activateProducts();
      return true;
    }
  }
}
