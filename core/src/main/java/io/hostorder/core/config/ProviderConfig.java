package io.hostorder.core.config;

import io.hostorder.core.error.ConfigurationException;
import io.hostorder.core.model.Secrets;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The configuration of one provider instance: key/value strings, checked against the provider type's
 * {@link ConfigKey keys} by {@link #check(List)}, with typed getters. Immutable;
 * {@link #toString()} masks secrets.
 *
 * <p>Where the values come from, lowest precedence first: a properties file (and its profile),
 * {@code HOSTORDER_<KEY>} environment variables, then {@code --set key=value} pairs (see {@link ConfigSources}).
 */
public final class ProviderConfig {
  private final Map<String, String> values;
  private final Set<String> secretKeys;

  private ProviderConfig(Map<String, String> values, Set<String> secretKeys) {
    this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    this.secretKeys = Set.copyOf(secretKeys);
  }

  /**
   * Returns an unchecked configuration of {@code values}.
   *
   * @param values the keys and values, copied
   * @return the configuration
   */
  public static ProviderConfig of(Map<String, String> values) {
    return new ProviderConfig(values, Set.of());
  }

  /**
   * Returns this configuration checked against {@code keys}: defaults filled in, and every unknown key,
   * missing required key and malformed value reported.
   *
   * @throws ConfigurationException naming the first key that is wrong (the message lists the others)
   * @param keys the provider type's keys
   * @return the checked configuration
   */
  public ProviderConfig check(List<ConfigKey> keys) {
    Map<String, ConfigKey> byName = new LinkedHashMap<>();
    keys.forEach(k -> byName.put(k.name(), k));
    List<ConfigurationException> problems = new ArrayList<>();
    for (String key : values.keySet()) {
      if (!byName.containsKey(key)) {
        problems.add(new ConfigurationException(key, "unknown key; known keys: " + String.join(", ", byName.keySet())));
      }
    }
    Map<String, String> out = new LinkedHashMap<>(values);
    Set<String> secrets = new LinkedHashSet<>();
    for (ConfigKey k : keys) {
      if (k.secret()) {
        secrets.add(k.name());
      }
      String v = values.get(k.name());
      if (v == null || v.isBlank()) {
        if (k.defaultValue() != null) {
          out.put(k.name(), k.defaultValue());
        } else if (k.required()) {
          problems.add(new ConfigurationException(k.name(), "required (" + k.description() + ")"));
        } else {
          out.remove(k.name());
        }
        continue;
      }
      String problem = problem(k, v.trim());
      if (problem != null) {
        problems.add(new ConfigurationException(k.name(), problem));
      }
    }
    if (!problems.isEmpty()) {
      if (problems.size() == 1) {
        throw problems.get(0);
      }
      StringBuilder all = new StringBuilder(problems.get(0).getMessage().substring(("configuration key '" + problems.get(0).key() + "': ").length()));
      for (int i = 1; i < problems.size(); i++) {
        all.append("; also ").append(problems.get(i).getMessage());
      }
      throw new ConfigurationException(problems.get(0).key(), all.toString());
    }
    return new ProviderConfig(out, secrets);
  }

  private static String problem(ConfigKey k, String v) {
    switch (k.kind()) {
      case URL:
        try {
          URI uri = new URI(v);
          if (uri.getScheme() == null || uri.getHost() == null
              || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
            return "'" + v + "' is not an http(s) URL";
          }
        } catch (Exception e) {
          return "'" + v + "' is not a URL";
        }
        return null;
      case DURATION:
        try {
          parseDuration(v);
          return null;
        } catch (IllegalArgumentException e) {
          return e.getMessage();
        }
      case BOOLEAN:
        return v.equals("true") || v.equals("false") ? null : "'" + v + "' is not true or false";
      case INTEGER:
        try {
          Long.parseLong(v);
          return null;
        } catch (NumberFormatException e) {
          return "'" + v + "' is not a whole number";
        }
      case CHOICE:
        return k.choices().contains(v) ? null : "'" + v + "' is not one of " + String.join(", ", k.choices());
      default:
        return null;
    }
  }

  /**
   * Parses {@code 250ms}, {@code 10s}, {@code 2m}, a plain number of seconds, or ISO-8601 ({@code PT10S}).
   *
   * @param v the text
   * @return the duration
   * @throws IllegalArgumentException saying what is accepted when {@code v} is none of them
   */
  public static Duration parseDuration(String v) {
    String s = v.trim().toLowerCase(Locale.ROOT);
    try {
      if (s.startsWith("pt") || s.startsWith("p")) {
        return Duration.parse(s.toUpperCase(Locale.ROOT));
      }
      if (s.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
      }
      if (s.endsWith("s")) {
        return Duration.ofMillis(Math.round(Double.parseDouble(s.substring(0, s.length() - 1)) * 1000));
      }
      if (s.endsWith("m")) {
        return Duration.ofSeconds(Long.parseLong(s.substring(0, s.length() - 1)) * 60);
      }
      return Duration.ofMillis(Math.round(Double.parseDouble(s) * 1000));
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException("'" + v + "' is not a duration (e.g. 500ms, 10s, 2m, PT10S)");
    }
  }

  /**
   * Returns every key and value (secrets included: do not print this map, print {@link #toString()}).
   *
   * @return the values, unmodifiable
   */
  public Map<String, String> values() {
    return values;
  }

  /**
   * Returns the value of {@code key}, trimmed, or empty when it is absent or blank.
   *
   * @param key the key's name
   * @return the value, or empty
   */
  public Optional<String> optional(String key) {
    return Optional.ofNullable(values.get(key)).map(String::trim).filter(s -> !s.isEmpty());
  }

  /**
   * Returns the value of {@code key}, or throws {@link ConfigurationException} naming it when absent.
   *
   * @param key the key's name
   * @return the value, trimmed
   */
  public String require(String key) {
    return optional(key).orElseThrow(() -> new ConfigurationException(key, "required"));
  }

  /**
   * Returns whether {@code key} is {@code true} (any case); false when it is absent.
   *
   * @param key the key's name
   * @return the value
   */
  public boolean bool(String key) {
    return optional(key).map(Boolean::parseBoolean).orElse(false);
  }

  /**
   * Returns the value of {@code key} as a duration (see {@link #parseDuration}), or empty when it is absent.
   *
   * @param key the key's name
   * @return the duration, or empty
   * @throws ConfigurationException naming the key when the value is not a duration
   */
  public Optional<Duration> duration(String key) {
    try {
      return optional(key).map(ProviderConfig::parseDuration);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(key, e.getMessage());
    }
  }

  /**
   * Returns the value of {@code key} as a whole number, or empty when it is absent.
   *
   * @param key the key's name
   * @return the number, or empty
   * @throws ConfigurationException naming the key when the value is not a whole number
   */
  public Optional<Long> number(String key) {
    try {
      return optional(key).map(Long::parseLong);
    } catch (NumberFormatException e) {
      throw new ConfigurationException(key, "'" + values.get(key) + "' is not a whole number");
    }
  }

  /**
   * Returns a copy with {@code key} set to {@code value} (unchecked; check it again if needed).
   *
   * @param key the key's name
   * @param value the value
   * @return the copy
   */
  public ProviderConfig with(String key, String value) {
    Map<String, String> m = new LinkedHashMap<>(values);
    m.put(key, value);
    return new ProviderConfig(m, secretKeys);
  }

  /**
   * Returns the values of every secret key (declared secret, or named like one), for scrubbing text.
   *
   * @return the secret values
   */
  public Set<String> secretValues() {
    Set<String> out = new LinkedHashSet<>();
    values.forEach((k, v) -> {
      if ((secretKeys.contains(k) || Secrets.isSecretName(k)) && v != null && !v.isBlank()) {
        out.add(v);
      }
    });
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProviderConfig other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    Map<String, String> shown = new TreeMap<>();
    values.forEach((k, v) -> shown.put(k, secretKeys.contains(k) || Secrets.isSecretName(k) ? Secrets.MASK : v));
    return "ProviderConfig" + shown;
  }
}
