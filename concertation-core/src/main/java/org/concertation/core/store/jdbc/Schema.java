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
 */
final class Schema {
  /** The version of the layout this store writes and reads. */
  static final int VERSION = 1;

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
            + " NOT NULL)");
  }

  /**
   * Creates the tables that are absent and the version row, in one transaction, and checks the
   * version of a database made before.
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
