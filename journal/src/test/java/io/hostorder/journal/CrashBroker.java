package io.hostorder.journal;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.HostorderException;
import io.hostorder.core.journal.JournaledProvider;
import io.hostorder.core.journal.OrderJournal;
import io.hostorder.core.journal.SecretSealer;
import io.hostorder.core.journal.Settlement;
import io.hostorder.core.model.Order;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.registry.ProviderRegistry;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A broker process of the crash campaign (a child JVM). {@code place FILE N before|after REF k=v…} places
 * the campaign's order for REF through the SQLite journal FILE, pausing at its N-th record (0: never) to
 * be killed; {@code recover FILE - - REF k=v…} settles REF (reconcile) and places it again. The order is
 * REF with the plain item of the provider type's TCK harness ({@code type=…}); the journal key ({@code
 * journal-key=…}, for Hostway's OwnerId) seals per-order secrets. Prints one line {@code RESULT placed ID},
 * {@code RESULT needs-operator}, or {@code RESULT error KIND}.
 */
public final class CrashBroker {
  private CrashBroker() {}

  /** The order the campaign and its child JVMs agree on for {@code reference} at provider type {@code type}. */
  static OrderRequest order(String type, ProviderConfig config, String reference) {
    return OrderRequest.builder().reference(reference)
        .addItem(Harnesses.factory(type).live(config).plainItem()).build();
  }

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
    String key = config.remove("journal-key");
    int status;
    try (OrderJournal raw = SqliteJournal.open(file)) {
      OrderJournal journal = mode.equals("place") && !args[2].equals("0")
          ? new PausingJournal(raw, Integer.parseInt(args[2]), args[3].equals("before")) : raw;
      try (ProviderRegistry registry = ProviderRegistry.installed()) {
        ProviderConfig c = ProviderConfig.of(config);
        OrderProvider p = JournaledProvider.wrap(registry.create(type, c), journal,
            CrashCampaignTest.options(type, c, key == null ? null : SecretSealer.of(key)));
        OrderRequest order = order(type, c, reference);
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
        System.out.println("RESULT error " + e.kind() + " " + String.valueOf(e.getMessage()).replace('\n', ' '));
        status = e.kind().equals("outcome-unknown") ? 7 : 1;
      }
    }
    System.out.flush();
    Runtime.getRuntime().halt(status);
  }
}
