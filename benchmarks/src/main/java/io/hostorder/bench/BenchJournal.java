package io.hostorder.bench;

import io.hostorder.core.OrderProvider;
import io.hostorder.core.journal.JournalOptions;
import io.hostorder.core.journal.JournaledProvider;
import io.hostorder.core.journal.OrderJournal;
import io.hostorder.journal.SqliteJournal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The journal a measured hostorder places through, as {@code hostorder order} does by default: a SQLite
 * file, here in a temporary folder removed on close.
 */
final class BenchJournal implements AutoCloseable {
  private final Path dir;
  private final OrderJournal journal;

  BenchJournal() {
    try {
      dir = Files.createTempDirectory("hostorder-bench-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    journal = SqliteJournal.open(dir.resolve("journal.db"));
  }

  /** Returns {@code provider} placing through this journal, as instance {@code instance}. */
  OrderProvider wrap(OrderProvider provider, String instance) {
    return JournaledProvider.wrap(provider, journal, JournalOptions.of(instance));
  }

  @Override
  public void close() {
    journal.close();
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      System.err.println("[bench] could not remove " + dir + ": " + e.getMessage());
    }
  }
}
