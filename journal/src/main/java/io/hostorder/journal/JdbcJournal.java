package io.hostorder.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hostorder.core.error.JournalException;
import io.hostorder.core.journal.JournalEntry;
import io.hostorder.core.journal.JournalEvent;
import io.hostorder.core.journal.JournalQuery;
import io.hostorder.core.journal.JournalStatus;
import io.hostorder.core.journal.JournalUpdate;
import io.hostorder.core.journal.OrderJournal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The SQL both storages share: the two tables of {@code db/journal/V1__order_journal.sql}, read and
 * written in one transaction per {@link #update}. A subclass opens connections and says how to lock one
 * reference ({@link #lockSuffix}) and which failures are worth running the transaction again.
 */
abstract class JdbcJournal implements OrderJournal {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {};
  /** The statements one {@link #update} runs (per order: a few updates, each of them these), for plan checks. */
  static final String SELECT_ONE = "SELECT * FROM journal_order WHERE reference = ?";
  static final String UPDATE_ONE = "UPDATE journal_order SET instance=?, provider_type=?, fingerprint=?, request=?, "
      + "status=?, step=?, ids=?, sealed=?, secrets_dropped=?, order_id=?, order_json=?, lease_owner=?, lease_until=?, "
      + "attempts=?, created_at=?, updated_at=? WHERE reference=?";
  static final String INSERT_ONE = "INSERT INTO journal_order (instance, provider_type, fingerprint, request, status, "
      + "step, ids, sealed, secrets_dropped, order_id, order_json, lease_owner, lease_until, attempts, created_at, "
      + "updated_at, reference) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
  static final String INSERT_EVENT = "INSERT INTO journal_event (reference, seq, recorded_at, kind, step, detail, actor) "
      + "SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ?, ? FROM journal_event WHERE reference = ?";
  static final String HISTORY = "SELECT * FROM journal_event WHERE reference = ? ORDER BY seq";
  private static final int ATTEMPTS = 20;
  private final BlockingQueue<Connection> idle;
  private final AtomicInteger open = new AtomicInteger();
  private volatile boolean closed;

  /**
   * Keeps up to {@code idleConnections} connections open between updates. More updates at once open more
   * connections, and close them when done: keep it at the concurrency expected, or every update beyond
   * it pays for a new connection (a new server process, on PostgreSQL).
   */
  JdbcJournal(int idleConnections) {
    this.idle = new ArrayBlockingQueue<>(idleConnections);
  }

  /** Opens a new connection, configured for this storage. */
  abstract Connection connect() throws SQLException;

  /** Returns what follows the SELECT of one reference inside {@link #update} to lock it ({@code FOR UPDATE}). */
  abstract String lockSuffix();

  /**
   * Makes the next transaction on {@code c} durable at its commit, or lazily durable ({@link #updateLazily}).
   * Called before the transaction begins (autocommit on).
   */
  void durability(Connection c, boolean durable) throws SQLException {}

  /** Begins the transaction of an update on {@code c} (autocommit is off); {@code durable} as for {@link #durability}. */
  void begin(Connection c, boolean durable) throws SQLException {}

  /** Returns true when {@code e} means "run the transaction again" (a lost insert race, a serialization failure). */
  abstract boolean retryable(SQLException e);

  @Override
  public <T> T update(String reference, Function<Optional<JournalEntry>, JournalUpdate<T>> change) {
    return update(reference, change, true);
  }

  @Override
  public <T> T updateLazily(String reference, Function<Optional<JournalEntry>, JournalUpdate<T>> change) {
    return update(reference, change, false);
  }

  private <T> T update(String reference, Function<Optional<JournalEntry>, JournalUpdate<T>> change, boolean durable) {
    SQLException last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Connection c = borrow();
      boolean healthy = true;
      try {
        durability(c, durable);
        c.setAutoCommit(false);
        begin(c, durable);
        Optional<JournalEntry> existing = select(c, reference, true);
        JournalUpdate<T> u;
        try {
          u = change.apply(existing);
        } catch (RuntimeException e) {
          c.rollback();
          throw e;
        }
        if (u.entry() != null) {
          write(c, u.entry(), existing.isPresent());
        }
        if (!u.events().isEmpty()) {
          append(c, reference, u.events());
        }
        c.commit();
        return u.result();
      } catch (SQLException e) {
        last = e;
        rollbackQuietly(c);
        if (!retryable(e)) {
          healthy = false;
          throw new JournalException("the order journal at " + location() + " could not record " + reference + ": "
              + e.getMessage(), e);
        }
        pause(attempt);
      } finally {
        // Back to autocommit before the connection idles: SQLite's driver begins the next (IMMEDIATE)
        // transaction right after a commit, which would hold the write lock while the connection waits.
        healthy = healthy && endTransaction(c);
        giveBack(c, healthy);
      }
    }
    throw new JournalException("the order journal at " + location() + " stayed busy; " + reference + " was not recorded", last);
  }

  @Override
  public Optional<JournalEntry> find(String reference) {
    Connection c = borrow();
    boolean healthy = true;
    try {
      c.setAutoCommit(true);
      Optional<JournalEntry> e = select(c, reference, false);
      if (e.isEmpty()) {
        return e;
      }
      return Optional.of(withHistory(e.get(), history(c, reference)));
    } catch (SQLException e) {
      healthy = false;
      throw new JournalException("cannot read the order journal at " + location() + ": " + e.getMessage(), e);
    } finally {
      giveBack(c, healthy);
    }
  }

  @Override
  public List<JournalEntry> list(JournalQuery q) {
    StringBuilder sql = new StringBuilder("SELECT * FROM journal_order WHERE 1=1");
    List<String> args = new ArrayList<>();
    if (q.providerType() != null) {
      sql.append(" AND provider_type = ?");
      args.add(q.providerType());
    }
    if (q.instance() != null) {
      sql.append(" AND instance = ?");
      args.add(q.instance());
    }
    if (q.status() != null) {
      sql.append(" AND status = ?");
      args.add(q.status().name());
    }
    sql.append(" ORDER BY updated_at DESC, reference");
    if (q.limit() > 0) {
      sql.append(" LIMIT ").append(q.limit());
    }
    Connection c = borrow();
    boolean healthy = true;
    try {
      c.setAutoCommit(true);
      try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
        for (int i = 0; i < args.size(); i++) {
          ps.setString(i + 1, args.get(i));
        }
        List<JournalEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(entry(rs));
          }
        }
        return out;
      }
    } catch (SQLException e) {
      healthy = false;
      throw new JournalException("cannot read the order journal at " + location() + ": " + e.getMessage(), e);
    } finally {
      giveBack(c, healthy);
    }
  }

  @Override
  public void close() {
    closed = true;
    Connection c;
    while ((c = idle.poll()) != null) {
      closeQuietly(c);
    }
  }

  private Optional<JournalEntry> select(Connection c, String reference, boolean lock) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SELECT_ONE
        + (lock ? lockSuffix() : ""))) {
      ps.setString(1, reference);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(entry(rs)) : Optional.empty();
      }
    }
  }

  private void write(Connection c, JournalEntry e, boolean exists) throws SQLException {
    String sql = exists ? UPDATE_ONE : INSERT_ONE;
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      ps.setString(i++, e.instance());
      ps.setString(i++, e.providerType());
      ps.setString(i++, e.fingerprint());
      ps.setString(i++, e.request());
      ps.setString(i++, e.status().name());
      ps.setString(i++, e.step());
      ps.setString(i++, json(e.ids()));
      ps.setString(i++, json(e.sealed()));
      ps.setInt(i++, e.secretsDropped() ? 1 : 0);
      ps.setString(i++, e.orderId());
      ps.setString(i++, e.order());
      ps.setString(i++, e.owner());
      if (e.leaseUntil() == null) {
        ps.setNull(i++, Types.BIGINT);
      } else {
        ps.setLong(i++, e.leaseUntil().toEpochMilli());
      }
      ps.setInt(i++, e.attempts());
      ps.setLong(i++, e.created().toEpochMilli());
      ps.setLong(i++, e.updated().toEpochMilli());
      ps.setString(i, e.reference());
      ps.executeUpdate();
    }
  }

  private void append(Connection c, String reference, List<JournalEvent> events) throws SQLException {
    // One statement per event numbers it too (no round trip to read the last number first): the
    // transaction holds the reference (its row lock, or SQLite's write lock), so no other writer numbers
    // its events meanwhile.
    try (PreparedStatement ps = c.prepareStatement(INSERT_EVENT)) {
      for (JournalEvent ev : events) {
        ps.setString(1, reference);
        ps.setLong(2, ev.at().toEpochMilli());
        ps.setString(3, ev.kind());
        ps.setString(4, ev.step());
        ps.setString(5, ev.detail());
        ps.setString(6, ev.actor());
        ps.setString(7, reference);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private List<JournalEvent> history(Connection c, String reference) throws SQLException {
    List<JournalEvent> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(HISTORY)) {
      ps.setString(1, reference);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new JournalEvent(Instant.ofEpochMilli(rs.getLong("recorded_at")), rs.getString("kind"),
              rs.getString("step"), rs.getString("detail"), rs.getString("actor")));
        }
      }
    }
    return out;
  }

  private static JournalEntry entry(ResultSet rs) throws SQLException {
    long lease = rs.getLong("lease_until");
    Instant leaseUntil = rs.wasNull() ? null : Instant.ofEpochMilli(lease);
    return new JournalEntry(rs.getString("reference"), rs.getString("instance"), rs.getString("provider_type"),
        rs.getString("fingerprint"), rs.getString("request"), JournalStatus.valueOf(rs.getString("status")),
        rs.getString("step"), map(rs.getString("ids")), map(rs.getString("sealed")), rs.getInt("secrets_dropped") != 0,
        rs.getString("order_id"), rs.getString("order_json"), rs.getString("lease_owner"), leaseUntil,
        rs.getInt("attempts"), Instant.ofEpochMilli(rs.getLong("created_at")),
        Instant.ofEpochMilli(rs.getLong("updated_at")), List.of());
  }

  private static JournalEntry withHistory(JournalEntry e, List<JournalEvent> h) {
    return new JournalEntry(e.reference(), e.instance(), e.providerType(), e.fingerprint(), e.request(), e.status(),
        e.step(), e.ids(), e.sealed(), e.secretsDropped(), e.orderId(), e.order(), e.owner(), e.leaseUntil(),
        e.attempts(), e.created(), e.updated(), h);
  }

  private static String json(Map<String, String> m) {
    try {
      return JSON.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> map(String s) throws SQLException {
    try {
      return s == null || s.isEmpty() ? Map.of() : JSON.readValue(s, MAP);
    } catch (JsonProcessingException e) {
      throw new SQLException("a journal row holds malformed ids: " + e.getOriginalMessage(), e);
    }
  }

  private Connection borrow() {
    if (closed) {
      throw new JournalException("the order journal at " + location() + " is closed", null);
    }
    Connection c = idle.poll();
    if (c != null) {
      return c;
    }
    try {
      open.incrementAndGet();
      return connect();
    } catch (SQLException e) {
      open.decrementAndGet();
      throw new JournalException("cannot open the order journal at " + location() + ": " + e.getMessage(), e);
    }
  }

  private void giveBack(Connection c, boolean healthy) {
    if (!healthy || closed || !idle.offer(c)) {
      open.decrementAndGet();
      closeQuietly(c);
    }
  }

  private static boolean endTransaction(Connection c) {
    try {
      c.setAutoCommit(true);
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // the connection is dropped when it is not healthy
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // nothing more to release
    }
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(Math.min(200, 5L << Math.min(attempt, 5)) + (long) (Math.random() * 10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new JournalException("interrupted while the journal was busy", e);
    }
  }
}
