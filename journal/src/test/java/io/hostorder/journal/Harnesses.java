package io.hostorder.journal;

import io.hostorder.provider.memory.tck.MemoryHarnessFactory;
import io.hostorder.tck.TckHarness;
import io.hostorder.tck.TckHarnessFactory;
import io.hostorder.tck.simulated.BillmanagerHarnessFactory;
import io.hostorder.tck.simulated.HostwayHarnessFactory;
import io.hostorder.tck.simulated.JsonRestHarnessFactory;
import io.hostorder.tck.simulated.ZomroHarnessFactory;

/**
 * The TCK's built-in harnesses the journal's campaigns run against, by name: {@code type} or {@code
 * type[variant]} ({@code billmanager[skipbasket,session]}, {@code zomro[no-remoteid]}: Zomro's default, no
 * remoteid, so no reconcile). Each starts its simulator and maps the provider's committing steps to the
 * simulator's operations; the journal's tests need not know them.
 */
final class Harnesses {
  private Harnesses() {}

  /** The harness named {@code name} and the one that owns its simulator (the same one unless a variant); close {@code owner}. */
  record Opened(TckHarness harness, TckHarness owner) implements AutoCloseable {
    @Override
    public void close() {
      owner.close();
    }
  }

  static Opened open(String name) {
    TckHarness main = factory(type(name)).simulated().orElseThrow();
    if (name.equals(type(name))) {
      return new Opened(main, main);
    }
    TckHarness variant = main.variants().stream().filter(v -> v.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no harness variant " + name));
    return new Opened(variant, main);
  }

  static String type(String name) {
    return name.contains("[") ? name.substring(0, name.indexOf('[')) : name;
  }

  /** The factory of provider type {@code type}; its {@code live(config)} gives the plain item without a simulator. */
  static TckHarnessFactory factory(String type) {
    return switch (type) {
      case "billmanager" -> new BillmanagerHarnessFactory();
      case "zomro" -> new ZomroHarnessFactory();
      case "hostway" -> new HostwayHarnessFactory();
      case "jsonrest" -> new JsonRestHarnessFactory();
      case "memory" -> new MemoryHarnessFactory();
      default -> throw new IllegalArgumentException("no harness for provider type " + type);
    };
  }
}
