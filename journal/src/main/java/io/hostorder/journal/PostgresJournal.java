package io.hostorder.journal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The shared journal: one PostgreSQL database for several processes and machines. An update locks its
 * reference's row with {@code SELECT … FOR UPDATE} for the length of its transaction; two processes
 * inserting the same new reference at once collide on the primary key and the loser runs its
 * transaction again (it then sees the winner's row). Schema migrations take Flyway's advisory lock.
 */
public final class PostgresJournal extends JdbcJournal {
  private final String url;
  private final Properties properties;
  private final String location;

  /** Connections kept open: one per broker thread placing at once, up to 16, without a new server process each. */
  static final int IDLE_CONNECTIONS = 16;

  private PostgresJournal(String url, Properties properties) {
    super(IDLE_CONNECTIONS);
    this.url = url;
    this.properties = properties;
    this.location = Journals.withoutPassword(url);
  }

  /**
   * Opens the journal at {@code url} ({@code jdbc:postgresql://host/db}) with {@code user} and
   * {@code password} (either may be null: then the URL's or the driver's defaults, e.g. {@code ~/.pgpass}),
   * and brings its schema up to date.
   */
  public static PostgresJournal open(String url, String user, String password) {
    Properties p = new Properties();
    if (user != null) {
      p.setProperty("user", user);
    }
    if (password != null) {
      p.setProperty("password", password);
    }
    p.setProperty("connectTimeout", "10");
    // A database that stops answering must not hang a placement: its transactions are short.
    p.setProperty("socketTimeout", "60");
    p.setProperty("ApplicationName", "hostorder-journal");
    PostgresJournal j = new PostgresJournal(url, p);
    Migrations.migrate(url, user, password, j.location);
    return j;
  }

  @Override
  public String location() {
    return location;
  }

  @Override
  Connection connect() throws SQLException {
    Connection c = DriverManager.getConnection(url, properties);
    c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    return c;
  }

  /**
   * A lazy update commits without waiting for its WAL flush ({@code synchronous_commit} off for that
   * transaction only): the server flushes its write-ahead log in order, so the next durable commit, of
   * any session, makes it durable too.
   */
  @Override
  void begin(Connection c, boolean durable) throws SQLException {
    if (!durable) {
      try (Statement s = c.createStatement()) {
        s.execute("SET LOCAL synchronous_commit TO OFF");
      }
    }
  }

  @Override
  String lockSuffix() {
    return " FOR UPDATE";
  }

  @Override
  boolean retryable(SQLException e) {
    String state = e.getSQLState();
    // 23505 unique violation (two first inserts of one reference), 40001 serialization, 40P01 deadlock
    return "23505".equals(state) || "40001".equals(state) || "40P01".equals(state);
  }
}
