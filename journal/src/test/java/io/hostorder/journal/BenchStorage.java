package io.hostorder.journal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What {@link JournalBench} does to a journal's database directly: fills it with placed orders in one bulk
 * transaction, and asks the database how it runs each statement an order's journal updates run.
 */
final class BenchStorage {
  /** The statements of one {@link JdbcJournal#update}: an order runs them a few times (claim, commit sending, …). */
  static final List<String> PER_ORDER = List.of(JdbcJournal.SELECT_ONE, JdbcJournal.INSERT_ONE, JdbcJournal.UPDATE_ONE,
      JdbcJournal.INSERT_EVENT);

  /** One statement's plan, and whether it reads a table without an index. */
  record Plan(String sql, String plan, boolean scans) {}

  private BenchStorage() {}

  /** Adds {@code rows} placed orders, four events each (started, commit-sending, commit-succeeded, placed). */
  static void fillSqlite(SqliteJournal journal, int rows) throws SQLException {
    try (Connection c = journal.connect(); Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < " + rows + ") "
          + "INSERT INTO journal_order SELECT 'fill-' || x, 'memory@fill', 'memory', "
          + "substr(hex(randomblob(32)), 1, 64), '" + REQUEST + "', 'PLACED', 'checkout', '{}', '{}', 0, 'mem-' || x, '"
          + ORDER + "', NULL, NULL, 1, 1700000000000 + x, 1700000000000 + x FROM n");
      s.execute("INSERT INTO journal_event SELECT o.reference, k.seq, o.updated_at, k.kind, NULL, 'filled', 'bench' "
          + "FROM journal_order o, (SELECT 1 AS seq, 'started' AS kind UNION ALL SELECT 2, 'commit-sending' "
          + "UNION ALL SELECT 3, 'commit-succeeded' UNION ALL SELECT 4, 'placed') k WHERE o.reference LIKE 'fill-%'");
      c.commit();
    }
  }

  /** The same for PostgreSQL, then {@code ANALYZE} so that the planner knows the tables' sizes. */
  static void fillPostgres(String url, int rows) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, postgresUser()); Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("INSERT INTO journal_order SELECT 'fill-' || x, 'memory@fill', 'memory', md5(x::text) || md5(x::text), '"
          + REQUEST + "', 'PLACED', 'checkout', '{}', '{}', 0, 'mem-' || x, '" + ORDER + "', NULL, NULL, 1, "
          + "1700000000000 + x, 1700000000000 + x FROM generate_series(1, " + rows + ") AS x");
      s.execute("INSERT INTO journal_event SELECT o.reference, k.seq, o.updated_at, k.kind, NULL, 'filled', 'bench' "
          + "FROM journal_order o, (VALUES (1, 'started'), (2, 'commit-sending'), (3, 'commit-succeeded'), (4, 'placed')) "
          + "AS k(seq, kind) WHERE o.reference LIKE 'fill-%'");
      c.commit();
      c.setAutoCommit(true);
      s.execute("ANALYZE journal_order");
      s.execute("ANALYZE journal_event");
    }
  }

  /** Returns SQLite's {@code EXPLAIN QUERY PLAN} of each per-order statement. */
  static List<Plan> sqlitePlans(SqliteJournal journal) throws SQLException {
    List<Plan> out = new ArrayList<>();
    try (Connection c = journal.connect(); Statement s = c.createStatement()) {
      for (String sql : PER_ORDER) {
        List<String> lines = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN " + literal(sql))) {
          while (rs.next()) {
            lines.add(rs.getString("detail"));
          }
        }
        boolean scans = lines.stream().anyMatch(l -> l.startsWith("SCAN") && !l.startsWith("SCAN CONSTANT"));
        out.add(new Plan(sql, lines.isEmpty() ? "(no table read)" : String.join("; ", lines), scans));
      }
    }
    return out;
  }

  /** Returns PostgreSQL's {@code EXPLAIN} of each per-order statement (the locking SELECT as the journal runs it). */
  static List<Plan> postgresPlans(String url) throws SQLException {
    List<Plan> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, postgresUser()); Statement s = c.createStatement()) {
      for (String sql : PER_ORDER) {
        String run = sql.equals(JdbcJournal.SELECT_ONE) ? sql + " FOR UPDATE" : sql;
        List<String> lines = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("EXPLAIN " + literal(run))) {
          while (rs.next()) {
            lines.add(rs.getString(1).trim());
          }
        }
        boolean scans = lines.stream().anyMatch(l -> l.contains("Seq Scan"));
        out.add(new Plan(run, String.join("; ", lines), scans));
      }
    }
    return out;
  }

  /**
   * Gives the database at {@code url} PostgreSQL's default {@code synchronous_commit = on} (a commit waits
   * for its WAL flush) for every new connection, and returns what a new connection then has.
   */
  static String durablePostgres(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, postgresUser()); Statement s = c.createStatement()) {
      String db;
      try (ResultSet rs = s.executeQuery("SELECT current_database()")) {
        rs.next();
        db = rs.getString(1);
      }
      s.execute("ALTER DATABASE \"" + db + "\" SET synchronous_commit TO on");
    }
    try (Connection c = DriverManager.getConnection(url, postgresUser()); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SHOW synchronous_commit")) {
      rs.next();
      return rs.getString(1);
    }
  }

  static Properties postgresUser() {
    Properties p = new Properties();
    p.setProperty("user", "postgres");
    p.setProperty("password", "postgres");
    return p;
  }

  /** Puts a literal where each parameter is: an untyped {@code '0'} fits text and number columns alike. */
  private static String literal(String sql) {
    return sql.replace("?", "'0'");
  }

  private static final String REQUEST = "{\"reference\":\"fill\",\"items\":[{\"plan\":\"small\",\"name\":\"srv-fill\","
      + "\"period\":\"P1M\",\"quantity\":1,\"access\":{\"password\":\"sha256:" + "0".repeat(64) + "\"}}]}";
  private static final String ORDER = "{\"ref\":{\"id\":\"mem-fill\"},\"status\":\"ACTIVE\",\"lines\":[{\"id\":\"line-1\","
      + "\"plan\":\"small\",\"ids\":{\"plan\":\"small\"},\"message\":null}],\"invoice\":null}";
}
