package io.hostorder.tck;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.config.ProviderConfig;
import io.hostorder.core.journal.JournalEntry;
import io.hostorder.core.journal.JournalOptions;
import io.hostorder.core.journal.JournalStatus;
import io.hostorder.core.journal.JournaledProvider;
import io.hostorder.core.journal.OrderJournal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The journal of one rule of section 15: a fresh file in a temporary directory, opened through the
 * session's {@link TckJournalSource}, and the {@link JournaledProvider}s placing through it. A "second
 * process" is a new provider instance on a journal opened anew on the same file, whose clock is past the
 * lease of every placement of the first (as a process that starts after a crashed one lost its lease).
 * Closing it closes every journal it opened and deletes the directory.
 */
final class RuleJournal implements AutoCloseable {
  private final TckContext ctx;
  private final TckJournalSource source;
  private final Path directory;
  private final Path file;
  private final List<OrderJournal> opened = new ArrayList<>();
  private final OrderJournal journal;
  private final String instance;

  private RuleJournal(TckContext ctx, TckJournalSource source) {
    this.ctx = ctx;
    this.source = source;
    try {
      this.directory = Files.createTempDirectory("hostorder-tck-journal");
    } catch (IOException e) {
      throw new UncheckedIOException("no temporary directory for the rule's journal", e);
    }
    this.file = directory.resolve("journal.db");
    this.instance = JournalOptions.instanceOf(ctx.harness().type(), ctx.harness().config());
    this.journal = openJournal();
  }

  /** Opens a fresh journal for the rule, or skips it when the session has no journal source. */
  static RuleJournal open(TckContext ctx) {
    TckJournalSource source = ctx.session().journals().orElseThrow(() -> ctx.skip("needs an order journal: "
        + "put io.hostorder:hostorder-journal on the test class path (section 15 then places through a fresh "
        + "SQLite file per rule), or hand a TckJournalSource to TckRunner.Builder.journals"));
    return new RuleJournal(ctx, source);
  }

  private OrderJournal openJournal() {
    OrderJournal j = source.open(file);
    opened.add(j);
    return j;
  }

  /** Returns {@code provider} placing through the rule's journal, as the first process. */
  JournaledProvider wrap(OrderProvider provider) {
    return JournaledProvider.wrap(provider, journal, JournalOptions.of(instance));
  }

  /** Returns a new provider instance (configured as the harness's) placing through the rule's journal. */
  JournaledProvider fresh() {
    return wrap(ctx.create(config()));
  }

  /**
   * Returns a new provider instance on the same journal file opened anew, standing for a second process:
   * its clock is past the lease of every placement of this one, which thus counts as gone.
   */
  JournaledProvider secondProcess() {
    Duration ahead = JournalOptions.DEFAULT_LEASE.plusSeconds(5);
    JournalOptions later = new JournalOptions(instance, JournalOptions.DEFAULT_LEASE, JournalOptions.DEFAULT_WAIT,
        null, Clock.offset(Clock.systemUTC(), ahead));
    return JournaledProvider.wrap(ctx.create(config()), openJournal(), later);
  }

  /** Returns the journal's status of {@code reference}, or null when it has no entry. */
  JournalStatus status(String reference) {
    return journal.find(reference).map(JournalEntry::status).orElse(null);
  }

  /** Returns where the journal is, for messages. */
  Path file() {
    return file;
  }

  private ProviderConfig config() {
    return ctx.harness().config();
  }

  @Override
  public void close() {
    RuntimeException first = null;
    for (OrderJournal j : opened) {
      try {
        j.close();
      } catch (RuntimeException e) {
        first = first == null ? e : first;
      }
    }
    try (Stream<Path> all = Files.walk(directory)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A temporary directory left behind is no failure of the provider.
    }
    if (first != null) {
      throw first;
    }
  }
}
