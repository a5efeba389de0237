package io.hostorder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.json.OrderJson;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.tck.ProviderObserver;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.simulated.JsonRestHarnessFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command and every exit status against a real simulator (the JSON action API's) over HTTP on
 * 127.0.0.1, configured only through {@code --set}, the way an operator would.
 */
class SimulatorCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private TckHarness harness;
  private ProviderObserver observer;

  @TempDir
  Path dir;

  @BeforeEach
  void start() {
    harness = new JsonRestHarnessFactory().simulated().orElseThrow();
    observer = harness.observer().orElseThrow();
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  private Cli.Result run(ProviderConfig config, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--provider", harness.type()));
    config.values().forEach((k, v) -> all.addAll(List.of("--set", k + "=" + v)));
    Cli.Result r = Cli.run(all.toArray(String[]::new));
    for (String secret : harness.secrets()) {
      assertThat(r.all()).as(r.toString()).doesNotContain(secret);
    }
    return r;
  }

  private Cli.Result run(String... args) {
    return run(harness.config(), args);
  }

  private Path orderFile(OrderItem item) throws Exception {
    Path f = dir.resolve("order-" + UUID.randomUUID() + ".json");
    Files.writeString(f, OrderJson.write(OrderRequest.builder().reference("sim-" + UUID.randomUUID()).addItem(item).build()));
    return f;
  }

  @Test
  void order_status_list_cancel_throughTheSimulator() throws Exception {
    Cli.Result placed = run("order", "--order-file", orderFile(harness.plainItem()).toString(), "--json");
    assertThat(placed.status()).as(placed.toString()).isZero();
    JsonNode order = JSON.readTree(placed.out());
    String id = order.get("id").asText();
    String line = order.at("/lines/0/id").asText();
    assertThat(observer.orderCount()).isEqualTo(1);

    Cli.Result status = run("status", "--order", id);
    assertThat(status.status()).as(status.toString()).isZero();
    assertThat(status.out()).contains("order " + id + " at jsonrest");

    Cli.Result list = run("list", "--json");
    assertThat(list.status()).isZero();
    assertThat(JSON.readTree(list.out()).get("orders").findValuesAsText("id")).contains(id);

    assertThat(run("cancel", "--order", id, "--line", line).status()).isZero();
    Cli.Result cancel = run("cancel", "--order", id);
    assertThat(cancel.status()).as(cancel.toString()).isZero();
    assertThat(run("status", "--order", id).out()).contains("CANCELLED");
  }

  @Test
  void tck_againstTheSimulatorByItsConfiguration_passes_andSkipsWhatNeedsTheProviderSide() {
    Cli.Result r = run("tck", "--report", dir.toString());
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.out()).contains("— PASSED", "SKIP");
    assertThat(dir.resolve("hostorder-tck-jsonrest.html")).exists();
  }

  @Test
  void unknownOrder_isNotFound_status8() {
    assertThat(run("status", "--order", "987654").status()).isEqualTo(8);
    assertThat(run("cancel", "--order", "987654").status()).isEqualTo(8);
  }

  @Test
  void invalidItem_status3_namesThePath_andSendsNothing() throws Exception {
    TckHarness.InvalidSample sample = harness.invalidItems().get(0);
    int before = observer.requestCount();
    Cli.Result r = run("order", "--order-file", orderFile(sample.item()).toString(), "--json");
    assertThat(r.status()).as(r.toString()).isEqualTo(3);
    assertThat(JSON.readTree(r.out()).at("/error/violations").findValuesAsText("path")).contains(sample.expectedPath());
    assertThat(observer.requestCount()).isEqualTo(before);
  }

  @Test
  void refusedCredentials_status4() throws Exception {
    Cli.Result r = run(harness.badCredentials().orElseThrow(), "list");
    assertThat(r.status()).as(r.toString()).isEqualTo(4);
    assertThat(r.err()).contains("\nerror: ").doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void accountCannotPay_status5_printsOrderIdAndInvoice() throws Exception {
    assertThat(observer.insufficientFunds()).isTrue();
    Cli.Result r = run("order", "--order-file", orderFile(harness.plainItem()).toString(), "--json");
    assertThat(r.status()).as(r.toString()).isEqualTo(5);
    JsonNode error = JSON.readTree(r.out()).get("error");
    assertThat(error.get("kind").asText()).isEqualTo("payment-required");
    assertThat(error.has("invoice")).isTrue();
    assertThat(r.err()).contains("invoice: ");
  }

  @Test
  void providersOwnError_status6_keepsCodeAndMessage() throws Exception {
    TckHarness.ProviderErrorSample sample = harness.providerError().orElseThrow();
    Cli.Result r = run("order", "--order-file", orderFile(sample.item()).toString(), "--json");
    assertThat(r.status()).as(r.toString()).isEqualTo(6);
    assertThat(JSON.readTree(r.out()).at("/error/code").asText()).isEqualTo(sample.code());
    assertThat(r.err()).contains("provider code:    " + sample.code(), "provider message: ");
  }

  @Test
  void answerLostAfterTheCommit_status7_printsWhatIsNeededToReconcile() throws Exception {
    Path file = orderFile(harness.plainItem());
    String reference = OrderJson.read(file).reference();
    observer.dropAfterNextCommit();
    Cli.Result r = run("order", "--order-file", file.toString());
    assertThat(r.status()).as(r.toString()).isEqualTo(7);
    assertThat(r.err()).contains("order reference: " + reference, "do NOT simply place it again");
    assertThat(observer.orderCount()).isEqualTo(1);
  }

  @Test
  void order_noJournal_json_keepsTheCannotFindItAgainWarning_onStderr() throws Exception {
    Cli.Result r = run("order", "--order-file", orderFile(harness.plainItem()).toString(), "--no-journal", "--json");

    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(JSON.readTree(r.out()).get("id").asText()).isNotBlank();
    assertThat(r.err()).contains("warning: jsonrest cannot find an order again by its reference",
        "check first with: hostorder list --provider jsonrest --set base-url=" + harness.config().values().get("base-url"));
  }

  @Test
  void configuration_aStrayPasswordInTheEnvironment_isNamedInTheError() {
    Cli.Result r = Cli.run(java.util.Map.of("HOSTORDER_PASSWORD", "stray-env-pw"), "list", "--provider", "jsonrest",
        "--set", "base-url=" + harness.config().require("base-url"), "--set", "token=set-token-1");

    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("configuration key 'token': give either token or username and password, not both"
        + " (token from --set; password from environment variable HOSTORDER_PASSWORD)");
    assertThat(r.all()).doesNotContain("stray-env-pw").doesNotContain("set-token-1");
    assertThat(observer.requestCount()).isZero();
  }
}
