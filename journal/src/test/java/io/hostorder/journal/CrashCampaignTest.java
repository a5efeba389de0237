package io.hostorder.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.hostorder.core.journal.OrderJournal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash campaign: a broker JVM ({@link CrashBroker}) places an order through a SQLite journal file
 * against the simulator and is killed with {@code kill -9} (SIGKILL) at a random point: just before or
 * just after one of its journal records, or while its committing request is at the provider (processed,
 * answer held back). After each kill the file is opened and integrity-checked, then a fresh JVM settles
 * the reference (reconcile) and places it again; what nothing could look up is resolved by an operator
 * (from the simulator's truth) and placed again. Ends with 0 duplicates, 0 orders unknown to the
 * journal, every reference placed once. {@code -Djournal.crash.kills} kills per provider (default 12;
 * the documented full run is 200).
 */
@Timeout(7200)
class CrashCampaignTest {
  private static final int KILLS = Integer.getInteger("journal.crash.kills", 12);
  private static final long SEED = Long.getLong("journal.campaign.seed", 20261202L);

  @TempDir
  Path dir;

  @Test
  void jsonrest_killedAtRandomPoints_zeroDuplicates_zeroLost() throws Exception {
    try (CampaignTarget t = new JsonRestTarget()) {
      run(t);
    }
  }

  private void run(CampaignTarget t) throws Exception {
    Path file = dir.resolve("crash-" + t.type() + ".db");
    Random random = new Random(SEED);
    Campaign c = new Campaign("crash campaign");
    Map<String, String> config = new java.util.LinkedHashMap<>(t.config());
    config.put("read-timeout", "10s"); // the campaign, not a time-out, ends a held-back answer
    int round = 0;
    while (c.kills < KILLS) {
      String ref = t.type() + "-crash-" + (++round);
      c.references.add(ref);
      boolean during = random.nextInt(3) == 0;
      int at = 1 + random.nextInt(4);
      boolean before = random.nextBoolean();
      if (during) {
        t.holdNextAnswer();
      }
      Child child = Child.start(file, during ? "0" : String.valueOf(at), before ? "before" : "after", "place", ref, t.type(), config);
      boolean killed;
      if (during) {
        killed = child.killWhen(() -> !t.ordersAt(ref).isEmpty());
        t.disarm();
      } else {
        killed = child.killAtPause();
      }
      if (killed) {
        c.kills++;
        if (c.kills % 25 == 0) {
          System.out.println("crash campaign " + t.type() + ": " + c.kills + " kills, " + round + " references, "
              + c.needsOperator + " needed an operator so far");
        }
      }
      try (SqliteJournal j = SqliteJournal.open(file)) {
        assertThat(j.integrityCheck()).as("integrity after kill " + c.kills).isEmpty();
      }
      String result = Child.start(file, "0", "-", "recover", ref, t.type(), config).result();
      if (result.startsWith("needs-operator")) {
        try (OrderJournal j = SqliteJournal.open(file)) {
          c.operator(j, t, ref);
        }
        result = Child.start(file, "0", "-", "recover", ref, t.type(), config).result();
      }
      assertThat(result).as(ref).startsWith("placed");
    }
    try (SqliteJournal j = SqliteJournal.open(file)) {
      c.report(t, j);
      assertThat(j.integrityCheck()).isEmpty();
    }
  }

  /** A broker JVM and the lines it prints. */
  private static final class Child {
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    private Child(Process process) {
      this.process = process;
      Thread reader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = r.readLine()) != null) {
            lines.add(line);
          }
        } catch (IOException ignored) {
          // the process was killed
        }
        lines.add("EOF");
      });
      reader.setDaemon(true);
      reader.start();
    }

    static Child start(Path file, String at, String where, String mode, String ref, String type,
        Map<String, String> config) throws IOException {
      List<String> cmd = new ArrayList<>(List.of(SharedJournalRaceTest.java(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
          "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", SharedJournalRaceTest.classPath(),
          CrashBroker.class.getName(), mode, file.toString(), at, where, ref, "type=" + type));
      config.forEach((k, v) -> cmd.add(k + "=" + v));
      return new Child(new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start());
    }

    /** Waits for the PAUSE line and kills the JVM there; false when it ended without pausing. */
    boolean killAtPause() throws InterruptedException {
      while (true) {
        String line = lines.poll(60, TimeUnit.SECONDS);
        if (line == null) {
          throw new AssertionError("the broker JVM printed nothing for 60 s");
        }
        if (line.startsWith("PAUSE")) {
          kill9();
          return true;
        }
        if (line.equals("EOF")) {
          process.waitFor(30, TimeUnit.SECONDS);
          return false;
        }
      }
    }

    /** Kills the JVM as soon as {@code condition} holds (polled); false when it ended first. */
    boolean killWhen(java.util.function.BooleanSupplier condition) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < deadline) {
        if (condition.getAsBoolean()) {
          kill9();
          return true;
        }
        if (!process.isAlive()) {
          return false;
        }
        Thread.sleep(2);
      }
      throw new AssertionError("the committing request never reached the simulator");
    }

    String result() throws InterruptedException {
      while (true) {
        String line = lines.poll(60, TimeUnit.SECONDS);
        if (line == null || line.equals("EOF")) {
          process.waitFor(30, TimeUnit.SECONDS);
          return "no result (exit " + (process.isAlive() ? "?" : process.exitValue()) + ")";
        }
        if (line.startsWith("RESULT ")) {
          process.waitFor(30, TimeUnit.SECONDS);
          return line.substring("RESULT ".length());
        }
      }
    }

    private void kill9() throws InterruptedException {
      process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no finally, no flush
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }
}
