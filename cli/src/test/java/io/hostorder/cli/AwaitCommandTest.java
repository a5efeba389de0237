package io.hostorder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.json.OrderJson;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.TckHarnessFactory;
import io.hostorder.tck.simulated.BillmanagerHarnessFactory;
import io.hostorder.tck.simulated.JsonRestHarnessFactory;
import io.hostorder.tck.simulated.ZomroHarnessFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * {@code hostorder status} and {@code hostorder await} against simulators that set a new order up after a
 * delay: the status shows the server without an address while it is processing; await reads until it is
 * active and prints its IP address; a time-out is exit status 12 and orders nothing.
 */
class AwaitCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static TckHarnessFactory factory(String type) {
    return switch (type) {
      case "billmanager" -> new BillmanagerHarnessFactory();
      case "zomro" -> new ZomroHarnessFactory();
      default -> new JsonRestHarnessFactory();
    };
  }

  private static Cli.Result run(TckHarness harness, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--provider", harness.type()));
    ProviderConfig config = harness.config();
    config.values().forEach((k, v) -> all.addAll(List.of("--set", k + "=" + v)));
    Cli.Result r = Cli.run(all.toArray(String[]::new));
    for (String secret : harness.secrets()) {
      assertThat(r.all()).as(r.toString()).doesNotContain(secret);
    }
    return r;
  }

  private String placed(TckHarness harness) throws Exception {
    Path f = dir.resolve("order-" + UUID.randomUUID() + ".json");
    Files.writeString(f, OrderJson.write(OrderRequest.builder().reference("await-" + UUID.randomUUID())
        .addItem(harness.plainItem()).build()));
    Cli.Result placed = run(harness, "order", "--order-file", f.toString(), "--json");
    assertThat(placed.status()).as(placed.toString()).isZero();
    return JSON.readTree(placed.out()).get("id").asText();
  }

  @ParameterizedTest
  @ValueSource(strings = {"billmanager", "zomro", "jsonrest"})
  void statusShowsTheServer_andAwaitReturnsItActiveWithItsAddress(String type) throws Exception {
    try (TckHarness harness = factory(type).simulated(0, null, Duration.ofSeconds(2)).orElseThrow()) {
      String id = placed(harness);
      int orders = harness.observer().orElseThrow().orderCount();

      Cli.Result status = run(harness, "status", "--order", id);
      assertThat(status.status()).as(status.toString()).isZero();
      assertThat(status.out()).contains("order " + id).doesNotContain("ACTIVE");

      Cli.Result await = run(harness, "await", id, "--until", "ACTIVE", "--timeout", "30s", "--json");
      assertThat(await.status()).as(await.toString()).isZero();
      JsonNode order = JSON.readTree(await.out());
      assertThat(order.get("status").asText()).isEqualTo("ACTIVE");
      JsonNode server = order.at("/lines/0/server");
      assertThat(server.get("status").asText()).isEqualTo("ACTIVE");
      assertThat(server.get("ipAddresses")).isNotEmpty();
      assertThat(await.err()).contains("reading only").contains("read 1 at");

      Cli.Result after = run(harness, "status", "--order", id);
      assertThat(after.out()).contains("ip " + server.get("ipAddresses").get(0).asText());
      assertThat(harness.observer().orElseThrow().orderCount()).as("awaiting orders nothing").isEqualTo(orders);
    }
  }

  @Test
  void aTimeOut_isExitStatus12_andSaysWaitingAgainIsSafe() throws Exception {
    try (TckHarness harness = new ZomroHarnessFactory().simulated(0, null, Duration.ofMinutes(10)).orElseThrow()) {
      String id = placed(harness);
      Cli.Result await = run(harness, "await", id, "--timeout", "1s");
      assertThat(await.status()).as(await.toString()).isEqualTo(12);
      assertThat(await.err()).contains("did not become ACTIVE in time", "waiting again is safe");
    }
  }

  @Test
  void aBadStatusOrTimeout_isAUsageError_beforeAnyRequest() throws Exception {
    try (TckHarness harness = new ZomroHarnessFactory().simulated().orElseThrow()) {
      int before = harness.observer().orElseThrow().requestCount();
      assertThat(run(harness, "await", "4001", "--until", "RUNNING").status()).isEqualTo(2);
      assertThat(run(harness, "await", "4001", "--timeout", "soon").status()).isEqualTo(2);
      assertThat(harness.observer().orElseThrow().requestCount()).isEqualTo(before);
    }
  }
}
