package io.hostorder.cli;

import io.hostorder.core.journal.JournalOptions;
import io.hostorder.core.journal.JournaledProvider;
import io.hostorder.core.journal.OrderJournal;
import io.hostorder.core.journal.SecretSealer;
import io.hostorder.journal.Journals;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/**
 * Which order journal a command uses: {@code --journal PATH|JDBC-URL}, else {@code HOSTORDER_JOURNAL},
 * else {@code ~/.hostorder/journal.db}. {@code HOSTORDER_JOURNAL_KEY} (base64 AES key) lets the journal
 * keep per-order secrets a provider needs to resume, encrypted; {@code HOSTORDER_JOURNAL_USER} and
 * {@code HOSTORDER_JOURNAL_PASSWORD} are PostgreSQL's credentials.
 */
final class JournalChoice {
  static final String ENV = "HOSTORDER_JOURNAL";
  static final String KEY_ENV = "HOSTORDER_JOURNAL_KEY";

  @Option(names = "--journal", paramLabel = "PATH|URL",
      description = "The order journal: a SQLite file or jdbc:postgresql://HOST/DB (default: $HOSTORDER_JOURNAL, "
          + "else ~/.hostorder/journal.db).")
  String journal;

  /** Set by {@code order --lookup-first}: look each reference up before ordering it. */
  boolean lookupFirst;

  /** Returns the journal's configuration value. */
  String spec(CliContext ctx) {
    if (journal != null) {
      if (journal.isBlank()) {
        throw new UsageException("--journal must not be blank");
      }
      return journal;
    }
    String env = ctx.environment().get(ENV);
    return env != null && !env.isBlank() ? env : Journals.DEFAULT;
  }

  /**
   * Returns {@code --journal} as given, with a leading space, for a hint to paste; empty when it was not given
   * (the hint then uses the same default) or when it carries a password.
   */
  String asArguments() {
    if (journal == null || journal.isBlank() || journal.toLowerCase(java.util.Locale.ROOT).contains("password")) {
      return "";
    }
    return " --journal " + Shell.quote(journal);
  }

  /** Opens the journal; the caller closes it. */
  OrderJournal open(CliContext ctx) {
    java.util.Map<String, String> env = new java.util.HashMap<>(ctx.environment());
    env.putIfAbsent("HOME", System.getProperty("user.home"));
    String password = env.get("HOSTORDER_JOURNAL_PASSWORD");
    if (password != null) {
      ctx.scrubber().remember(password);
    }
    return Journals.open(spec(ctx), env);
  }

  /**
   * Returns the journal options of a provider: the sealer from {@code HOSTORDER_JOURNAL_KEY} when set, a
   * lookup before ordering with {@code --lookup-first}.
   */
  UnaryOperator<JournalOptions> options(CliContext ctx) {
    boolean first = lookupFirst;
    String key = ctx.environment().get(KEY_ENV);
    if (key == null || key.isBlank()) {
      return o -> o.withLookupFirst(first);
    }
    ctx.scrubber().remember(key);
    SecretSealer sealer = SecretSealer.of(key);
    return o -> o.withSealer(sealer).withLookupFirst(first);
  }

  /** Wraps {@code provider}, created from {@code options}' configuration, with {@code journal}. */
  JournaledProvider wrap(io.hostorder.core.OrderProvider provider, String instance, OrderJournal journal, CliContext ctx) {
    return JournaledProvider.wrap(provider, journal, options(ctx).apply(JournalOptions.of(instance)));
  }
}
