package io.hostorder.journal;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.journal.JournaledProvider;
import io.hostorder.core.journal.OrderJournal;
import io.hostorder.core.journal.Settlement;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.provider.jsonrest.JsonRestProviderFactory;
import io.hostorder.provider.memory.MemoryProviderFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A broker process of the crash campaign (a child JVM). {@code place FILE N before|after REF k=v…} places
 * the campaign's order for REF through the SQLite journal FILE, pausing at its N-th record (0: never) to
 * be killed; {@code recover FILE - - REF k=v…} settles REF (reconcile) and places it again. Prints one
 * line {@code RESULT placed ID}, {@code RESULT needs-operator}, or {@code RESULT error KIND}.
 */
public final class CrashBroker {
  private CrashBroker() {}

  public static void main(String[] args) {
    String mode = args[0];
    Path file = Path.of(args[1]);
    String reference = args[4];
    Map<String, String> config = new LinkedHashMap<>();
    for (int i = 5; i < args.length; i++) {
      int eq = args[i].indexOf('=');
      config.put(args[i].substring(0, eq), args[i].substring(eq + 1));
    }
    String type = config.remove("type");
    int status;
    try (OrderJournal raw = SqliteJournal.open(file)) {
      OrderJournal journal = mode.equals("place") && !args[2].equals("0")
          ? new PausingJournal(raw, Integer.parseInt(args[2]), args[3].equals("before")) : raw;
      try (ProviderRegistry registry = ProviderRegistry.builder().add(new JsonRestProviderFactory())
          .add(new MemoryProviderFactory()).journal(journal).build()) {
        OrderProvider p = registry.create(type, ProviderConfig.of(config));
        OrderRequest order = CampaignOrders.order(type, reference);
        if (mode.equals("recover")) {
          Settlement s = ((JournaledProvider) p).settle(reference);
          if (s.outcome() == Settlement.Outcome.NEEDS_OPERATOR) {
            System.out.println("RESULT needs-operator");
            System.out.flush();
            Runtime.getRuntime().halt(7);
          }
        }
        Order placed = p.place(order);
        System.out.println("RESULT placed " + placed.ref().id());
        status = 0;
      } catch (HostorderException e) {
        System.out.println("RESULT error " + e.kind() + " " + e.getMessage().replace('\n', ' '));
        status = e.kind().equals("outcome-unknown") ? 7 : 1;
      }
    }
    System.out.flush();
    Runtime.getRuntime().halt(status);
  }
}
