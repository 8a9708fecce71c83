package org.concertation.core.store.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.concertation.api.domain.Checks;
import org.concertation.api.event.Event;
import org.concertation.api.store.CommandId;
import org.concertation.api.store.ConcurrencyConflictException;
import org.concertation.api.store.DuplicateCommandException;
import org.concertation.api.store.EventStore;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.store.Snapshot;
import org.concertation.core.store.SnapshotStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link EventStore} in a SQLite or PostgreSQL database that the host reaches through its own
 * {@link DataSource} and driver, with the host's {@link EventCodec} ({@link EventCodec#json()} for
 * the library's events). It keeps command ids ({@link CommandId}) and the latest {@link Snapshot}
 * of each stream ({@link SnapshotStore}).
 *
 * <p>Its tables, created when the store is opened if they are absent (schema version 1, in the row
 * {@code ('event-store', 1)} of {@code concertation_schema}):
 *
 * <pre>{@code
 * concertation_schema    (part TEXT PRIMARY KEY, version BIGINT)
 * concertation_streams   (stream TEXT PRIMARY KEY, version BIGINT CHECK (version >= 1))
 * concertation_events    (stream TEXT, version BIGINT CHECK (version >= 1), event TEXT,
 *                         PRIMARY KEY (stream, version))
 * concertation_commands  (stream TEXT, command_id TEXT, first_version BIGINT, events BIGINT,
 *                         PRIMARY KEY (stream, command_id))
 * concertation_snapshots (stream TEXT PRIMARY KEY, version BIGINT CHECK (version >= 1),
 *                         format TEXT, payload BLOB (SQLite) or BYTEA (PostgreSQL))
 * }</pre>
 *
 * (every column {@code NOT NULL}). A stream's row in {@code concertation_streams} holds its
 * version; the stream has a row once it has an event.
 *
 * <p>The database enforces the contract, whichever writer, thread or process appends. An append is
 * one transaction: it inserts the command's id (the key (stream, command_id) refuses a second
 * application: {@link DuplicateCommandException}); it moves the stream's version from the expected
 * one to the new one ({@code UPDATE ... WHERE version = expected}, or an {@code INSERT} for a new
 * stream whose key refuses a second creator: {@link ConcurrencyConflictException}); then it inserts
 * the events at the versions that follow, where the key (stream, version) refuses a duplicate. A
 * refused step rolls the whole append back. On SQLite, write transactions take the write lock at
 * once ({@code BEGIN IMMEDIATE}) and wait for each other up to the connection's busy timeout; on
 * PostgreSQL, at the default isolation (read committed), the row of the stream makes racing writers
 * wait for each other, and the loser sees the winner's version.
 *
 * <p>Each call takes a connection from the data source and gives it back, with its auto-commit mode
 * as it found it. Failures of the database are {@link EventStoreException}s that say which
 * operation on which stream failed and keep the driver's exception; events' content is never
 * logged.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <E> the type of the events
 */
