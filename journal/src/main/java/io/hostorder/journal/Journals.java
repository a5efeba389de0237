package io.hostorder.journal;

import io.hostorder.core.error.ConfigurationException;
import io.hostorder.core.journal.OrderJournal;
import io.hostorder.core.model.SecretScrubber;
import java.nio.file.Path;
import java.util.Map;

/**
 * Opens an order journal from its configuration value ({@code journal}, {@code HOSTORDER_JOURNAL}): a
 * file path (SQLite; {@code ~} is the home directory), {@code jdbc:sqlite:PATH}, or
 * {@code jdbc:postgresql://HOST[:PORT]/DATABASE} (credentials from {@code HOSTORDER_JOURNAL_USER} and
 * {@code HOSTORDER_JOURNAL_PASSWORD}, the URL, or {@code ~/.pgpass}).
 */
public final class Journals {
  /** The default journal file, {@code ~/.hostorder/journal.db}. */
  public static final String DEFAULT = "~/.hostorder/journal.db";

  private Journals() {}

  /** Opens the journal {@code spec} names, with no PostgreSQL credentials beyond the URL's. */
  public static OrderJournal open(String spec) {
    return open(spec, Map.of());
  }

  /**
   * Opens the journal {@code spec} names; {@code environment} gives {@code HOSTORDER_JOURNAL_USER},
   * {@code HOSTORDER_JOURNAL_PASSWORD} and {@code HOME}.
   *
   * @throws ConfigurationException naming {@code journal} for a JDBC URL of another database
   */
  public static OrderJournal open(String spec, Map<String, String> environment) {
    String s = spec == null || spec.isBlank() ? DEFAULT : spec.trim();
    if (s.startsWith("jdbc:postgresql:")) {
      return PostgresJournal.open(s, environment.get("HOSTORDER_JOURNAL_USER"), environment.get("HOSTORDER_JOURNAL_PASSWORD"));
    }
    if (s.startsWith("jdbc:sqlite:")) {
      return SqliteJournal.open(path(s.substring("jdbc:sqlite:".length()), environment));
    }
    if (s.startsWith("jdbc:")) {
      throw new ConfigurationException("journal", "only SQLite (a path or jdbc:sqlite:PATH) and PostgreSQL "
          + "(jdbc:postgresql://HOST/DB) journals exist, not " + withoutPassword(s));
    }
    return SqliteJournal.open(path(s, environment));
  }

  private static Path path(String p, Map<String, String> environment) {
    if (p.equals("~") || p.startsWith("~/")) {
      String home = environment.getOrDefault("HOME", System.getProperty("user.home"));
      return Path.of(home + p.substring(1));
    }
    return Path.of(p);
  }

  /** Returns {@code url} with its user info and any secret parameter ({@code password=}) masked. */
  static String withoutPassword(String url) {
    return SecretScrubber.create().url(url);
  }
}
