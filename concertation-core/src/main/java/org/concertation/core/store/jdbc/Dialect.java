package org.concertation.core.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * What differs between the databases the JDBC store knows: how a write transaction starts, the type
 * of a byte column, and how a unique key's violation is reported.
 */
enum Dialect {
  /**
   * SQLite: a write transaction takes the database's write lock at once ({@code BEGIN IMMEDIATE}),
   * so writers wait for each other up to the connection's busy timeout instead of failing when one
   * upgrades a read; the driver (sqlite-jdbc) reports a constraint's violation by SQLite's result
   * code and gives no SQL state.
   */
  SQLITE("BLOB") {
    @Override
    void begin(Connection connection) throws SQLException {
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        statement.execute("BEGIN IMMEDIATE");
      }
    }

    @Override
    void commit(Connection connection) throws SQLException {
      try (Statement statement = connection.createStatement()) {
        statement.execute("COMMIT");
      }
    }

    @Override
    void rollback(Connection connection) throws SQLException {
      try (Statement statement = connection.createStatement()) {
        statement.execute("ROLLBACK");
      }
    }

    @Override
    void lockSchema(Statement statement) {
      // BEGIN IMMEDIATE already holds the only write lock there is
    }

    /**
     * Deletes overwrite what they delete with zeros ({@code PRAGMA secure_delete}), until {@link
     * #afterErase}: without it, a deleted row stays in the file's free space.
     */
    @Override
    void beforeErase(Connection connection) throws SQLException {
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA secure_delete = ON");
      }
    }

    /**
     * Deletes stop overwriting; the file is rebuilt ({@code VACUUM}), since pages keep stale copies
     * of rows that earlier inserts moved around in their free space, where no delete reaches; and
     * the write-ahead log, which holds the pages as they were before, is copied into the file and
     * emptied ({@code PRAGMA wal_checkpoint(TRUNCATE)}; without a write-ahead log it does nothing).
     * The rebuild takes time in proportion to the whole database, and waits for other writers; a
     * reader that holds an old page open keeps the log from being emptied: its copy goes at the
     * next checkpoint.
     */
    @Override
    void afterErase(Connection connection) throws SQLException {
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA secure_delete = OFF");
        statement.execute("VACUUM");
        statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
      }
    }

    @Override
    boolean isUniqueViolation(SQLException e) {
      int code = e.getErrorCode();
      if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY) {
        return true;
      }
      // a driver that gives the primary result code alone: SQLite's message names the kind
      String message = e.getMessage();
      return (code & PRIMARY_CODE_MASK) == SQLITE_CONSTRAINT
          && message != null
          && message.contains("UNIQUE constraint failed");
    }
  },

  /**
   * PostgreSQL: transactions are the driver's; a unique key's violation has the SQL state {@code
   * 23505}; schema creation holds a transaction-scoped advisory lock, since two {@code CREATE TABLE
   * IF NOT EXISTS} racing on two connections can both try to create the table.
   */
  POSTGRESQL("BYTEA") {
    @Override
    void begin(Connection connection) throws SQLException {
      connection.setAutoCommit(false);
    }

    @Override
    void commit(Connection connection) throws SQLException {
      connection.commit();
    }

    @Override
    void rollback(Connection connection) throws SQLException {
      connection.rollback();
    }

    @Override
    void lockSchema(Statement statement) throws SQLException {
      statement.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
    }

    /** Nothing: a deleted row is left to the server's vacuum (see {@link JdbcEventStore#erase}). */
    @Override
    void beforeErase(Connection connection) {}

    /** Nothing. */
    @Override
    void afterErase(Connection connection) {}

    @Override
    boolean isUniqueViolation(SQLException e) {
      return UNIQUE_VIOLATION.equals(e.getSQLState());
    }
  };

  /** SQLite's primary result code of a violated constraint. */
  private static final int SQLITE_CONSTRAINT = 19;

  /** SQLite's extended result code of a violated unique key. */
  private static final int SQLITE_CONSTRAINT_UNIQUE = 2067;

  /** SQLite's extended result code of a violated primary key. */
  private static final int SQLITE_CONSTRAINT_PRIMARYKEY = 1555;

  /** The low byte of an extended result code is its primary code. */
  private static final int PRIMARY_CODE_MASK = 0xff;

  /** The SQL state of a unique key's violation (class 23, integrity constraint violation). */
  private static final String UNIQUE_VIOLATION = "23505";

  /** The key of the advisory lock held while the schema is created: "conc" in ASCII. */
  private static final long SCHEMA_LOCK = 0x636f6e63L;

  private final String bytesType;

  Dialect(String bytesType) {
    this.bytesType = bytesType;
  }

  /** The column type of opaque bytes. */
  String bytesType() {
    return bytesType;
  }

  /** Starts a write transaction. */
  abstract void begin(Connection connection) throws SQLException;

  /** Commits the transaction {@link #begin} started. */
  abstract void commit(Connection connection) throws SQLException;

  /** Rolls back the transaction {@link #begin} started. */
  abstract void rollback(Connection connection) throws SQLException;

  /** Makes writers that create the schema at once wait for each other. */
  abstract void lockSchema(Statement statement) throws SQLException;

  /**
   * Prepares a connection to delete or overwrite personal data, before the transaction of an
   * erasure or of moving values out of events' rows.
   */
  abstract void beforeErase(Connection connection) throws SQLException;

  /** Undoes {@link #beforeErase} and removes the copies of what was deleted, after the commit. */
  abstract void afterErase(Connection connection) throws SQLException;

  /** Whether a statement failed because a row with the same unique key exists. */
  abstract boolean isUniqueViolation(SQLException e);

  /**
   * The dialect of a database, by the product name its driver reports.
   *
   * @throws IllegalArgumentException for a database the store does not know
   */
  static Dialect of(String productName) {
    String name = productName.toLowerCase(Locale.ROOT);
    if (name.contains("sqlite")) {
      return SQLITE;
    }
    if (name.contains("postgresql")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException(
        "Unsupported database '"
            + productName
            + "': the JDBC event store knows SQLite and"
            + " PostgreSQL");
  }
}