public final class JdbcEventStore<E> implements EventStore<E>, SnapshotStore {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcEventStore.class);

  /**
   * How many times an append is tried when it lost on a stream that, read again, stands at the
   * expected version: it was behind when tried and others have brought it there since, so the
   * append is tried again rather than refused with no version to report.
   */
  private static final int APPEND_ATTEMPTS = 3;

  private final DataSource dataSource;
  private final EventCodec<E> codec;
  private final Dialect dialect;

  private JdbcEventStore(DataSource dataSource, EventCodec<E> codec, Dialect dialect) {
    this.dataSource = dataSource;
    this.codec = codec;
    this.dialect = dialect;
  }

  /**
   * Opens the store of the library's events, as JSON ({@link EventCodec#json()}), in a database,
   * creating its tables if they are absent.
   *
   * @param dataSource the database, SQLite or PostgreSQL
   * @return the store
   * @throws EventStoreException if the database cannot be reached or its tables created, or they
   *     are of a later schema version
   * @throws IllegalArgumentException if the database is neither SQLite nor PostgreSQL
   */
  public static JdbcEventStore<Event> forEvents(DataSource dataSource) {
    return open(dataSource, EventCodec.json());
  }

  /**
   * Opens a store of events in a database, creating its tables if they are absent.
   *
   * @param dataSource the database, SQLite or PostgreSQL
   * @param codec how events are written as text and read back
   * @param <E> the type of the events
   * @return the store
   * @throws EventStoreException if the database cannot be reached or its tables created, or they
   *     are of a later schema version
   * @throws IllegalArgumentException if the database is neither SQLite nor PostgreSQL
   */
  public static <E> JdbcEventStore<E> open(DataSource dataSource, EventCodec<E> codec) {
    checkNotNull(dataSource, "dataSource must not be null");
    checkNotNull(codec, "codec must not be null");
    Dialect dialect;
    try (Connection connection = dataSource.getConnection()) {
      dialect = Dialect.of(connection.getMetaData().getDatabaseProductName());
      Schema.create(connection, dialect);
    } catch (SQLException e) {
      throw EventStoreException.of("open the event store in " + dataSource, e);
    }
    LOG.debug("opened the event store in {} ({})", dataSource, dialect);
    return new JdbcEventStore<>(dataSource, codec, dialect);
  }

  @Override
  public long append(String stream, long expectedVersion, List<? extends E> events) {
    return insert(stream, expectedVersion, null, events);
  }

  @Override
  public long append(
      String stream, long expectedVersion, CommandId command, List<? extends E> events) {
    return insert(
        stream,
        expectedVersion,
        checkNotNull(command, "command id for stream '%s' must not be null", stream),
        events);
  }

  private long insert(
      String stream, long expectedVersion, @Nullable CommandId command, List<? extends E> events) {
    Checks.text("stream id", stream);
    checkArgument(
        expectedVersion >= 0,
        "Invalid expected version %s for stream '%s': must be at least 0",
        expectedVersion,
        stream);
    checkNotNull(events, "events for stream '%s' must not be null", stream);
    List<String> rows = new ArrayList<>(events.size());
    for (E event : events) {
      rows.add(
          codec.encode(
              checkNotNull(
                  event, "event #%s for stream '%s' must not be null", rows.size(), stream)));
    }
    if (command == null && rows.isEmpty()) {
      long actual = version(stream);
      if (actual != expectedVersion) {
        throw new ConcurrencyConflictException(stream, expectedVersion, actual);
      }
      return actual;
    }
    for (int attempt = 1; ; attempt++) {
      if (tryInsert(stream, expectedVersion, command, rows)) {
        LOG.debug(
            "appended {} events to stream '{}' at version {}",
            rows.size(),
            stream,
            expectedVersion);
        return expectedVersion + rows.size();
      }
      long actual = version(stream);
      if (actual != expectedVersion) {
        throw new ConcurrencyConflictException(stream, expectedVersion, actual);
      }
      if (attempt == APPEND_ATTEMPTS) {
        throw new EventStoreException(
            String.format(
                "Cannot append %s events to stream '%s': refused %s times while the stream stayed"
                    + " at version %s (were its tables written around the store?)",
                rows.size(), stream, APPEND_ATTEMPTS, actual),
            null);
      }
    }
  }

  /**
   * One append in one transaction.
   *
   * @return true if it was stored, false if the stream was not at the expected version
   * @throws DuplicateCommandException if the command's id is in the stream already
   */
  private boolean tryInsert(
      String stream, long expectedVersion, @Nullable CommandId command, List<String> rows) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      dialect.begin(connection);
      try {
        if (command != null
            && !insertCommand(connection, stream, command, expectedVersion + 1, rows.size())) {
          dialect.rollback(connection);
          throw new DuplicateCommandException(stream, command);
        }
        boolean moved =
            rows.isEmpty()
                ? versionOf(connection, stream) == expectedVersion
                : moveStream(connection, stream, expectedVersion, expectedVersion + rows.size())
                    && insertEvents(connection, stream, expectedVersion, rows);
        if (moved) {
          dialect.commit(connection);
        } else {
          dialect.rollback(connection);
        }
        return moved;
      } catch (SQLException | RuntimeException e) {
        if (!(e instanceof DuplicateCommandException)) {
          rollbackAfter(connection, dialect, e);
        }
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw EventStoreException.of(
          String.format("append %s events to stream '%s'", rows.size(), stream), e);
    }
  }

  /** Records a command's id; false if the stream holds that id already. */
  private boolean insertCommand(
      Connection connection, String stream, CommandId command, long firstVersion, int events)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO concertation_commands (stream, command_id, first_version, events)"
                + " VALUES (?, ?, ?, ?)")) {
      insert.setString(1, stream);
      insert.setString(2, command.value());
      insert.setLong(3, firstVersion);
      insert.setLong(4, events);
      insert.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (dialect.isUniqueViolation(e)) {
        return false;
      }
      throw e;
    }
  }

  /** Moves a stream from the expected version to the new one; false if it was not there. */
  private boolean moveStream(Connection connection, String stream, long expected, long next)
      throws SQLException {
    if (expected == 0) {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO concertation_streams (stream, version) VALUES (?, ?)")) {
        insert.setString(1, stream);
        insert.setLong(2, next);
        insert.executeUpdate();
        return true;
      } catch (SQLException e) {
        if (dialect.isUniqueViolation(e)) {
          return false;
        }
        throw e;
      }
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE concertation_streams SET version = ? WHERE stream = ? AND version = ?")) {
      update.setLong(1, next);
      update.setString(2, stream);
      update.setLong(3, expected);
      return update.executeUpdate() == 1;
    }
  }

  /**
   * Inserts the events after the expected version; false if one of those versions is taken, which
   * only a writer that bypassed the streams' table can cause.
   */
  private boolean insertEvents(
      Connection connection, String stream, long expectedVersion, List<String> rows)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO concertation_events (stream, version, event) VALUES (?, ?, ?)")) {
      long version = expectedVersion;
      for (String row : rows) {
        insert.setString(1, stream);
        insert.setLong(2, ++version);
        insert.setString(3, row);
        insert.addBatch();
      }
      insert.executeBatch();
      return true;
    } catch (SQLException e) {
      if (dialect.isUniqueViolation(e) || isUniqueViolationInBatch(e)) {
        return false;
      }
      throw e;
    }
  }

  /** A batch's failure may hide the statement's own in its chain. */
  private boolean isUniqueViolationInBatch(SQLException e) {
    for (SQLException next = e.getNextException(); next != null; next = next.getNextException()) {
      if (dialect.isUniqueViolation(next)) {
        return true;
      }
    }
    return false;
  }

  /** Rolls back after a failure, keeping the failure as the one to report. */
  static void rollbackAfter(Connection connection, Dialect dialect, Exception failure) {
    try {
      dialect.rollback(connection);
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  @Override
  public Optional<ImmutableList<StoredEvent<E>>> readCommand(String stream, CommandId command) {
    Checks.text("stream id", stream);
    checkNotNull(command, "command id for stream '%s' must not be null", stream);
    long first;
    long count;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT first_version, events FROM concertation_commands"
                    + " WHERE stream = ? AND command_id = ?")) {
      query.setString(1, stream);
      query.setString(2, command.value());
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        first = rows.getLong(1);
        count = rows.getLong(2);
      }
    } catch (SQLException e) {
      throw EventStoreException.of(
          String.format("read command '%s' of stream '%s'", command, stream), e);
    }
    // events are never removed: those of an id recorded once are there for any later read
    return Optional.of(between(stream, first - 1, first - 1 + count));
  }

  @Override
  public ImmutableList<StoredEvent<E>> read(String stream) {
    return read(stream, 0);
  }

  @Override
  public ImmutableList<StoredEvent<E>> read(String stream, long afterVersion) {
    Checks.text("stream id", stream);
    checkArgument(
        afterVersion >= 0,
        "Invalid version %s to read stream '%s' after: must be at least 0",
        afterVersion,
        stream);
    return between(stream, afterVersion, Long.MAX_VALUE);
  }

  /** The events of a stream with a version above {@code after} and up to {@code last}. */
  private ImmutableList<StoredEvent<E>> between(String stream, long after, long last) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT version, event FROM concertation_events WHERE stream = ? AND version > ?"
                    + " AND version <= ? ORDER BY version")) {
      query.setString(1, stream);
      query.setLong(2, after);
      query.setLong(3, last);
      ImmutableList.Builder<StoredEvent<E>> events = ImmutableList.builder();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          long version = rows.getLong(1);
          events.add(
              new StoredEvent<>(stream, version, decode(stream, version, rows.getString(2))));
        }
      }
      return events.build();
    } catch (SQLException e) {
      throw EventStoreException.of(String.format("read stream '%s'", stream), e);
    }
  }

  private E decode(String stream, long version, String text) {
    try {
      return codec.decode(text);
    } catch (RuntimeException e) {
      throw new EventStoreException(
          String.format(
              "Cannot read event %s of stream '%s' with %s: %s",
              version, stream, codec, e.getMessage()),
          e);
    }
  }

  @Override
  public long version(String stream) {
    Checks.text("stream id", stream);
    try (Connection connection = dataSource.getConnection()) {
      return versionOf(connection, stream);
    } catch (SQLException e) {
      throw EventStoreException.of(String.format("read the version of stream '%s'", stream), e);
    }
  }

  private static long versionOf(Connection connection, String stream) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT version FROM concertation_streams WHERE stream = ?")) {
      query.setString(1, stream);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getLong(1) : 0;
      }
    }
  }

  /**
   * The streams that hold at least one event.
   *
   * @return their ids, in alphabetical order (of their characters, whatever the database's
   *     collation)
   */
  public ImmutableList<String> streams() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("SELECT stream FROM concertation_streams");
        ResultSet rows = query.executeQuery()) {
      List<String> streams = new ArrayList<>();
      while (rows.next()) {
        streams.add(rows.getString(1));
      }
      return ImmutableList.sortedCopyOf(Ordering.natural(), streams);
    } catch (SQLException e) {
      throw EventStoreException.of("list the streams", e);
    }
  }

  /**
   * Saves a snapshot in {@code concertation_snapshots}, in one transaction that checks the stream's
   * version; the row of a stream is replaced only by a snapshot at the same or a later version
   * ({@code INSERT ... ON CONFLICT (stream) DO UPDATE ... WHERE}).
   */
  @Override
  @CanIgnoreReturnValue
  public boolean saveSnapshot(String stream, long version, String format, byte[] payload) {
    Snapshot snapshot = Snapshot.of(stream, version, format, payload);
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      dialect.begin(connection);
      try {
        long current = versionOf(connection, stream);
        checkArgument(
            version <= current,
            "Invalid snapshot version %s of stream '%s': the stream is at version %s",
            version,
            stream,
            current);
        boolean saved;
        try (PreparedStatement upsert =
            connection.prepareStatement(
                "INSERT INTO concertation_snapshots (stream, version, format, payload)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (stream) DO UPDATE SET"
                    + " version = excluded.version, format = excluded.format,"
                    + " payload = excluded.payload"
                    + " WHERE excluded.version >= concertation_snapshots.version")) {
          upsert.setString(1, stream);
          upsert.setLong(2, version);
          upsert.setString(3, snapshot.format());
          upsert.setBytes(4, payload);
          saved = upsert.executeUpdate() == 1;
        }
        dialect.commit(connection);
        return saved;
      } catch (SQLException | RuntimeException e) {
        rollbackAfter(connection, dialect, e);
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw EventStoreException.of(
          String.format("save the snapshot of stream '%s' at version %s", stream, version), e);
    }
  }

  @Override
  public Optional<Snapshot> latestSnapshot(String stream) {
    Checks.text("stream id", stream);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT version, format, payload FROM concertation_snapshots WHERE stream = ?")) {
      query.setString(1, stream);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next()
            ? Optional.of(Snapshot.of(stream, rows.getLong(1), rows.getString(2), rows.getBytes(3)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw EventStoreException.of(String.format("read the snapshot of stream '%s'", stream), e);
    }
  }

  @Override
  public String toString() {
    return "JdbcEventStore[" + dataSource + ", " + dialect + "]";
  }
}
