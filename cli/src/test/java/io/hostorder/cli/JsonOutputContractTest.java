package io.hostorder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the field names of the {@code --json} documents, and checks that docs/cli.md lists every one: a
 * script reading them must not break when the command changes.
 */
class JsonOutputContractTest {
  static final List<String> ORDER = List.of("provider", "id", "reference", "status", "providerStatus", "message",
      "promoCode", "lines", "invoice");
  static final List<String> LINE = List.of("id", "name", "status", "providerStatus", "message", "parentId",
      "providerIds", "server");
  static final List<String> INVOICE = List.of("id", "amount", "currency", "message");
  static final List<String> CANCEL = List.of("provider", "order", "line", "cancelled", "alreadyCancelled");
  static final List<String> ERROR = List.of("kind", "exitStatus", "message", "violations", "capability", "code",
      "providerMessage", "promoCode", "order", "invoice", "details");
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String store = "json-" + UUID.randomUUID();

  @TempDir
  Path dir;

  private String[] args(String command, String... more) {
    List<String> all = new ArrayList<>(List.of(command, "--provider", "testshop", "--set", "store=" + store,
        "--set", "token=good-token"));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  private JsonNode json(String... args) throws Exception {
    Cli.Result r = Cli.run(args);
    assertThat(r.out()).as(r.toString()).startsWith("{");
    return JSON.readTree(r.out());
  }

  @BeforeEach
  void placeOne() throws Exception {
    Path f = dir.resolve("o.json");
    Files.writeString(f, OrderCommandTest.ORDER.formatted("json-1"));
    assertThat(Cli.run(args("order", "--order-file", f.toString(), "--promo", "SPRING")).status()).isZero();
  }

  @Test
  void order_status_list_haveTheDocumentedFields() throws Exception {
    JsonNode status = json(args("status", "--order", "1001", "--json"));
    JsonNode list = json(args("list", "--json"));

    assertThat(names(status)).containsExactly("provider", "id", "reference", "status", "providerStatus", "promoCode",
        "lines");
    assertThat(names(status.at("/lines/0"))).containsExactly("id", "name", "status", "providerIds");
    assertThat(names(list)).containsExactly("orders");
    assertThat(names(list.at("/orders/0"))).isSubsetOf(ORDER);
  }

  @Test
  void cancel_andErrors_haveTheDocumentedFields() throws Exception {
    JsonNode cancel = json(args("cancel", "--order", "1001", "--json"));
    JsonNode notFound = json(args("status", "--order", "999", "--json"));
    Path f = dir.resolve("p.json");
    Files.writeString(f, OrderCommandTest.ORDER.formatted("json-pay"));
    JsonNode payment = json(args("order", "--order-file", f.toString(), "--set", "fail=payment", "--json"));

    assertThat(names(cancel)).containsExactly("provider", "order", "cancelled", "alreadyCancelled");
    assertThat(names(notFound)).containsExactly("error");
    assertThat(names(notFound.get("error"))).containsExactly("kind", "exitStatus", "message");
    assertThat(names(payment.get("error"))).isSubsetOf(ERROR).contains("order", "invoice");
    assertThat(names(payment.at("/error/invoice"))).isSubsetOf(INVOICE).contains("id", "amount", "currency");
    assertThat(names(payment.at("/error/order"))).isSubsetOf(ORDER);
  }

  @Test
  void docsCli_listsEveryField() throws Exception {
    String docs = Files.readString(Path.of("..", "docs", "cli.md"));
    String section = docs.substring(docs.indexOf("### `--json`"), docs.indexOf("## Configuration\n"));

    for (List<String> fields : List.of(ORDER, LINE, INVOICE, CANCEL, ERROR)) {
      for (String field : fields) {
        assertThat(section).as("docs/cli.md, section --json").contains("`" + field + "`");
      }
    }
  }

  private static List<String> names(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
