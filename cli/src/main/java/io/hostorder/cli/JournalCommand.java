package io.hostorder.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hostorder.core.error.NotFoundException;
import io.hostorder.core.journal.JournalEntry;
import io.hostorder.core.journal.JournalEvent;
import io.hostorder.core.journal.JournalQuery;
import io.hostorder.core.journal.JournalStatus;
import io.hostorder.core.journal.OrderJournal;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hostorder journal}: the order book the journal keeps, read without calling any provider: every
 * order placed through hostorder with its reference, provider instance, ids and status; {@code journal
 * show REF} prints one with its history.
 */
@Command(name = "journal", mixinStandardHelpOptions = true, subcommands = JournalCommand.Show.class,
    description = {"Lists the orders in the order journal (newest first): reference, status, provider instance, "
        + "the provider's order id. Reads only the journal; no provider is called.",
        "Statuses: started (claimed, nothing committed yet), committing (a committing request was sent, its "
        + "answer not yet recorded), placed, not-placed, unknown (needs 'hostorder reconcile' or an operator's "
        + "'hostorder resolve')."})
final class JournalCommand implements Callable<Integer>, JsonOutput {
  private final CliContext ctx;

  @Mixin
  JournalChoice journal = new JournalChoice();

  @Option(names = "--provider", paramLabel = "TYPE", description = "Only orders of this provider type.")
  String providerType;

  @Option(names = "--instance", paramLabel = "NAME", description = "Only orders of this provider instance.")
  String instance;

  @Option(names = "--status", paramLabel = "STATUS",
      description = "Only orders in this status: started, committing, placed, not-placed, unknown.")
  String status;

  @Option(names = "--limit", paramLabel = "N", description = "At most N orders (default: all).")
  int limit;

  @Option(names = "--json", description = "Print one JSON document: {\"journal\", \"orders\": [...]}.")
  boolean json;

  JournalCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public boolean json() {
    return json;
  }

  @Override
  public Integer call() {
    JournalStatus s = null;
    if (status != null) {
      try {
        s = JournalStatus.of(status);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--status " + status + ": one of started, committing, placed, not-placed, unknown");
      }
    }
    if (limit < 0) {
      throw new UsageException("--limit must not be negative");
    }
    try (OrderJournal j = journal.open(ctx)) {
      List<JournalEntry> entries = j.list(new JournalQuery(providerType, instance, s, limit));
      if (json) {
        ObjectNode root = JsonView.object();
        root.put("journal", j.location());
        ArrayNode a = root.putArray("orders");
        entries.forEach(e -> a.add(entry(e)));
        ctx.out().println(JsonView.text(root));
      } else {
        PrintWriter out = ctx.out();
        out.println("journal: " + j.location() + " (" + entries.size() + (entries.size() == 1 ? " order" : " orders") + ")");
        if (!entries.isEmpty()) {
          out.println(TextView.pad("REFERENCE", 32) + " " + TextView.pad("STATUS", 11) + " " + TextView.pad("ORDER", 12)
              + " " + TextView.pad("UPDATED", 24) + " INSTANCE");
        }
        for (JournalEntry e : entries) {
          out.println(TextView.pad(e.reference(), 32) + " " + TextView.pad(e.status().label(), 11) + " "
              + TextView.pad(e.orderId() == null ? "-" : e.orderId(), 12) + " " + TextView.pad(e.updated().toString(), 24)
              + " " + e.instance());
        }
      }
    }
    return ExitStatus.OK;
  }

