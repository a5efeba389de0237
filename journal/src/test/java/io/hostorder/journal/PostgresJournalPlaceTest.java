package io.hostorder.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.IdempotencyConflictException;
import io.hostorder.core.error.OutcomeUnknownException;
import io.hostorder.core.journal.JournalQuery;
import io.hostorder.core.journal.JournalStatus;
import io.hostorder.core.journal.OrderBook;
import io.hostorder.core.journal.OrderJournal;
import io.hostorder.core.model.Order;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.provider.jsonrest.JsonRestProviderFactory;
import io.hostorder.simulator.AfterProcessing;
import io.hostorder.simulator.jsonrest.JsonActionSimulator;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The same semantics on a real PostgreSQL journal (a server the test starts; no Docker, no mock). */
@Timeout(120)
class PostgresJournalPlaceTest {
  private JsonActionSimulator simulator;
  private OrderJournal journal;
  private ProviderRegistry registry;
  private String url;

  @BeforeEach
  void start() {
    simulator = JsonActionSimulator.builder().credentials("broker", "Basic-Pw-81f3").start();
    url = Postgres.newDatabase();
    journal = Journals.open(url, SharedJournalRaceTest.credentials());
    registry = ProviderRegistry.builder().add(new JsonRestProviderFactory()).journal(journal).build();
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

  @Test
  void replay_conflict_andAnUnknownOutcomeNeverResent_onPostgres() {
    Order first = jsonrest().place(Orders.vps("pg-1", "web1"));
    int requests = simulator.requestCount();
    assertThat(jsonrest().place(Orders.vps("pg-1", "web1"))).isEqualTo(first);
    assertThatThrownBy(() -> jsonrest().place(Orders.vps("pg-1", "other"))).isInstanceOf(IdempotencyConflictException.class);
    assertThat(simulator.requestCount()).isEqualTo(requests);

    simulator.faults().afterProcessing("order_create", AfterProcessing.TRUNCATED);
    assertThatThrownBy(() -> jsonrest().place(Orders.vps("pg-2", "web2"))).isInstanceOf(OutcomeUnknownException.class);
    long creates = simulator.requests().stream().filter(r -> r.body().contains("order_create")).count();
    // The lookup (order_list by reference) cannot read the list: only an operator can settle it.
    simulator.faults().afterProcessing("order_list", AfterProcessing.HTTP_500);
    assertThatThrownBy(() -> jsonrest().place(Orders.vps("pg-2", "web2"))).isInstanceOf(OutcomeUnknownException.class);
    assertThat(simulator.requests().stream().filter(r -> r.body().contains("order_create")).count()).isEqualTo(creates);

    String id = String.valueOf(simulator.orders().get(1).orderId());
    new OrderBook(journal).resolve("pg-2", id, "ops", null);
    assertThat(jsonrest().place(Orders.vps("pg-2", "web2")).ref().id()).isEqualTo(id);
    assertThat(simulator.orders()).hasSize(2);
    assertThat(journal.list(JournalQuery.status(JournalStatus.PLACED))).hasSize(2);
    assertThat(journal.location()).doesNotContain("password=postgres");
  }

  @Test
  void theUrlsPassword_isNeverShownInTheLocation() {
    assertThat(Journals.withoutPassword("jdbc:postgresql://h/db?user=u&password=s3cr3t&ssl=true"))
        .isEqualTo("jdbc:postgresql://h/db?user=u&password=****&ssl=true");
    assertThat(Journals.withoutPassword("jdbc:postgresql://u:s3cr3t@h/db")).doesNotContain("s3cr3t");
  }
}
