package io.hostorder.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hostorder.core.Capabilities;
import io.hostorder.core.Capability;
import io.hostorder.core.OrderProviderFactory;
import io.hostorder.core.config.ConfigKey;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.BillingPeriod;
import io.hostorder.core.registry.ProviderRegistry;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hostorder providers}: the provider types built in and those of the plugins, where each comes from, their
 * capabilities and configuration keys.
 */
@Command(name = "providers", mixinStandardHelpOptions = true,
    description = "Lists the provider types, built in and from plugin jars (see 'Plugins' in docs/cli.md), with where "
        + "each comes from, its capabilities and its configuration keys.")
final class ProvidersCommand implements Callable<Integer>, JsonOutput {
  private final CliContext ctx;

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  ProvidersCommand(CliContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public boolean json() {
    return json;
  }

  @Override
  public Integer call() {
    // Where each type's simulator comes from ("built in", "plugin PATH"); a type without one is absent.
    Map<String, String> simulators = new HashMap<>();
    ctx.harnesses().forEach(h -> simulators.putIfAbsent(h.type(), ctx.plugins().originText(h.getClass())));
    try (ProviderRegistry registry = ctx.registry()) {
      List<OrderProviderFactory> factories = registry.factories().stream()
          .sorted(Comparator.comparing(OrderProviderFactory::type)).toList();
      if (json) {
        ObjectNode root = JsonView.object();
        ArrayNode list = root.putArray("providers");
        factories.forEach(f -> list.add(json(f, ctx.plugins().originText(f.getClass()), simulators.get(f.type()))));
        ArrayNode problems = root.putArray("pluginProblems");
        ctx.plugins().problems().forEach(problems::add);
        ctx.out().println(JsonView.text(root));
      } else {
        if (factories.isEmpty()) {
          ctx.out().println("no provider is installed");
        }
        factories.forEach(f -> text(ctx.out(), f, ctx.plugins().originText(f.getClass()), simulators.get(f.type())));
      }
    }
    return ExitStatus.OK;
  }

  /** Returns what an instance with no configuration beyond the defaults can do, or null when that needs configuration. */
  private static Capabilities defaults(OrderProviderFactory f) {
    try {
      return f.capabilities(ProviderConfig.of(Map.of()));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static ObjectNode json(OrderProviderFactory f, String from, String simulatorFrom) {
    ObjectNode n = JsonView.object();
    n.put("type", f.type());
    n.put("description", f.description());
    n.put("from", from);
    n.put("simulator", simulatorFrom != null);
    if (simulatorFrom != null) {
      n.put("simulatorFrom", simulatorFrom);
    }
    Capabilities caps = defaults(f);
    if (caps != null) {
      ArrayNode c = n.putArray("capabilities");
      caps.supported().stream().sorted().forEach(x -> c.add(x.name()));
      n.put("idempotency", caps.idempotency().name());
      ArrayNode p = n.putArray("periods");
      caps.periods().stream().sorted().forEach(x -> p.add(x.iso()));
      ArrayNode a = n.putArray("accessKinds");
      caps.accessKinds().stream().sorted().forEach(a::add);
    }
    ArrayNode keys = n.putArray("configKeys");
    for (ConfigKey k : f.configKeys()) {
      ObjectNode kn = keys.addObject();
      kn.put("name", k.name());
      kn.put("kind", k.kind().name());
      kn.put("required", k.required());
      kn.put("secret", k.secret());
      if (k.defaultValue() != null) {
        kn.put("default", k.defaultValue());
      }
      if (!k.choices().isEmpty()) {
        ArrayNode ch = kn.putArray("choices");
        k.choices().forEach(ch::add);
      }
      kn.put("environmentVariable", k.environmentVariable());
      kn.put("description", k.description());
    }
    return n;
  }

  private static String orNone(String list) {
    return list.isEmpty() ? "(none taken)" : list;
  }

  private static void text(PrintWriter out, OrderProviderFactory f, String from, String simulatorFrom) {
    out.println(f.type() + " — " + f.description());
    out.println("  from:         " + from);
    Capabilities caps = defaults(f);
    if (caps == null) {
      out.println("  capabilities: depend on the configuration");
    } else {
      out.println("  capabilities: " + (caps.supported().isEmpty() ? "(none)"
          : caps.supported().stream().sorted().map(Capability::name).collect(Collectors.joining(", "))));
      out.println("  idempotency:  " + caps.idempotency().name().toLowerCase(java.util.Locale.ROOT)
          + "   periods: " + orNone(caps.periods().stream().sorted().map(BillingPeriod::iso).collect(Collectors.joining(" ")))
          + "   access: " + orNone(caps.accessKinds().stream().sorted().collect(Collectors.joining(", "))));
    }
    boolean overHttp = f.configKeys().stream().anyMatch(k -> k.name().equals("base-url"));
    // A plugin's simulator is the plugin's, not ours: say which jar it comes from.
    String origin = "built in".equals(simulatorFrom) ? "built in" : "from " + simulatorFrom;
    out.println("  simulator:    " + (simulatorFrom == null ? "none"
        : overHttp ? origin + " (hostorder simulate --provider " + f.type() + ")"
        : ("built in".equals(simulatorFrom) ? "" : origin + ", ") + "in-process only (hostorder tck --provider "
            + f.type() + ", hostorder demo): no other process reaches it"));
    out.println("  configuration keys:");
    int width = f.configKeys().stream().mapToInt(k -> k.name().length()).max().orElse(4);
    for (ConfigKey k : f.configKeys()) {
      String flags = k.required() ? "required" : k.defaultValue() != null ? "default " + k.defaultValue() : "optional";
      if (k.secret()) {
        flags += ", secret";
      }
      if (!k.choices().isEmpty()) {
        flags += ", one of " + String.join("|", k.choices());
      }
      out.println("    " + TextView.pad(k.name(), width) + "  " + k.description() + " (" + flags + "; "
          + k.environmentVariable() + ")");
    }
    out.println();
  }
}
