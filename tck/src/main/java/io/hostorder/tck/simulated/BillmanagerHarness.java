package io.hostorder.tck.simulated;

import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRef;
import io.hostorder.simulator.billmanager.BillmanagerSimulator;
import io.hostorder.simulator.billmanager.PlacedService;
import io.hostorder.tck.CommittingStep;
import io.hostorder.tck.CommittingStep.Reach;
import io.hostorder.tck.ProviderObserver;
import io.hostorder.tck.TckHarness;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The TCK harness of a BILLmanager-based provider type ({@code billmanager} or {@code zomro}): its
 * configuration, samples from the type's document, and, when a {@link BillmanagerSimulator} is behind
 * it, an observer over the simulator's Java API. Knows the provider only by its configuration keys.
 */
final class BillmanagerHarness implements TckHarness {
  /** The promo code both simulator profiles accept (10 % off, the Zomro document's example). */
  static final String PROMO_CODE = "PROMO_2024";
  private static final String CONFIRM = "cartorder.create.confirm";

  private final String type;
  private final String name;
  private final boolean ownsSimulator;
  private final List<Variant> variants;
  private final ProviderConfig config;
  private final BillmanagerSimulator simulator;
  private final Supplier<OrderItem.Builder> plain;
  private final List<InvalidSample> invalid;
  private final ProviderErrorSample providerError;

  /** Another configuration of the same simulator, named {@code type[label]}: {@code set} is put over the harness's. */
  record Variant(String label, Map<String, String> set) {}

  BillmanagerHarness(String type, ProviderConfig config, BillmanagerSimulator simulator,
      Supplier<OrderItem.Builder> plain, List<InvalidSample> invalid, ProviderErrorSample providerError) {
    this(type, type, true, List.of(), config, simulator, plain, invalid, providerError);
  }

  private BillmanagerHarness(String type, String name, boolean ownsSimulator, List<Variant> variants,
      ProviderConfig config, BillmanagerSimulator simulator, Supplier<OrderItem.Builder> plain,
      List<InvalidSample> invalid, ProviderErrorSample providerError) {
    this.type = type;
    this.name = name;
    this.ownsSimulator = ownsSimulator;
    this.variants = List.copyOf(variants);
    this.config = config;
    this.simulator = simulator;
    this.plain = plain;
    this.invalid = List.copyOf(invalid);
    this.providerError = providerError;
  }

  @Override
  public String type() {
    return type;
  }

  @Override
  public ProviderConfig config() {
    return config;
  }

  @Override
  public String name() {
    return name;
  }

  /** Returns this harness with {@code variants} (only a harness over a simulator has any). */
  BillmanagerHarness withVariants(List<Variant> variants) {
    return simulator == null ? this
        : new BillmanagerHarness(type, name, ownsSimulator, variants, config, simulator, plain, invalid, providerError);
  }

  /** Each variant shares this harness's simulator; this harness closes it. */
  @Override
  public List<TckHarness> variants() {
    List<TckHarness> out = new ArrayList<>();
    for (Variant v : variants) {
      ProviderConfig c = config;
      for (Map.Entry<String, String> e : v.set().entrySet()) {
        c = c.with(e.getKey(), e.getValue());
      }
      out.add(new BillmanagerHarness(type, type + "[" + v.label() + "]", false, List.of(), c, simulator, plain, invalid,
          providerError));
    }
    return out;
  }

  @Override
  public Optional<ProviderConfig> badCredentials() {
    return simulator == null ? Optional.empty() : Optional.of(config.with("password", "not-the-Pa55word"));
  }

  @Override
  public List<String> secrets() {
    List<String> out = new ArrayList<>(config.secretValues());
    config.optional("username").ifPresent(u -> config.optional("password").ifPresent(p -> out.add(u + ":" + p)));
    Optional.ofNullable(plainItem().access()).map(a -> a.password()).ifPresent(out::add);
    return out;
  }

  @Override
  public OrderItem plainItem() {
    return plain.get().build();
  }

  @Override
  public Optional<String> validPromoCode() {
    return simulator == null ? Optional.empty() : Optional.of(PROMO_CODE);
  }

