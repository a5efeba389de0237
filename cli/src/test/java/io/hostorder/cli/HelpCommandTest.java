package io.hostorder.cli;

import io.hostorder.core.model.SecretScrubber;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code help} as a command, and each command's exit statuses and examples in its {@code --help}. */
class HelpCommandTest {
  @Test
  void help_withoutCommand_printsTheTopHelpWithTheWholeExitTable() {
    Cli.Result r = Cli.run("help");
    assertThat(r.status()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Usage: hostorder", "Exit status:").containsPattern("13\\s+await");
    assertThat(r.out()).isEqualTo(Cli.run("--help").out());
  }

  @Test
  void helpOrder_printsWhatOrderHelpPrints() {
    Cli.Result help = Cli.run("help", "order");
    assertThat(help.status()).as(help.toString()).isZero();
    assertThat(help.out()).contains("Usage: hostorder order").isEqualTo(Cli.run("order", "--help").out());
  }

  @Test
  void helpOfAnUnknownCommand_isUsageError() {
    Cli.Result r = Cli.run("help", "ordr");
    assertThat(r.status()).as(r.toString()).isEqualTo(2);
    assertThat(r.err()).contains("ordr");
  }

  @Test
  void everyCommand_hasItsExitStatusesAndExamples_butNotTheWholeTable() {
    List<String> all = commands(Hostorder.commandLine(context()), "");
    assertThat(CommandHelp.described()).containsExactlyInAnyOrderElementsOf(all);
    for (String command : all) {
      List<String> args = new ArrayList<>(List.of(command.split(" ")));
      args.add("--help");
      Cli.Result r = Cli.run(args.toArray(String[]::new));
      assertThat(r.status()).as(command).isZero();
      assertThat(r.out()).as(command).contains("Exit status (the whole table: hostorder --help):", "Examples:",
          "  hostorder " + command);
      // The whole table has fourteen statuses; no command returns them all.
      assertThat(r.out().lines().filter(l -> l.matches("  \\d{1,2}\\s+\\S.*")).count()).as(command).isLessThan(14);
      assertThat(r.out().lines().filter(l -> !l.isEmpty()).allMatch(l -> l.length() <= 80)).as(command + " width")
          .isTrue();
    }
  }

  @Test
  void everyExample_isACommandLineTheCommandAccepts() {
    List<String> examples = new ArrayList<>();
    for (String command : CommandHelp.described()) {
      List<String> args = new ArrayList<>(List.of(command.split(" ")));
      args.add("--help");
      String help = Cli.run(args.toArray(String[]::new)).out();
      String section = help.substring(help.indexOf("Examples:"));
      StringBuilder current = new StringBuilder();
      for (String line : section.lines().skip(1).map(String::trim).toList()) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        current.append(line.endsWith("\\") ? line.substring(0, line.length() - 1) : line);
        if (!line.endsWith("\\")) {
          examples.add(current.toString().trim());
          current.setLength(0);
        }
      }
    }
    assertThat(examples).hasSizeGreaterThan(20);
    for (String example : examples) {
      assertThat(example).startsWith("hostorder ");
      List<String> words = words(example.substring("hostorder ".length()).replaceAll(" > \\S+$", ""));
      assertThatCode(() -> Hostorder.commandLine(context()).parseArgs(words.toArray(String[]::new)))
          .as(example).doesNotThrowAnyException();
    }
  }

  private static CliContext context() {
    return CliContext.of(new StringWriter(), new StringWriter(), Map.of(), SecretScrubber.create());
  }

  /** Returns the qualified names of every command below {@code cl}, "journal show" for a nested one. */
  private static List<String> commands(CommandLine cl, String prefix) {
    List<String> out = new ArrayList<>();
    cl.getSubcommands().forEach((name, sub) -> {
      out.add(prefix + name);
      out.addAll(commands(sub, prefix + name + " "));
    });
    return out;
  }

  /** Splits a command line as a POSIX shell would, for the single quotes the examples use. */
  private static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char c : line.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any) {
          out.add(w.toString());
        }
        w.setLength(0);
        any = false;
      } else {
        w.append(c);
        any = true;
      }
    }
    if (any) {
      out.add(w.toString());
    }
    return out;
  }
}
