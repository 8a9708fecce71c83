package org.concertation.examples.sqlite;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.concertation.api.domain.Checks;
import org.concertation.api.event.Event;
import org.concertation.api.store.CommandId;
import org.concertation.api.store.ConcurrencyConflictException;
import org.concertation.api.store.DuplicateCommandException;
import org.concertation.api.store.EventStore;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.json.JsonCodec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * An {@link EventStore} of concertation events in a SQLite file, each event as its JSON ({@link
 * JsonCodec}) in the table
 *
 * <pre>{@code
 * CREATE TABLE events (
 *   stream  TEXT    NOT NULL,
 *   version INTEGER NOT NULL CHECK (version >= 1),
 *   event   TEXT    NOT NULL,
 *   PRIMARY KEY (stream, version))
 * CREATE TABLE commands (
 *   stream        TEXT    NOT NULL,
 *   command_id    TEXT    NOT NULL,
 *   first_version INTEGER NOT NULL,
 *   events        INTEGER NOT NULL,
 *   UNIQUE (stream, command_id))
 * }</pre>
 *
 * <p>A command's id ({@link CommandId}) is inserted in {@code commands} in the transaction that
 * inserts its events: the unique key on (stream, command_id) lets the database refuse a second
 * application of one command, whichever writer, thread or process tries it, and the append throws a
 * {@link DuplicateCommandException}. A database made before command ids gains the table when
 * opened.
 *
 * <p>Optimistic concurrency is the database's: an append inserts its events at versions {@code
 * expectedVersion + 1}, {@code + 2}... in one transaction; when another writer got there first, the
 * unique key on (stream, version) refuses the insert, the transaction rolls back, and the append
 * throws a {@link ConcurrencyConflictException} with the stream's actual version. An expected
 * version beyond the stream's end is refused the same way. Writers in several threads or processes
 * may share the file: each call opens its own connection, write transactions are taken at once
 * ({@code BEGIN IMMEDIATE}) and wait for each other up to a busy timeout, and the journal is in WAL
 * mode so that readers do not block writers.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SqliteEventStore implements EventStore<Event> {
  private static final Logger LOG = LoggerFactory.getLogger(SqliteEventStore.class);
  private static final int BUSY_TIMEOUT_MILLIS = 30_000;

  private final Path file;
  private final String url;
  private final Properties writing;
  private final Properties reading;
  private final JsonCodec codec = JsonCodec.create();

  private SqliteEventStore(Path file) {
    this.file = file;
    this.url = "jdbc:sqlite:" + file.toAbsolutePath();
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
    this.reading = config.toProperties();
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    this.writing = config.toProperties();
  }

  /**
   * Opens the store in a file, creating the file and its table if they do not exist.
   *
   * @param file the database file
   * @return the store
   * @throws EventStoreException if the database cannot be opened
   */
  public static SqliteEventStore open(Path file) {
    checkNotNull(file, "file must not be null");
    SqliteEventStore store = new SqliteEventStore(file);
    try (Connection connection = store.connect();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "CREATE TABLE IF NOT EXISTS events ("
              + " stream TEXT NOT NULL,"
              + " version INTEGER NOT NULL CHECK (version >= 1),"
              + " event TEXT NOT NULL,"
              + " PRIMARY KEY (stream, version))");
      statement.executeUpdate(
          "CREATE TABLE IF NOT EXISTS commands ("
              + " stream TEXT NOT NULL,"
              + " command_id TEXT NOT NULL,"
              + " first_version INTEGER NOT NULL,"
              + " events INTEGER NOT NULL,"
              + " UNIQUE (stream, command_id))");
      connection.commit();
    } catch (SQLException e) {
      throw new EventStoreException(
          "Cannot open the event store " + file + ": " + e.getMessage(), e);
    }
    LOG.debug("opened event store {}", file);
    return store;
  }

  /**
   * The database file.
   *
   * @return the file
   */
  public Path file() {
    return file;
  }

  /** A connection whose transactions take the write lock at once. */
  private Connection connect() throws SQLException {
    return connect(writing);
  }

  /** A connection whose transactions only read. */
  private Connection connectToRead() throws SQLException {
    return connect(reading);
  }

  private Connection connect(Properties properties) throws SQLException {
    Connection connection = DriverManager.getConnection(url, properties);
    connection.setAutoCommit(false);
    return connection;
  }

  @Override
  public long append(String stream, long expectedVersion, List<? extends Event> events) {
    return insert(stream, expectedVersion, null, events);
  }

  @Override
  public long append(
      String stream, long expectedVersion, CommandId command, List<? extends Event> events) {
    return insert(
        stream,
        expectedVersion,
        checkNotNull(command, "command id for stream '%s' must not be null", stream),
        events);
  }

  private long insert(
      String stream,
      long expectedVersion,
      @Nullable CommandId command,
      List<? extends Event> events) {
    Checks.text("stream id", stream);
    checkArgument(
        expectedVersion >= 0,
        "Invalid expected version %s for stream '%s': must be at least 0",
        expectedVersion,
        stream);
    checkNotNull(events, "events for stream '%s' must not be null", stream);
    List<String> rows = new ArrayList<>(events.size());
    for (Event event : events) {
      rows.add(
          codec.writeEvent(
              checkNotNull(
                  event, "event #%s for stream '%s' must not be null", rows.size(), stream)));
    }
    try (Connection connection = connect()) {
      try {
        if (command != null && firstOf(connection, stream, command).isPresent()) {
          connection.rollback();
          throw new DuplicateCommandException(stream, command);
        }
        long actual = versionIn(connection, stream, expectedVersion);
        if (actual != expectedVersion) {
          connection.rollback();
          throw new ConcurrencyConflictException(stream, expectedVersion, actual);
        }
        try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO events (stream, version, event) VALUES (?, ?, ?)")) {
          long version = expectedVersion;
          for (String row : rows) {
            insert.setString(1, stream);
            insert.setLong(2, ++version);
            insert.setString(3, row);
            insert.addBatch();
          }
          insert.executeBatch();
        }
        if (command != null) {
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO commands (stream, command_id, first_version, events)"
                      + " VALUES (?, ?, ?, ?)")) {
            insert.setString(1, stream);
            insert.setString(2, command.value());
            insert.setLong(3, expectedVersion + 1);
            insert.setLong(4, rows.size());
            insert.executeUpdate();
          }
        }
        connection.commit();
        return expectedVersion + rows.size();
      } catch (SQLException e) {
        connection.rollback();
        if (isUniqueViolation(e)) {
          if (command != null && firstOf(connection, stream, command).isPresent()) {
            connection.commit();
            throw new DuplicateCommandException(stream, command);
          }
          long actual = versionOf(connection, stream);
          connection.commit();
          throw new ConcurrencyConflictException(
              stream, expectedVersion, actual == expectedVersion ? actual + 1 : actual);
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new EventStoreException(
          String.format(
              "Cannot append %s events to stream '%s': %s", rows.size(), stream, e.getMessage()),
          e);
    }
  }

  /**
   * The stream's version as this append sees it: the expected version when an event stands there
   * (whether later ones exist is left to the unique key), else the stream's last version.
   */
  private static long versionIn(Connection connection, String stream, long expectedVersion)
      throws SQLException {
    if (expectedVersion == 0) {
      return 0;
    }
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM events WHERE stream = ? AND version = ?")) {
      query.setString(1, stream);
      query.setLong(2, expectedVersion);
      try (ResultSet rows = query.executeQuery()) {
        if (rows.next()) {
          return expectedVersion;
        }
      }
    }
    return versionOf(connection, stream);
  }

  private static boolean isUniqueViolation(SQLException e) {
    int code = e.getErrorCode();
    return code == SQLiteErrorCode.SQLITE_CONSTRAINT.code
        || code == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY.code
        || code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE.code
        || (e.getMessage() != null && e.getMessage().contains("UNIQUE constraint failed"));
  }

  @Override
  public ImmutableList<StoredEvent<Event>> read(String stream) {
    return read(stream, 0);
  }

  @Override
  public ImmutableList<StoredEvent<Event>> read(String stream, long afterVersion) {
    Checks.text("stream id", stream);
    checkArgument(
        afterVersion >= 0,
        "Invalid version %s to read stream '%s' after: must be at least 0",
        afterVersion,
        stream);
    return between(stream, afterVersion, Long.MAX_VALUE);
  }

  /** The events of a stream with a version above {@code after} and up to {@code last}. */
  private ImmutableList<StoredEvent<Event>> between(String stream, long after, long last) {
    try (Connection connection = connectToRead();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT version, event FROM events WHERE stream = ? AND version > ?"
                    + " AND version <= ? ORDER BY version")) {
      query.setString(1, stream);
      query.setLong(2, after);
      query.setLong(3, last);
      ImmutableList.Builder<StoredEvent<Event>> events = ImmutableList.builder();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          long version = rows.getLong(1);
          events.add(
              new StoredEvent<>(
                  stream,
                  version,
                  codec.readEvent(
                      codec.parse(rows.getString(2)), "events[" + stream + "#" + version + "]")));
        }
      }
      connection.commit();
      return events.build();
    } catch (SQLException e) {
      throw new EventStoreException(
          String.format("Cannot read stream '%s': %s", stream, e.getMessage()), e);
    }
  }

  @Override
  public long version(String stream) {
    Checks.text("stream id", stream);
    try (Connection connection = connectToRead()) {
      long version = versionOf(connection, stream);
      connection.commit();
      return version;
    } catch (SQLException e) {
      throw new EventStoreException(
          String.format("Cannot read the version of stream '%s': %s", stream, e.getMessage()), e);
    }
  }

  /**
   * The streams in the store, in alphabetical order.
   *
   * @return their names
   */
  public ImmutableList<String> streams() {
    try (Connection connection = connectToRead();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT DISTINCT stream FROM events ORDER BY stream")) {
      ImmutableList.Builder<String> streams = ImmutableList.builder();
      while (rows.next()) {
        streams.add(rows.getString(1));
      }
      connection.commit();
      return streams.build();
    } catch (SQLException e) {
      throw new EventStoreException("Cannot list the streams: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<ImmutableList<StoredEvent<Event>>> readCommand(String stream, CommandId command) {
    Checks.text("stream id", stream);
    checkNotNull(command, "command id for stream '%s' must not be null", stream);
    Optional<long[]> range;
    try (Connection connection = connectToRead()) {
      range = firstOf(connection, stream, command);
      connection.commit();
    } catch (SQLException e) {
      throw new EventStoreException(
          String.format(
              "Cannot read command '%s' of stream '%s': %s", command, stream, e.getMessage()),
          e);
    }
    if (range.isEmpty()) {
      return Optional.empty();
    }
    // events are never removed: those of an id recorded once are there for any later read
    long first = range.get()[0];
    return Optional.of(between(stream, first - 1, first - 1 + range.get()[1]));
  }

  /** The first version and the number of events of a command applied to a stream, if it was. */
  private static Optional<long[]> firstOf(Connection connection, String stream, CommandId command)
      throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT first_version, events FROM commands WHERE stream = ? AND command_id = ?")) {
      query.setString(1, stream);
      query.setString(2, command.value());
      try (ResultSet rows = query.executeQuery()) {
        return rows.next()
            ? Optional.of(new long[] {rows.getLong(1), rows.getLong(2)})
            : Optional.empty();
      }
    }
  }

  private static long versionOf(Connection connection, String stream) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT COALESCE(MAX(version), 0) FROM events WHERE stream = ?")) {
      query.setString(1, stream);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  @Override
  public String toString() {
    return "SqliteEventStore{" + file + "}";
  }
}
