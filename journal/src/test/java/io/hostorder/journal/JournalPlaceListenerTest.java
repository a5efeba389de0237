package io.hostorder.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.PlaceListener;
import io.hostorder.core.PlaceStep;
import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.journal.JournalOptions;
import io.hostorder.core.journal.JournalStatus;
import io.hostorder.core.journal.JournaledProvider;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.provider.memory.MemoryAccount;
import io.hostorder.provider.memory.MemoryProviderFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a {@link PlaceListener} hears through the journal, and that a throwing one leaves the journal right. */
class JournalPlaceListenerTest {
  @TempDir
  Path dir;
  private SqliteJournal journal;
  private ProviderRegistry registry;
  private MemoryAccount account;
  private JournaledProvider provider;

  @BeforeEach
  void start() {
    journal = SqliteJournal.open(dir.resolve("journal.db"));
    registry = ProviderRegistry.builder().add(new MemoryProviderFactory()).build();
    account = MemoryAccount.open("listen-" + System.nanoTime(), "pw-7", new BigDecimal("1000"));
    OrderProvider memory = registry.create("memory", ProviderConfig.of(Map.of("account", account.name(),
        "password", "pw-7", "capabilities", "PROMO_CODE,RECONCILE,ORDER_STATUS")));
    provider = JournaledProvider.wrap(memory, journal, JournalOptions.of("memory@" + account.name()));
  }

  @AfterEach
  void stop() {
    registry.close();
    journal.close();
    MemoryAccount.remove(account.name());
  }

  @Test
  void aPlacement_isHeardStepByStep_thenRecorded_andTheSameReferenceAgain_isFoundInTheJournal() {
    OrderRequest order = Orders.memory("l-1", "small");
    List<String> first = new ArrayList<>();

    Order placed = provider.place(order, OrderTrail.NONE, heard(first));

    // The journal never sent l-1: no look-up at the provider before the cart.
    assertThat(first).containsExactly("validated", "started OPEN_CART", "done OPEN_CART", "started ADD_ITEM",
        "done ADD_ITEM", "started CHECKOUT", "done CHECKOUT", "placed " + placed.ref().id(),
        "recorded " + placed.ref().id());

    List<String> again = new ArrayList<>();
    Order replayed = provider.place(order, OrderTrail.NONE, heard(again));

    assertThat(replayed.ref()).isEqualTo(placed.ref());
    assertThat(again).containsExactly("found JOURNAL " + placed.ref().id());
    assertThat(account.orderCount()).isEqualTo(1);
  }

  @Test
  void aListenerThatThrows_leavesTheOrderRecordedAsPlaced_andNeverPlacedTwice() {
    OrderRequest order = Orders.memory("l-2", "small");
    PlaceListener broken = new PlaceListener() {
      @Override public void started(PlaceStep step) { throw new IllegalStateException("display gone"); }
      @Override public void done(PlaceStep step) { throw new IllegalStateException("display gone"); }
      @Override public void placed(Order o) { throw new IllegalStateException("display gone"); }
      @Override public void recorded(Order o) { throw new IllegalStateException("display gone"); }
    };

    Order placed = provider.place(order, OrderTrail.NONE, broken);

    assertThat(journal.find("l-2")).get().satisfies(e -> {
      assertThat(e.status()).isEqualTo(JournalStatus.PLACED);
      assertThat(e.orderId()).isEqualTo(placed.ref().id());
    });
    assertThat(provider.place(order, OrderTrail.NONE, broken).ref()).isEqualTo(placed.ref());
    assertThat(account.orderCount()).isEqualTo(1);
  }

  private static PlaceListener heard(List<String> events) {
    return new PlaceListener() {
      @Override public void validated(OrderRequest order) { events.add("validated"); }
      @Override public void started(PlaceStep step) { events.add("started " + step.kind()); }
      @Override public void done(PlaceStep step) { events.add("done " + step.kind()); }
      @Override public void failed(PlaceStep step, RuntimeException e) { events.add("failed " + step.kind()); }
      @Override public void found(Order o, Source source) { events.add("found " + source + " " + o.ref().id()); }
      @Override public void placed(Order o) { events.add("placed " + o.ref().id()); }
      @Override public void recorded(Order o) { events.add("recorded " + o.ref().id()); }
    };
  }
}
