package io.hostorder.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of hostorder, read once from the jar. */
public final class Version {
  private static final String VERSION = load();

  private Version() {}

  /**
   * Returns the version, e.g. {@code 0.1.0-SNAPSHOT}, or {@code dev} when unknown.
   *
   * @return the version
   */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "dev");
      return v.startsWith("${") ? "dev" : v;
    } catch (IOException e) {
      return "dev";
    }
  }
}
