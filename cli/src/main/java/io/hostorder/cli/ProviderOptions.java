package io.hostorder.cli;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderProviderFactory;
import io.hostorder.core.config.ConfigSources;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.error.ConfigurationException;
import io.hostorder.core.registry.ProviderRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options that say which provider to talk to and how: {@code --provider TYPE}, {@code --config FILE}
 * and repeatable {@code --set KEY=VALUE}, merged with {@code HOSTORDER_<KEY>} environment variables in
 * the precedence {@link ConfigSources} defines (file, then --set, then environment).
 */
final class ProviderOptions {
  @Option(names = "--provider", required = true, paramLabel = "TYPE",
      description = "The provider type (see 'hostorder providers').")
  String type;

  @Option(names = "--config", paramLabel = "FILE",
      description = "A properties file of configuration keys (lowest precedence).")
  Path configFile;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Sets one configuration key; repeatable; overrides --config. "
          + "HOSTORDER_<KEY> environment variables override both.")
  List<String> pairs = new ArrayList<>();

  /** Returns true when no configuration was given on the command line or in the environment. */
  boolean noConfiguration(OrderProviderFactory factory, CliContext ctx) {
    return configFile == null && pairs.isEmpty()
        && factory.configKeys().stream().noneMatch(k -> ctx.environment().containsKey(k.environmentVariable()));
  }

  /** Returns the factory of {@link #type}, or fails with a configuration error listing the installed types. */
  OrderProviderFactory factory(ProviderRegistry registry) {
    return registry.factory(type).orElseThrow(() -> new ConfigurationException("provider",
        "unknown provider type '" + type + "'; installed: "
            + String.join(", ", registry.factories().stream().map(OrderProviderFactory::type).sorted().toList())));
  }

  /** Returns the merged configuration, checked against the provider's keys; its secrets are registered for masking. */
  ProviderConfig config(OrderProviderFactory factory, CliContext ctx) {
    if (configFile != null && !Files.isReadable(configFile)) {
      throw new UsageException("--config " + configFile + ": no such readable file");
    }
    ProviderConfig raw = ConfigSources.resolve(configFile, pairs, ctx.environment(), factory.configKeys());
    // Register before checking: a malformed secret must not come back in an error message.
    ctx.scrubber().addAll(raw, factory.configKeys());
    ProviderConfig checked = raw.check(factory.configKeys());
    ctx.scrubber().addAll(checked, factory.configKeys());
    return checked;
  }

  /** Creates the provider instance these options describe. */
  OrderProvider open(ProviderRegistry registry, CliContext ctx) {
    OrderProviderFactory factory = factory(registry);
    return registry.create(factory.type(), config(factory, ctx));
  }

  /** Creates the provider instance these options describe, placing through {@code journal}. */
  io.hostorder.core.journal.JournaledProvider open(ProviderRegistry registry, CliContext ctx,
      io.hostorder.core.journal.OrderJournal journal, JournalChoice choice) {
    OrderProviderFactory factory = factory(registry);
    ProviderConfig config = config(factory, ctx);
    OrderProvider p = registry.create(factory.type(), config);
    return choice.wrap(p, io.hostorder.core.journal.JournalOptions.instanceOf(factory.type(), config), journal, ctx);
  }
}
