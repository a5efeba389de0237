package io.hostorder.tck.simulated;

import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.OrderItem;
import io.hostorder.simulator.billmanager.BillmanagerSimulator;
import io.hostorder.simulator.billmanager.Profile;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.TckHarness.InvalidSample;
import io.hostorder.tck.TckHarnessFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in harness of provider type {@code billmanager}: the TCK against a
 * {@link BillmanagerSimulator} (generic profile) started for it, logged in as the New Order API
 * example's administrator acting for its client ({@code su}) through a {@code func=auth} session, or
 * against a real BILLmanager account. The plain item is the document's example (tariff 2 in datacenter
 * 1, addon 2 = 10, one month).
 */
public final class BillmanagerHarnessFactory implements TckHarnessFactory {

  /** Creates the factory (ServiceLoader needs this constructor). */
  public BillmanagerHarnessFactory() {}

  @Override
  public String type() {
    return "billmanager";
  }

  @Override
  public Optional<TckHarness> simulated() {
    return simulated(0, null);
  }

  @Override
  public Optional<TckHarness> simulated(int port, Long seed) {
    return simulated(port, seed, null);
  }

  @Override
  public Optional<TckHarness> simulated(int port, Long seed, java.time.Duration activationDelay) {
    BillmanagerSimulator.Builder b = BillmanagerSimulator.builder(Profile.BILLMANAGER).port(port)
        .balance(HarnessMoney.BALANCE);
    if (seed != null) {
      b.seed(seed);
    }
    if (activationDelay != null) {
      b.activationDelay(activationDelay);
    }
    BillmanagerSimulator sim = b.start();
    Map<String, String> c = new LinkedHashMap<>();
    c.put("base-url", sim.baseUrl().toString());
    c.put("username", BillmanagerSimulator.ADMIN_LOGIN);
    c.put("password", BillmanagerSimulator.ADMIN_PASSWORD);
    c.put("su", BillmanagerSimulator.CLIENT_LOGIN);
    c.put("login-mode", "session");
    c.put("item-type", "vds");
    c.put("read-timeout", "5s");
    c.put("call-timeout", "10s");
    return Optional.of(harness(ProviderConfig.of(c), sim).withVariants(VARIANTS));
  }

  /**
   * The configurations the TCK runs besides the harness's ({@code session}, no {@code skipbasket}): the
   * provider's default ({@code authinfo}, no {@code skipbasket}), and {@code skipbasket} in both login modes.
   */
  static final List<BillmanagerHarness.Variant> VARIANTS = List.of(
      new BillmanagerHarness.Variant("authinfo", Map.of("login-mode", "authinfo")),
      new BillmanagerHarness.Variant("skipbasket,session", Map.of("skipbasket", "true")),
      new BillmanagerHarness.Variant("skipbasket,authinfo", Map.of("skipbasket", "true", "login-mode", "authinfo")));

  /** Returns a harness for the real account in {@code config} (a {@code billmanager} configuration). */
  @Override
  public TckHarness live(ProviderConfig config) {
    return harness(config, null);
  }

  private static BillmanagerHarness harness(ProviderConfig config, BillmanagerSimulator sim) {
    return new BillmanagerHarness("billmanager", config, sim, BillmanagerHarnessFactory::plain, List.of(
        new InvalidSample("a plan that is not a tariff id", plain().plan("VDS Start").build(), "items[0].plan"),
        new InvalidSample("a datacenter that is not an id", plain().region("NL").build(), "items[0].region"),
        new InvalidSample("a name that is no host name (it is sent as the domain)", plain().name("tck server!").build(),
            "items[0].name"),
        new InvalidSample("an addon id that is not a number", plain().addon("disk", "10").build(), "items[0].addons.disk"),
        new InvalidSample("autoprolong that is not on/off", plain().option("autoprolong", "yes").build(),
            "items[0].options.autoprolong"),
        new InvalidSample("an option BILLmanager does not know", plain().option("colour", "blue").build(),
            "items[0].options.colour")),
        // BILLmanager answers a function it does not have (v2.nosuch.order.param) with missed/func.
        new TckHarness.ProviderErrorSample("a product type the host does not sell",
            plain().option("item-type", "nosuch").build(), "missed/func"));
  }

  private static OrderItem.Builder plain() {
    return OrderItem.builder().plan("2").region("1").addon("2", "10").period(BillingPeriod.P1M);
  }
}
