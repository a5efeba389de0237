package io.hostorder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hostorder.core.json.OrderJson;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.simulated.HostwayHarnessFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostway through the command as an operator runs it against {@code hostorder simulate --provider hostway}: the
 * status {@code order} prints and the one {@code status} prints a moment later agree, with the same lines and
 * the reference, and only move forward (PROCESSING, then ACTIVE once the products are open).
 */
class HostwayStatusTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  @Test
  void orderThenStatus_agree_onStatusLinesAndReference() throws Exception {
    try (TckHarness harness = new HostwayHarnessFactory().simulated(0, null, Duration.ofHours(1)).orElseThrow()) {
      JsonNode placed = JSON.readTree(run(harness, "order", "--order-file", orderFile(harness, "hw-agree").toString(),
          "--json").out());
      JsonNode now = JSON.readTree(run(harness, "status", "--order", placed.get("id").asText(), "--json").out());

      assertThat(placed.get("status").asText()).isEqualTo("PROCESSING");
      assertThat(now.get("status").asText()).isEqualTo("PROCESSING");
      assertThat(now.get("reference").asText()).isEqualTo("hw-agree");
      assertThat(ids(now.get("lines"))).isEqualTo(ids(placed.get("lines"))).hasSizeGreaterThan(1);
      now.get("lines").forEach(l -> assertThat(l.get("status").asText()).isEqualTo("PROCESSING"));

      Cli.Result text = run(harness, "status", "--order", placed.get("id").asText());
      assertThat(text.out()).contains("PROCESSING", "reference:   hw-agree").doesNotContain("UNKNOWN", "(none reported)");
    }
  }

  @Test
  void statusOnceTheProductsAreOpen_isActive_withTheSameLines() throws Exception {
    try (TckHarness harness = new HostwayHarnessFactory().simulated(0, null, Duration.ZERO).orElseThrow()) {
      JsonNode placed = JSON.readTree(run(harness, "order", "--order-file", orderFile(harness, "hw-open").toString(),
          "--json").out());
      JsonNode now = JSON.readTree(run(harness, "status", "--order", placed.get("id").asText(), "--json").out());

      assertThat(now.get("status").asText()).isEqualTo("ACTIVE");
      assertThat(now.at("/lines/0/providerStatus").asText()).isEqualTo("open");
      assertThat(ids(now.get("lines"))).isEqualTo(ids(placed.get("lines")));
    }
  }

  private Path orderFile(TckHarness harness, String reference) throws Exception {
    Path f = dir.resolve(reference + ".json");
    Files.writeString(f, OrderJson.write(OrderRequest.builder().reference(reference)
        .addItem(harness.itemWithRelated().orElseGet(harness::plainItem)).build()));
    return f;
  }

  private static List<String> ids(JsonNode lines) {
    List<String> out = new ArrayList<>();
    lines.forEach(l -> out.add(l.get("id").asText()));
    return out;
  }

  /** Runs the command as the simulator's printed --set options configure it, each run its own process would. */
  private static Cli.Result run(TckHarness harness, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--provider", "hostway"));
    harness.config().values().forEach((k, v) -> all.addAll(List.of("--set", k + "=" + v)));
    Cli.Result r = Cli.run(all.toArray(String[]::new));
    assertThat(r.status()).as(r.toString()).isZero();
    return r;
  }
}
