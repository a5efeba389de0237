package io.hostorder.journal;

import io.hostorder.core.error.JournalException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings a journal's schema up to date with Flyway, from {@code db/journal/V*__*.sql} on the class path
 * (the same scripts for SQLite and PostgreSQL). Its history is the table {@code journal_schema_history}.
 */
final class Migrations {
  private Migrations() {}

  static void migrate(String url, String user, String password, String location) {
    try {
      Flyway.configure(Migrations.class.getClassLoader())
          .dataSource(url, user, password)
          .locations("classpath:db/journal")
          .table("journal_schema_history")
          .baselineOnMigrate(false)
          .validateMigrationNaming(true)
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new JournalException("cannot set up the order journal at " + location + ": " + e.getMessage(), e);
    }
  }
}
