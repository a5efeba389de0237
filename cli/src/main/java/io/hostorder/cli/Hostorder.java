package io.hostorder.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Builds the {@code hostorder} command line over a {@link CliContext} and runs it. Parsing
 * ({@link #commandLine}{@code .parseArgs}) and running ({@link #run}) are separate, so tests check
 * argument handling without any network.
 */
final class Hostorder {
  private Hostorder() {}

  /** Returns the command line with every subcommand, printing to the context's streams. */
  static CommandLine commandLine(CliContext ctx) {
    RootCommand root = new RootCommand();
    CommandLine cl = new CommandLine(root)
        .addSubcommand(new ProvidersCommand(ctx))
        .addSubcommand(new OrderCommand(ctx))
        .addSubcommand(new StatusCommand(ctx))
        .addSubcommand(new ListCommand(ctx))
        .addSubcommand(new CancelCommand(ctx));
    cl.setOut(ctx.out());
    cl.setErr(ctx.err());
    exitStatusTable(cl.getCommandSpec());
    cl.setParameterExceptionHandler((ex, args) -> usageError(ctx, ex));
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
        ErrorReport.print(ctx, ex, commandLine.getCommand() instanceof JsonOutput j && j.json(), root.debug));
    return cl;
  }

  /** Runs {@code args} and returns the exit status. */
  static int run(CliContext ctx, String... args) {
    try {
      return commandLine(ctx).execute(args);
    } finally {
      ctx.out().flush();
      ctx.err().flush();
    }
  }

  private static int usageError(CliContext ctx, CommandLine.ParameterException ex) {
    CommandLine cl = ex.getCommandLine();
    ctx.err().println("error: " + ex.getMessage());
    String name = cl.getCommandSpec().qualifiedName();
    ctx.err().println("run '" + name + " --help' for usage");
    if (cl.getCommand() instanceof JsonOutput && wantsJson(ex)) {
      ctx.out().println(JsonView.text(JsonView.error(ex, ExitStatus.USAGE)));
    }
    return ExitStatus.USAGE;
  }

  /** Returns true when --json was among the arguments (the command object may not have been filled in). */
  private static boolean wantsJson(CommandLine.ParameterException ex) {
    return ex.getCommandLine().getParseResult() != null
        && ex.getCommandLine().getParseResult().originalArgs().contains("--json");
  }

  private static void exitStatusTable(CommandSpec spec) {
    spec.usageMessage().exitCodeListHeading("%nExit status:%n").exitCodeList(ExitStatus.TABLE);
    for (Map.Entry<String, CommandLine> sub : spec.subcommands().entrySet()) {
      exitStatusTable(sub.getValue().getCommandSpec());
    }
  }
}
