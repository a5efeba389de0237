package io.hostorder.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.simulator.jsonrest.JsonActionSimulator;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code --debug} in a JVM of its own (logging is set up once per JVM, before the first logger): the wire log
 * shows, and neither the password nor the Basic credentials built from it appear anywhere.
 */
class DebugWireLogTest {
  private static final String PASSWORD = "Wire-Pw-5e7c1d";

  private static Process run(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(new File(System.getProperty("java.home"), "bin/java").getPath(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectErrorStream(true).start();
  }

  @Test
  void debug_showsTheMaskedWireLog_andNoSecret() throws Exception {
    try (JsonActionSimulator sim = JsonActionSimulator.builder().credentials("broker", PASSWORD).start()) {
      Process p = run("list", "--provider", "jsonrest", "--set", "base-url=" + sim.baseUrl(), "--set", "username=broker",
          "--set", "password=" + PASSWORD, "--debug");
      String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(all).isZero();
      assertThat(all).contains("-->", "<--", "order_list").contains("****");
      String basic = Base64.getEncoder().encodeToString(("broker:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      assertThat(all).doesNotContain(PASSWORD).doesNotContain(basic);
    }
  }

  @Test
  void withoutDebug_noWireLog_andAWrongPasswordIsAuthentication_status4() throws Exception {
    try (JsonActionSimulator sim = JsonActionSimulator.builder().credentials("broker", PASSWORD).start()) {
      Process p = run("list", "--provider", "jsonrest", "--set", "base-url=" + sim.baseUrl(), "--set", "username=broker",
          "--set", "password=Not-" + PASSWORD);
      String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(all).isEqualTo(4);
      assertThat(all).doesNotContain("-->").doesNotContain(PASSWORD).doesNotContain("\tat ");
    }
  }
}
