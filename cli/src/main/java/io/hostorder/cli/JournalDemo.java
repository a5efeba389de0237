package io.hostorder.cli;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.commit.OrderTrail;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.journal.JournalOptions;
import io.hostorder.core.journal.JournalStatus;
import io.hostorder.core.journal.JournaledProvider;
import io.hostorder.core.journal.OrderJournal;
import io.hostorder.core.journal.Settlement;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.journal.Journals;
import io.hostorder.provider.memory.MemoryAccount;
import io.hostorder.tck.TckHarness;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The demo's journal part, on a journal file of its own: the same reference placed twice at the JSON
 * action API (which cannot find orders by reference) gives one order; a placement that "crashes" right
 * after the provider placed the order, before the journal heard the answer, is settled by reconcile.
 */
final class JournalDemo {
  private JournalDemo() {}

  /** Runs the part; returns false when something did not behave as shown. */
  static boolean run(PrintWriter out, TckHarness jsonrest, ProviderRegistry registry, Path reportDir) {
    Progress progress = new Progress(out, false, "  ");
    Path file;
    try {
      file = Files.createDirectories(reportDir).resolve("demo-journal.db");
      Files.deleteIfExists(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    boolean ok = true;
    try (OrderJournal journal = Journals.open(file.toString())) {
      out.println();
      out.println("== the order journal (" + journal.location() + ")");
      // 1. the same reference twice: one order, even where the provider cannot find orders by reference
      OrderProvider raw = jsonrest.create(registry, jsonrest.config());
      JournaledProvider p = JournaledProvider.wrap(raw, journal,
          JournalOptions.of(JournalOptions.instanceOf(raw.type(), jsonrest.config())));
      OrderRequest order = OrderRequest.builder().reference("demo-journal-" + Long.toString(System.currentTimeMillis(), 36))
          .addItem(jsonrest.plainItem()).build();
      progress.note("placing " + order.reference() + " at jsonrest (it cannot find an order again by its reference)");
      Order first = progress.step("first placement", () -> p.place(order));
      Order second = progress.step("the same reference again (a retry)", () -> p.place(order));
      int atProvider = (int) raw.orders().stream().filter(o -> o.ref().equals(first.ref())).count();
      progress.note("both placements returned order " + first.ref().id() + (second.ref().equals(first.ref()) ? " (same)" : " (DIFFERENT!)")
          + "; orders with it at the provider: " + atProvider + "; the second sent nothing");
      ok &= second.ref().equals(first.ref()) && atProvider == 1;

      // 2. a crash right after the provider placed the order, before the answer was recorded
      MemoryAccount account = MemoryAccount.open("demo-journal-" + System.nanoTime(), "demo-pw", new BigDecimal("1000"));
      try {
        OrderProvider memory = registry.create("memory", ProviderConfig.of(Map.of("account", account.name(), "password", "demo-pw")));
        JournaledProvider m = JournaledProvider.wrap(memory, journal,
            JournalOptions.of("memory@" + account.name()).withLease(Duration.ofMillis(500)));
        OrderRequest crash = OrderRequest.builder().reference(order.reference() + "-crash")
            .addItem(io.hostorder.core.model.OrderItem.builder().plan("small")
                .period(io.hostorder.core.model.BillingPeriod.P1M).build()).build();
        progress.note("placing " + crash.reference() + " at memory and crashing right after its checkout was answered");
        try {
          m.place(crash, OrderTrail.NONE, (provider, trail) -> {
            provider.place(crash, trail);
            throw new SimulatedCrash();
          });
        } catch (SimulatedCrash expected) {
          progress.note("crashed: the journal says " + journal.find(crash.reference()).orElseThrow().status().label()
              + " (a committing request went out; its answer was never recorded)");
        }
        sleep(700); // the crashed placement's lease runs out (a kill -9ed process on this host is taken over at once)
        Settlement s = progress.step("hostorder reconcile " + crash.reference(), () -> m.settle(crash.reference()));
        progress.note("reconcile: " + s.outcome().name().toLowerCase().replace('_', '-') + " — " + s.message());
        Order again = progress.step("placing " + crash.reference() + " again", () -> m.place(crash));
        progress.note("returned order " + again.ref().id() + "; orders at the provider: " + account.orderCount()
            + "; journal status: " + journal.find(crash.reference()).orElseThrow().status().label());
        ok &= s.outcome() == Settlement.Outcome.PLACED && account.orderCount() == 1
            && journal.find(crash.reference()).orElseThrow().status() == JournalStatus.PLACED;
      } finally {
        MemoryAccount.remove(account.name());
      }
      progress.note("see it: hostorder journal --journal " + journal.location() + "   |   hostorder journal show "
          + order.reference() + " --journal " + journal.location());
    } catch (RuntimeException e) {
      out.println("  FAILED (exit status " + ExitStatus.of(e) + "): " + ErrorReport.message(e));
      return false;
    }
    return ok;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stands for the process dying: not an exception any code path catches as a provider's answer. */
  private static final class SimulatedCrash extends Error {
    private static final long serialVersionUID = 1L;

    SimulatedCrash() {
      super("simulated crash", null, false, false);
    }
  }
}
