package io.hostorder.core.config;

import java.util.List;
import java.util.Objects;

/**
 * One configuration key of a provider type: its name ({@code base-url}), what it means, its kind of
 * value, whether it is required, its default, and whether it is a secret (masked everywhere).
 */
public record ConfigKey(String name, String description, Kind kind, boolean required, String defaultValue,
    boolean secret, List<String> choices) {

  /** The kind of value a key takes. */
  public enum Kind {
    /** Any text. */
    STRING,
    /** An absolute URL. */
    URL,
    /** A duration such as {@code 30s} or {@code PT30S}. */
    DURATION,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A whole number. */
    INTEGER,
    /** One of the key's {@link ConfigKey#choices()}. */
    CHOICE
  }

  /**
   * Checks the key: a lower-case name with dashes, a description, a kind, and choices for {@link Kind#CHOICE}.
   *
   * @param name the key's name, lower case with dashes
   * @param description what the key means, for help and errors
   * @param kind whether the request reads or may commit
   * @param required whether the key must be given
   * @param defaultValue the value when none is given, or null
   * @param secret whether the value is masked everywhere
   * @param choices the values allowed, for a choice key
   */
  public ConfigKey {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(description, "description == null");
    Objects.requireNonNull(kind, "kind == null");
    if (!name.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("configuration key names are lower case with dashes: " + name);
    }
    choices = List.copyOf(choices);
    if (kind == Kind.CHOICE && choices.isEmpty()) {
      throw new IllegalArgumentException("a CHOICE key needs choices: " + name);
    }
  }

  /**
   * Returns a required key that is no secret.
   *
   * @param name the key's name, lower case with dashes
   * @param kind the kind of value
   * @param description what the key means, for help and errors
   * @return the key
   */
  public static ConfigKey required(String name, Kind kind, String description) {
    return new ConfigKey(name, description, kind, true, null, false, List.of());
  }

  /**
   * Returns an optional key that is no secret.
   *
   * @param name the key's name, lower case with dashes
   * @param kind the kind of value
   * @param defaultValue the value when none is given, or null for none
   * @param description what the key means, for help and errors
   * @return the key
   */
  public static ConfigKey optional(String name, Kind kind, String defaultValue, String description) {
    return new ConfigKey(name, description, kind, false, defaultValue, false, List.of());
  }

  /**
   * Returns an optional secret text key: its value is masked in every log, message and report.
   *
   * @param name the key's name, lower case with dashes
   * @param description what the key means, for help and errors
   * @return the key
   */
  public static ConfigKey secret(String name, String description) {
    return new ConfigKey(name, description, Kind.STRING, false, null, true, List.of());
  }

  /**
   * Returns a required secret text key: it must be given, and its value is masked in every log, message
   * and report.
   *
   * @param name the key's name, lower case with dashes
   * @param description what the key means, for help and errors
   * @return the key
   */
  public static ConfigKey requiredSecret(String name, String description) {
    return new ConfigKey(name, description, Kind.STRING, true, null, true, List.of());
  }

  /**
   * Returns an optional text key that is no secret.
   *
   * @param name the key's name, lower case with dashes
   * @param defaultValue the value when none is given, or null for none
   * @param description what the key means, for help and errors
   * @return the key
   */
  public static ConfigKey string(String name, String defaultValue, String description) {
    return optional(name, Kind.STRING, defaultValue, description);
  }

  /**
   * Returns an optional key that takes an absolute URL.
   *
   * @param name the key's name, lower case with dashes
   * @param defaultValue the URL when none is given, or null for none
   * @param description what the key means, for help and errors
   * @return the key
   */
  public static ConfigKey url(String name, String defaultValue, String description) {
    return optional(name, Kind.URL, defaultValue, description);
  }

  /**
   * Returns an optional key that takes a duration, written {@code 500ms}, {@code 10s}, {@code 2m}, a plain
   * number of seconds or ISO-8601 ({@code PT10S}).
   *
   * @param name the key's name, lower case with dashes
   * @param defaultValue the duration when none is given, written as a user would (e.g. {@code 30s}), or null
   * @param description what the key means, for help and errors
   * @return the key
   * @throws IllegalArgumentException if {@code defaultValue} is not a duration
   */
  public static ConfigKey duration(String name, String defaultValue, String description) {
    if (defaultValue != null) {
      ProviderConfig.parseDuration(defaultValue);
    }
    return optional(name, Kind.DURATION, defaultValue, description);
  }

  /**
   * Returns an optional key that is {@code true} or {@code false}.
   *
   * @param name the key's name, lower case with dashes
   * @param defaultValue the value when none is given
   * @param description what the key means, for help and errors
   * @return the key
   */
  public static ConfigKey flag(String name, boolean defaultValue, String description) {
    return optional(name, Kind.BOOLEAN, Boolean.toString(defaultValue), description);
  }

  /**
   * Returns an optional key that takes a whole number.
   *
   * @param name the key's name, lower case with dashes
   * @param defaultValue the number when none is given
   * @param description what the key means, for help and errors
   * @return the key
   */
  public static ConfigKey integer(String name, long defaultValue, String description) {
    return optional(name, Kind.INTEGER, Long.toString(defaultValue), description);
  }

  /**
   * Returns an optional key that takes one of {@code choices}.
   *
   * @param name the key's name, lower case with dashes
   * @param defaultValue the value when none is given, or null for none
   * @param description what the key means, for help and errors
   * @param choices the values allowed
   * @return the key
   */
  public static ConfigKey choice(String name, String defaultValue, String description, String... choices) {
    return new ConfigKey(name, description, Kind.CHOICE, false, defaultValue, false, List.of(choices));
  }

  /**
   * Returns the environment variable that sets this key: {@code HOSTORDER_} and the name in upper case with underscores.
   *
   * @return the variable's name, e.g. {@code HOSTORDER_BASE_URL}
   */
  public String environmentVariable() {
    return "HOSTORDER_" + name.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
  }

  /**
   * Returns the environment variable that sets this key in {@code profile}: {@code HOSTORDER_}, the profile
   * and the name, in upper case with underscores ({@code HOSTORDER_SHOP_B_BASE_URL} for profile {@code shop-b}).
   *
   * @param profile the profile's name, as in a configuration file's {@code [section]}
   * @return the variable's name
   */
  public String environmentVariable(String profile) {
    return "HOSTORDER_" + profile.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_"
        + name.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
  }
}