  /** Returns {@code e} as the command's JSON (history included when it was read). */
  static ObjectNode entry(JournalEntry e) {
    ObjectNode n = JsonView.object();
    n.put("reference", e.reference());
    n.put("status", e.status().label());
    n.put("provider", e.providerType());
    n.put("instance", e.instance());
    if (e.orderId() != null) {
      n.put("orderId", e.orderId());
    }
    if (e.step() != null) {
      n.put("step", e.step());
    }
    n.set("ids", JsonView.map(e.ids()));
    if (!e.sealed().isEmpty()) {
      ArrayNode sealed = n.putArray("sealedSecrets");
      e.sealed().keySet().forEach(sealed::add);
    }
    n.put("resumable", !e.secretsDropped());
    n.put("fingerprint", e.fingerprint());
    n.put("attempts", e.attempts());
    n.put("created", e.created().toString());
    n.put("updated", e.updated().toString());
    if (e.owner() != null) {
      n.put("leaseOwner", e.owner());
      n.put("leaseUntil", String.valueOf(e.leaseUntil()));
    }
    if (!e.history().isEmpty()) {
      ArrayNode h = n.putArray("history");
      for (JournalEvent ev : e.history()) {
        ObjectNode x = h.addObject();
        x.put("at", ev.at().toString());
        x.put("kind", ev.kind());
        if (ev.step() != null) {
          x.put("step", ev.step());
        }
        if (ev.detail() != null) {
          x.put("detail", ev.detail());
        }
        if (ev.actor() != null) {
          x.put("actor", ev.actor());
        }
      }
    }
    return n;
  }

  /** {@code hostorder journal show REF}: one order of the journal with its whole history. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Prints one order of the journal: its status, provider instance, ids, the order as placed, and "
          + "its whole history (who recorded what, when). Reads only the journal.")
  static final class Show implements Callable<Integer>, JsonOutput {
    @picocli.CommandLine.ParentCommand
    JournalCommand parent;

    @Parameters(index = "0", paramLabel = "REF", description = "The order reference.")
    String reference;

    @Option(names = "--json", description = "Print one JSON document: the journal's record with its history.")
    boolean json;

    @Override
    public boolean json() {
      return json;
    }

    @Override
    public Integer call() {
      CliContext ctx = parent.ctx;
      try (OrderJournal j = parent.journal.open(ctx)) {
        JournalEntry e = j.find(reference).orElseThrow(() -> new NotFoundException(
            "the journal (" + j.location() + ") has no order reference '" + reference + "'"));
        if (json) {
          ObjectNode n = entry(e);
          if (e.order() != null) {
            n.set("order", JsonView.order(io.hostorder.core.journal.OrderBook.order(e).orElseThrow()));
          }
          ctx.out().println(JsonView.text(n));
          return ExitStatus.OK;
        }
        PrintWriter out = ctx.out();
        out.println("reference:   " + e.reference());
        out.println("status:      " + e.status().label());
        out.println("instance:    " + e.instance());
        if (e.orderId() != null) {
          out.println("order id:    " + e.orderId());
        }
        if (e.step() != null) {
          out.println("last step:   " + e.step());
        }
        if (!e.ids().isEmpty()) {
          out.println("ids:         " + TextView.ids(e.ids()));
        }
        if (!e.sealed().isEmpty()) {
          out.println("sealed:      " + String.join(", ", e.sealed().keySet()) + " (AES-GCM; needs HOSTORDER_JOURNAL_KEY)");
        }
        if (e.secretsDropped()) {
          out.println("resumable:   no (a per-order secret was not kept: no HOSTORDER_JOURNAL_KEY)");
        }
        out.println("fingerprint: " + e.fingerprint());
        out.println("attempts:    " + e.attempts());
        if (e.owner() != null) {
          out.println("lease:       " + e.owner() + " until " + e.leaseUntil());
        }
        io.hostorder.core.journal.OrderBook.order(e).ifPresent(o -> {
          out.println("order:");
          TextView.order(out, o, "  ");
        });
        out.println("history:");
        for (JournalEvent ev : e.history()) {
          out.println("  " + ev.at() + "  " + TextView.pad(ev.kind(), 17) + (ev.step() != null ? " [" + ev.step() + "]" : "")
              + (ev.detail() != null ? " " + ev.detail() : "") + (ev.actor() != null ? "  (" + ev.actor() + ")" : ""));
        }
      }
      return ExitStatus.OK;
    }
  }
}
