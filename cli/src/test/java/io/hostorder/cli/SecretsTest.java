package io.hostorder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No secret given to the command (token, order password) appears in anything it prints, errors and --debug included. */
class SecretsTest {
  private static final String TOKEN = "good-T0ken-8f3e9a";
  private static final String PASSWORD = "Sup3r-Secret-Pw";
  private final String store = "sec-" + UUID.randomUUID();

  @TempDir
  Path dir;

  private Cli.Result run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--provider", "testshop", "--set", "store=" + store, "--set", "token=" + TOKEN));
    Cli.Result r = Cli.run(all.toArray(String[]::new));
    assertThat(r.all()).as(r.toString()).doesNotContain(TOKEN).doesNotContain(PASSWORD);
    return r;
  }

  @Test
  void everyCommandAndEveryFailure_withAndWithoutDebug_printsNoSecret() throws Exception {
    Path order = dir.resolve("o.json");
    Files.writeString(order, OrderCommandTest.ORDER.formatted("sec-1"));
    for (String debug : new String[] {"--json", "--debug"}) {
      for (String fail : new String[] {"none", "payment", "provider-error", "outcome-unknown", "transient", "leaky-error"}) {
        Files.writeString(order, OrderCommandTest.ORDER.formatted("sec-" + fail + debug));
        run("order", "--order-file", order.toString(), "--set", "fail=" + fail, debug);
      }
      run("status", "--order", "1001", debug);
      run("status", "--order", "404", debug);
      run("list", debug);
      run("cancel", "--order", "1001", "--line", "none", debug);
      run("cancel", "--order", "1001", debug);
    }
    run("providers");
  }

  @Test
  void aProviderMessageThatRepeatsTheToken_isPrintedMasked() throws Exception {
    Path order = dir.resolve("o.json");
    Files.writeString(order, OrderCommandTest.ORDER.formatted("leak"));
    Cli.Result r = run("order", "--order-file", order.toString(), "--set", "fail=leaky-error", "--debug");
    assertThat(r.status()).isEqualTo(6);
    assertThat(r.err()).contains("token **** is over quota");
  }

  @Test
  void aWrongTokenFromTheEnvironment_isNotEchoed() {
    String wrong = "wrong-env-token-6d1c";
    Cli.Result r = Cli.run(Map.of("HOSTORDER_TOKEN", wrong), "list", "--provider", "testshop", "--set",
        "store=" + store, "--debug");
    assertThat(r.status()).isEqualTo(4);
    assertThat(r.all()).doesNotContain(wrong);
  }

  @Test
  void aWrongTokenOfAProfile_isNotEchoed() {
    String wrong = "wrong-profile-token-3f9a";
    Cli.Result r = Cli.run(Map.of("HOSTORDER_SHOP_B_TOKEN", wrong, "HOSTORDER_SHOP_B_STORE", store), "list",
        "--provider", "testshop", "--profile", "shop-b", "--debug");
    assertThat(r.status()).as(r.toString()).isEqualTo(4);
    assertThat(r.all()).doesNotContain(wrong);
  }

  @Test
  void anInvalidOrderFile_doesNotEchoItsPassword() throws Exception {
    Path order = dir.resolve("bad.json");
    Files.writeString(order, "{\"items\": [{\"plan\": \"x\", \"access\": {\"password\": \"" + PASSWORD + "\", \"sshKeyId\": \"k\"}}]}");
    Cli.Result r = run("order", "--order-file", order.toString(), "--json", "--debug");
    assertThat(r.status()).isEqualTo(3);
  }
}
