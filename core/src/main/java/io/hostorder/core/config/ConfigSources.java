package io.hostorder.core.config;

import io.hostorder.core.error.ConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges the places a configuration comes from. Precedence, lowest first:
 *
 * <ol>
 *   <li>a properties file ({@code --config FILE}): its keys before any {@code [profile]} line, then, with a
 *       profile, the keys of that profile's section;
 *   <li>environment variables: without a profile {@code HOSTORDER_<KEY>} (the key in upper case, dashes as
 *       underscores: {@code HOSTORDER_BASE_URL} sets {@code base-url}); with a profile only
 *       {@code HOSTORDER_<PROFILE>_<KEY>} ({@code HOSTORDER_SHOP_B_TOKEN} sets {@code token} of profile
 *       {@code shop-b}) — in both cases only for keys the provider type declares;
 *   <li>{@code key=value} pairs ({@code --set key=value}, repeatable; the last one of a key wins).
 * </ol>
 *
 * <p>What is typed for one run wins over what the shell holds for every run, which wins over a file. A
 * profile reads no plain {@code HOSTORDER_<KEY>}: a variable meant for one account never leaks into another.
 */
public final class ConfigSources {
  private static final Pattern SECTION = Pattern.compile("^\\s*\\[\\s*([^\\]]*?)\\s*]\\s*$");
  private static final Pattern PROFILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");

  private ConfigSources() {}

  /**
   * Returns the merged configuration without a profile.
   *
   * @see #resolve(Path, String, List, Map, List)
   * @param file a properties file, or null
   * @param pairs {@code key=value} strings
   * @param environment the environment (usually {@code System.getenv()})
   * @param keys the provider type's keys, to know which environment variables to read
   * @return the configuration, {@code --set} pairs over the environment over the file
   */
  public static ProviderConfig resolve(Path file, List<String> pairs, Map<String, String> environment, List<ConfigKey> keys) {
    return resolve(file, null, pairs, environment, keys).config();
  }

  /**
   * Returns the merged configuration and where each value came from.
   *
   * @param file a properties file, or null
   * @param profile the profile to read (a section of {@code file}, and {@code HOSTORDER_<PROFILE>_<KEY>}), or null
   * @param pairs {@code key=value} strings
   * @param environment the environment (usually {@code System.getenv()})
   * @param keys the provider type's keys, to know which environment variables to read
   * @throws ConfigurationException naming the file, the profile or the pair that cannot be read
   * @return the configuration with the origin of each value
   */
  public static ResolvedConfig resolve(Path file, String profile, List<String> pairs, Map<String, String> environment,
      List<ConfigKey> keys) {
    if (profile != null && !PROFILE_NAME.matcher(profile).matches()) {
      throw new ConfigurationException("--profile", "'" + profile + "' is not a profile name (letters, digits, - and _)");
    }
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> origins = new LinkedHashMap<>();
    boolean profileFound = false;
    List<String> unusedProfiles = List.of();
    if (file != null) {
      Map<String, Map<String, String>> sections = readSections(file);
      Map<String, String> shared = sections.get("");
      put(values, origins, shared, "file " + file);
      if (profile != null) {
        Map<String, String> own = sections.get(profile);
        if (own == null && sections.size() > 1) {
          throw new ConfigurationException("--profile", "file " + file + " has no profile [" + profile + "]; its profiles: "
              + String.join(", ", sections.keySet().stream().filter(s -> !s.isEmpty()).toList()));
        }
        put(values, origins, own, "file " + file + ":" + profile);
        profileFound = own != null;
      } else if (sections.size() > 1) {
        unusedProfiles = sections.keySet().stream().filter(n -> !n.isEmpty()).toList();
      }
      if (profile == null && shared.isEmpty() && sections.size() > 1) {
        throw new ConfigurationException("--profile", "file " + file + " holds only profiles ("
            + String.join(", ", sections.keySet().stream().filter(s -> !s.isEmpty()).toList())
            + "): choose one with --profile NAME");
      }
    }
    for (ConfigKey key : keys) {
      String variable = profile == null ? key.environmentVariable() : key.environmentVariable(profile);
      String v = environment.get(variable);
      if (v != null) {
        values.put(key.name(), v.trim());
        origins.put(key.name(), "environment variable " + variable);
        profileFound = true;
      }
    }
    if (profile != null && !profileFound) {
      throw new ConfigurationException("--profile", "profile '" + profile + "' is configured nowhere: "
          + (file == null ? "no --config FILE" : "file " + file + " has no section [" + profile + "]")
          + " and no HOSTORDER_" + profile.toUpperCase(java.util.Locale.ROOT).replace('-', '_')
          + "_<KEY> environment variable of this provider type is set");
    }
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new ConfigurationException(eq == 0 ? "(empty)" : pair, "--set takes key=value, got '" + (eq < 0 ? pair : "=...") + "'");
      }
      String key = pair.substring(0, eq).trim();
      values.put(key, pair.substring(eq + 1).trim());
      origins.put(key, "--set");
    }
    return new ResolvedConfig(ProviderConfig.of(values), origins, unusedProfiles);
  }

  private static void put(Map<String, String> values, Map<String, String> origins, Map<String, String> from, String origin) {
    if (from != null) {
      from.forEach((k, v) -> {
        values.put(k, v);
        origins.put(k, origin);
      });
    }
  }

  /**
   * Reads a properties file (UTF-8) into a map: the keys before any {@code [profile]} line.
   *
   * @param file the file
   * @return the keys and values outside any profile
   * @throws ConfigurationException when the file cannot be read
   */
  public static Map<String, String> readProperties(Path file) {
    return readSections(file).get("");
  }

  /**
   * Reads a properties file (UTF-8) of sections: the keys before any {@code [profile]} line under {@code ""},
   * then each profile's keys under its name, in file order.
   *
   * @param file the file
   * @return each section's keys and values by the section's name, {@code ""} first
   * @throws ConfigurationException when the file cannot be read
   */
  public static Map<String, Map<String, String>> readSections(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigurationException("--config", "cannot read " + file + ": " + e.getMessage());
    }
    Map<String, StringBuilder> texts = new LinkedHashMap<>();
    String section = "";
    texts.put(section, new StringBuilder());
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = SECTION.matcher(lines.get(i));
      if (m.matches()) {
        section = m.group(1);
        if (!PROFILE_NAME.matcher(section).matches()) {
          throw new ConfigurationException("--config", "file " + file + ":" + (i + 1) + ": '[" + section
              + "]' is not a profile name (letters, digits, - and _)");
        }
        if (texts.containsKey(section)) {
          throw new ConfigurationException("--config", "file " + file + ":" + (i + 1) + ": profile [" + section
              + "] appears twice");
        }
        texts.put(section, new StringBuilder());
      } else {
        texts.get(section).append(lines.get(i)).append('\n');
      }
    }
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    texts.forEach((name, text) -> {
      Properties p = new Properties();
      try {
        p.load(new StringReader(text.toString()));
      } catch (IOException | IllegalArgumentException e) {
        throw new ConfigurationException("--config", "cannot read " + file + (name.isEmpty() ? "" : ":" + name)
            + ": " + e.getMessage());
      }
      Map<String, String> values = new LinkedHashMap<>();
      p.stringPropertyNames().stream().sorted().forEach(k -> values.put(k.trim(), p.getProperty(k).trim()));
      out.put(name, values);
    });
    return out;
  }
}
