package io.hostorder.cli;

import io.hostorder.core.OrderProviderFactory;
import io.hostorder.core.registry.ProviderRegistry;
import io.hostorder.tck.TckHarnessFactory;
import java.util.List;
import java.util.regex.Pattern;

/** Finds the built-in simulators: the installed TCK harness factories that can start one. */
final class Simulators {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

  private Simulators() {}

  /**
   * Returns the harness factory of {@code type}, or fails with a usage error: for a type nothing knows, the type
   * meant and those installed; for an installed provider without a simulator, the types that have one.
   */
  static TckHarnessFactory factory(CliContext ctx, String type) {
    List<TckHarnessFactory> all = ctx.harnesses();
    List<String> simulated = all.stream().map(TckHarnessFactory::type).sorted().toList();
    return all.stream().filter(f -> f.type().equals(type)).findFirst().orElseThrow(() -> {
      List<String> installed;
      try (ProviderRegistry registry = ctx.registry()) {
        installed = registry.factories().stream().map(OrderProviderFactory::type).sorted().toList();
      }
      if (!installed.contains(type)) {
        java.util.Set<String> known = new java.util.TreeSet<>(installed);
        known.addAll(simulated);
        return ProviderOptions.unknownType(type, List.copyOf(known));
      }
      return new UsageException("provider type '" + type + "' has no built-in simulator (no TCK harness of that type "
          + "is installed); types with one: " + String.join(", ", simulated));
    });
  }

  /** Returns {@code word} quoted for a POSIX shell when it needs quoting. */
  static String shellWord(String word) {
    return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
