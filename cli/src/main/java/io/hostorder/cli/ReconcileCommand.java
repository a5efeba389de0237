package io.hostorder.cli;

import io.hostorder.core.journal.JournalEntry;
import io.hostorder.core.journal.JournalQuery;
import io.hostorder.core.journal.JournalStatus;
import io.hostorder.core.journal.JournaledProvider;
import io.hostorder.core.journal.OrderJournal;
import io.hostorder.core.journal.Settlement;
import io.hostorder.core.registry.ProviderRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hostorder reconcile [REF…]}: settles the journal's references whose outcome is not known (a
 * crashed placement, a committing request without a definitive answer) by looking them up at the
 * provider where it can; nothing is ordered.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
    description = {"Settles order references the journal does not know the outcome of (status started, committing "
        + "or unknown) at the provider instance given by --provider/--config/--set: each is looked up where the "
        + "provider can (by reference, or by the order id the journal holds) and recorded as placed or not placed; "
        + "one progress line per reference. Nothing is ordered. Without REF, every such reference of that instance."})
final class ReconcileCommand implements Callable<Integer>, JsonOutput, RunOptions {
  private final CliContext ctx;

  @Mixin
  ProviderOptions provider = new ProviderOptions();

  @Mixin
  JournalChoice journal = new JournalChoice();

  @Parameters(paramLabel = "REF", arity = "0..*", description = "The references to settle (default: every unsettled one).")
  List<String> references = new ArrayList<>();

  @Option(names = "--json", description = "Print one JSON document: {\"settled\": [...]}.")
  boolean json;

  ReconcileCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String providerArguments() {
    return provider.asArguments();
  }

  @Override
  public String journalArguments() {
    return journal.asArguments();
  }

  @Override
  public boolean json() {
    return json;
  }

  @Override
  public Integer call() {
    int status = ExitStatus.OK;
    try (ProviderRegistry registry = ctx.registry(); OrderJournal j = journal.open(ctx)) {
      JournaledProvider p = provider.open(registry, ctx, j, journal);
      List<String> refs = new ArrayList<>(references);
      if (refs.isEmpty()) {
        for (JournalStatus s : new JournalStatus[] {JournalStatus.UNKNOWN, JournalStatus.COMMITTING, JournalStatus.STARTED}) {
          for (JournalEntry e : j.list(new JournalQuery(null, p.instance(), s, 0))) {
            refs.add(e.reference());
          }
        }
      }
      Progress progress = Progress.of(ctx, json);
      progress.note("journal: " + j.location() + "; instance " + p.instance() + "; " + refs.size()
          + (refs.size() == 1 ? " reference" : " references") + " to settle");
      com.fasterxml.jackson.databind.node.ObjectNode root = JsonView.object();
      com.fasterxml.jackson.databind.node.ArrayNode settled = root.putArray("settled");
      int i = 0;
      for (String ref : refs) {
        i++;
        Settlement s = p.settle(ref);
        progress.note("[" + i + "/" + refs.size() + "] " + ref + ": " + s.outcome().name().toLowerCase().replace('_', '-')
            + " — " + s.message());
        com.fasterxml.jackson.databind.node.ObjectNode n = settled.addObject();
        n.put("reference", ref);
        n.put("outcome", s.outcome().name().toLowerCase().replace('_', '-'));
        n.put("message", s.message());
        if (s.entry() != null && s.entry().orderId() != null) {
          n.put("orderId", s.entry().orderId());
        }
        switch (s.outcome()) {
          case NEEDS_OPERATOR -> status = Math.max(status, ExitStatus.OUTCOME_UNKNOWN);
          case IN_FLIGHT -> status = Math.max(status, ExitStatus.IN_FLIGHT);
          case NOT_IN_JOURNAL -> status = Math.max(status, ExitStatus.NOT_FOUND);
          case OTHER_INSTANCE -> status = Math.max(status, ExitStatus.USAGE);
          default -> { }
        }
      }
      root.put("exitStatus", status);
      if (json) {
        ctx.out().println(JsonView.text(root));
      } else if (status == ExitStatus.OUTCOME_UNKNOWN) {
        ctx.err().println("some references need an operator: find each in the provider's panel, then run one of");
        ctx.err().println("  hostorder resolve" + journal.asArguments() + " REF --placed ORDER_ID");
        ctx.err().println("  hostorder resolve" + journal.asArguments() + " REF --not-placed");
      }
    }
    return status;
  }
}
