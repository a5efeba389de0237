package io.hostorder.cli;

import io.hostorder.core.config.ConfigKey;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.Access;
import io.hostorder.core.model.OrderItem;
import io.hostorder.core.model.OrderRequest;
import io.hostorder.core.model.Secrets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * The secrets one run has seen (configuration secrets, passwords in the order file), and the last
 * line of defence that masks them in everything the command prints. Providers already keep secrets
 * out of messages and logs; this catches what slips through. Thread-safe.
 */
final class Scrubber {
  private final Set<String> secrets = new CopyOnWriteArraySet<>();

  /** Remembers {@code value} as a secret (values shorter than 3 characters would mask too much and are ignored). */
  void add(String value) {
    if (value != null && value.strip().length() >= 3) {
      secrets.add(value);
      secrets.add(value.strip());
    }
  }

  /** Remembers every secret of {@code config}: keys declared secret by the provider and keys named like secrets. */
  void addAll(ProviderConfig config, List<ConfigKey> keys) {
    for (ConfigKey key : keys) {
      if (key.secret()) {
        config.optional(key.name()).ifPresent(this::add);
      }
    }
    config.secretValues().forEach(this::add);
  }

  /** Remembers the passwords and secret-named options of every item in {@code order}. */
  void addAll(OrderRequest order) {
    order.items().forEach(this::addAll);
  }

  private void addAll(OrderItem item) {
    Access access = item.access();
    if (access != null) {
      add(access.password());
    }
    item.options().forEach((k, v) -> {
      if (Secrets.isSecretName(k)) {
        add(v);
      }
    });
    item.related().forEach(this::addAll);
  }

  /** Returns {@code text} with every known secret replaced by {@link Secrets#MASK}. */
  String scrub(String text) {
    if (text == null || secrets.isEmpty()) {
      return text;
    }
    String out = text;
    for (String s : secrets.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
      out = out.replace(s, Secrets.MASK);
    }
    return out;
  }
}
