package io.hostorder.tck;

import io.hostorder.core.journal.OrderJournal;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens the order journals SPEC.md section 15 places through. The rules call {@link #open(Path)} with a
 * fresh file in a temporary directory for each rule, and again with the same file for each "second
 * process" (a second {@code JournaledProvider} on the same journal), so an implementation must open an
 * existing file as it is. The default, {@link #sqlite()}, is the journal module's SQLite journal.
 */
@FunctionalInterface
public interface TckJournalSource {

  /** The class whose {@code open(String)} opens the journal module's journals. */
  String JOURNALS = "io.hostorder.journal.Journals";

  /** Opens the journal stored in {@code file} (it may not exist yet); the caller closes it. */
  OrderJournal open(Path file);

  /**
   * Returns the journal module's SQLite journal ({@code Journals.open("jdbc:sqlite:" + file)}), or empty
   * when {@code io.hostorder:hostorder-journal} is not on the class path. It is looked up by name, not
   * linked: the journal module's own tests use providers that run this TCK, so the TCK cannot depend on
   * it at build time; a provider's build adds it as a test dependency to run section 15.
   */
  static Optional<TckJournalSource> sqlite() {
    Method open;
    try {
      Class<?> journals = Class.forName(JOURNALS, true, TckJournalSource.class.getClassLoader());
      open = journals.getMethod("open", String.class);
    } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
      return Optional.empty();
    }
    return Optional.of(file -> {
      try {
        return (OrderJournal) open.invoke(null, "jdbc:sqlite:" + file.toAbsolutePath());
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IllegalStateException("the SQLite journal " + file + " cannot be opened", e.getCause());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(JOURNALS + ".open(String) cannot be called", e);
      }
    });
  }
}
