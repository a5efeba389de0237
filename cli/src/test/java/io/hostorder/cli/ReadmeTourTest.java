package io.hostorder.cli;

import io.hostorder.core.model.SecretScrubber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs README's three-minute tour as a reader types it: the {@code simulate} command in the background,
 * the order file it shows, then every {@code $} command of its transcripts, in order, each compared with
 * the lines README shows after it. A command README shows that does not run, fails or prints otherwise
 * fails the build. Where they must differ, the run is mapped back to what a reader sees: the simulator's
 * port (a free one here, 18099 in README), the journal's path, and elapsed times.
 */
class ReadmeTourTest {
  private static final String TOUR = "A three-minute tour of the command";
  private static final String README_PORT = "18099";
  private static final String README_JOURNAL = "/home/you/.hostorder/journal.db";
  private static final Pattern ASSIGNMENT = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final Pattern FILE_NAME = Pattern.compile("`([\\w.-]+\\.json)`");

  @TempDir
  Path dir;

  private final Map<String, String> variables = new HashMap<>();
  private String port;
  private SimulateCommand simulator;
  private CompletableFuture<Integer> simulating;
  private int offset;

  @Test
  void theTour_runsAsReadmeShowsIt() throws Exception {
    String readme = Markdown.read(Markdown.ROOT.resolve("README.md"));
    String tour = Markdown.section(readme, TOUR);
    offset = readme.substring(0, readme.indexOf(tour)).split("\n", -1).length - 1;
    try (ServerSocket free = new ServerSocket(0)) {
      port = String.valueOf(free.getLocalPort());
    }
    int commands = 0;
    try {
      int prose = 0;
      String[] lines = tour.split("\n", -1);
      for (Markdown.Block block : Markdown.blocks(tour)) {
        String before = String.join("\n", Arrays.asList(lines).subList(prose, block.line()));
        prose = block.line() + block.lines().size();
        if (block.info().equals("json")) {
          saveOrderFile(before, block);
        } else if (block.info().isEmpty()) {
          commands += runTranscript(block);
        }
      }
    } finally {
      if (simulator != null) {
        simulator.stop();
        simulating.get(30, TimeUnit.SECONDS);
      }
    }
    assertThat(simulator).as("the tour starts a simulator").isNotNull();
    assertThat(commands).as("commands in the tour").isGreaterThanOrEqualTo(5);
  }

  /** The prose before a json block names the file to save it as. */
  private void saveOrderFile(String before, Markdown.Block block) throws Exception {
    Matcher m = FILE_NAME.matcher(before);
    String name = null;
    while (m.find()) {
      name = m.group(1);
    }
    assertThat(name).as("README.md line %d: the text before a json block names its file", offset + block.line())
        .isNotNull();
    Files.writeString(dir.resolve(name), block.text());
  }

  private int runTranscript(Markdown.Block block) throws Exception {
    int commands = 0;
    List<String> lines = block.lines();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.startsWith("$ ")) {
        if (line.startsWith("# ")) {
          continue;
        }
        fail("README.md line %d: output before any command: %s", offset + block.line() + i + 1, line);
      }
      List<String> expected = new ArrayList<>();
      while (i + 1 < lines.size() && !lines.get(i + 1).startsWith("$ ") && !lines.get(i + 1).startsWith("# ")) {
        expected.add(lines.get(++i));
      }
      String where = "README.md line " + (offset + block.line() + i + 1 - expected.size());
      commands += run(line.substring(2).strip(), expected, where);
    }
    return commands;
  }

  private int run(String command, List<String> expected, String where) throws Exception {
    Matcher assignment = ASSIGNMENT.matcher(command);
    if (assignment.matches()) {
      variables.put(assignment.group(1), assignment.group(2));
      return 0;
    }
    assertThat(command).as("%s: the tour runs only ./hostorder commands", where).startsWith("./hostorder ");
    assertThat(command).as("%s: no quoting in tour commands", where).doesNotContain("\"", "'");
    List<String> args = new ArrayList<>(Markdown.words(command.substring("./hostorder ".length()), variables));
    args.replaceAll(a -> a.replace(README_PORT, port));
    args.replaceAll(a -> a.endsWith(".json") && Files.exists(dir.resolve(a)) ? dir.resolve(a).toString() : a);
    if (args.get(0).equals("simulate")) {
      String printed = startSimulator(args);
      assertShows(expected, printed, where + ": " + command);
      return 1;
    }
    Cli.Result r = Cli.run(Map.of("HOSTORDER_JOURNAL", dir.resolve("journal.db").toString()),
        args.toArray(String[]::new));
    assertThat(r.status()).as("%s: %s%n%s", where, command, r).isZero();
    // A terminal shows the progress (stderr) before the result (stdout).
    assertShows(expected, r.err() + r.out(), where + ": " + command);
    return 1;
  }

  private String startSimulator(List<String> args) throws Exception {
    assertThat(simulator).as("one simulator in the tour").isNull();
    StringWriter out = new StringWriter();
    CommandLine cl = Hostorder.commandLine(CliContext.of(out, new StringWriter(), Map.of(), SecretScrubber.create()));
    simulator = (SimulateCommand) cl.getSubcommands().get("simulate").getCommand();
    simulating = CompletableFuture.supplyAsync(() -> cl.execute(args.toArray(String[]::new)));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!out.toString().contains("serving until interrupted") && System.nanoTime() < deadline
        && !simulating.isDone()) {
      Thread.sleep(20);
    }
    assertThat(simulating).as("the simulator serves: %s", out).isNotDone();
    return out.toString();
  }

  private void assertShows(List<String> expected, String printed, String what) {
    String seen = printed.replace(dir.resolve("journal.db").toString(), README_JOURNAL)
        .replace("127.0.0.1:" + port, "127.0.0.1:" + README_PORT)
        .replace("--port " + port, "--port " + README_PORT);
    List<String> actual = List.of(seen.split("\n"));
    if (!matches(expected, 0, actual, 0)) {
      fail("%s%nREADME shows:%n%s%nthe run printed:%n%s", what, String.join("\n", expected), seen);
    }
  }

  /** Whether {@code actual} from {@code j} is {@code expected} from {@code i}, a line "..." standing for any lines. */
  private static boolean matches(List<String> expected, int i, List<String> actual, int j) {
    if (i == expected.size()) {
      return j == actual.size();
    }
    if (expected.get(i).equals("...")) {
      for (int k = j; k <= actual.size(); k++) {
        if (matches(expected, i + 1, actual, k)) {
          return true;
        }
      }
      return false;
    }
    return j < actual.size() && timeless(expected.get(i)).equals(timeless(actual.get(j)))
        && matches(expected, i + 1, actual, j + 1);
  }

  /** Elapsed times differ from run to run: "(57 ms)" and "read 2 at 1.1 s" compare without their numbers. */
  private static String timeless(String line) {
    return line.replaceAll("\\(\\d+ ms\\)", "(N ms)").replaceAll("read \\d+ at [\\d.]+ s", "read N at N s").stripTrailing();
  }
}
