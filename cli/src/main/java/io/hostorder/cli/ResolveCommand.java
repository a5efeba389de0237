package io.hostorder.cli;

import io.hostorder.core.journal.JournalEntry;
import io.hostorder.core.journal.OrderBook;
import io.hostorder.core.journal.OrderJournal;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hostorder resolve REF --placed ORDER_ID | --not-placed}: an operator's decision on a reference
 * whose outcome nothing could look up, recorded in the journal with who and when. Calls no provider.
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
    description = {"Records an operator's decision on an order reference whose outcome the journal does not know "
        + "(after checking the provider's panel): --placed ORDER_ID (placing the reference again then returns that "
        + "order) or --not-placed (placing it again then orders it). Recorded with --by (default: the user and host) "
        + "and the time. Calls no provider."})
final class ResolveCommand implements Callable<Integer>, JsonOutput {
  private final CliContext ctx;

  @Mixin
  JournalChoice journal = new JournalChoice();

  @Parameters(index = "0", paramLabel = "REF", description = "The order reference.")
  String reference;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Decision decision;

  static final class Decision {
    @Option(names = "--placed", paramLabel = "ORDER_ID", description = "The provider holds this order for REF.")
    String placed;

    @Option(names = "--not-placed", description = "The provider holds no order for REF.")
    boolean notPlaced;
  }

  @Option(names = "--by", paramLabel = "NAME", description = "Who decides (default: user@host).")
  String by;

  @Option(names = "--note", paramLabel = "TEXT", description = "Why (recorded in the history).")
  String note;

  @Option(names = "--json", description = "Print one JSON document: the journal's record.")
  boolean json;

  ResolveCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public boolean json() {
    return json;
  }

  @Override
  public Integer call() {
    if (decision.placed != null && decision.placed.isBlank()) {
      throw new UsageException("--placed needs the provider's order id");
    }
    String actor = by != null && !by.isBlank() ? by : System.getProperty("user.name", "operator") + "@" + host();
    try (OrderJournal j = journal.open(ctx)) {
      JournalEntry e = new OrderBook(j).resolve(reference, decision.placed, actor, note);
      if (json) {
        ctx.out().println(JsonView.text(JournalCommand.entry(j.find(reference).orElse(e))));
      } else {
        ctx.out().println(reference + ": recorded as " + e.status().label()
            + (e.orderId() != null ? " (order " + e.orderId() + ")" : "") + " by " + actor + " in " + j.location());
      }
    }
    return ExitStatus.OK;
  }

  private static String host() {
    try {
      return java.net.InetAddress.getLocalHost().getHostName();
    } catch (Exception e) {
      return "localhost";
    }
  }
}
