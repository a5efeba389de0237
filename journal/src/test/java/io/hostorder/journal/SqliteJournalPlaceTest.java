package io.hostorder.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.IdempotencyConflictException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.journal.JournalEntry;
import io.hostorder.core.journal.JournalStatus;
import io.hostorder.core.journal.JournaledProvider;
import io.hostorder.core.journal.OrderBook;
import io.hostorder.core.journal.Settlement;
import io.hostorder.core.model.Order;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.provider.jsonrest.JsonRestProviderFactory;
import io.hostorder.provider.memory.MemoryAccount;
import io.hostorder.provider.memory.MemoryProviderFactory;
import io.hostorder.simulator.AfterProcessing;
import io.hostorder.simulator.jsonrest.JsonActionSimulator;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Placing through a real SQLite journal file: replay, conflict, unknown outcomes, operator decisions. */
@Timeout(60)
class SqliteJournalPlaceTest {
  @TempDir
  Path dir;
  private JsonActionSimulator simulator;
  private SqliteJournal journal;
  private ProviderRegistry registry;

  @BeforeEach
  void start() {
    simulator = JsonActionSimulator.builder().credentials("broker", "Basic-Pw-81f3").start();
    journal = SqliteJournal.open(dir.resolve("j/journal.db"));
    registry = ProviderRegistry.builder().add(new JsonRestProviderFactory()).add(new MemoryProviderFactory())
        .journal(journal).build();
  }

  @AfterEach
  void stop() {
    registry.close();
    journal.close();
    simulator.close();
  }

  private OrderProvider jsonrest() {
    return registry.create("jsonrest", ProviderConfig.of(Map.of("base-url", simulator.baseUrl().toString(),
        "username", "broker", "password", "Basic-Pw-81f3", "read-timeout", "2s")));
  }

  private int creates() {
    return (int) simulator.requests().stream().filter(r -> r.body().contains("order_create")).count();
  }

  @Test
  void theSameReferenceTwice_placesOneOrder_andReplaysItWithoutARequest() {
    OrderProvider p = jsonrest();
    Order first = p.place(Orders.vps("r-1", "web1"));
    int requests = simulator.requestCount();

    Order again = jsonrest().place(Orders.vps("r-1", "web1"));

    assertThat(again).isEqualTo(first);
    assertThat(simulator.requestCount()).isEqualTo(requests);
    assertThat(simulator.orders()).hasSize(1);
    assertThat(journal.find("r-1")).get().satisfies(e -> {
      assertThat(e.status()).isEqualTo(JournalStatus.PLACED);
      assertThat(e.orderId()).isEqualTo(first.ref().id());
      assertThat(e.history()).extracting(h -> h.kind()).contains("started", "commit-sending", "placed");
    });
  }

  @Test
  void theSameReferenceWithAnotherOrder_isAConflict_andSendsNothing() {
    jsonrest().place(Orders.vps("r-2", "web1"));
    int requests = simulator.requestCount();

    IdempotencyConflictException e = catchThrowableOfType(IdempotencyConflictException.class,
        () -> jsonrest().place(Orders.vps("r-2", "web2")));

    assertThat(e.reference()).isEqualTo("r-2");
    assertThat(e.details()).containsKeys("journal-fingerprint", "fingerprint");
    assertThat(simulator.requestCount()).isEqualTo(requests);
    assertThat(simulator.orders()).hasSize(1);
  }

  @Test
  void aLostAnswerToOrderCreate_isNeverSentAgain_untilAnOperatorResolvesIt() {
    simulator.faults().afterProcessing("order_create", AfterProcessing.HTTP_502);
    assertThatThrownBy(() -> jsonrest().place(Orders.vps("r-3", "web1"))).isInstanceOf(OutcomeUnknownException.class);
    assertThat(journal.find("r-3").orElseThrow().status()).isEqualTo(JournalStatus.UNKNOWN);
    int createsBefore = creates();

    // A fresh provider instance (as a new process would be) must not send order_create again; here its
    // lookup (order_list by reference) cannot read the list either, so only an operator can settle it.
    simulator.faults().afterProcessing("order_list", AfterProcessing.HTTP_500);
    OutcomeUnknownException again = catchThrowableOfType(OutcomeUnknownException.class,
        () -> jsonrest().place(Orders.vps("r-3", "web1")));

    assertThat(again.details()).containsKey("needs");
    assertThat(creates()).isEqualTo(createsBefore);
    assertThat(simulator.orders()).hasSize(1);

    long id = simulator.orders().get(0).orderId();
    new OrderBook(journal).resolve("r-3", String.valueOf(id), "operator-test", "found in the panel");
    Order replay = jsonrest().place(Orders.vps("r-3", "web1"));

    assertThat(replay.ref().id()).isEqualTo(String.valueOf(id));
    assertThat(creates()).isEqualTo(createsBefore);
    assertThat(journal.find("r-3").orElseThrow().history()).anySatisfy(h -> {
      assertThat(h.kind()).isEqualTo("resolved");
      assertThat(h.actor()).isEqualTo("operator-test");
    });
  }

