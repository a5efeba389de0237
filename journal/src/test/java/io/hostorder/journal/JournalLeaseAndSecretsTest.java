package io.hostorder.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.ConfigurationException;
import io.hostorder.core.error.OrderInFlightException;
import io.hostorder.core.journal.JournalEntry;
import io.hostorder.core.journal.JournalOptions;
import io.hostorder.core.journal.JournaledProvider;
import io.hostorder.core.journal.SecretSealer;
import io.hostorder.core.model.Order;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.provider.memory.MemoryAccount;
import io.hostorder.provider.memory.MemoryProviderFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The lease of a placement in flight, and the per-order secrets the journal keeps only sealed. */
@Timeout(60)
class JournalLeaseAndSecretsTest {
  private static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
  @TempDir
  Path dir;
  private SqliteJournal journal;
  private ProviderRegistry registry;
  private MemoryAccount account;
  private OrderProvider memory;

  @BeforeEach
  void start() {
    journal = SqliteJournal.open(dir.resolve("journal.db"));
    registry = ProviderRegistry.builder().add(new MemoryProviderFactory()).build();
    account = MemoryAccount.open("lease-" + System.nanoTime(), "pw-9", new BigDecimal("1000"));
    memory = registry.create("memory", ProviderConfig.of(Map.of("account", account.name(), "password", "pw-9")));
  }

  @AfterEach
  void stop() {
    registry.close();
    journal.close();
    MemoryAccount.remove(account.name());
  }

  private JournaledProvider journaled(JournalOptions options) {
    return JournaledProvider.wrap(memory, journal, options);
  }

  @Test
  void aReferenceInFlightElsewhere_isWaitedFor_thenRefused_andNeverPlacedTwice() throws Exception {
    JournaledProvider first = journaled(JournalOptions.of("memory@" + account.name()));
    JournaledProvider second = journaled(JournalOptions.of("memory@" + account.name()).withInFlightWait(Duration.ofMillis(300)));
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Order> running = CompletableFuture.supplyAsync(() -> first.place(Orders.memory("f-1", "small"),
        OrderTrail.NONE, (p, t) -> {
          inside.countDown();
          await(release);
          return p.place(Orders.memory("f-1", "small"), t);
        }));
    assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

    assertThatThrownBy(() -> second.place(Orders.memory("f-1", "small"))).isInstanceOf(OrderInFlightException.class)
        .hasMessageContaining("is being placed by process " + ProcessHandle.current().pid());
    release.countDown();
    Order placed = running.get(10, TimeUnit.SECONDS);

    assertThat(second.place(Orders.memory("f-1", "small"))).isEqualTo(placed);
    assertThat(account.orderCount()).isEqualTo(1);
  }

  @Test
  void aPerOrderSecret_isKeptOnlySealed_andOpensWithItsKey() throws Exception {
    SecretSealer sealer = SecretSealer.of(KEY);
    JournaledProvider p = journaled(JournalOptions.of("memory@" + account.name()).withSealer(sealer));

    p.place(Orders.memory("s-1", "small"), OrderTrail.NONE, (provider, trail) -> {
      // An id of no secret kind beside a secret one (the provider's own orderId is reported by its cart).
      trail.idsKnown(Map.of("accountId", "a-77", "ownerId", "Owner-Secret-4711"));
      return provider.place(Orders.memory("s-1", "small"), trail);
    });

    JournalEntry e = journal.find("s-1").orElseThrow();
    assertThat(e.ids()).containsEntry("accountId", "a-77").containsKey("orderId").doesNotContainKey("ownerId");
    assertThat(e.sealed()).containsKey("ownerId");
    assertThat(e.sealed().get("ownerId")).startsWith("v1:").doesNotContain("Owner-Secret-4711");
    assertThat(sealer.open("s-1", "ownerId", e.sealed().get("ownerId"))).isEqualTo("Owner-Secret-4711");
    assertThatThrownBy(() -> sealer.open("s-2", "ownerId", e.sealed().get("ownerId")))
        .isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> SecretSealer.of(Base64.getEncoder().encodeToString(new byte[32])).open("s-1", "ownerId",
        e.sealed().get("ownerId"))).isInstanceOf(ConfigurationException.class);
    assertThat(e.secretsDropped()).isFalse();
    assertThat(sealer.toString()).doesNotContain(KEY);
    assertNotInFiles("Owner-Secret-4711");
  }

  @Test
  void withoutAKey_aPerOrderSecretIsNotKept_andTheOrderIsMarkedNotResumable() throws Exception {
    JournaledProvider p = journaled(JournalOptions.of("memory@" + account.name()));

    p.place(Orders.memory("s-3", "small"), OrderTrail.NONE, (provider, trail) -> {
      trail.idsKnown(Map.of("ownerId", "Owner-Secret-4712"));
      return provider.place(Orders.memory("s-3", "small"), trail);
    });

    JournalEntry e = journal.find("s-3").orElseThrow();
    assertThat(e.sealed()).isEmpty();
    assertThat(e.secretsDropped()).isTrue();
    assertNotInFiles("Owner-Secret-4712");
  }

  @Test
  void aKeyThatIsNotBase64OfAnAesKey_isAConfigurationError() {
    assertThatThrownBy(() -> SecretSealer.of("not base64!")).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> SecretSealer.of(Base64.getEncoder().encodeToString(new byte[7])))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("16, 24 or 32 bytes");
  }

  private void assertNotInFiles(String secret) throws Exception {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString()).doesNotContain(secret);
      }
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
