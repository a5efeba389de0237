package io.hostorder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hostorder.provider.memory.MemoryAccount;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code order} through the journal by default, and {@code journal}, {@code journal show}, {@code reconcile}
 * and {@code resolve}, against the in-memory provider playing one that cannot find orders by reference.
 */
@Timeout(60)
class JournalCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir
  Path dir;
  private Map<String, String> env;
  private MemoryAccount account;

  @BeforeEach
  void setUp() {
    env = Map.of("HOSTORDER_JOURNAL", dir.resolve("journal.db").toString());
    account = MemoryAccount.open("journal-cli-" + System.nanoTime(), "mem-pw-123", new BigDecimal("1000"));
  }

  @AfterEach
  void tearDown() {
    MemoryAccount.remove(account.name());
  }

  private Path file(String reference, String plan) throws Exception {
    Path f = dir.resolve(reference + "-" + plan + ".json");
    Files.writeString(f, """
        {"reference": "%s", "items": [{"plan": "%s", "period": "P1M", "name": "web-1"}]}
        """.formatted(reference, plan));
    return f;
  }

  private Cli.Result order(Path file, String... more) {
    String[] base = {"order", "--provider", "memory", "--set", "password=mem-pw-123", "--set", "account=" + account.name(),
        "--set", "capabilities=ORDER_STATUS,ORDER_LIST", "--order-file", file.toString()};
    String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return Cli.run(env, args);
  }

  private Cli.Result run(String... args) {
    return Cli.run(env, args);
  }

  private String[] provider(String command, String... rest) {
    String[] base = {command, "--provider", "memory", "--set", "password=mem-pw-123", "--set", "account=" + account.name(),
        "--set", "capabilities=ORDER_STATUS,ORDER_LIST"};
    String[] args = java.util.Arrays.copyOf(base, base.length + rest.length);
    System.arraycopy(rest, 0, args, base.length, rest.length);
    return args;
  }

  @Test
  void order_sameReferenceTwice_placesOneOrder_evenWhereTheProviderCannotFindIt() throws Exception {
    Path f = file("j-1", "small");
    Cli.Result first = order(f);
    Cli.Result again = order(f);

    assertThat(first.status()).as(first.toString()).isZero();
    assertThat(again.status()).as(again.toString()).isZero();
    assertThat(again.err()).contains("the journal already holds order reference j-1");
    assertThat(account.orderCount()).isEqualTo(1);
  }

  @Test
  void order_sameReferenceAnotherOrder_isAConflict_status9() throws Exception {
    assertThat(order(file("j-2", "small")).status()).isZero();
    Cli.Result r = order(file("j-2", "medium"), "--json");

    assertThat(r.status()).as(r.toString()).isEqualTo(9);
    assertThat(JSON.readTree(r.out()).at("/error/kind").asText()).isEqualTo("idempotency-conflict");
    assertThat(account.orderCount()).isEqualTo(1);
  }

  @Test
  void journal_listsAndShowsOrders_withoutCallingTheProvider() throws Exception {
    assertThat(order(file("j-3", "small")).status()).isZero();
    int requests = account.requestCount();

    Cli.Result list = run("journal", "--provider", "memory", "--status", "placed", "--json");
    Cli.Result show = run("journal", "show", "j-3");

    assertThat(list.status()).as(list.toString()).isZero();
    JsonNode doc = JSON.readTree(list.out());
    assertThat(doc.get("orders")).hasSize(1);
    assertThat(doc.at("/orders/0/reference").asText()).isEqualTo("j-3");
    assertThat(doc.at("/orders/0/status").asText()).isEqualTo("placed");
    assertThat(doc.at("/orders/0/instance").asText()).isEqualTo("memory;account=" + account.name());
    assertThat(show.status()).as(show.toString()).isZero();
    assertThat(show.out()).contains("status:      placed", "history:", "started", "commit-sending", "placed");
    assertThat(run("journal", "--status", "unknown").out()).contains("(0 orders)");
    assertThat(run("journal", "show", "nope").status()).isEqualTo(8);
    assertThat(account.requestCount()).isEqualTo(requests);
  }

  @Test
  void aLostAnswer_isNeverOrderedAgain_untilResolved() throws Exception {
    Path f = file("j-4", "small");
    account.dropAfterNextCommit();
    Cli.Result lost = order(f);
    assertThat(lost.status()).as(lost.toString()).isEqualTo(7);
    assertThat(lost.err()).contains("\n    hostorder reconcile --provider memory --set account=" + account.name()
        + " --set capabilities=ORDER_STATUS,ORDER_LIST j-4\n", "\n    hostorder resolve j-4 --placed ORDER_ID\n");

    Cli.Result retry = order(f);
    Cli.Result reconcile = run(provider("reconcile"));

    assertThat(retry.status()).as(retry.toString()).isEqualTo(7);
    assertThat(reconcile.status()).as(reconcile.toString()).isEqualTo(7);
    assertThat(reconcile.err()).contains("[1/1] j-4: needs-operator", "\n  hostorder resolve REF --placed ORDER_ID\n");
    assertThat(account.orderCount()).isEqualTo(1);

    String id = account.orders().get(0).ref().id();
    Cli.Result resolve = run("resolve", "j-4", "--placed", id, "--by", "ops-anna", "--note", "seen in the panel");
    Cli.Result after = order(f);

    assertThat(resolve.status()).as(resolve.toString()).isZero();
    assertThat(resolve.out()).contains("recorded as placed (order " + id + ") by ops-anna");
    assertThat(after.status()).as(after.toString()).isZero();
    assertThat(after.out()).contains("order " + id);
    assertThat(account.orderCount()).isEqualTo(1);
    assertThat(run("journal", "show", "j-4").out()).contains("resolved", "ops-anna", "seen in the panel");
  }

  @Test
  void resolve_notPlaced_letsTheNextOrderPlaceIt_once() throws Exception {
    Path f = file("j-5", "small");
    account.dropAfterNextCommit();
    assertThat(order(f).status()).isEqualTo(7);
    account.reset(new BigDecimal("1000")); // the provider lost it: nothing was placed after all

    assertThat(run("resolve", "j-5", "--not-placed").status()).isZero();
    assertThat(order(f).status()).isZero();
    assertThat(order(f).status()).isZero();

    assertThat(account.orderCount()).isEqualTo(1);
  }

  @Test
  void resolve_needsExactlyOneDecision_status2() {
    assertThat(run("resolve", "j-6").status()).isEqualTo(2);
    assertThat(run("resolve", "j-6", "--placed", "1", "--not-placed").status()).isEqualTo(2);
    assertThat(run("resolve", "j-6", "--not-placed").status()).isEqualTo(8);
  }

  @Test
  void order_noJournal_saysSoLoudly_andRecordsNothing() throws Exception {
    Cli.Result r = order(file("j-7", "small"), "--no-journal");

    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.err()).contains("WARNING: --no-journal", "can order it twice");
    assertThat(run("journal", "--json").out()).doesNotContain("j-7");
  }

  @Test
  void theDefaultJournalFile_isOwnerOnly() throws Exception {
    assertThat(order(file("j-8", "small")).status()).isZero();
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(dir.resolve("journal.db")))).isEqualTo("rw-------");
  }

  @Test
  void reconcile_findsALostOrderWhereTheProviderCanLookItUp_status0() throws Exception {
    Path f = file("j-9", "small");
    account.dropAfterNextCommit();
    Cli.Result lost = Cli.run(env, "order", "--provider", "memory", "--set", "password=mem-pw-123",
        "--set", "account=" + account.name(), "--order-file", f.toString());
    assertThat(lost.status()).as(lost.toString()).isEqualTo(7);

    Cli.Result r = Cli.run(env, "reconcile", "--provider", "memory", "--set", "password=mem-pw-123",
        "--set", "account=" + account.name(), "j-9", "--json");

    assertThat(r.status()).as(r.toString()).isZero();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.at("/settled/0/outcome").asText()).isEqualTo("placed");
    assertThat(doc.at("/settled/0/orderId").asText()).isEqualTo(account.orders().get(0).ref().id());
    assertThat(account.orderCount()).isEqualTo(1);
  }

  @Test
  void order_whenTheJournalCannotBeOpened_status11_andNothingIsSent() throws Exception {
    Path blocker = dir.resolve("a-file");
    Files.writeString(blocker, "not a directory");
    Cli.Result r = order(file("j-10", "small"), "--journal", blocker.resolve("journal.db").toString());

    assertThat(r.status()).as(r.toString()).isEqualTo(11);
    assertThat(account.requestCount()).isZero();
  }
}
