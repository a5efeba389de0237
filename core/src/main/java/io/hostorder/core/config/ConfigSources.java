package io.hostorder.core.config;

import io.hostorder.core.error.ConfigurationException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Merges the places a configuration comes from. Precedence, lowest first:
 *
 * <ol>
 *   <li>a properties file ({@code --config FILE});
 *   <li>{@code key=value} pairs ({@code --set key=value}, repeatable; the last one of a key wins);
 *   <li>environment variables {@code HOSTORDER_<KEY>} (the key in upper case, dashes as underscores:
 *       {@code HOSTORDER_BASE_URL} sets {@code base-url}) — only for keys the provider type declares.
 * </ol>
 *
 * <p>Environment variables come last so that an operator can override a checked-in file or a script's
 * {@code --set} for one run without editing either (the twelve-factor habit).
 */
public final class ConfigSources {
  private ConfigSources() {}

  /**
   * Returns the merged configuration.
   *
   * @param file a properties file, or null
   * @param pairs {@code key=value} strings
   * @param environment the environment (usually {@code System.getenv()})
   * @param keys the provider type's keys, to know which environment variables to read
   * @throws ConfigurationException naming the file or the pair that cannot be read
   */
  public static ProviderConfig resolve(Path file, List<String> pairs, Map<String, String> environment, List<ConfigKey> keys) {
    Map<String, String> values = new LinkedHashMap<>();
    if (file != null) {
      values.putAll(readProperties(file));
    }
    for (String pair : pairs) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new ConfigurationException(eq == 0 ? "(empty)" : pair, "--set takes key=value, got '" + (eq < 0 ? pair : "=...") + "'");
      }
      values.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
    }
    for (ConfigKey key : keys) {
      String v = environment.get(key.environmentVariable());
      if (v != null) {
        values.put(key.name(), v.trim());
      }
    }
    return ProviderConfig.of(values);
  }

  /** Reads a properties file (UTF-8) into a map. */
  public static Map<String, String> readProperties(Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new ConfigurationException("--config", "cannot read " + file + ": " + e.getMessage());
    }
    Map<String, String> out = new LinkedHashMap<>();
    p.stringPropertyNames().stream().sorted().forEach(k -> out.put(k.trim(), p.getProperty(k).trim()));
    return out;
  }
}
