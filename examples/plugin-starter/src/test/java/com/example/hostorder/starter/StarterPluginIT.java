package com.example.hostorder.starter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a plugin author does last, done by the build after {@code package}: this module's own jar goes into a
 * plugins folder, and the real command ({@code java -jar hostorder.jar}, in a process of its own) lists the
 * type as coming from that jar and passes the TCK against it. Not part of a plugin of your own.
 */
class StarterPluginIT {
  @TempDir
  static Path dir;
  static Path plugins;
  static Path pluginJar;

  @BeforeAll
  static void dropTheJarInAPluginsFolder() throws IOException {
    Path jar = Path.of(System.getProperty("starter.jar", "target/hostorder-example-plugin-0.1.0-SNAPSHOT.jar"));
    assertTrue(Files.isRegularFile(jar), "the plugin's jar, built by package: " + jar.toAbsolutePath());
    plugins = Files.createDirectories(dir.resolve("plugins"));
    pluginJar = Files.copy(jar, plugins.resolve(jar.getFileName()));
  }

  @Test
  void providers_listsStarter_asComingFromThePluginJar() throws Exception {
    Run r = hostorder("providers");
    assertEquals(0, r.status, r.output);
    assertTrue(r.output.contains("starter — Starter Cloud"), r.output);
    String section = r.output.substring(r.output.indexOf("starter — "));
    assertTrue(section.contains("from:         plugin " + pluginJar.toAbsolutePath()), section);
    assertFalse(r.output.contains("warning"), r.output);
  }

  @Test
  void tck_againstThePlugin_passes_andWritesItsReports() throws Exception {
    Path reports = dir.resolve("reports");
    Run r = hostorder("tck", "--provider", "starter", "--report", reports.toString());
    assertEquals(0, r.status, r.output);
    assertTrue(r.output.contains("R3.3"), r.output);
    assertTrue(Files.isRegularFile(reports.resolve("hostorder-tck-starter.html")), r.output);
    assertTrue(Files.isRegularFile(reports.resolve("TEST-hostorder-tck-starter.xml")), r.output);
    assertFalse(Files.readString(reports.resolve("TEST-hostorder-tck-starter.xml")).contains("<failure"), r.output);
  }

  /** Runs {@code java -jar hostorder.jar args} with HOSTORDER_PLUGINS naming the plugins folder, and waits. */
  private static Run hostorder(String... args) throws Exception {
    Path cli = Path.of(System.getProperty("hostorder.cli.jar", "../../cli/target/hostorder.jar"));
    assertTrue(Files.isRegularFile(cli), "the command's jar, built by the cli module: " + cli.toAbsolutePath());
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // An empty home of its own, so that no plugins/ beside the jar or in ~/.hostorder joins in.
        "-Dhostorder.home=" + Files.createDirectories(dir.resolve("home")), "-Duser.home=" + dir.resolve("home"),
        "-jar", cli.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("HOSTORDER_PLUGINS", plugins.toString());
    Process p = pb.start();
    p.getOutputStream().close();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "hostorder " + String.join(" ", args) + " did not end");
    return new Run(p.exitValue(), output);
  }

  private record Run(int status, String output) {}
}
