package com.example.hostorder.starter.tck;

import com.example.hostorder.starter.StarterProviderFactory;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.Access;
import io.hostorder.core.model.OrderItem;
import io.hostorder.simulator.SimulatorServer;
import io.hostorder.tck.CommittingStep;
import io.hostorder.tck.ProviderObserver;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.simulated.FaultsObserver;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the TCK needs to know about the {@code starter} type: a configuration, an order it can place, orders
 * that must be refused before any request, and, when the simulator is behind it, an observer of the account.
 * Close it to stop the simulator.
 */
public final class StarterHarness implements TckHarness {
  private final ProviderConfig config;
  private final StarterSimulator simulator;
  private final SimulatorServer server;

  private StarterHarness(ProviderConfig config, StarterSimulator simulator, SimulatorServer server) {
    this.config = config;
    this.simulator = simulator;
    this.server = server;
  }

  /** Starts a simulator on a free port of 127.0.0.1, with a random token, and returns a harness over it. */
  public static StarterHarness simulated() {
    String token = "starter-token-" + UUID.randomUUID();
    StarterSimulator simulator = new StarterSimulator(token);
    SimulatorServer server = new SimulatorServer(simulator).start(0);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("base-url", server.url("/").toString());
    values.put(StarterProviderFactory.TOKEN, token);
    // Short, so that the TCK's rules about lost and late answers do not wait long.
    values.put("read-timeout", "5s");
    values.put("call-timeout", "10s");
    return new StarterHarness(ProviderConfig.of(values), simulator, server);
  }

  /** Returns a harness over a real account configured by {@code config}; no observer. */
  public static StarterHarness live(ProviderConfig config) {
    return new StarterHarness(config, null, null);
  }

  @Override
  public String type() {
    return StarterProviderFactory.TYPE;
  }

  @Override
  public ProviderConfig config() {
    return config;
  }

  @Override
  public Optional<ProviderConfig> badCredentials() {
    return Optional.of(config.with(StarterProviderFactory.TOKEN, "not-the-token"));
  }

  @Override
  public List<String> secrets() {
    return List.of(config.require(StarterProviderFactory.TOKEN));
  }

  @Override
  public OrderItem plainItem() {
    return OrderItem.builder().plan("starter-1").name("web-1").access(Access.sshKeyId("key-1")).build();
  }

  @Override
  public List<InvalidSample> invalidItems() {
    return List.of(
        new InvalidSample("a plan Starter Cloud does not sell",
            OrderItem.builder().plan("starter-99").name("web-1").build(), "items[0].plan"),
        new InvalidSample("a server without a name", OrderItem.builder().plan("starter-1").build(), "items[0].name"),
        new InvalidSample("a region, which the API has no field for",
            OrderItem.builder().plan("starter-1").name("web-1").region("eu-1").build(), "items[0].region"));
  }

  /**
   * Returns the simulator's side, when there is one: what the account holds, how many requests reached it, and
   * the faults (lost answers, time-outs, refusals) the TCK's rules inject. Without it those rules are skipped.
   */
  @Override
  public Optional<ProviderObserver> observer() {
    return simulator == null ? Optional.empty() : Optional.of(new Observer(simulator, server));
  }

  /** A plan the provider knows but the simulated account has run out of: the API refuses it with its own code. */
  @Override
  public Optional<ProviderErrorSample> providerError() {
    return simulator == null ? Optional.empty() : Optional.of(new ProviderErrorSample("a plan out of stock",
        OrderItem.builder().plan(StarterSimulator.SOLD_OUT).name("web-1").access(Access.sshKeyId("key-1")).build(),
        "out-of-stock"));
  }

  @Override
  public void reset() {
    if (simulator != null) {
      simulator.reset();
      server.faults().reset();
    }
  }

  @Override
  public void close() {
    if (server != null) {
      server.close();
    }
  }

  /** The observer: faults through the server's {@code Faults}; the create request is the one committing step. */
  private static final class Observer extends FaultsObserver {
    private final StarterSimulator simulator;
    private final SimulatorServer server;

    Observer(StarterSimulator simulator, SimulatorServer server) {
      super(server::faults, "create");
      this.simulator = simulator;
      this.server = server;
      step(CommittingStep.of("create order", true), "create");
    }

    @Override
    public int orderCount() {
      return simulator.orderCount();
    }

    @Override
    public int requestCount() {
      return server.requestCount();
    }
  }
}
