package io.hostorder.cli;

import io.hostorder.core.config.ConfigKey;
import io.hostorder.core.model.Secrets;
import io.hostorder.core.registry.ProviderRegistry;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine;

/**
 * Builds the {@code hostorder} command line over a {@link CliContext} and runs it. Parsing
 * ({@link #commandLine}{@code .parseArgs}) and running ({@link #run}) are separate, so tests check
 * argument handling without any network.
 */
final class Hostorder {
  private Hostorder() {}

  /** Returns the command line with every subcommand, printing to the context's streams. */
  static CommandLine commandLine(CliContext ctx) {
    RootCommand root = new RootCommand(ctx);
    CommandLine cl = new CommandLine(root)
        .addSubcommand(new ProvidersCommand(ctx))
        .addSubcommand(new OrderCommand(ctx))
        .addSubcommand(new StatusCommand(ctx))
        .addSubcommand(new AwaitCommand(ctx))
        .addSubcommand(new ListCommand(ctx))
        .addSubcommand(new CancelCommand(ctx))
        .addSubcommand(new JournalCommand(ctx))
        .addSubcommand(new ReconcileCommand(ctx))
        .addSubcommand(new ResolveCommand(ctx))
        .addSubcommand(new TckCommand(ctx))
        .addSubcommand(new SimulateCommand(ctx))
        .addSubcommand(new DemoCommand(ctx))
        .addSubcommand("help", new CommandLine.HelpCommand());
    cl.setOut(ctx.out());
    cl.setErr(ctx.err());
    cl.getSubcommands().get("help").getCommandSpec().usageMessage().description(
        "Prints the help of COMMAND, as 'hostorder COMMAND --help' does; without COMMAND, this help.");
    CommandHelp.apply(cl);
    cl.setParameterExceptionHandler((ex, args) -> usageError(ctx, ex));
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
        ErrorReport.print(ctx, ex, commandLine.getCommand() instanceof JsonOutput j && j.json(), root.debug,
            commandLine.getCommand(), providerOptions(commandLine)));
    return cl;
  }

  /** Returns the {@code --provider}/{@code --config}/{@code --profile} options of {@code command}, or null. */
  private static ProviderOptions providerOptions(CommandLine command) {
    return command.getCommandSpec().mixins().values().stream().map(m -> m.userObject())
        .filter(ProviderOptions.class::isInstance).map(ProviderOptions.class::cast).findFirst().orElse(null);
  }

  /** Runs {@code args} and returns the exit status. */
  static int run(CliContext ctx, String... args) {
    // The TCK and the registry look providers up through the context class loader: the plugins' must be it.
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(ctx.plugins().loader());
    ctx.plugins().problems().forEach(p -> ctx.err().println("warning: " + p));
    rememberSecrets(ctx, args);
    CommandLine cl = commandLine(ctx);
    try {
      return cl.execute(args);
    } catch (RuntimeException | Error e) {
      // picocli hands on what its handler does not take (an Error from a broken plugin, say).
      return ErrorReport.print(ctx, e, false, ((RootCommand) cl.getCommand()).debug);
    } finally {
      thread.setContextClassLoader(previous);
      ctx.out().flush();
      ctx.err().flush();
    }
  }

  /**
   * Registers the secrets given as arguments or in the environment before anything is parsed: a usage
   * error message may quote the arguments. A value is a secret when its key is declared secret by an
   * installed provider or is named like one.
   */
  static void rememberSecrets(CliContext ctx, String[] args) {
    Set<String> secretKeys = new HashSet<>();
    try (ProviderRegistry registry = ctx.registry()) {
      registry.factories().forEach(f -> f.configKeys().stream().filter(ConfigKey::secret)
          .forEach(k -> secretKeys.add(k.name())));
    } catch (RuntimeException e) {
      // A broken plugin shows up when it is used; masking by name still applies.
    }
    for (int i = 0; i < args.length; i++) {
      String pair = args[i].equals("--set") && i + 1 < args.length ? args[i + 1]
          : args[i].startsWith("--set=") ? args[i].substring("--set=".length()) : null;
      int eq = pair == null ? -1 : pair.indexOf('=');
      if (eq > 0) {
        String key = pair.substring(0, eq).trim();
        if (secretKeys.contains(key) || Secrets.isSecretName(key)) {
          ctx.scrubber().remember(pair.substring(eq + 1));
        }
      }
    }
    ctx.environment().forEach((name, value) -> {
      if (name.startsWith("HOSTORDER_")) {
        String key = name.substring("HOSTORDER_".length()).toLowerCase(Locale.ROOT).replace('_', '-');
        // HOSTORDER_<PROFILE>_<KEY> holds a secret when its key does.
        if (Secrets.isSecretName(key) || secretKeys.stream().anyMatch(k -> key.equals(k) || key.endsWith("-" + k))) {
          ctx.scrubber().remember(value);
        }
      }
    });
  }

  private static int usageError(CliContext ctx, CommandLine.ParameterException ex) {
    CommandLine cl = ex.getCommandLine();
    String message = UsageErrors.message(ex);
    ctx.err().println("error: " + message);
    String name = cl.getCommandSpec().qualifiedName();
    ctx.err().println("run '" + name + " --help' for usage");
    if (cl.getCommand() instanceof JsonOutput && wantsJson(ex)) {
      ctx.out().println(JsonView.text(JsonView.error(new CommandLine.ParameterException(cl, message), ExitStatus.USAGE)));
    }
    return ExitStatus.USAGE;
  }

  /** Returns true when --json was among the arguments (the command object may not have been filled in). */
  private static boolean wantsJson(CommandLine.ParameterException ex) {
    return ex.getCommandLine().getParseResult() != null
        && ex.getCommandLine().getParseResult().originalArgs().contains("--json");
  }
}
