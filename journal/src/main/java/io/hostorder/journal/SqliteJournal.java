package io.hostorder.journal;

import io.hostorder.core.error.JournalException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * The embedded journal: one SQLite file in WAL mode with {@code synchronous=FULL} (a transaction is on
 * disk when its commit returns, and a {@code kill -9} at any point leaves the file consistent). Updates
 * take the write lock at {@code BEGIN IMMEDIATE} and wait for it up to the busy time-out, so several
 * processes on one machine share one file. The file and its directory are created owner-only
 * ({@code rw-------}, {@code rwx------}); SQLite gives its {@code -wal} and {@code -shm} files the same
 * permissions.
 */
public final class SqliteJournal extends JdbcJournal {
  /** How long an update waits for another process's write lock. */
  static final int BUSY_TIMEOUT_MS = 15_000;
  private final Path file;
  private final String url;

  private SqliteJournal(Path file) {
    super(4); // one writer at a time: more connections would only wait for the write lock
    this.file = file;
    this.url = "jdbc:sqlite:" + file;
  }

  /**
   * Opens (creating it when missing) the journal file {@code file}, and brings its schema up to date.
   *
   * @throws JournalException when the file cannot be created or is not a journal
   */
  public static SqliteJournal open(Path file) {
    Path f = file.toAbsolutePath().normalize();
    createOwnerOnly(f);
    SqliteJournal j = new SqliteJournal(f);
    j.migrate();
    return j;
  }

  /** Returns the journal file. */
  public Path file() {
    return file;
  }

  @Override
  public String location() {
    return file.toString();
  }

  /** Runs SQLite's {@code PRAGMA integrity_check} and returns its problems (empty when the file is sound). */
  public List<String> integrityCheck() {
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      List<String> out = new ArrayList<>();
      while (rs.next()) {
        String line = rs.getString(1);
        if (!"ok".equalsIgnoreCase(line)) {
          out.add(line);
        }
      }
      return out;
    } catch (SQLException e) {
      return List.of("cannot check: " + e.getMessage());
    }
  }

  @Override
  Connection connect() throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    return config.createConnection(url);
  }

  /**
   * FULL syncs the WAL at this commit; NORMAL leaves it to the next FULL commit (or checkpoint) of the file,
   * which syncs every frame before its own: a lazy update survives a killed process, and a power cut
   * loses at most the lazy updates since the last durable one. SQLite refuses to change it inside a
   * transaction, so it is set before each one.
   */
  @Override
  void durability(Connection c, boolean durable) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(durable ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
    }
  }

  @Override
  String lockSuffix() {
    return ""; // BEGIN IMMEDIATE already holds the database's write lock
  }

  @Override
  boolean retryable(SQLException e) {
    int code = e.getErrorCode() & 0xff;
    return code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code;
  }

  private void migrate() {
    // Flyway takes no lock of its own on SQLite: a file lock beside the journal keeps two processes
    // from migrating one file at once.
    Path lock = file.resolveSibling(file.getFileName() + ".migrate-lock");
    synchronized (SqliteJournal.class) { // a file lock is the process's: threads take turns here first
      migrate(lock);
    }
  }

  private void migrate(Path lock) {
    try (FileChannel ch = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock ignored = ch.lock()) {
      Migrations.migrate(url, null, null, location());
    } catch (IOException e) {
      throw new JournalException("cannot lock " + lock + " to set up the journal: " + e.getMessage(), e);
    }
  }

  private static void createOwnerOnly(Path f) {
    try {
      Path dir = f.getParent();
      boolean posix = f.getFileSystem().supportedFileAttributeViews().contains("posix");
      if (dir != null && !Files.isDirectory(dir)) {
        if (posix) {
          Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
          Files.createDirectories(dir);
        }
      }
      if (!Files.exists(f)) {
        try {
          if (posix) {
            Files.createFile(f, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
          } else {
            Files.createFile(f);
          }
        } catch (FileAlreadyExistsException raced) {
          // another process created it first
        }
      }
    } catch (IOException e) {
      throw new JournalException("cannot create the journal file " + f + ": " + e.getMessage(), e);
    }
  }
}