  @Test
  void aLostAnswerToOrderCreate_isFoundByItsReference_byAFreshProcess_andNeverSentAgain() {
    simulator.faults().afterProcessing("order_create", AfterProcessing.HTML_504);
    assertThatThrownBy(() -> jsonrest().place(Orders.vps("r-4", "web1"))).isInstanceOf(OutcomeUnknownException.class);
    int createsBefore = creates();

    Order found = jsonrest().place(Orders.vps("r-4", "web1"));

    assertThat(found.ref().id()).isEqualTo(String.valueOf(simulator.orders().get(0).orderId()));
    assertThat(creates()).isEqualTo(createsBefore);
    assertThat(journal.find("r-4").orElseThrow().status()).isEqualTo(JournalStatus.PLACED);
  }

  @Test
  void anOperatorsNotPlaced_letsTheReferenceBePlacedOnce() {
    simulator.faults().refuseBeforeProcessing("order_create", 503);
    simulator.faults().afterProcessing("order_create", AfterProcessing.DROP);
    // first try: refused before processing (transient, definitive "not placed")
    assertThatThrownBy(() -> jsonrest().place(Orders.vps("r-4", "web1")));
    assertThat(journal.find("r-4").orElseThrow().status()).isEqualTo(JournalStatus.NOT_PLACED);
    // second: processed, answer dropped
    assertThatThrownBy(() -> jsonrest().place(Orders.vps("r-4", "web1"))).isInstanceOf(OutcomeUnknownException.class);
    simulator.reset();

    new OrderBook(journal).resolve("r-4", null, "operator-test", null);
    jsonrest().place(Orders.vps("r-4", "web1"));
    jsonrest().place(Orders.vps("r-4", "web1"));

    assertThat(simulator.orders()).hasSize(1);
  }

  @Test
  void aProviderThatReconciles_resolvesAnUnknownOutcome_byLookingItUp() {
    MemoryAccount account = MemoryAccount.open("journal-" + System.nanoTime(), "pw-1", new BigDecimal("1000"));
    OrderProvider memory = registry.create("memory", ProviderConfig.of(Map.of("account", account.name(), "password", "pw-1")));
    account.dropAfterNextCommit();
    assertThatThrownBy(() -> memory.place(Orders.memory("m-1", "small"))).isInstanceOf(OutcomeUnknownException.class);

    Settlement s = ((JournaledProvider) memory).settle("m-1");

    assertThat(s.outcome()).isEqualTo(Settlement.Outcome.PLACED);
    assertThat(memory.place(Orders.memory("m-1", "small")).ref()).isEqualTo(account.orders().get(0).ref());
    assertThat(account.orderCount()).isEqualTo(1);
    MemoryAccount.remove(account.name());
  }

  @Test
  void theFileIsOwnerOnly_andHoldsNoPassword() throws Exception {
    jsonrest().place(Orders.vps("r-5", "web1"));
    MemoryAccount account = MemoryAccount.open("journal-" + System.nanoTime(), "pw-2", new BigDecimal("1000"));
    registry.create("memory", ProviderConfig.of(Map.of("account", account.name(), "password", "pw-2")))
        .place(Orders.memory("m-2", "small"));

    Path file = journal.file();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    JournalEntry e = journal.find("m-2").orElseThrow();
    assertThat(e.request()).doesNotContain("S3cret-m-2").contains("****");
    for (String name : new String[] {"journal.db", "journal.db-wal"}) {
      Path f = file.resolveSibling(name);
      if (Files.exists(f)) {
        assertThat(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1))
            .doesNotContain("S3cret-m-2").doesNotContain("Basic-Pw-81f3").doesNotContain("pw-2");
      }
    }
    assertThat(journal.integrityCheck()).isEmpty();
    MemoryAccount.remove(account.name());
  }

  @Test
  void aCartOfAJournaledProvider_placesThroughTheJournal_once() {
    OrderProvider p = jsonrest();
    io.hostorder.core.Cart cart = p.newCart("r-6");
    cart.add(Orders.vps("r-6", "web1").items().get(0));
    assertThat(simulator.requestCount()).isZero();
    Order first = cart.checkout();
    assertThat(cart.checkout()).isEqualTo(first);

    io.hostorder.core.Cart again = jsonrest().newCart("r-6");
    again.add(Orders.vps("r-6", "web1").items().get(0));

    assertThat(again.checkout()).isEqualTo(first);
    assertThat(simulator.orders()).hasSize(1);
  }
}
