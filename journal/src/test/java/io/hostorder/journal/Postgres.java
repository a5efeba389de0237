package io.hostorder.journal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** One real PostgreSQL server for the test JVM (started by the tests, no Docker), and a fresh database per test. */
final class Postgres {
  private static EmbeddedPostgres server;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private Postgres() {}

  /** Returns the JDBC URL of a new empty database (user and password {@code postgres}). */
  static synchronized String newDatabase() {
    try {
      if (server == null) {
        server = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            server.close();
          } catch (IOException ignored) {
            // the JVM is ending
          }
        }));
      }
      String name = "journal_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
      try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      }
      return server.getJdbcUrl("postgres", name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
