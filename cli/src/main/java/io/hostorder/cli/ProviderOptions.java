package io.hostorder.cli;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.OrderProviderFactory;
import io.hostorder.core.config.ConfigSources;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.config.ResolvedConfig;
import io.hostorder.core.error.ConfigurationException;
import io.hostorder.core.registry.ProviderRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options that say which provider to talk to and how: {@code --provider TYPE}, {@code --config FILE},
 * {@code --profile NAME} and repeatable {@code --set KEY=VALUE}, merged with the environment in the
 * precedence {@link ConfigSources} defines (file, then environment, then --set). Every configuration error
 * says where the value it names came from.
 */
final class ProviderOptions {
  @Option(names = "--provider", required = true, paramLabel = "TYPE",
      description = "The provider type (see 'hostorder providers').")
  String type;

  @Option(names = "--config", paramLabel = "FILE",
      description = "A properties file of configuration keys (lowest precedence); [NAME] lines start profiles.")
  Path configFile;

  @Option(names = "--profile", paramLabel = "NAME",
      description = "Reads the [NAME] section of --config over its shared keys, and HOSTORDER_<NAME>_<KEY> "
          + "environment variables instead of HOSTORDER_<KEY>: one profile per account.")
  String profile;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "Sets one configuration key; repeatable; overrides the environment and --config.")
  List<String> pairs = new ArrayList<>();

  /**
   * Returns true when no configuration was given on the command line, and the environment names no account
   * (no {@code HOSTORDER_BASE_URL}): a stray credential in the environment does not count.
   */
  boolean noConfiguration(OrderProviderFactory factory, CliContext ctx) {
    return configFile == null && pairs.isEmpty() && profile == null && environmentAccount(factory, ctx).isEmpty();
  }

  /**
   * Returns the environment variables that configure an account without any option: {@code HOSTORDER_BASE_URL}
   * (the key that says which host to reach) and every other {@code HOSTORDER_<KEY>} of the type beside it;
   * empty when {@code HOSTORDER_BASE_URL} is not set.
   */
  List<String> environmentAccount(OrderProviderFactory factory, CliContext ctx) {
    List<String> set = factory.configKeys().stream().map(k -> k.environmentVariable())
        .filter(ctx.environment()::containsKey).toList();
    return set.contains("HOSTORDER_BASE_URL") ? set : List.of();
  }

  /**
   * Returns the options as they are typed, for a hint to paste: the provider, file, profile, and each {@code --set}
   * whose key is not secret ({@code --set base-url=…}); a secret is never repeated (the error for its absence says
   * where else to give it).
   */
  String asArguments() {
    StringBuilder b = new StringBuilder("--provider " + Shell.quote(type));
    if (configFile != null) {
      b.append(" --config ").append(Shell.quote(configFile.toString()));
    }
    if (profile != null) {
      b.append(" --profile ").append(Shell.quote(profile));
    }
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair.trim() : pair.substring(0, eq).trim();
      if (eq > 0 && !secretKeys.contains(key) && !io.hostorder.core.model.Secrets.isSecretName(key)) {
        b.append(" --set ").append(Shell.quote(pair));
      }
    }
    return b.toString();
  }

  /** The keys the provider type declares secret, known once the configuration was resolved. */
  private final java.util.Set<String> secretKeys = new java.util.HashSet<>();

  /**
   * Returns where a missing value of {@code error}'s key can be given, in this run's terms (its profile and
   * file), or null when the error is about a value that was given (its origin is named) or not about a key.
   */
  String whereToGive(ConfigurationException error) {
    String key = error.key();
    // A value that was given names where it came from ("token from --set"): only a missing one gets the hint.
    if (key == null || !key.matches("[a-z][a-z0-9-]*") || error.reason().contains(key + " from ")) {
      return null;
    }
    String variable = "HOSTORDER_" + (profile != null ? profile.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_" : "")
        + key.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    String inFile = key + "=VALUE " + (profile != null ? "under [" + profile + "] " : "")
        + (configFile != null ? "in " + Shell.quote(configFile.toString()) : "in a --config file");
    String environment = "in the environment as " + variable;
    return io.hostorder.core.model.Secrets.isSecretName(key)
        ? "give " + key + " " + environment + " (out of the shell's history), as " + inFile + ", or with --set " + key + "=VALUE"
        : "give " + key + " with --set " + key + "=VALUE, " + environment + ", or as " + inFile;
  }

  /** Returns the factory of {@link #type}, or fails with a usage error suggesting the type meant and listing those installed. */
  OrderProviderFactory factory(ProviderRegistry registry) {
    return registry.factory(type).orElseThrow(() -> unknownType(type,
        registry.factories().stream().map(OrderProviderFactory::type).sorted().toList()));
  }

  /** Returns the error for a {@code --provider} naming no installed type: the type meant, if any, and every installed one. */
  static UsageException unknownType(String type, List<String> installed) {
    return new UsageException("--provider " + type + ": unknown provider type '" + type + "';"
        + Spelling.didYouMean(type, installed) + " installed: " + String.join(", ", installed)
        + " (hostorder providers describes them)");
  }

  /**
   * Returns the merged configuration, checked against the provider's keys; its secrets are registered for
   * masking. A configuration error names where the value came from.
   */
  ProviderConfig config(OrderProviderFactory factory, CliContext ctx) {
    return resolve(factory, ctx).config();
  }

  private Resolved resolve(OrderProviderFactory factory, CliContext ctx) {
    if (configFile != null && !Files.isReadable(configFile)) {
      throw new UsageException("--config " + configFile + ": no such readable file");
    }
    factory.configKeys().stream().filter(io.hostorder.core.config.ConfigKey::secret).forEach(k -> secretKeys.add(k.name()));
    ResolvedConfig raw = ConfigSources.resolve(configFile, profile, pairs, ctx.environment(), factory.configKeys());
    // Register before checking: a malformed secret must not come back in an error message.
    ctx.scrubber().rememberConfig(raw.config(), factory.configKeys());
    try {
      ProviderConfig checked = raw.config().check(factory.configKeys());
      ctx.scrubber().rememberConfig(checked, factory.configKeys());
      return new Resolved(checked, raw);
    } catch (ConfigurationException e) {
      throw raw.explain(e);
    }
  }

  /** Creates the provider instance these options describe. */
  OrderProvider open(ProviderRegistry registry, CliContext ctx) {
    OrderProviderFactory factory = factory(registry);
    Resolved r = resolve(factory, ctx);
    return r.create(registry, factory);
  }

  /** Creates the provider instance these options describe, placing through {@code journal}. */
  io.hostorder.core.journal.JournaledProvider open(ProviderRegistry registry, CliContext ctx,
      io.hostorder.core.journal.OrderJournal journal, JournalChoice choice) {
    OrderProviderFactory factory = factory(registry);
    Resolved r = resolve(factory, ctx);
    OrderProvider p = r.create(registry, factory);
    return choice.wrap(p, io.hostorder.core.journal.JournalOptions.instanceOf(factory.type(), r.config()), journal, ctx);
  }

  /** A checked configuration and the origins of its values. */
  private record Resolved(ProviderConfig config, ResolvedConfig raw) {
    /** Creates the instance; a configuration error the provider finds names where its value came from too. */
    OrderProvider create(ProviderRegistry registry, OrderProviderFactory factory) {
      try {
        return registry.create(factory.type(), config);
      } catch (ConfigurationException e) {
        throw raw.explain(e);
      }
    }
  }
}
