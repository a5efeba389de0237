package io.hostorder.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The end of each command's {@code --help}: the exit statuses that command returns (the whole table stands in
 * {@code hostorder --help} only) and examples to paste. The examples talk to the JSON action API's simulator as
 * {@code hostorder simulate --provider jsonrest --port 18099} serves it (its token is fixed), or name the files
 * they need, so each one runs as printed.
 */
final class CommandHelp {
  /** The options that reach {@code hostorder simulate --provider jsonrest --port 18099}, one per line. */
  private static final List<String> SIMULATOR = List.of("--set base-url=http://127.0.0.1:18099/api",
      "--set token=tck-token-7d41c9e25f0a");

  private static final String START_SIMULATOR = "# in another terminal: hostorder simulate --provider jsonrest --port 18099";
  /** The width of the help picocli prints. */
  private static final int WIDTH = 80;
  private static final String SECTION_EXIT = "hostorderExitStatus";
  private static final String SECTION_EXAMPLES = "hostorderExamples";

  private CommandHelp() {}

  /** One command's part: exit statuses (code, or code and this command's own wording) and example lines. */
  private record Part(Map<String, String> exits, List<String> examples) {}

  /** Puts the whole exit status table under the top command, and each command's part under it. */
  static void apply(CommandLine root) {
    root.getCommandSpec().usageMessage().exitCodeListHeading("%nExit status:%n").exitCodeList(ExitStatus.TABLE);
    for (Map.Entry<String, Part> e : parts().entrySet()) {
      CommandLine cl = root;
      for (String name : e.getKey().split(" ")) {
        cl = cl.getSubcommands().get(name);
      }
      if (cl == null) {
        throw new IllegalStateException("no command '" + e.getKey() + "' to describe");
      }
      add(cl.getCommandSpec().usageMessage(), e.getValue());
    }
  }

  /** Returns the names of the commands that have a part, for tests to check none is missing. */
  static List<String> described() {
    return List.copyOf(parts().keySet());
  }

  private static void add(UsageMessageSpec usage, Part part) {
    List<String> keys = new ArrayList<>(usage.sectionKeys());
    int at = keys.indexOf(UsageMessageSpec.SECTION_KEY_FOOTER_HEADING);
    keys.add(at < 0 ? keys.size() : at, SECTION_EXIT);
    keys.add(at < 0 ? keys.size() : at + 1, SECTION_EXAMPLES);
    usage.sectionKeys(keys);
    usage.sectionMap().put(SECTION_EXIT, help -> exits(part.exits()));
    usage.sectionMap().put(SECTION_EXAMPLES, help -> examples(part.examples()));
  }

  private static String exits(Map<String, String> exits) {
    StringBuilder b = new StringBuilder(String.format("%nExit status (the whole table: hostorder --help):%n"));
    exits.forEach((code, text) -> b.append(wrap(String.format("  %-4s ", code), text)));
    return b.toString();
  }

  /** Returns {@code text} after {@code lead}, wrapped at {@link #WIDTH} columns under its first word. */
  static String wrap(String lead, String text) {
    StringBuilder b = new StringBuilder(lead);
    int column = lead.length();
    for (String word : text.split(" ")) {
      if (column > lead.length() && column + 1 + word.length() > WIDTH) {
        b.append(String.format("%n")).append(" ".repeat(lead.length()));
        column = lead.length();
      } else if (column > lead.length()) {
        b.append(' ');
        column++;
      }
      b.append(word);
      column += word.length();
    }
    return b.append(String.format("%n")).toString();
  }

  private static String examples(List<String> lines) {
    StringBuilder b = new StringBuilder(String.format("%nExamples:%n"));
    lines.forEach(l -> b.append("  ").append(l).append(String.format("%n")));
    return b.toString();
  }

