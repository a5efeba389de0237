package io.hostorder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.provider.memory.tck.MemoryHarness;
import io.hostorder.tck.RuleResult;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.TckHarnessFactory;
import io.hostorder.tck.TckResult;
import io.hostorder.tck.TckRunner;
import io.hostorder.tck.simulated.BillmanagerHarnessFactory;
import io.hostorder.tck.simulated.HostwayHarnessFactory;
import io.hostorder.tck.simulated.JsonRestHarnessFactory;
import io.hostorder.tck.simulated.ZomroHarnessFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC.md section 15 (the journal-backed place) against every built-in provider, its harness and each of
 * its variants, here where the journal module is on the class path (a provider module's own build cannot
 * have it when the journal's tests use that provider). Every rule must pass, except R15.5 for a provider
 * that does not report its trail, which is skipped with the reason.
 */
class JournalSectionTckTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"memory", "billmanager", "zomro", "hostway", "jsonrest"})
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void everyBuiltInHarnessAndVariant_passesSection15(String type) {
    try (TckHarness main = harness(type)) {
      // The variants first: they share the harness's simulator, which a run of the harness closes.
      List<TckHarness> all = new ArrayList<>(main.variants());
      all.add(main);
      for (TckHarness h : all) {
        long started = System.nanoTime();
        TckResult result = TckRunner.builder(h).only("R15").build().run();
        System.out.printf("%s: section 15 in %d ms%n", h.name(), (System.nanoTime() - started) / 1_000_000);
        assertThat(result.rules()).as(h.name()).hasSize(5);
        for (RuleResult r : result.rules()) {
          assertThat(r.outcome()).as("%s %s: %s", h.name(), r.id(), r.reason()).isEqualTo(RuleResult.Outcome.PASSED);
        }
      }
    }
  }

  static TckHarness harness(String type) {
    TckHarnessFactory f = switch (type) {
      case "memory" -> null;
      case "billmanager" -> new BillmanagerHarnessFactory();
      case "zomro" -> new ZomroHarnessFactory();
      case "hostway" -> new HostwayHarnessFactory();
      case "jsonrest" -> new JsonRestHarnessFactory();
      default -> throw new IllegalArgumentException(type);
    };
    return f == null ? MemoryHarness.fresh() : f.simulated().orElseThrow();
  }
}
