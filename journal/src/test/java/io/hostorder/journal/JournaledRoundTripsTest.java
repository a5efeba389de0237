package io.hostorder.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.journal.JournalOptions;
import io.hostorder.core.journal.JournaledProvider;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.provider.billmanager.BillmanagerProviderFactory;
import io.hostorder.provider.hostway.HostwayProviderFactory;
import io.hostorder.provider.jsonrest.JsonRestProviderFactory;
import io.hostorder.provider.zomro.ZomroProviderFactory;
import io.hostorder.simulator.billmanager.BillmanagerSimulator;
import io.hostorder.simulator.billmanager.Profile;
import io.hostorder.tck.ProviderObserver;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.TckHarnessFactory;
import io.hostorder.tck.simulated.HostwayHarnessFactory;
import io.hostorder.tck.simulated.JsonRestHarnessFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests per order at the simulators, through the journal (as {@code hostorder order} places): exactly
 * the documented requests, no lookup before ordering (the journal never sent the reference) and no read
 * after it; a second place() is a replay with no request. Without a journal, or with {@code lookupFirst},
 * a provider that finds orders by reference looks first: that lookup is then the only guard.
 */
@Timeout(120)
class JournaledRoundTripsTest {
  @TempDir
  Path dir;

  private static List<String> funcs(BillmanagerSimulator sim, int from) {
    List<String> all = sim.requests().stream().map(r -> r.fields().get("func")).toList();
    return all.subList(from, all.size());
  }

  private static OrderRequest vds(String reference) {
    return OrderRequest.builder().reference(reference).addItem(OrderItem.builder().plan("2")
        .region("1").addon("2", "10").period(BillingPeriod.P1M).build()).build();
  }

  private static Map<String, String> billmanager(BillmanagerSimulator sim) {
    return Map.of("base-url", sim.baseUrl().toString(), "username", BillmanagerSimulator.CLIENT_LOGIN,
        "password", BillmanagerSimulator.CLIENT_PASSWORD);
  }

  @Test
  void billmanager_throughTheJournal_isTheAddAndTheConfirm_andASecondPlaceIsAReplay() {
    try (BillmanagerSimulator sim = BillmanagerSimulator.start(Profile.BILLMANAGER);
        SqliteJournal journal = SqliteJournal.open(dir.resolve("journal.db"));
        ProviderRegistry journaled = ProviderRegistry.builder().add(new BillmanagerProviderFactory()).journal(journal).build()) {
      OrderProvider p = journaled.create("billmanager", ProviderConfig.of(billmanager(sim)));

      Order placed = p.place(vds("rt-1"));

      assertThat(funcs(sim, 0)).containsExactly("v2.vds.order.param", "cartorder.create.confirm");
      assertThat(placed.ref().id()).isEqualTo("domain=rt-1");
      int requests = sim.requestCount();
      assertThat(p.place(vds("rt-1"))).isEqualTo(placed);
      assertThat(sim.requestCount()).as("a replay from the journal").isEqualTo(requests);
    }
  }

  @Test
  void billmanager_skipbasket_throughTheJournal_isOneRequest() {
    try (BillmanagerSimulator sim = BillmanagerSimulator.start(Profile.BILLMANAGER);
        SqliteJournal journal = SqliteJournal.open(dir.resolve("journal.db"));
        ProviderRegistry journaled = ProviderRegistry.builder().add(new BillmanagerProviderFactory()).journal(journal).build()) {
      OrderProvider p = journaled.create("billmanager", ProviderConfig.of(billmanager(sim)).with("skipbasket", "true"));

      p.place(vds("rt-s1"));

      assertThat(funcs(sim, 0)).containsExactly("v2.vds.order.param");
    }
  }

  @Test
  void billmanager_withoutAJournal_orWithLookupFirst_looksTheReferenceUpBeforeOrdering() {
    try (BillmanagerSimulator sim = BillmanagerSimulator.start(Profile.BILLMANAGER);
        SqliteJournal journal = SqliteJournal.open(dir.resolve("journal.db"));
        ProviderRegistry plain = ProviderRegistry.builder().add(new BillmanagerProviderFactory()).build()) {
      OrderProvider bare = plain.create("billmanager", ProviderConfig.of(billmanager(sim)));

      bare.place(vds("rt-2"));
      assertThat(funcs(sim, 0)).containsExactly("vds.filter", "vds", "v2.vds.order.param", "cartorder.create.confirm");

      OrderProvider first = JournaledProvider.wrap(bare, journal, JournalOptions.of("bm").withLookupFirst(true));
      int before = sim.requests().size();
      first.place(vds("rt-3"));
      assertThat(funcs(sim, before)).containsExactly("vds.filter", "vds", "v2.vds.order.param",
          "cartorder.create.confirm");
    }
  }

