package io.hostorder.tck;

import io.hostorder.core.model.SecretScrubber;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.model.Secrets;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where and with what a TCK run happened, for the header of its reports: the hostorder version that ran
 * it, the Java runtime, the operating system, and the provider's configuration with every secret masked
 * (a key named like a secret, or a value that is one, shows as {@code ****}; a URL loses its user info).
 * Immutable.
 */
public record RunFacts(String version, String java, String os, Map<String, String> configuration) {
  private static final String BUILD_PROPERTIES = "/io/hostorder/tck/tck-build.properties";

  public RunFacts {
    Objects.requireNonNull(version, "version == null");
    Objects.requireNonNull(java, "java == null");
    Objects.requireNonNull(os, "os == null");
    configuration = Collections.unmodifiableMap(new TreeMap<>(configuration));
  }

  /** Returns the facts of this JVM with {@code config} masked: its secret keys, and any value among {@code secrets}. */
  public static RunFacts of(ProviderConfig config, Collection<String> secrets) {
    Set<String> secretValues = config.secretValues();
    SecretScrubber scrubber = SecretScrubber.of(secrets);
    Map<String, String> shown = new TreeMap<>();
    config.values().forEach((key, value) -> shown.put(key,
        Secrets.isSecretName(key) || secretValues.contains(value) || secrets.contains(value) ? Secrets.MASK
            : scrubber.url(value)));
    return new RunFacts(hostorderVersion(), javaRuntime(), operatingSystem(), shown);
  }

  /** Returns the facts of this JVM, with no configuration (a result read back from elsewhere). */
  public static RunFacts here() {
    return new RunFacts(hostorderVersion(), javaRuntime(), operatingSystem(), Map.of());
  }

  /** Returns the version of hostorder this TCK was built as, e.g. {@code 0.1.0-SNAPSHOT}, or {@code unknown}. */
  public static String hostorderVersion() {
    try (InputStream in = RunFacts.class.getResourceAsStream(BUILD_PROPERTIES)) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "");
      // An unfiltered resource (an IDE's copy) still holds the placeholder.
      return v.isBlank() || v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String javaRuntime() {
    return System.getProperty("java.version", "?") + " (" + System.getProperty("java.vendor", "?") + ")";
  }

  private static String operatingSystem() {
    return System.getProperty("os.name", "?") + " " + System.getProperty("os.version", "") + " ("
        + System.getProperty("os.arch", "?") + ")";
  }
}
