package io.hostorder.bench;

import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.simulator.billmanager.BillmanagerSimulator;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.TckHarnessFactory;
import io.hostorder.tck.simulated.BillmanagerHarnessFactory;
import io.hostorder.tck.simulated.HostwayHarnessFactory;
import io.hostorder.tck.simulated.JsonRestHarnessFactory;
import io.hostorder.tck.simulated.ZomroHarnessFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * The provider configurations the suite measures, each in its default configuration over the TCK's
 * simulated harness: billmanager (cart; skipbasket), zomro (no promo code), hostway (the document's
 * whole example; also with parallel-services=true) and jsonrest.
 */
final class Scenarios {
  private Scenarios() {}

  static List<String> names() {
    return List.of("billmanager cart", "billmanager skipbasket", "zomro", "hostway", "hostway parallel-services",
        "jsonrest");
  }

  static Scenario create(ProviderRegistry registry, String name) {
    try {
      return switch (name) {
        case "billmanager cart" -> billmanager(registry, name, false);
        case "billmanager skipbasket" -> billmanager(registry, name, true);
        case "zomro" -> zomro(registry, name);
        case "hostway" -> hostway(registry, name, false);
        case "hostway parallel-services" -> hostway(registry, name, true);
        case "jsonrest" -> jsonrest(registry, name);
        default -> throw new IllegalArgumentException("no scenario " + name);
      };
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + e.getMessage(), e);
    }
  }

  /**
   * The provider's defaults over the harness: {@code login-mode=authinfo} (the document's
   * {@code authinfo} + {@code su} on every request), {@code send-remoteid=true}.
   */
  private static Scenario billmanager(ProviderRegistry registry, String name, boolean skipbasket) {
    TckHarness h = simulated(new BillmanagerHarnessFactory());
    ProviderConfig c = h.config().with("login-mode", "authinfo");
    if (skipbasket) {
      c = c.with("skipbasket", "true");
    }
    Reference ref = BillmanagerReference.billmanager(HttpUrl.get(c.require("base-url")), c.require("username"),
        c.require("password"), c.require("su"), skipbasket);
    OrderItem plain = h.plainItem();
    return new Scenario(name, registry.create("billmanager", c), n -> plain.toBuilder().name(n).build(), ref, h);
  }

  /** Zomro's defaults: a session from {@code func=auth}, {@code send-remoteid=false}, no promo code. */
  private static Scenario zomro(ProviderRegistry registry, String name) throws IOException {
    TckHarness h = simulated(new ZomroHarnessFactory());
    ProviderConfig c = h.config().with("send-remoteid", "false");
    Reference ref = BillmanagerReference.zomro(HttpUrl.get(c.require("base-url")), c.require("username"),
        c.require("password"));
    OrderItem plain = h.plainItem();
    return new Scenario(name, registry.create("zomro", c), n -> plain, ref, h);
  }

  private static Scenario hostway(ProviderRegistry registry, String name, boolean parallel) {
    TckHarness h = simulated(new HostwayHarnessFactory());
    ProviderConfig c = parallel ? h.config().with("parallel-services", "true") : h.config();
    Reference ref = new HostwayReference(HttpUrl.get(c.require("base-url")), c.require("username"),
        c.require("password"), parallel);
    return new Scenario(name, registry.create("hostway", c), Scenarios::hostwayDocumentExample, ref, h);
  }

  /** The document's example: a VPS Virtuozzo product, its server service and six services related to it. */
  static OrderItem hostwayDocumentExample(String name) {
    OrderItem.Builder b = OrderItem.builder().plan("core.plan.vps.virtuozzo.u101/USD-1").name(name)
        .period(BillingPeriod.P1M).option("serviceSpecification", "core.vps.virtuozzo.server.u100");
    for (String spec : HostwayReference.RELATED) {
      b.addRelated(OrderItem.builder().plan(spec).build());
    }
    return b.build();
  }

  private static Scenario jsonrest(ProviderRegistry registry, String name) {
    TckHarness h = simulated(new JsonRestHarnessFactory());
    ProviderConfig c = h.config();
    Reference ref = new JsonRestReference(HttpUrl.get(c.require("base-url")), c.require("token"));
    OrderItem plain = h.plainItem();
    return new Scenario(name, registry.create("jsonrest", c), n -> plain.toBuilder().name(n).build(), ref, h);
  }

  private static TckHarness simulated(TckHarnessFactory factory) {
    return factory.simulated().orElseThrow();
  }

  /** A BILLmanager simulator (generic profile) with money for {@code orders} orders, for the scaling runs. */
  static BillmanagerSimulator billmanagerSimulator() {
    return BillmanagerSimulator.builder(io.hostorder.simulator.billmanager.Profile.BILLMANAGER)
        .balance(new java.math.BigDecimal("1000000000")).start();
  }

  static List<Scenario> all(ProviderRegistry registry) {
    List<Scenario> out = new ArrayList<>();
    for (String n : names()) {
      out.add(create(registry, n));
    }
    return out;
  }

}
