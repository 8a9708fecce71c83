package org.concertation.core.store.jdbc;

import com.google.common.collect.ImmutableList;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables of the JDBC event store, created if absent, and the version of their layout, kept in a
 * row of {@code concertation_schema}. The layout is documented on {@link JdbcEventStore}; a change
 * to it gets a new version, and the store refuses a database of a later version than it knows.
 *
 * <p>Version 1 had no personal part; version 2 adds {@code concertation_personal} and {@code
 * concertation_erasures}. A database of version 1 is upgraded in place when a store opens it: the
 * two tables are created and the version row set to 2, in the transaction that creates the schema;
 * no event row is rewritten (those written under version 1 keep their values inline, and read as
 * they always did).
 */
final class Schema {
  /** The version of the layout this store writes and reads. */
  static final int VERSION = 2;

  /** The version before the personal part, which a store upgrades in place. */
  static final int INLINE_VERSION = 1;

  /** The part of the schema that the event store owns, the key of its version row. */
  static final String PART = "event-store";

  private Schema() {}

  /** The statements that create the tables, each a no-op when its table exists. */
  static ImmutableList<String> ddl(Dialect dialect) {
    return ImmutableList.of(
        "CREATE TABLE IF NOT EXISTS concertation_schema ("
            + " part TEXT NOT NULL PRIMARY KEY,"
            + " version BIGINT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS concertation_streams ("
            + " stream TEXT NOT NULL PRIMARY KEY,"
            + " version BIGINT NOT NULL CHECK (version >= 1))",
        "CREATE TABLE IF NOT EXISTS concertation_events ("
            + " stream TEXT NOT NULL,"
            + " version BIGINT NOT NULL CHECK (version >= 1),"
            + " event TEXT NOT NULL,"
            + " PRIMARY KEY (stream, version))",
        "CREATE TABLE IF NOT EXISTS concertation_commands ("
            + " stream TEXT NOT NULL,"
            + " command_id TEXT NOT NULL,"
            + " first_version BIGINT NOT NULL CHECK (first_version >= 1),"
            + " events BIGINT NOT NULL CHECK (events >= 0),"
            + " PRIMARY KEY (stream, command_id))",
        "CREATE TABLE IF NOT EXISTS concertation_snapshots ("
            + " stream TEXT NOT NULL PRIMARY KEY,"
            + " version BIGINT NOT NULL CHECK (version >= 1),"
            + " format TEXT NOT NULL,"
            + " payload "
            + dialect.bytesType()
            + " NOT NULL)",
        // schema version 2: the personal part and the erasures done in it
        "CREATE TABLE IF NOT EXISTS concertation_personal ("
            + " stream TEXT NOT NULL,"
            + " version BIGINT NOT NULL CHECK (version >= 1),"
            + " field TEXT NOT NULL,"
            + " kind TEXT NOT NULL,"
            + " actor TEXT NOT NULL,"
            + " salt TEXT NOT NULL,"
            + " text TEXT NOT NULL,"
            + " PRIMARY KEY (stream, version, field))",
        "CREATE TABLE IF NOT EXISTS concertation_erasures ("
            + " stream TEXT NOT NULL,"
            + " actor TEXT NOT NULL,"
            + " erased_at TEXT NOT NULL,"
            + " reason TEXT NOT NULL,"
            + " PRIMARY KEY (stream, actor, erased_at))");
  }

  /**
   * Creates the tables that are absent and the version row, in one transaction, and checks the
   * version of a database made before: one of version {@value #INLINE_VERSION} is upgraded in place
   * (its new tables are those just created; its version row is set to {@value #VERSION}).
   *
   * @throws EventStoreException if the database's layout is of a later version
   */
  static void create(Connection connection, Dialect dialect) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    dialect.begin(connection);
    try {
      long version;
      try (Statement statement = connection.createStatement()) {
        dialect.lockSchema(statement);
        for (String table : ddl(dialect)) {
          statement.executeUpdate(table);
        }
        statement.executeUpdate(
            "INSERT INTO concertation_schema (part, version) SELECT '"
                + PART
                + "', "
                + VERSION
                + " WHERE NOT EXISTS (SELECT 1 FROM concertation_schema WHERE part = '"
                + PART
                + "')");
        try (ResultSet rows =
            statement.executeQuery(
                "SELECT version FROM concertation_schema WHERE part = '" + PART + "'")) {
          rows.next();
          version = rows.getLong(1);
        }
      }
      if (version == INLINE_VERSION) {
        try (Statement statement = connection.createStatement()) {
          statement.executeUpdate(
              "UPDATE concertation_schema SET version = "
                  + VERSION
                  + " WHERE part = '"
                  + PART
                  + "' AND version = "
                  + INLINE_VERSION);
        }
        version = VERSION;
      }
      if (version != VERSION) {
        dialect.rollback(connection);
        throw new EventStoreException(
            "Cannot open the event store: its tables are of schema version "
                + version
                + ", this library reads version "
                + VERSION,
            null);
      }
      dialect.commit(connection);
    } catch (SQLException | RuntimeException e) {
      if (!(e instanceof EventStoreException)) {
        JdbcEventStore.rollbackAfter(connection, dialect, e);
      }
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }
}
