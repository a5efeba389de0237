package io.hostorder.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Says what is wrong with a command line in the user's terms: an argument nothing takes is named first (a file
 * given without its option: "unexpected argument 'order.json'; did you mean --order-file order.json?"), with the
 * whole command corrected when one fix is plain; an unknown option comes with the options meant.
 */
final class UsageErrors {
  private UsageErrors() {}

  /** Returns the message for {@code ex}, one or more lines. */
  static String message(CommandLine.ParameterException ex) {
    CommandLine cl = ex.getCommandLine();
    ParseResult parsed = cl.getParseResult();
    List<String> unmatched = ex instanceof CommandLine.UnmatchedArgumentException u ? u.getUnmatched()
        : parsed != null ? parsed.unmatched() : List.of();
    java.util.Map<String, CommandLine> commands = cl.getSubcommands();
    if (!commands.isEmpty() && !unmatched.isEmpty() && !unmatched.get(0).startsWith("-")) {
      return unknownCommand(cl, unmatched.get(0), commands.keySet());
    }
    java.util.regex.Matcher help = java.util.regex.Pattern.compile("Unknown subcommand '(.*)'\\.").matcher(
        String.valueOf(ex.getMessage()));
    if (help.matches()) {
      // 'hostorder help NAME' of a command that does not exist.
      CommandLine top = cl;
      while (top.getParent() != null) {
        top = top.getParent();
      }
      return unknownCommand(top, help.group(1), top.getSubcommands().keySet());
    }
    List<String> options = unmatched.stream().filter(a -> a.startsWith("-") && a.length() > 1).toList();
    if (!options.isEmpty()) {
      // What follows an unknown option is its value, most likely: the option is the mistake to name.
      String name = options.get(0).contains("=") ? options.get(0).substring(0, options.get(0).indexOf('='))
          : options.get(0);
      List<String> known = cl.getCommandSpec().options().stream().flatMap(o -> java.util.Arrays.stream(o.names())).toList();
      return "unknown option '" + name + "'" + Spelling.closest(name, known).map(n -> "; did you mean " + n + "?").orElse("")
          + " (" + cl.getCommandSpec().qualifiedName() + " --help lists the options)";
    }
    List<String> stray = new ArrayList<>(unmatched);
    if (stray.isEmpty()) {
      return ex.getMessage();
    }
    StringBuilder b = new StringBuilder(stray.size() == 1 ? "unexpected argument '" + stray.get(0) + "'"
        : "unexpected arguments " + String.join(", ", stray.stream().map(a -> "'" + a + "'").toList()));
    if (cl.getCommandSpec().positionalParameters().isEmpty()) {
      b.append(": ").append(cl.getCommandSpec().qualifiedName()).append(" takes values only after their options");
    }
    List<OptionSpec> missing = ex instanceof CommandLine.MissingParameterException m
        ? m.getMissing().stream().filter(a -> a instanceof OptionSpec).map(a -> (OptionSpec) a).toList() : List.of();
    if (stray.size() == 1 && missing.size() == 1 && parsed != null) {
      String option = missing.get(0).longestName();
      b.append("; did you mean ").append(option).append(' ').append(Shell.quote(stray.get(0))).append("?\n");
      b.append("  ").append(corrected(cl, parsed.originalArgs(), stray.get(0), option));
    } else if (!missing.isEmpty()) {
      b.append("; ").append(ex.getMessage());
    }
    return b.toString();
  }

  private static String unknownCommand(CommandLine cl, String typed, java.util.Set<String> names) {
    return "unknown command '" + typed + "'" + Spelling.closest(typed, names).map(n -> "; did you mean '" + n + "'?").orElse("")
        + " (" + cl.getCommandSpec().qualifiedName() + "'s commands: " + String.join(", ", names) + ")";
  }

  /** Returns the command as typed with {@code stray} given to {@code option}. */
  private static String corrected(CommandLine cl, List<String> args, String stray, String option) {
    List<String> words = new ArrayList<>();
    CommandLine top = cl;
    while (top.getParent() != null) {
      top = top.getParent();
    }
    words.add(top.getCommandName());
    boolean replaced = false;
    for (String a : args) {
      if (!replaced && a.equals(stray)) {
        words.add(option);
        replaced = true;
      }
      words.add(Shell.quote(a));
    }
    return String.join(" ", words);
  }
}