  /** Returns the statuses {@code codes} with the table's wording, a code followed by "=text" with its own. */
  private static Map<String, String> exits(String... codes) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String c : codes) {
      int eq = c.indexOf('=');
      String code = eq < 0 ? c : c.substring(0, eq);
      String text = eq < 0 ? ExitStatus.TABLE.get(code) : c.substring(eq + 1);
      if (text == null) {
        throw new IllegalStateException("no exit status " + code);
      }
      out.put(code, text);
    }
    return out;
  }

  /** Returns {@code command} followed by the options that reach the simulator, as continued shell lines. */
  private static List<String> sim(String command) {
    List<String> out = new ArrayList<>();
    out.add(command + " \\");
    for (int i = 0; i < SIMULATOR.size(); i++) {
      out.add("    " + SIMULATOR.get(i) + (i + 1 < SIMULATOR.size() ? " \\" : ""));
    }
    return out;
  }

  /** Returns the lines of {@code parts}: strings, and lists of strings flattened. */
  private static List<String> lines(Object... parts) {
    List<String> out = new ArrayList<>();
    for (Object part : parts) {
      if (part instanceof List<?> list) {
        list.forEach(l -> out.add((String) l));
      } else {
        out.add((String) part);
      }
    }
    return out;
  }

  private static Map<String, Part> parts() {
    Map<String, Part> p = new LinkedHashMap<>();
    p.put("providers", new Part(exits("0", "1"), lines(
        "hostorder providers",
        "hostorder providers --json")));
    p.put("order", new Part(exits("0", "1", "2", "3", "4", "5", "6", "7", "9", "10", "11"), lines(
        START_SIMULATOR,
        "# and save the order it prints as order.json",
        sim("hostorder order --provider jsonrest --order-file order.json"),
        "# the [shop-a] account of a file holding several; the result as JSON",
        "hostorder order --provider billmanager --config accounts.properties \\",
        "    --profile shop-a --order-file order.json --json")));
    p.put("status", new Part(exits("0", "1", "2", "4", "6", "8=not found: the provider has no such order"), lines(
        START_SIMULATOR,
        sim("hostorder status --provider jsonrest --order 73"),
        sim("hostorder status --provider jsonrest --order 73 --json"))));
    p.put("await", new Part(exits("0=the order has the status", "1", "2", "4", "6",
        "8=not found: the provider has no such order",
        "12=the time-out passed first (nothing was ordered; waiting again is safe)",
        "13=the order failed or was cancelled instead of reaching the status"), lines(
        START_SIMULATOR,
        sim("hostorder await 73 --provider jsonrest --timeout 2m"),
        sim("hostorder await 73 --provider jsonrest --until PROCESSING --json"))));
    p.put("list", new Part(exits("0", "1", "2", "4", "6"), lines(
        START_SIMULATOR,
        sim("hostorder list --provider jsonrest"),
        "hostorder list --provider billmanager --config accounts.properties \\",
        "    --profile shop-a")));
    p.put("cancel", new Part(exits("0=cancelled, or already cancelled (nothing was sent then)", "1",
        "2=usage or configuration error (also: the provider cannot cancel)", "4", "6",
        "7=outcome unknown: the cancel was sent and got no definitive answer", "8=not found: no such order or line"),
        lines(
            START_SIMULATOR,
            sim("hostorder cancel --provider jsonrest --order 73"),
            sim("hostorder cancel --provider jsonrest --order 73 --line 1293"))));
    p.put("journal", new Part(exits("0", "1", "2", "11"), lines(
        "hostorder journal",
        "hostorder journal --status unknown --provider billmanager",
        "hostorder journal --journal /var/lib/hostorder/journal.db --limit 20 --json")));
    p.put("journal show", new Part(exits("0", "1", "2", "8=not found: the journal has no such reference", "11"), lines(
        "hostorder journal show broker-4711",
        "hostorder journal show broker-4711 --json")));
    p.put("reconcile", new Part(exits("0=every reference is settled (placed or not placed)", "1",
        "2=usage or configuration error (also: a reference of another provider instance)", "4", "6",
        "7=some references still need an operator: hostorder resolve",
        "8=not found: the journal has no such reference", "10", "11"), lines(
        START_SIMULATOR,
        sim("hostorder reconcile --provider jsonrest"),
        "hostorder reconcile broker-4711 --provider billmanager \\",
        "    --config accounts.properties --profile shop-a")));
    p.put("resolve", new Part(exits("0=the decision is recorded",
        "1=the journal already records the reference as placed", "2",
        "8=not found: the journal has no such reference",
        "10=a live process is placing the reference now", "11"), lines(
        "hostorder resolve broker-4711 --placed 73 --note 'found in the panel'",
        "hostorder resolve broker-4712 --not-placed --by alice")));
    p.put("tck", new Part(exits("0=no rule failed", "1=a rule failed (see the matrix and the reports)",
        "2=usage or configuration error (also: a real account without --live --confirm-real-orders)"), lines(
        "hostorder tck --provider hostway",
        "hostorder tck --provider jsonrest --report tck-reports --json > tck.json",
        START_SIMULATOR,
        sim("hostorder tck --provider jsonrest"),
        "hostorder tck --provider billmanager --config live.properties \\",
        "    --live --confirm-real-orders")));
    p.put("simulate", new Part(exits("0=stopped (Ctrl-C)",
        "2=usage error (unknown type, no simulator, a bad --fault or --port)"), lines(
        "hostorder simulate --provider jsonrest --port 18099",
        "hostorder simulate --provider zomro --activation-delay 0s",
        "hostorder simulate --provider jsonrest --port 18099 \\",
        "    --fault order_create=HTML_504")));
    p.put("demo", new Part(exits("0=every order went through and no TCK rule failed",
        "1=an order or a TCK rule failed (see above the matrix)"), lines(
        "hostorder demo",
        "hostorder demo --report demo-reports")));
    p.put("help", new Part(exits("0", "2"), lines(
        "hostorder help",
        "hostorder help order")));
    return p;
  }
}
