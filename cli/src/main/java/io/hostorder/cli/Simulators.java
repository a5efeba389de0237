package io.hostorder.cli;

import io.hostorder.tck.TckHarnessFactory;
import java.util.List;
import java.util.regex.Pattern;

/** Finds the built-in simulators: the installed TCK harness factories that can start one. */
final class Simulators {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

  private Simulators() {}

  /** Returns the harness factory of {@code type}, or fails with a usage error naming those installed. */
  static TckHarnessFactory factory(CliContext ctx, String type) {
    List<TckHarnessFactory> all = ctx.harnesses();
    return all.stream().filter(f -> f.type().equals(type)).findFirst().orElseThrow(() -> new UsageException(
        "provider type '" + type + "' has no built-in simulator (no TCK harness of that type is installed); types with one: "
            + String.join(", ", all.stream().map(TckHarnessFactory::type).sorted().toList())));
  }

  /** Returns {@code word} quoted for a POSIX shell when it needs quoting. */
  static String shellWord(String word) {
    return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
