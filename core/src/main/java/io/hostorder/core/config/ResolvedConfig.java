package io.hostorder.core.config;

import io.hostorder.core.error.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A merged configuration and where each of its values came from: {@code --set}, {@code environment
 * variable HOSTORDER_…} or {@code file PATH[:profile]}. Made by {@link ConfigSources#resolve}; immutable.
 *
 * @param config the merged, unchecked values
 * @param origins for each key of {@code config}, where its value came from
 * @param unusedProfiles when no profile was chosen, the profiles the file holds (a missing key may be in one)
 */
public record ResolvedConfig(ProviderConfig config, Map<String, String> origins, List<String> unusedProfiles) {
  /**
   * Checks the configuration is given and keeps copies of the origins and profiles.
   *
   * @param config the merged, unchecked values
   * @param origins for each key of {@code config}, where its value came from
   * @param unusedProfiles when no profile was chosen, the profiles the file holds (a missing key may be
   *     in one)
   */
  public ResolvedConfig {
    Objects.requireNonNull(config, "config == null");
    origins = Map.copyOf(origins);
    unusedProfiles = List.copyOf(unusedProfiles);
  }

  /**
   * Returns a resolution whose file, if any, held no profile it did not use.
   *
   * @param config the merged, unchecked values
   * @param origins for each key of {@code config}, where its value came from
   */
  public ResolvedConfig(ProviderConfig config, Map<String, String> origins) {
    this(config, origins, List.of());
  }

  /**
   * Returns where the value of {@code key} came from, or null when it was not given (a default, or absent).
   *
   * @param key the key's name
   * @return the origin, e.g. {@code --set}, or null
   */
  public String origin(String key) {
    return origins.get(key);
  }

  /**
   * Returns {@code error} with the origin of its key, and of every other given key its message names, added:
   * {@code configuration key 'token': give either token or username and password, not both (token from
   * --set; password from environment variable HOSTORDER_PASSWORD)}. Returns {@code error} itself when none
   * of the keys it names was given.
   *
   * @param error the error to explain
   * @return the error with origins added, or {@code error} itself
   */
  public ConfigurationException explain(ConfigurationException error) {
    List<String> from = new ArrayList<>();
    if (origin(error.key()) != null) {
      from.add(error.key() + " from " + origin(error.key()));
    }
    origins.keySet().stream().sorted()
        .filter(k -> !k.equals(error.key()))
        .filter(k -> Pattern.compile("(?<![\\w-])" + Pattern.quote(k) + "(?![\\w-])").matcher(error.reason()).find())
        .forEach(k -> from.add(k + " from " + origin(k)));
    String reason = error.reason();
    if (!from.isEmpty()) {
      reason = reason + " (" + String.join("; ", from) + ")";
    }
    if (!unusedProfiles.isEmpty()) {
      // The value may well be in a profile the run did not choose.
      reason = reason + "; the --config file also holds the profiles " + String.join(", ", unusedProfiles)
          + ", read only with --profile NAME";
    }
    return reason.equals(error.reason()) ? error : new ConfigurationException(error.key(), reason);
  }
}
