package io.hostorder.provider.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.provider.memory.tck.MemoryHarness;
import io.hostorder.tck.RuleResult;
import io.hostorder.tck.TckMain;
import io.hostorder.tck.TckResult;
import io.hostorder.tck.TckRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner outside a build: the launcher, the three reports, capability-awareness, exit status, live safety. */
class TckRunnerWithMemoryTest {

  @Test
  void runner_againstAProviderWithFewCapabilities_skipsTheirRules_andChecksTheyFailCleanly(@TempDir Path dir)
      throws Exception {
    MemoryHarness harness = MemoryHarness.fresh(Map.of("capabilities", "ORDER_STATUS,CANCEL_ORDER"));
    List<String> secrets = harness.secrets();
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    TckResult result = TckRunner.builder(harness).console(new PrintStream(console, true, StandardCharsets.UTF_8))
        .reportDirectory(dir).build().run();

    assertThat(result.rules()).filteredOn(r -> r.outcome() == RuleResult.Outcome.FAILED).isEmpty();
    assertThat(result.exitCode()).isZero();
    assertThat(outcome(result, "R4.1").outcome()).isEqualTo(RuleResult.Outcome.SKIPPED);
    assertThat(outcome(result, "R4.1").reason()).isEqualTo("provider lacks PROMO_CODE");
    assertThat(outcome(result, "R13.1").outcome()).as("PROMO_CODE asked without it").isEqualTo(RuleResult.Outcome.PASSED);
    assertThat(outcome(result, "R13.7").outcome()).as("RECONCILE asked without it").isEqualTo(RuleResult.Outcome.PASSED);
    assertThat(outcome(result, "R12.2").outcome()).as("retry without RECONCILE").isEqualTo(RuleResult.Outcome.PASSED);
    assertThat(outcome(result, "R6.1").outcome()).isEqualTo(RuleResult.Outcome.PASSED);

    String matrix = console.toString(StandardCharsets.UTF_8);
    assertThat(matrix).contains("R4.1    SKIP").contains("provider lacks PROMO_CODE").contains("— PASSED");
    String xml = Files.readString(dir.resolve("TEST-hostorder-tck-memory.xml"));
    String html = Files.readString(dir.resolve("hostorder-tck-memory.html"));
    assertThat(xml).contains("<skipped message=\"provider lacks PROMO_CODE\"/>");
    assertThat(html).contains("<tr class=\"SKIPPED\"><td><a href=\"SPEC.html#R4.1\">R4.1</a>").contains("<li class=\"no\"")
        .contains(">PROMO_CODE</li>");
    for (String secret : secrets) {
      assertThat(matrix + xml + html).doesNotContain(secret);
    }
  }

  @Test
  void runner_withoutAnObserver_skipsTheRulesThatNeedOne_withThatReason() {
    VariantHarness harness = new VariantHarness(MemoryHarness.fresh(), (p, c) -> p, false);
    TckResult result = TckRunner.builder(harness).only("R2", "R11").build().run();
    RuleResult r = outcome(result, "R2.3");
    assertThat(r.outcome()).isEqualTo(RuleResult.Outcome.SKIPPED);
    assertThat(r.reason()).contains("needs an observer");
    assertThat(outcome(result, "R11.1").outcome()).isEqualTo(RuleResult.Outcome.SKIPPED);
    assertThat(outcome(result, "R2.2").outcome()).isEqualTo(RuleResult.Outcome.PASSED);
  }

