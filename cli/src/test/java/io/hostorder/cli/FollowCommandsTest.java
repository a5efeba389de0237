package io.hostorder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code status}, {@code list} and {@code cancel} against the test shop, after an order placed by the command. */
class FollowCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String store = "f-" + UUID.randomUUID();

  @TempDir
  Path dir;

  private String[] args(String command, String... more) {
    String[] base = {command, "--provider", "testshop", "--set", "store=" + store, "--set", "token=good-token"};
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  @BeforeEach
  void placeOne() throws Exception {
    Path f = dir.resolve("o.json");
    Files.writeString(f, OrderCommandTest.ORDER.formatted("follow-" + store));
    assertThat(Cli.run(args("order", "--order-file", f.toString())).status()).isZero();
  }

  @Test
  void status_printsTheOrder() {
    Cli.Result r = Cli.run(args("status", "--order", "1001"));
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.err()).containsPattern("fetching order 1001… done \\(\\d+ ms\\)");
    // 'status … > file' captures the order alone.
    assertThat(r.out()).startsWith("order 1001 at testshop: PROCESSING").doesNotContain("fetching");
  }

  @Test
  void status_json_isOneDocument() throws Exception {
    Cli.Result r = Cli.run(args("status", "--order", "1001", "--json"));
    assertThat(r.status()).isZero();
    assertThat(JSON.readTree(r.out()).get("id").asText()).isEqualTo("1001");
  }

  @Test
  void status_unknownOrder_isNotFound_status8() throws Exception {
    Cli.Result r = Cli.run(args("status", "--order", "999", "--json"));
    assertThat(r.status()).as(r.toString()).isEqualTo(8);
    assertThat(r.err()).contains("no order 999");
    assertThat(JSON.readTree(r.out()).at("/error/kind").asText()).isEqualTo("not-found");
  }

  @Test
  void list_printsATableOfOrders() {
    Cli.Result r = Cli.run(args("list"));
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.out()).contains("ID", "STATUS", "1001", "PROCESSING", "follow-" + store, "1 order");
  }

  @Test
  void list_json_holdsTheOrders() throws Exception {
    Cli.Result r = Cli.run(args("list", "--json"));
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.get("orders")).hasSize(1);
    assertThat(doc.at("/orders/0/id").asText()).isEqualTo("1001");
  }

  @Test
  void list_badToken_isAuthentication_status4() {
    Cli.Result r = Cli.run("list", "--provider", "testshop", "--set", "store=" + store, "--set", "token=nope-nope");
    assertThat(r.status()).isEqualTo(4);
  }

  @Test
  void cancel_thenStatusShowsCancelled() {
    Cli.Result r = Cli.run(args("cancel", "--order", "1001"));
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.out()).isEqualTo("order 1001 cancelled\n");
    assertThat(Cli.run(args("status", "--order", "1001")).out()).contains("CANCELLED");
  }

  @Test
  void cancel_anOrderAlreadyCancelled_saysSo_andSendsNoCancel() throws Exception {
    assertThat(Cli.run(args("cancel", "--order", "1001")).status()).isZero();

    Cli.Result again = Cli.run(args("cancel", "--order", "1001"));
    Cli.Result json = Cli.run(args("cancel", "--order", "1001", "--json"));

    assertThat(again.status()).as(again.toString()).isZero();
    assertThat(again.out()).isEqualTo("order 1001 was already cancelled; nothing was sent\n");
    assertThat(again.err()).contains("reading order 1001… done").doesNotContain("cancelling order");
    assertThat(JSON.readTree(json.out()).get("alreadyCancelled").asBoolean()).isTrue();
  }

  @Test
  void quiet_leavesOnlyTheResult() {
    Cli.Result r = Cli.run(args("status", "--order", "1001", "--quiet"));
    Cli.Result before = Cli.run("--quiet", "list", "--provider", "testshop", "--set", "store=" + store,
        "--set", "token=good-token");

    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("order 1001 at testshop: PROCESSING");
    assertThat(before.status()).as(before.toString()).isZero();
    assertThat(before.err()).isEmpty();
    assertThat(before.out()).contains("1 order");
  }

  @Test
  void cancel_oneLine() throws Exception {
    Cli.Result r = Cli.run(args("cancel", "--order", "1001", "--line", "1001-1", "--json"));
    assertThat(r.status()).as(r.toString()).isZero();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.get("line").asText()).isEqualTo("1001-1");
    assertThat(doc.get("cancelled").asBoolean()).isTrue();
  }

  @Test
  void cancel_unknownOrder_status8_unknownLine_status8() {
    assertThat(Cli.run(args("cancel", "--order", "4040")).status()).isEqualTo(8);
    assertThat(Cli.run(args("cancel", "--order", "1001", "--line", "nope")).status()).isEqualTo(8);
  }

  @Test
  void cancel_whereTheProviderCannot_isUsageError_status2() {
    Cli.Result r = Cli.run(args("cancel", "--order", "1001", "--set", "cancel=false"));
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("does not support CANCEL_ORDER");
  }
}
