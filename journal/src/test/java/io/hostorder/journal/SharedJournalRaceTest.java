package io.hostorder.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.journal.JournalQuery;
import io.hostorder.core.journal.JournalStatus;
import io.hostorder.core.journal.OrderJournal;
import io.hostorder.simulator.jsonrest.JsonActionSimulator;
import io.hostorder.simulator.jsonrest.JsonOrder;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two brokers place the same references at once through one journal against one simulator: each
 * reference is ordered exactly once. In the build: two threads with their own journal connections on one
 * SQLite file and on PostgreSQL, and two broker JVMs sharing PostgreSQL with
 * {@code -Djournal.race.references} references each (default 200; the documented full run is 1000).
 */
@Timeout(600)
class SharedJournalRaceTest {
  private static final int REFERENCES = Integer.getInteger("journal.race.references", 200);

  @TempDir
  Path dir;

  @Test
  void twoThreadsWithTheirOwnConnectionsToOneSqliteFile_orderEachReferenceOnce() throws Exception {
    Path file = dir.resolve("race.db");
    race(() -> SqliteJournal.open(file), 100);
  }

  @Test
  void twoThreadsWithTheirOwnConnectionsToOnePostgres_orderEachReferenceOnce() throws Exception {
    String url = Postgres.newDatabase();
    race(() -> Journals.open(url, credentials()), 100);
  }

  @Test
  void twoBrokerJvmsSharingOnePostgresJournal_orderEachReferenceOnce() throws Exception {
    String url = Postgres.newDatabase();
    twoJvms(url, REFERENCES);
    try (OrderJournal j = Journals.open(url, credentials())) {
      assertThat(j.list(JournalQuery.status(JournalStatus.PLACED))).hasSize(REFERENCES);
    }
  }

  @Test
  void twoBrokerJvmsSharingOneSqliteFile_orderEachReferenceOnce() throws Exception {
    Path file = dir.resolve("shared.db");
    int n = Math.min(REFERENCES, 100);
    twoJvms(file.toString(), n);
    try (SqliteJournal j = SqliteJournal.open(file)) {
      assertThat(j.list(JournalQuery.status(JournalStatus.PLACED))).hasSize(n);
      assertThat(j.integrityCheck()).isEmpty();
    }
  }

  /** Two broker JVMs place references jvm-0 … jvm-(n-1) through the journal {@code url} at once. */
  private void twoJvms(String url, int n) throws Exception {
    String log = "-" + Integer.toHexString(url.hashCode()) + ".log";
    try (JsonActionSimulator simulator = JsonActionSimulator.builder().credentials("broker", "Basic-Pw-81f3")
        .credit(new java.math.BigDecimal("100000000")).start()) {
      List<Process> brokers = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        brokers.add(new ProcessBuilder(java(), "-cp", classPath(), RaceBroker.class.getName(), url,
            simulator.baseUrl().toString(), "jvm", String.valueOf(n))
            .redirectErrorStream(true).redirectOutput(dir.resolve("broker-" + i + log).toFile()).start());
      }
      for (Process b : brokers) {
        assertThat(b.waitFor(9, TimeUnit.MINUTES)).isTrue();
        assertThat(b.exitValue()).isZero();
      }
      String logs = java.nio.file.Files.readString(dir.resolve("broker-0" + log), StandardCharsets.UTF_8)
          + java.nio.file.Files.readString(dir.resolve("broker-1" + log), StandardCharsets.UTF_8);
      assertThat(logs).contains("placed=" + n + " failed=0");
      assertExactlyOnce(simulator, "jvm", n);
      System.out.println("shared journal " + (url.startsWith("jdbc:") ? "PostgreSQL" : "SQLite file") + ", 2 broker JVMs x "
          + n + " references: " + simulator.orders().size() + " orders, duplicates 0");
    }
  }

  private void race(Callable<OrderJournal> open, int n) throws Exception {
    try (JsonActionSimulator simulator = JsonActionSimulator.builder().credentials("broker", "Basic-Pw-81f3")
        .credit(new java.math.BigDecimal("100000000")).start()) {
      ExecutorService brokers = Executors.newFixedThreadPool(2);
      List<Future<int[]>> results = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        results.add(brokers.submit(() -> {
          try (OrderJournal j = open.call()) {
            return RaceBroker.place(j, simulator.baseUrl().toString(), "t", n, 4);
          }
        }));
      }
      for (Future<int[]> f : results) {
        assertThat(f.get(5, TimeUnit.MINUTES)).containsExactly(n, 0);
      }
      brokers.shutdown();
      assertExactlyOnce(simulator, "t", n);
    }
  }

  private static void assertExactlyOnce(JsonActionSimulator simulator, String prefix, int n) {
    Map<String, Long> perReference = simulator.orders().stream()
        .collect(Collectors.groupingBy(JsonOrder::reference, Collectors.counting()));
    assertThat(perReference).hasSize(n);
    assertThat(perReference.values()).allMatch(c -> c == 1);
    assertThat(perReference.keySet()).allMatch(r -> r.startsWith(prefix + "-"));
  }

  static Map<String, String> credentials() {
    return Map.of("HOSTORDER_JOURNAL_USER", "postgres", "HOSTORDER_JOURNAL_PASSWORD", "postgres");
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static String classPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
        .replace(File.pathSeparator + File.pathSeparator, File.pathSeparator);
  }

}
