package io.hostorder.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code hostorder}: the top command; it only holds the subcommands and the options they share. */
@Command(name = "hostorder", mixinStandardHelpOptions = true, versionProvider = RootCommand.VersionProvider.class,
    description = "Orders servers from several hosting companies through one portable order, "
        + "runs the compatibility kit (TCK) and serves the built-in simulators.",
    synopsisSubcommandLabel = "COMMAND",
    footer = {"", "Configuration: --config FILE, then HOSTORDER_<KEY> environment variables, then --set KEY=VALUE "
        + "(later wins); --profile NAME reads the file's [NAME] section and HOSTORDER_<NAME>_<KEY> instead. "
        + "'hostorder providers' lists every key.",
        "Plugins: provider jars in plugins/ beside the hostorder script, in ~/.hostorder/plugins/ or in "
            + "HOSTORDER_PLUGINS (jars or folders); 'hostorder providers' says where each type comes from.",
        "Results go to stdout; progress and notes to stderr (--quiet drops them).",
        "Start here: hostorder demo"})
final class RootCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  private final CliContext ctx;

  RootCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
      description = "Print no progress lines or notes on stderr: only results (stdout), warnings and errors.")
  void quiet(boolean value) {
    ctx.quiet(value);
  }

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "On errors, print the stack trace; log every request and answer (secrets masked) on stderr.")
  boolean debug;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitStatus.USAGE;
  }

  /** Reads the version from core. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"hostorder " + io.hostorder.core.Version.get()};
    }
  }
}
