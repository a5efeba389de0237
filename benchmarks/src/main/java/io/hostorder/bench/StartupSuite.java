package io.hostorder.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up by spawning processes, with the launcher's JVM options ({@code ./hostorder}): {@code java -jar
 * cli/target/hostorder.jar providers} against two floors, {@code java -version} and the JVM's start with the
 * shaded jar first on its class path and a main that returns at once ({@link Noop}); and the first provider
 * instance in a fresh JVM ({@link FirstInstance}).
 */
final class StartupSuite {
  /** The launcher's options ({@code ./hostorder}): a short-lived command starts faster with these. */
  private static final String TIER = "-XX:TieredStopAtLevel=1";
  private static final String GC = "-XX:+UseSerialGC";

  private StartupSuite() {}

  static void run(Options o, Table table) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    if (o.jar().isPresent()) {
      String jar = o.jar().get().toString();
      String floorPath = jar + File.pathSeparator + System.getProperty("java.class.path");
      List<Double> cli = new ArrayList<>();
      List<Double> version = new ArrayList<>();
      List<Double> floor = new ArrayList<>();
      for (int i = 0; i < o.startupRuns(); i++) {
        cli.add(time(java, TIER, GC, "-jar", jar, "providers"));
        version.add(time(java, TIER, GC, "-version"));
        floor.add(time(java, TIER, GC, "-cp", floorPath, Noop.class.getName()));
      }
      Stats c = Stats.of(cli);
      Stats v = Stats.of(version);
      Stats f = Stats.of(floor);
      table.add("start-up: `hostorder providers` vs `java -version` (median of " + o.startupRuns() + ")",
          c.format("ms"), v.format("ms"), c.median() / v.median(), "—", null);
      double ratio = c.median() / f.median();
      table.add("start-up: `hostorder providers` vs the JVM opening the shaded jar, no-op main (median of "
          + o.startupRuns() + ")", c.format("ms"), f.format("ms"), ratio, "≤ 1.5×", o.smoke() ? null : ratio <= 1.5);
    } else {
      table.add(new Table.Row("start-up: `hostorder providers` vs `java -version`",
          "skipped: no cli/target/hostorder.jar (build cli, or pass --jar)", "—", "—", "≤ 1.5×", null));
    }
    List<Double> first = new ArrayList<>();
    for (int i = 0; i < o.startupRuns(); i++) {
      first.add(Double.parseDouble(output(java, TIER, GC, "-cp", System.getProperty("java.class.path"),
          FirstInstance.class.getName()).trim()));
    }
    Stats s = Stats.of(first);
    table.add("first provider instance in a fresh JVM (registry + create, median of " + o.startupRuns() + ")",
        s.format("ms"), "—", Double.NaN, "≤ 100 ms", o.smoke() ? null : s.median() <= 100);
  }

  private static double time(String... command) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    int status = p.waitFor();
    double ms = (System.nanoTime() - t0) / 1e6;
    if (status != 0) {
      throw new IOException(String.join(" ", command) + ": exit " + status);
    }
    return ms;
  }

  private static String output(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException(String.join(" ", command) + ": exit " + p.exitValue());
    }
    return out;
  }
}
