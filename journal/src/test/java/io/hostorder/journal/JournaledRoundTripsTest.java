package io.hostorder.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.provider.billmanager.BillmanagerProviderFactory;
import io.hostorder.provider.zomro.ZomroProviderFactory;
import io.hostorder.simulator.billmanager.BillmanagerSimulator;
import io.hostorder.simulator.billmanager.Profile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests per order at the simulator: {@code place()} looks the reference up first (also behind the journal,
 * which knows only the references sent through it), then adds and confirms; no list after paying an order
 * sent under the key derived from its reference. A second place() through the journal is a replay.
 */
@Timeout(60)
class JournaledRoundTripsTest {
  @TempDir
  Path dir;

  private static List<String> funcs(BillmanagerSimulator sim) {
    return sim.requests().stream().map(r -> r.fields().get("func")).filter(f -> !f.endsWith(".filter")).toList();
  }

  private static OrderRequest vds(String reference) {
    return OrderRequest.builder().reference(reference).addItem(io.hostorder.core.model.OrderItem.builder().plan("2")
        .region("1").addon("2", "10").period(io.hostorder.core.model.BillingPeriod.P1M).build()).build();
  }

  @Test
  void billmanager_looksUpTheReference_addsAndConfirms_andTheJournalReplaysASecondPlaceWithoutARequest() {
    try (BillmanagerSimulator sim = BillmanagerSimulator.start(Profile.BILLMANAGER);
        SqliteJournal journal = SqliteJournal.open(dir.resolve("journal.db"));
        ProviderRegistry journaled = ProviderRegistry.builder().add(new BillmanagerProviderFactory()).journal(journal).build();
        ProviderRegistry plain = ProviderRegistry.builder().add(new BillmanagerProviderFactory()).build()) {
      Map<String, String> config = Map.of("base-url", sim.baseUrl().toString(), "username", BillmanagerSimulator.CLIENT_LOGIN,
          "password", BillmanagerSimulator.CLIENT_PASSWORD);
      OrderProvider p = journaled.create("billmanager", io.hostorder.core.config.ProviderConfig.of(config));

      Order placed = p.place(vds("rt-1"));
      // The lookup, then the documented add and confirm; the order is known by its domain (domain=rt-1).
      assertThat(funcs(sim)).containsExactly("vds", "v2.vds.order.param", "cartorder.create.confirm");
      assertThat(placed.ref().id()).isEqualTo("domain=rt-1");
      int requests = sim.requestCount();
      assertThat(p.place(vds("rt-1"))).isEqualTo(placed);
      assertThat(sim.requestCount()).as("a replay from the journal").isEqualTo(requests);

      // Without the journal the same (list filter reset + list, add, confirm).
      OrderProvider bare = plain.create("billmanager", io.hostorder.core.config.ProviderConfig.of(config));
      int before = funcs(sim).size();
      bare.place(vds("rt-2"));
      assertThat(funcs(sim).subList(before, funcs(sim).size()))
          .containsExactly("vds", "v2.vds.order.param", "cartorder.create.confirm");
    }
  }

  @Test
  void zomro_withoutAPromoCode_isTheLookupAddAndConfirm() {
    try (BillmanagerSimulator sim = BillmanagerSimulator.start(Profile.ZOMRO);
        SqliteJournal journal = SqliteJournal.open(dir.resolve("zomro.db"));
        ProviderRegistry journaled = ProviderRegistry.builder().add(new ZomroProviderFactory()).journal(journal).build()) {
      OrderProvider p = journaled.create("zomro", io.hostorder.core.config.ProviderConfig.of(Map.of(
          "base-url", sim.baseUrl().toString(), "username", BillmanagerSimulator.CLIENT_LOGIN,
          "password", BillmanagerSimulator.CLIENT_PASSWORD)));
      p.place(OrderRequest.builder().reference("rt-z1").addItem(io.hostorder.core.model.OrderItem.builder().plan("6740")
          .period(io.hostorder.core.model.BillingPeriod.P1D).region("13").image("479c96f1-ccc6-47a2-952c-c9e3bbdc8d07")
          .access(io.hostorder.core.model.Access.password("TckServer1pass")).build()).build());
      assertThat(funcs(sim)).containsExactly("auth", "instances", "v2.instances.order.param", "cartorder.create.confirm");
    }
  }
}