  @Test
  void billmanager_atAnAccountOf5000Services_stillTakesTwoRequests() {
    try (BillmanagerSimulator sim = BillmanagerSimulator.builder(Profile.BILLMANAGER)
            .balance(new BigDecimal("100000000")).start();
        SqliteJournal journal = SqliteJournal.open(dir.resolve("journal.db"));
        ProviderRegistry journaled = ProviderRegistry.builder().add(new BillmanagerProviderFactory()).journal(journal).build()) {
      OrderProvider p = journaled.create("billmanager", ProviderConfig.of(billmanager(sim)).with("skipbasket", "true"));
      for (int i = 0; i < 5_000; i++) {
        p.place(vds("fill-" + i));
      }
      assertThat(sim.services()).hasSize(5_000);
      OrderProvider cart = journaled.create("billmanager", ProviderConfig.of(billmanager(sim)));
      int before = sim.requestCount();

      cart.place(vds("rt-big"));

      // The simulator keeps its last 1,000 requests: count, then read the last two.
      assertThat(sim.requestCount() - before).isEqualTo(2);
      List<String> all = funcs(sim, 0);
      assertThat(all.subList(all.size() - 2, all.size())).containsExactly("v2.vds.order.param",
          "cartorder.create.confirm");
    }
  }

  @Test
  void zomro_withoutAPromoCode_isTheLoginThenTheAddAndTheConfirm() {
    try (BillmanagerSimulator sim = BillmanagerSimulator.start(Profile.ZOMRO);
        SqliteJournal journal = SqliteJournal.open(dir.resolve("zomro.db"));
        ProviderRegistry journaled = ProviderRegistry.builder().add(new ZomroProviderFactory()).journal(journal).build()) {
      OrderProvider p = journaled.create("zomro", ProviderConfig.of(Map.of(
          "base-url", sim.baseUrl().toString(), "username", BillmanagerSimulator.CLIENT_LOGIN,
          "password", BillmanagerSimulator.CLIENT_PASSWORD)));
      p.place(OrderRequest.builder().reference("rt-z1").addItem(OrderItem.builder().plan("6740")
          .period(BillingPeriod.P1D).region("13").image("479c96f1-ccc6-47a2-952c-c9e3bbdc8d07")
          .access(io.hostorder.core.model.Access.password("TckServer1pass")).build()).build());
      assertThat(funcs(sim, 0)).containsExactly("auth", "v2.instances.order.param", "cartorder.create.confirm");
    }
  }

  @Test
  void jsonrest_throughTheJournal_isOneOrderCreate() {
    assertThat(requestsOfOnePlace(new JsonRestHarnessFactory(), new JsonRestProviderFactory(), "jsonrest", false))
        .isEqualTo(1);
  }

  @Test
  void hostway_onAnExistingAccount_throughTheJournal_isTheDocumentsRequests_withoutItsLookup() {
    int journaled = requestsOfOnePlace(new HostwayHarnessFactory(), new HostwayProviderFactory(), "hostway", true);
    int bare = requestsOfOnePlace(new HostwayHarnessFactory(), new HostwayProviderFactory(), "hostway-bare", true);
    assertThat(bare).as("without a journal, the products lookup by partnerId comes first").isEqualTo(journaled + 1);
  }

  /**
   * Places the harness's plain sample once (the existing-account variant where {@code existingAccount})
   * through a journal, or without one when {@code type} ends in "-bare", and returns the requests counted.
   */
  private int requestsOfOnePlace(TckHarnessFactory factory, io.hostorder.core.OrderProviderFactory provider,
      String type, boolean existingAccount) {
    TckHarness root = factory.simulated().orElseThrow();
    TckHarness h = existingAccount ? root.variants().stream().filter(v -> v.name().contains("existing-account"))
        .findFirst().orElseThrow() : root;
    try (root; SqliteJournal journal = SqliteJournal.open(dir.resolve(type + ".db"));
        ProviderRegistry registry = type.endsWith("-bare") ? ProviderRegistry.builder().add(provider).build()
            : ProviderRegistry.builder().add(provider).journal(journal).build()) {
      OrderProvider p = h.create(registry, h.config());
      ProviderObserver observer = h.observer().orElseThrow();
      int before = observer.requestCount();
      p.place(OrderRequest.builder().reference("rt-" + type).addItem(h.plainItem()).build());
      return observer.requestCount() - before;
    } finally {
      if (h != root) {
        h.close();
      }
    }
  }
}
