package io.hostorder.cli;

import io.hostorder.core.model.SecretScrubber;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every {@code hostorder} command README.md, SPEC.md and docs/ show is one the command takes: each
 * {@code $ ./hostorder …} line of a transcript parses whole (its {@code $S} expanded as the page set it),
 * and each command quoted in the text names only subcommands, options and arguments that exist (a quoted
 * command may leave out required options: it is a fragment). Synopses with placeholders ({@code [--json]},
 * {@code …}, {@code a | b}) are left to {@code --help}.
 */
class DocsCommandsTest {
  private static final Pattern INLINE = Pattern.compile("`((?:\\./)?hostorder [^`]+)`");
  private static final Pattern ASSIGNMENT = Pattern.compile("\\$ (\\w+)=\"([^\"]*)\"");

  @Test
  void everyCommandTheDocsShow_isOneTheCommandTakes() {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Path page : Markdown.pages()) {
      String text = Markdown.read(page);
      String name = Markdown.ROOT.relativize(page).toString();
      Map<String, String> variables = new HashMap<>();
      for (Markdown.Block block : Markdown.blocks(text)) {
        for (int i = 0; i < block.lines().size(); i++) {
          String line = block.lines().get(i);
          Matcher set = ASSIGNMENT.matcher(line);
          if (set.matches()) {
            variables.put(set.group(1), set.group(2));
          } else if (line.startsWith("$ ") && line.contains("hostorder ")) {
            String problem = check(line.substring(2), variables, true);
            checked++;
            if (problem != null) {
              wrong.add(name + " line " + (block.line() + i + 1) + ": " + line + "\n    " + problem);
            }
          }
        }
      }
      String[] prose = Markdown.prose(text).split("\n");
      for (int i = 0; i < prose.length; i++) {
        Matcher m = INLINE.matcher(prose[i]);
        while (m.find()) {
          String problem = check(m.group(1), Map.of(), false);
          checked++;
          if (problem != null) {
            wrong.add(name + " line " + (i + 1) + ": `" + m.group(1) + "`\n    " + problem);
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(30);
    assertThat(wrong).as("commands the docs show that hostorder does not take").isEmpty();
  }

  @Test
  void theCheck_catchesAStrayArgument_asReadmeOnceShowedIt() {
    assertThat(check("./hostorder order --provider billmanager --config billmanager.properties order.json", Map.of(),
        false)).contains("order.json");
    assertThat(check("./hostorder order --provider billmanager --config billmanager.properties --order-file order.json",
        Map.of(), true)).isNull();
    assertThat(check("./hostorder ordr --provider memory", Map.of(), false)).isNotNull();
  }

  /** Returns what is wrong with {@code command}, or null when hostorder takes it (or it is a synopsis). */
  private static String check(String command, Map<String, String> variables, boolean whole) {
    String c = command.replaceFirst("\\s#.*$", "").replaceFirst(";.*$", "").replaceFirst("\\s[|>].*$", "").strip();
    c = c.replaceFirst("^(\\w+=\\S*\\s+)+", "").replaceFirst("^\\./", "");
    if (!c.startsWith("hostorder ") || c.matches(".*(\\[|…|\\\\\\||(^|\\s)\\.\\.\\.(\\s|$)|\\sTYPE|\\sCOMMAND).*")) {
      return null;
    }
    List<String> args;
    try {
      args = Markdown.words(c.substring("hostorder ".length()), variables);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    CommandLine cl = Hostorder.commandLine(CliContext.of(new StringWriter(), new StringWriter(), Map.of(),
        SecretScrubber.create()));
    // picocli reports a missing required option before a stray argument: collect the stray ones itself.
    cl.setUnmatchedArgumentsAllowed(true);
    String missing = null;
    try {
      cl.parseArgs(args.toArray(String[]::new));
    } catch (CommandLine.MissingParameterException e) {
      missing = e.getMessage();
    } catch (CommandLine.ParameterException e) {
      return e.getMessage();
    }
    List<String> unmatched = unmatched(cl);
    if (!unmatched.isEmpty()) {
      return "not an option, argument or command of hostorder: " + String.join(" ", unmatched);
    }
    return whole ? missing : null;
  }

  private static List<String> unmatched(CommandLine cl) {
    List<String> all = new ArrayList<>(cl.getUnmatchedArguments());
    cl.getSubcommands().values().forEach(sub -> all.addAll(unmatched(sub)));
    return all;
  }
}
