package io.hostorder.tck.simulated;

import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.Access;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.Resources;
import io.hostorder.simulator.jsonrest.JsonActionSimulator;
import io.hostorder.tck.CommittingStep;
import io.hostorder.tck.ProviderObserver;
import io.hostorder.tck.TckHarness;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The TCK harness of provider type {@code jsonrest}: its configuration, samples built from the JSON
 * action API's document (a {@code VPS} with {@code quantity_*} options and an {@code os}), and, when a
 * simulator is behind it, an observer over the simulator's Java API.
 */
final class JsonRestHarness implements TckHarness {
  private static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAITckHarnessKeyOnlyForTests tck@example";

  private final ProviderConfig config;
  private final JsonActionSimulator simulator;

  private JsonRestHarness(ProviderConfig config, JsonActionSimulator simulator) {
    this.config = config;
    this.simulator = simulator;
  }

  static JsonRestHarness simulated(JsonActionSimulator simulator) {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("base-url", simulator.baseUrl().toString());
    c.put("token", simulator.token());
    c.put("read-timeout", "5s");
    c.put("call-timeout", "10s");
    return new JsonRestHarness(ProviderConfig.of(c), simulator);
  }

  static JsonRestHarness live(ProviderConfig config) {
    return new JsonRestHarness(config, null);
  }

  @Override
  public String type() {
    return "jsonrest";
  }

  @Override
  public ProviderConfig config() {
    return config;
  }

  @Override
  public Optional<ProviderConfig> badCredentials() {
    return simulator == null ? Optional.empty() : Optional.of(config.with("token", "tck-not-the-token-5e2b"));
  }

  @Override
  public List<String> secrets() {
    return List.copyOf(config.secretValues());
  }

  /** The smallest VPS: 0.5 GB RAM, 1 CPU, 10 GB storage, Debian. */
  @Override
  public OrderItem plainItem() {
    return vps("tck-vps").build();
  }

  @Override
  public List<InvalidSample> invalidItems() {
    return List.of(
        new InvalidSample("a billing period (the API takes none)", vps("tck").period(BillingPeriod.P1M).build(),
            "items[0].period"),
        new InvalidSample("a region (the API takes none)", vps("tck").region("fra1").build(), "items[0].region"),
        new InvalidSample("an addon (the API takes none)", vps("tck").addon("ip", "1").build(), "items[0].addons.ip"),
        new InvalidSample("a root password (the API takes only an SSH public key)",
            vps("tck").access(Access.password("tck-Unused-Pw1")).build(), "items[0].access.password"),
        new InvalidSample("an SSH key without ip_allow (the API marks features.sshd.ip_allow required)",
            vps("tck").access(Access.sshPublicKey(KEY)).build(), "items[0].options.ip_allow"),
        new InvalidSample("a port above 65535 in public_ports_allow",
            vps("tck").option("ip_allow", "192.168.0.0/24").option("public_ports_allow", "80,99999").build(),
            "items[0].options.public_ports_allow"),
        new InvalidSample("an option the provider does not know", vps("tck").option("colour", "blue").build(),
            "items[0].options.colour"));
  }

  /** A product the simulator does not sell: the API answers HTTP 400 with its message. */
  @Override
  public Optional<ProviderErrorSample> providerError() {
    if (simulator == null) {
      return Optional.empty();
    }
    return Optional.of(new ProviderErrorSample("a product the provider does not sell",
        vps("tck").plan("VPS-TCK-NONE").build(), "HTTP 400"));
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
    if (simulator != null) {
      simulator.close();
    }
  }

  private static OrderItem.Builder vps(String name) {
    return OrderItem.builder().plan("VPS").name(name)
        .resources(new Resources(new BigDecimal("0.5"), 1, 10))
        .image("Debian");
  }

  /** The simulator's side: every order it holds counts, the ones awaiting payment too. */
  private static final class Observer extends FaultsObserver {
    private final JsonActionSimulator simulator;

    Observer(JsonActionSimulator simulator) {
      super(simulator::faults, "order_create");
      this.simulator = simulator;
      step(CommittingStep.of("order_create", true), "order_create");
    }

    @Override
    public int orderCount() {
      return simulator.orders().size();
    }

    @Override
    public int requestCount() {
      return simulator.requestCount();
    }

    /** No credit left: the next {@code order_create} creates the order and its invoice and asks for payment. */
    @Override
    public boolean insufficientFunds() {
      simulator.setCredit(BigDecimal.ZERO);
      return true;
    }

    @Override
    public boolean activateOrders() {
      simulator.activateNow();
      return true;
    }
  }
}
