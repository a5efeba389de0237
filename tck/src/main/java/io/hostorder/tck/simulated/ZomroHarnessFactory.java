package io.hostorder.tck.simulated;

import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.Access;
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
 * The built-in harness of provider type {@code zomro}: the TCK against a {@link BillmanagerSimulator}
 * in its Zomro profile (username and password exchanged for a session, {@code send-remoteid=true} so
 * that reconcile is tested), or against a real Zomro account. The plain item is the Zomro document's
 * example: Cloud Essential (6740) in datacenter 13, Ubuntu 20.04, IPv6 only, daily billing.
 */
public final class ZomroHarnessFactory implements TckHarnessFactory {
  /** The root password of the plain item; it keeps Zomro's password policy. */
  static final String SERVER_PASSWORD = "TckServer1pass";

  /** Creates the factory (ServiceLoader needs this constructor). */
  public ZomroHarnessFactory() {}

  @Override
  public String type() {
    return "zomro";
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
    BillmanagerSimulator.Builder b = BillmanagerSimulator.builder(Profile.ZOMRO).port(port)
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
    c.put("username", BillmanagerSimulator.CLIENT_LOGIN);
    c.put("password", BillmanagerSimulator.CLIENT_PASSWORD);
    c.put("send-remoteid", "true");
    c.put("read-timeout", "5s");
    c.put("call-timeout", "10s");
    return Optional.of(harness(ProviderConfig.of(c), sim).withVariants(List.of(
        // Zomro's default: no remoteid; orders are found again by the servername derived from the reference.
        new BillmanagerHarness.Variant("no-remoteid", Map.of("send-remoteid", "false")))));
  }

  /** Returns a harness for the real account in {@code config} (a {@code zomro} configuration). */
  @Override
  public TckHarness live(ProviderConfig config) {
    return harness(config, null);
  }

  private static BillmanagerHarness harness(ProviderConfig config, BillmanagerSimulator sim) {
    return new BillmanagerHarness("zomro", config, sim, ZomroHarnessFactory::plain, List.of(
        new InvalidSample("a weak password (no upper-case letter, no digit)",
            plain().access(Access.password("weakpassword")).build(), "items[0].access.password"),
        new InvalidSample("no datacenter", plain().region(null).build(), "items[0].region"),
        new InvalidSample("no image", plain().image(null).build(), "items[0].image"),
        new InvalidSample("a period Zomro does not offer (P24M)", plain().period(BillingPeriod.P24M).build(),
            "items[0].period"),
        new InvalidSample("a backup schedule without its time", plain().option("backups_schedule", "on")
            .option("backups_schedule_name", "nightly").option("backups_schedule_rotation_days", "1,3,5").build(),
            "items[0].options.backups_schedule_rotation_time"),
        new InvalidSample("an option Zomro does not know", plain().option("colour", "blue").build(),
            "items[0].options.colour")), null);
  }

  private static OrderItem.Builder plain() {
    // No name: hostorder sends the servername derived from the order reference, the key that finds it again.
    return OrderItem.builder().plan("6740").period(BillingPeriod.P1D).region("13")
        .image("479c96f1-ccc6-47a2-952c-c9e3bbdc8d07").access(Access.password(SERVER_PASSWORD)).addon("6746", "260");
  }
}