  @Override
  public Optional<String> rejectedPromoCode() {
    return simulator == null ? Optional.empty() : Optional.of("TCK-NOT-A-CODE");
  }

  @Override
  public List<InvalidSample> invalidItems() {
    return invalid;
  }

  @Override
  public Optional<ProviderErrorSample> providerError() {
    return simulator == null ? Optional.empty() : Optional.ofNullable(providerError);
  }

  @Override
  public Optional<ProviderObserver> observer() {
    return simulator == null ? Optional.empty() : Optional.of(new Observer(type, config, simulator));
  }

  /**
   * The committing steps of this configuration and the {@code func} each is sent as: the add to the
   * provider's cart ({@code v2.{ITEMTYPE}.order.param}, it leaves a line in the cart), the promo code
   * ({@code func=cart}), the confirm that pays ({@code cartorder.create.confirm}); with {@code skipbasket}
   * an order without a promo code is one paying {@code v2.{ITEMTYPE}.order.param … skipbasket=on}.
   */
  private static void steps(Observer observer, String type, ProviderConfig config) {
    String add = addFunction(type, config);
    if (skipbasket(config)) {
      observer.step(new CommittingStep("checkout", true, Reach.WITHOUT_PROMO_CODE), add)
          .step(new CommittingStep("add", true, Reach.WITH_PROMO_CODE), add)
          .step(new CommittingStep("promo-code", false, Reach.WITH_PROMO_CODE), "cart")
          .step(new CommittingStep("confirm", true, Reach.WITH_PROMO_CODE), CONFIRM);
    } else {
      observer.step(CommittingStep.of("add", true), add)
          .step(new CommittingStep("promo-code", false, Reach.WITH_PROMO_CODE), "cart")
          .step(CommittingStep.of("confirm", true), CONFIRM);
    }
  }

  /** The {@code func} that puts an item in the cart (or, with skipbasket, pays it): {@code v2.{ITEMTYPE}.order.param}. */
  static String addFunction(String type, ProviderConfig config) {
    String itemType = "zomro".equals(type) ? "instances" : config.optional("item-type").orElse("vds");
    return "v2." + itemType + ".order.param";
  }

  static boolean skipbasket(ProviderConfig config) {
    return config.optional("skipbasket").map(Boolean::parseBoolean).orElse(false);
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

  /**
   * The simulator's side: an order counts once it is confirmed and paid; the commit is {@code
   * cartorder.create.confirm}, or with skipbasket the paying add.
   */
  private static final class Observer extends FaultsObserver {
    private final BillmanagerSimulator simulator;

    Observer(String type, ProviderConfig config, BillmanagerSimulator simulator) {
      super(simulator::faults, skipbasket(config) ? addFunction(type, config) : CONFIRM);
      this.simulator = simulator;
      steps(this, type, config);
    }

    @Override
    public int orderCount() {
      return simulator.confirmedOrders();
    }

    @Override
    public int requestCount() {
      return simulator.requestCount();
    }

    /** An order's ref is a service id, written {@code TYPE:ID} for a type other than the instance's. */
    @Override
    public Optional<String> promoCodeApplied(OrderRef ref) {
      String id = ref.id().substring(ref.id().indexOf(':') + 1);
      int eq = id.indexOf('=');
      if (eq >= 0) {
        // An order known by its key (domain=… / servername=…): the services the order was sent with.
        String key = id.substring(eq + 1);
        return simulator.services().stream().filter(s -> key.equals(s.domain()) || key.equals(s.servername()))
            .map(PlacedService::promoCode).filter(p -> p != null).findFirst();
      }
      return simulator.services().stream().filter(s -> Long.toString(s.id()).equals(id))
          .map(PlacedService::promoCode).filter(p -> p != null).findFirst();
    }

    @Override
    public boolean insufficientFunds() {
      simulator.setBalance(BigDecimal.ZERO);
      return true;
    }

    @Override
    public boolean expireSessions() {
      simulator.expireSessions();
      return true;
    }

    @Override
    public boolean activateOrders() {
      simulator.activateServices();
      return true;
    }
  }
}