  @Test
  void main_withoutConfiguration_runsTheMemoryHarness_writesReports_andExitsZero(@TempDir Path dir) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = TckMain.run(new String[] {"memory", "--report-dir", dir.toString()},
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err, Map.of());
    assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(dir.resolve("TEST-hostorder-tck-memory.xml")).exists();
    assertThat(dir.resolve("hostorder-tck-memory.html")).exists();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("R12.2").contains("— PASSED").contains("Reports:");
  }

  @Test
  void main_withANonLoopbackBaseUrl_refusesUnlessLiveAndConfirmed() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    String[] args = {"memory", "--set", "account=tck-live-refusal", "--set", "password=x",
        "--set", "base-url=https://orders.example.com/", "--live"};
    int status = TckMain.run(args, System.out, new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
    assertThat(status).isEqualTo(TckMain.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("refusing").contains("--live --confirm-real-orders");
    assertThat(MemoryAccount.find("tck-live-refusal").map(MemoryAccount::requestCount)).contains(0);
    MemoryAccount.remove("tck-live-refusal");
  }

  @Test
  void liveRun_needsConfirmation_runsOnlyLiveSafeRules_andCancelsWhatItPlaced() {
    VariantHarness unconfirmed = new VariantHarness(MemoryHarness.fresh(), (p, c) -> p, false, true);
    assertThat(TckRunner.reachesRealAccount(unconfirmed)).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TckRunner.builder(unconfirmed).build().run())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("--confirm-real-orders");
    assertThat(unconfirmed.account().requestCount()).as("requests of a refused run").isZero();

    VariantHarness live = new VariantHarness(kept(Map.of()), (p, c) -> p, false, true);
    MemoryAccount account = live.account();
    TckResult result = TckRunner.builder(live).confirmRealOrders(true).build().run();
    assertThat(result.live()).isTrue();
    assertThat(result.exitCode()).isZero();
    assertThat(outcome(result, "R10.1").reason()).contains("not run against a live account");
    assertThat(outcome(result, "R3.4").outcome()).isEqualTo(RuleResult.Outcome.PASSED);
    assertThat(account.orders()).as("orders left at the account").isNotEmpty()
        .allMatch(o -> o.status() == io.hostorder.core.model.OrderStatus.CANCELLED);
    assertThat(result.leftovers()).isEmpty();
  }

  @Test
  void liveRun_againstAProviderThatCannotCancel_listsEveryOrderLeftBehind(@TempDir Path dir) throws Exception {
    VariantHarness live = new VariantHarness(kept(Map.of("capabilities", "ORDER_STATUS,RECONCILE")),
        (p, c) -> p, false, true);
    MemoryAccount account = live.account();
    TckResult result = TckRunner.builder(live).confirmRealOrders(true).reportDirectory(dir).build().run();
    assertThat(account.orderCount()).isPositive();
    assertThat(result.leftovers()).hasSize(account.orderCount())
        .allMatch(l -> l.contains("the provider cannot cancel orders"));
    assertThat(Files.readString(dir.resolve("hostorder-tck-memory.html"))).contains("Orders left behind")
        .contains(account.orders().get(0).ref().id() + " (reference");
  }

  @Test
  void runner_whenTheProviderCannotBeCreated_failsEveryRule_namingTheKey() {
    MemoryHarness memory = MemoryHarness.fresh();
    VariantHarness broken = new VariantHarness(memory, (p, c) -> p, true) {
      @Override
      public io.hostorder.core.config.ProviderConfig config() {
        return memory.config().with("capabilities", "TELEPORT");
      }
    };
    TckResult result = TckRunner.builder(broken).build().run();
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.capabilities()).isNull();
    assertThat(result.rules()).isNotEmpty().allMatch(r -> r.outcome() == RuleResult.Outcome.FAILED);
    assertThat(outcome(result, "R3.1").reason()).contains("cannot be created").contains("capabilities")
        .contains("— hint:");
  }

  /** A harness over an account it does not wipe between rules, as a real account would be. */
  static MemoryHarness kept(Map<String, String> extra) {
    Map<String, String> values = new java.util.HashMap<>(extra);
    values.put("account", "live-" + java.util.UUID.randomUUID());
    values.put("password", "pw-" + java.util.UUID.randomUUID());
    return MemoryHarness.configured(io.hostorder.core.config.ProviderConfig.of(values));
  }

  static RuleResult outcome(TckResult result, String id) {
    return result.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }
}
