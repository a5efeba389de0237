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
    STRING, URL, DURATION, BOOLEAN, INTEGER, CHOICE
  }

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

  public static ConfigKey required(String name, Kind kind, String description) {
    return new ConfigKey(name, description, kind, true, null, false, List.of());
  }

  public static ConfigKey optional(String name, Kind kind, String defaultValue, String description) {
    return new ConfigKey(name, description, kind, false, defaultValue, false, List.of());
  }

  public static ConfigKey secret(String name, String description) {
    return new ConfigKey(name, description, Kind.STRING, false, null, true, List.of());
  }

  public static ConfigKey choice(String name, String defaultValue, String description, String... choices) {
    return new ConfigKey(name, description, Kind.CHOICE, false, defaultValue, false, List.of(choices));
  }

  /** Returns the environment variable that sets this key: {@code HOSTORDER_} and the name in upper case with underscores. */
  public String environmentVariable() {
    return "HOSTORDER_" + name.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
  }

  /**
   * Returns the environment variable that sets this key in {@code profile}: {@code HOSTORDER_}, the profile
   * and the name, in upper case with underscores ({@code HOSTORDER_SHOP_B_BASE_URL} for profile {@code shop-b}).
   */
  public String environmentVariable(String profile) {
    return "HOSTORDER_" + profile.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_"
        + name.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
  }
}
