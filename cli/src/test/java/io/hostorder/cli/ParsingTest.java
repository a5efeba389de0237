package io.hostorder.cli;

import io.hostorder.core.model.SecretScrubber;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Argument handling on its own: parsed into values without running anything or touching a network. */
class ParsingTest {
  private final CommandLine cl = Hostorder.commandLine(
      CliContext.of(new StringWriter(), new StringWriter(), Map.of(), SecretScrubber.create()));

  @Test
  void order_parsesEveryOption_withoutRunning() {
    ParseResult r = cl.parseArgs("order", "--provider", "zomro", "--config", "z.properties", "--set", "username=u",
        "--set", "base-url=http://127.0.0.1:8080/", "--order-file", "o.json", "--promo", "PROMO_2024", "--json");
    OrderCommand order = (OrderCommand) r.subcommand().commandSpec().userObject();
    assertThat(order.provider.type).isEqualTo("zomro");
    assertThat(order.provider.configFile).isEqualTo(Path.of("z.properties"));
    assertThat(order.provider.pairs).containsExactly("username=u", "base-url=http://127.0.0.1:8080/");
    assertThat(order.orderFile).isEqualTo(Path.of("o.json"));
    assertThat(order.promo).isEqualTo("PROMO_2024");
    assertThat(order.json).isTrue();
  }

  @Test
  void cancel_parsesOrderAndLine() {
    ParseResult r = cl.parseArgs("cancel", "--provider", "hostway", "--order", "42", "--line", "7");
    CancelCommand cancel = (CancelCommand) r.subcommand().commandSpec().userObject();
    assertThat(cancel.orderId).isEqualTo("42");
    assertThat(cancel.lineId).isEqualTo("7");
    assertThat(cancel.json).isFalse();
  }

  @Test
  void debug_isAcceptedAfterTheSubcommand() {
    ParseResult r = cl.parseArgs("status", "--provider", "memory", "--order", "1", "--debug");
    assertThat(((RootCommand) cl.getCommand()).debug).isTrue();
    assertThat(r.subcommand().matchedOptionValue("--order", "")).isEqualTo("1");
  }

  @Test
  void missingRequiredOption_isUsageError_status2() {
    Cli.Result r = Cli.run("order", "--provider", "testshop");
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("--order-file").contains("hostorder order --help");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void unknownOption_isUsageError_status2() {
    Cli.Result r = Cli.run("list", "--provider", "testshop", "--colour");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--colour");
  }

  @Test
  void unknownOption_withJson_printsOneJsonErrorDocument() throws Exception {
    Cli.Result r = Cli.run("list", "--provider", "testshop", "--json", "--colour");
    assertThat(r.status()).isEqualTo(2);
    var doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    assertThat(doc.at("/error/exitStatus").asInt()).isEqualTo(2);
    assertThat(doc.at("/error/kind").asText()).isEqualTo("usage");
  }

  @Test
  void noCommand_printsUsage_status2() {
    Cli.Result r = Cli.run();
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("Usage: hostorder");
  }

  @Test
  void help_listsEveryCommandAndTheExitStatusTable() {
    Cli.Result r = Cli.run("--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("providers", "order", "status", "list", "cancel", "tck", "simulate", "demo", "Exit status:",
        "invalid order", "outcome unknown", "not found", "idempotency conflict", "in flight");
    assertThat(r.out()).containsPattern("3\\s+invalid order").containsPattern("10\\s+in flight")
        .contains("journal", "reconcile", "resolve");
  }

  @Test
  void subcommandHelp_listsItsOwnExitStatusesOnly() {
    Cli.Result r = Cli.run("order", "--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("--order-file", "--promo", "--set", "--no-journal", "--journal",
        "Exit status (the whole table: hostorder --help):");
    assertThat(r.out()).containsPattern("5\\s+payment required");
    // The statuses of await are not order's.
    assertThat(r.out()).doesNotContainPattern("12\\s+await").doesNotContainPattern("13\\s+await");
  }
}
