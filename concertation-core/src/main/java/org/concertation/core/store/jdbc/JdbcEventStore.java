package org.concertation.core.store.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Ordering;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Checks;
import org.concertation.api.event.Event;
import org.concertation.api.store.CommandId;
import org.concertation.api.store.ConcurrencyConflictException;
import org.concertation.api.store.DuplicateCommandException;
import org.concertation.api.store.EventStore;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.log.EventLog;
import org.concertation.core.personal.Erasure;
import org.concertation.core.personal.PersonalEntry;
import org.concertation.core.personal.PersonalPartException;
import org.concertation.core.personal.PersonalValues;
import org.concertation.core.personal.RoundKeys;
import org.concertation.core.personal.Salts;
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
 * <p>Its tables, created when the store is opened if they are absent (schema version 2, in the row
 * {@code ('event-store', 2)} of {@code concertation_schema}):
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
 * concertation_personal  (stream TEXT, version BIGINT CHECK (version >= 1), field TEXT,
 *                         kind TEXT, actor TEXT, salt TEXT, text TEXT,
 *                         PRIMARY KEY (stream, version, field))
 * concertation_erasures  (stream TEXT, actor TEXT, erased_at TEXT, reason TEXT,
 *                         PRIMARY KEY (stream, actor, erased_at))
 * }</pre>
 *
 * (every column {@code NOT NULL}). A stream's row in {@code concertation_streams} holds its
 * version; the stream has a row once it has an event.
 *
 * <p><b>Personal values beside the chain.</b> In a store of the library's events ({@link
 * #forEvents(DataSource)}), an event's row holds each of its personal values ({@link
 * org.concertation.core.personal.PersonalValues}: names and the texts actors write) by its salted
 * digest alone, as a log of format 3 does ({@code {"digest": ...}} in the JSON mapping); the salt
 * (from a {@link java.security.SecureRandom}, or the {@link Salts} the store was opened with) and
 * the text are in {@code concertation_personal}, one row per value, keyed by the event's version
 * and the value's {@code field} (its path of JSON keys, such as {@code actor.name}), with the
 * {@code actor} whose it is; both are inserted in the append's transaction. A read joins them back:
 * a stored event reads equal to the one appended, its present values carrying their salts, so that
 * its head hash ({@link Erasure#head}) is the same at every reading. A value without its row reads
 * as erased. {@link #erase} deletes one actor's rows (and the stream's snapshot) and writes no
 * event row, so the head stays the same; {@code concertation_erasures} records who was erased, when
 * and why. A row's {@code kind} says how its value is erased: {@value PersonalRows#VALUE} (names,
 * texts and round keys) with its actor; {@value PersonalRows#KEY} is reserved for values erased
 * only by a rule of their own, through {@link #eraseEntry}, and no field is of that kind yet.
 *
 * <p><b>Secret rounds.</b> The key of a secret round ({@link RoundKeys}) is a row of {@code
 * concertation_personal} whose actor is {@link RoundKeys#KEY_OWNER}, no actor's, so that no erasure
 * of an actor touches it. The append that holds the round's close ({@link
 * RoundKeys#closesSecretRound}) deletes it in its own transaction, and records that in {@code
 * concertation_erasures} (actor {@link RoundKeys#KEY_OWNER}, the close's time, the reason {@code
 * close of secret round N}); no event row is written and the head stays the same. An append that
 * fails (a conflicting version, a command applied already) deletes nothing. On SQLite the key's
 * bytes are then overwritten and the file rebuilt, as {@link #erase} does.
 *
 * <p>A database of schema version 1 is upgraded in place when a store opens it: the two tables are
 * created and the version set to 2, in one transaction; a store of version 1 refuses it from then
 * on. Its event rows are not rewritten: events written under version 1 keep their values inline,
 * read as before (present, without salt), and the new events of the same streams are written with
 * the personal part. A value held inline cannot be erased without rewriting its row: {@link #erase}
 * refuses it, and {@link #sealInline(String)} moves a stream's inline values into the personal part
 * once (which changes its head once).
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

  /** The reason recorded for a round key erased at its round's close, before the round number. */
  static final String KEY_ERASURE_REASON = "close of secret round ";

  private final DataSource dataSource;
  private final EventCodec<E> codec;
  private final Dialect dialect;

  /** How the library's events are split into their rows; null for a store of other events. */
  private final @Nullable PersonalRows personal;

  private JdbcEventStore(
      DataSource dataSource,
      EventCodec<E> codec,
      Dialect dialect,
      @Nullable PersonalRows personal) {
    this.dataSource = dataSource;
    this.codec = codec;
    this.dialect = dialect;
    this.personal = personal;
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
    return forEvents(dataSource, Salts.secure());
  }

  /**
   * Opens the store of the library's events with salts from a given source: {@link
   * Salts#seeded(long)} for a database whose digests must be reproducible (a test, an example
   * compared byte for byte), never for real people's data.
   *
   * @param dataSource the database, SQLite or PostgreSQL
   * @param salts where the salts of new personal values come from
   * @return the store
   * @throws EventStoreException if the database cannot be reached or its tables created, or they
   *     are of a later schema version
   * @throws IllegalArgumentException if the database is neither SQLite nor PostgreSQL
   */
  public static JdbcEventStore<Event> forEvents(DataSource dataSource, Salts salts) {
    checkNotNull(salts, "salts must not be null");
    return open(dataSource, EventCodec.json(), new PersonalRows(salts));
  }

  /**
   * Opens a store of events in a database, creating its tables if they are absent. Each event is
   * stored as its codec writes it, and its personal part is not used: the library's events belong
   * in {@link #forEvents(DataSource)}, which keeps their personal values apart.
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
    return open(dataSource, codec, null);
  }

  private static <E> JdbcEventStore<E> open(
      DataSource dataSource, EventCodec<E> codec, @Nullable PersonalRows personal) {
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
    return new JdbcEventStore<>(dataSource, codec, dialect, personal);
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
    List<Row> rows = new ArrayList<>(events.size());
    for (E event : events) {
      rows.add(
          row(
              expectedVersion + rows.size() + 1,
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
   * The rows of an event at a version: its text and, in a store of the library's events, the
   * entries of its personal values (sealed now if they were not), the text holding their digests.
   */
  private Row row(long version, E event) {
    if (personal == null) {
      return new Row(codec.encode(event), ImmutableList.of(), null);
    }
    PersonalRows.Split split = personal.split(version, (Event) event);
    return new Row(
        codec.encode(asE(split.stored())),
        split.entries(),
        RoundKeys.closesSecretRound(event) ? (Event.RoundClosed) event : null);
  }

  /** An event of the library in a store of the library's events, whose E is Event. */
  @SuppressWarnings("unchecked") // only a store with a personal part calls it: E is Event
  private E asE(Event event) {
    return (E) event;
  }

  /**
   * An event's row in {@code concertation_events} and its rows in {@code concertation_personal};
   * with the event itself when it closes a secret round, whose key the append erases.
   */
  private record Row(
      String event, ImmutableList<PersonalEntry> entries, Event.@Nullable RoundClosed close) {}

  /**
   * One append in one transaction.
   *
   * @return true if it was stored, false if the stream was not at the expected version
   * @throws DuplicateCommandException if the command's id is in the stream already
   */
  private boolean tryInsert(
      String stream, long expectedVersion, @Nullable CommandId command, List<Row> rows) {
    // secret: the close of a secret round erases its key, as an erasure erases a value
    boolean closes = rows.stream().anyMatch(r -> r.close() != null);
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      if (closes) {
        dialect.beforeErase(connection);
      }
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
          insertPersonal(connection, stream, rows);
          if (closes) {
            eraseRoundKeys(connection, stream, expectedVersion, rows);
          }
        }
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
        if (closes) {
          afterKeyErasure(connection, stream);
        }
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
      Connection connection, String stream, long expectedVersion, List<Row> rows)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO concertation_events (stream, version, event) VALUES (?, ?, ?)")) {
      long version = expectedVersion;
      for (Row row : rows) {
        insert.setString(1, stream);
        insert.setLong(2, ++version);
        insert.setString(3, row.event());
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

  /** Inserts the personal values of the events, in the transaction that inserts the events. */
  private static void insertPersonal(Connection connection, String stream, List<Row> rows)
      throws SQLException {
    if (rows.stream().allMatch(r -> r.entries().isEmpty())) {
      return;
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO concertation_personal (stream, version, field, kind, actor, salt, text)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (Row row : rows) {
        for (PersonalEntry entry : row.entries()) {
          insert.setString(1, stream);
          insert.setLong(2, entry.version());
          insert.setString(3, entry.field());
          insert.setString(4, PersonalRows.kindOf(entry.field()));
          insert.setString(5, entry.actor().value());
          insert.setString(6, entry.salt());
          insert.setString(7, entry.text());
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
  }

  /**
   * Deletes the round keys held before the last close of a secret round among the appended events,
   * in the append's transaction, and records the erasure in {@code concertation_erasures} (whose:
   * {@link RoundKeys#KEY_OWNER}; when: the close's time). Only one round is open at a time, so
   * these are the closed round's key, and any that an earlier close left (in a database written
   * before the store erased keys at the close); the key of a round opened after that close, in the
   * same append, stays.
   */
  private static void eraseRoundKeys(
      Connection connection, String stream, long expectedVersion, List<Row> rows)
      throws SQLException {
    long closeVersion = 0;
    Event.RoundClosed close = null;
    for (int i = 0; i < rows.size(); i++) {
      Event.RoundClosed c = rows.get(i).close();
      if (c != null) {
        closeVersion = expectedVersion + i + 1;
        close = c;
      }
    }
    if (close == null) {
      return;
    }
    int erased;
    try (PreparedStatement delete =
        connection.prepareStatement(
            "DELETE FROM concertation_personal"
                + " WHERE stream = ? AND actor = ? AND field = ? AND version < ?")) {
      delete.setString(1, stream);
      delete.setString(2, RoundKeys.KEY_OWNER.value());
      delete.setString(3, RoundKeys.FIELD);
      delete.setLong(4, closeVersion);
      erased = delete.executeUpdate();
    }
    if (erased > 0) {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO concertation_erasures (stream, actor, erased_at, reason)"
                  + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
        insert.setString(1, stream);
        insert.setString(2, RoundKeys.KEY_OWNER.value());
        insert.setString(3, close.at().toString());
        insert.setString(4, KEY_ERASURE_REASON + close.round());
        insert.executeUpdate();
      }
    }
    LOG.debug(
        "erased {} round keys of stream '{}' at the close of secret round {}",
        erased,
        stream,
        close.round());
  }

  /**
   * Ends the erasure of a round key once the append is over ({@link Dialect#afterErase}): a failure
   * there leaves the append as it ended (committed or not), so it is logged, not thrown; the key's
   * bytes then stay in the file's free pages until its next rebuild.
   */
  private void afterKeyErasure(Connection connection, String stream) {
    try {
      dialect.afterErase(connection);
    } catch (SQLException e) {
      LOG.warn(
          "the file of stream '{}' was not rebuilt after the close of a secret round erased its"
              + " key (SQL state {}); it will be at the next erasure",
          stream,
          e.getSQLState());
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
      List<StoredEvent<E>> events = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          long version = rows.getLong(1);
          events.add(
              new StoredEvent<>(stream, version, decode(stream, version, rows.getString(2))));
        }
      }
      if (personal == null || events.isEmpty()) {
        return ImmutableList.copyOf(events);
      }
      // read after the events: the entries of every event read were committed with it
      Map<String, PersonalEntry> entries =
          entries(connection, stream, after, events.get(events.size() - 1).version());
      ImmutableList.Builder<StoredEvent<E>> joined =
          ImmutableList.builderWithExpectedSize(events.size());
      for (StoredEvent<E> event : events) {
        joined.add(
            new StoredEvent<>(
                stream,
                event.version(),
                asE(PersonalRows.join(event.version(), (Event) event.event(), entries))));
      }
      return joined.build();
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

  // personal: the erasable part

  /** The entries of a stream's values with a version above {@code after} and up to {@code last}. */
  private static Map<String, PersonalEntry> entries(
      Connection connection, String stream, long after, long last) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT version, field, actor, salt, text FROM concertation_personal"
                + " WHERE stream = ? AND version > ? AND version <= ?")) {
      query.setString(1, stream);
      query.setLong(2, after);
      query.setLong(3, last);
      List<PersonalEntry> entries = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          long version = rows.getLong(1);
          String field = rows.getString(2);
          try {
            entries.add(
                new PersonalEntry(
                    version,
                    field,
                    ActorId.of(rows.getString(3)),
                    rows.getString(4),
                    rows.getString(5)));
          } catch (IllegalArgumentException e) {
            throw new PersonalPartException(version, field, "its actor or salt is invalid");
          }
        }
      }
      entries.sort(ENTRY_ORDER);
      Map<String, PersonalEntry> byKey = new LinkedHashMap<>();
      for (PersonalEntry entry : entries) {
        byKey.put(entry.key(), entry);
      }
      return byKey;
    }
  }

  /** Entries by version, then by field (of their characters, whatever the collation). */
  private static final Comparator<PersonalEntry> ENTRY_ORDER =
      Comparator.comparingLong(PersonalEntry::version).thenComparing(PersonalEntry::field);

  private PersonalRows requirePersonal() {
    if (personal == null) {
      throw new IllegalStateException(
          "This store keeps its events as "
              + codec
              + " writes them, with no personal part: open a store of the library's events with"
              + " forEvents");
    }
    return personal;
  }

  /**
   * The personal values of a stream that the erasable part holds ({@code concertation_personal}):
   * each present value with its salt, by the event's version and the value's field. A value erased,
   * or held inline in an event written under schema version 1, has no entry.
   *
   * @param stream the stream
   * @return its entries, by version then field
   * @throws IllegalStateException if the store was not opened with {@link #forEvents(DataSource)}
   * @throws PersonalPartException if an entry's actor or salt is invalid
   */
  public ImmutableList<PersonalEntry> personalEntries(String stream) {
    Checks.text("stream id", stream);
    requirePersonal();
    try (Connection connection = dataSource.getConnection()) {
      return ImmutableList.copyOf(entries(connection, stream, 0, Long.MAX_VALUE).values());
    } catch (SQLException e) {
      throw EventStoreException.of(
          String.format("read the personal values of stream '%s'", stream), e);
    }
  }

  /**
   * Erases one actor's personal values (her name and every text she wrote, {@link
   * org.concertation.core.personal.PersonalValues}) from a stream, in one transaction: it deletes
   * her rows of {@code concertation_personal} (with those of her pseudonym in a secret round whose
   * key the stream still holds, {@link RoundKeys#pseudonymsOf}; a closed round's are anonymous and
   * stay, {@link #eraseEntry} removes one by its place), deletes the stream's snapshot (a state
   * holds the texts it was folded from) and records the erasure in {@code concertation_erasures}.
   * No row of {@code concertation_events} is written: the events hold her values by their digests,
   * so the stream reads and replays as before, her values read as erased, and its head hash ({@link
   * Erasure#head}) stays the same.
   *
   * <p>On SQLite, the deleted rows are overwritten with zeros ({@code PRAGMA secure_delete}), and
   * after the commit the file is rebuilt ({@code VACUUM}: it takes time in proportion to the whole
   * database) and the write-ahead log emptied into it, so that the file holds none of her texts
   * (unless a reader kept the log from being emptied: then at its next checkpoint). On PostgreSQL,
   * the deleted rows are no longer visible to any query, but their bytes stay in the table's files
   * until vacuumed and overwritten, and in the server's write-ahead log and backups.
   *
   * <p>What it does not reach: a state that a host keeps in memory (a {@link
   * org.concertation.core.process.ProcessService}'s cache: call its {@code forget(stream)} after
   * the erasure, restart the services of other processes, or erase while none runs), a snapshot
   * that a writer folded before the erasure and saves after it, the database's own copies (its
   * write-ahead log until a checkpoint, free pages until a {@code VACUUM}, backups), and what
   * {@link Erasure} says an erasure never removes.
   *
   * @param stream the stream
   * @param actor the actor, registered in the stream
   * @param at when
   * @param reason why (the request it answers; never personal data), or empty
   * @return what was erased, with the stream's head hash, empty when its first event is not {@link
   *     Event.ProcessOpened} (the charter that the head's header holds)
   * @throws IllegalArgumentException if the stream never registered the actor
   * @throws IllegalStateException if the store was not opened with {@link #forEvents(DataSource)},
   *     or events written under schema version 1 hold values of the actor inline (move them into
   *     the personal part first: {@link #sealInline(String)})
   */
  @CanIgnoreReturnValue
  public Erasure.Result erase(String stream, ActorId actor, Instant at, String reason) {
    Checks.text("stream id", stream);
    checkNotNull(actor, "actor must not be null");
    checkNotNull(at, "at must not be null");
    checkNotNull(reason, "reason must not be null");
    requirePersonal();
    List<Event> before = events(read(stream));
    checkArgument(
        Erasure.registers(before, actor),
        "Invalid actor '%s': stream '%s' never registered it",
        actor.value(),
        stream);
    // secret: her texts under her pseudonyms in the secret rounds still open are hers too
    ImmutableSet<ActorId> hers = RoundKeys.hers(before, actor);
    long inline =
        before.stream()
            .filter(
                e ->
                    PersonalValues.of(e).stream()
                        .anyMatch(
                            v ->
                                hers.contains(v.actor())
                                    && !v.value().isErased()
                                    && v.value().salt().isEmpty()))
            .count();
    checkState(
        inline == 0,
        "Cannot erase actor '%s' from stream '%s': %s of its events hold her values inline, as"
            + " schema version 1 wrote them, where an erasure would rewrite their rows; move them"
            + " into the personal part first (sealInline), which changes the stream's head once",
        actor.value(),
        stream,
        inline);
    int erased = 0;
    int own = 0;
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      dialect.beforeErase(connection);
      dialect.begin(connection);
      try {
        try (PreparedStatement delete =
            connection.prepareStatement(
                "DELETE FROM concertation_personal WHERE stream = ? AND kind = ? AND actor = ?")) {
          for (ActorId whose : hers) {
            delete.setString(1, stream);
            delete.setString(2, PersonalRows.VALUE);
            delete.setString(3, whose.value());
            int deleted = delete.executeUpdate();
            erased += deleted;
            own += whose.equals(actor) ? deleted : 0;
          }
        }
        dropSnapshots(connection, stream);
        try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO concertation_erasures (stream, actor, erased_at, reason)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
          insert.setString(1, stream);
          insert.setString(2, actor.value());
          insert.setString(3, at.toString());
          insert.setString(4, reason);
          insert.executeUpdate();
        }
        dialect.commit(connection);
      } catch (SQLException | RuntimeException e) {
        rollbackAfter(connection, dialect, e);
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
        dialect.afterErase(connection);
      }
    } catch (SQLException e) {
      throw EventStoreException.of(
          String.format("erase actor '%s' from stream '%s'", actor.value(), stream), e);
    }
    LOG.info( // the count of her own values: the log does not tell that she spoke in secret
        "erased {} personal values of actor '{}' in stream '{}'", own, actor.value(), stream);
    List<Event> after = events(read(stream));
    String head =
        after.get(0) instanceof Event.ProcessOpened opened
            ? Erasure.head(stream, opened.charter(), after)
            : "";
    return new Erasure.Result(actor, erased, head);
  }

  /** Deletes a stream's snapshots, which may hold erased values, in the caller's transaction. */
  private static void dropSnapshots(Connection connection, String stream) throws SQLException {
    try (PreparedStatement delete =
        connection.prepareStatement("DELETE FROM concertation_snapshots WHERE stream = ?")) {
      delete.setString(1, stream);
      delete.executeUpdate();
    }
  }

  /**
   * Erases one value of a stream, whoever's and of whatever kind it is, in one transaction that
   * also deletes the stream's snapshot: for a value erased by a rule of its own rather than with
   * its actor, such as the reason of an objection in a secret round whose key is gone (no one can
   * tell whose it is any more), or a round key left by a close that an older store appended. No
   * event row is written; the value reads as erased from then on.
   *
   * @param stream the stream
   * @param version the version of the event that holds the value
   * @param field the value's field, by its JSON keys
   * @return true if the value was there, false if it was erased already or never stored
   * @throws IllegalStateException if the store was not opened with {@link #forEvents(DataSource)}
   */
  @CanIgnoreReturnValue
  public boolean eraseEntry(String stream, long version, String field) {
    Checks.text("stream id", stream);
    checkArgument(version >= 1, "Invalid version %s: must be at least 1", version);
    checkNotNull(field, "field must not be null");
    requirePersonal();
    boolean erased;
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      dialect.beforeErase(connection);
      dialect.begin(connection);
      try {
        try (PreparedStatement delete =
            connection.prepareStatement(
                "DELETE FROM concertation_personal WHERE stream = ? AND version = ? AND field = ?")) {
          delete.setString(1, stream);
          delete.setLong(2, version);
          delete.setString(3, field);
          erased = delete.executeUpdate() == 1;
        }
        dropSnapshots(connection, stream);
        dialect.commit(connection);
      } catch (SQLException | RuntimeException e) {
        rollbackAfter(connection, dialect, e);
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
        dialect.afterErase(connection);
      }
    } catch (SQLException e) {
      throw EventStoreException.of(
          String.format("erase value %s of event %s of stream '%s'", field, version, stream), e);
    }
    return erased;
  }

  private static List<Event> events(List<? extends StoredEvent<?>> stored) {
    List<Event> events = new ArrayList<>(stored.size());
    for (StoredEvent<?> s : stored) {
      events.add((Event) s.event());
    }
    return events;
  }

  /**
   * The erasures done in a stream ({@code concertation_erasures}): whose values, when, why.
   *
   * @param stream the stream
   * @return its erasures, by time
   * @throws IllegalStateException if the store was not opened with {@link #forEvents(DataSource)}
   */
  public ImmutableList<EventLog.ErasureRecord> erasures(String stream) {
    Checks.text("stream id", stream);
    requirePersonal();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT actor, erased_at, reason FROM concertation_erasures WHERE stream = ?")) {
      query.setString(1, stream);
      List<EventLog.ErasureRecord> erasures = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          erasures.add(
              new EventLog.ErasureRecord(
                  ActorId.of(rows.getString(1)),
                  Instant.parse(rows.getString(2)),
                  rows.getString(3)));
        }
      }
      erasures.sort(
          Comparator.comparing(EventLog.ErasureRecord::at).thenComparing(r -> r.actor().value()));
      return ImmutableList.copyOf(erasures);
    } catch (SQLException e) {
      throw EventStoreException.of(String.format("read the erasures of stream '%s'", stream), e);
    }
  }

  /**
   * Moves the personal values that a stream's events hold inline, as schema version 1 wrote them,
   * into the personal part, in one transaction: each such event's row is written again with its
   * values by their digests (sealed with new salts), and their salts and texts go into {@code
   * concertation_personal}. The events read as before; every value can be erased from then on
   * without writing a row, but this once the rows change, and so does the stream's head hash
   * ({@link Erasure#head}): publish the new one. A stream written under version 2 has nothing to
   * move.
   *
   * @param stream the stream
   * @return how many events were written again
   * @throws IllegalStateException if the store was not opened with {@link #forEvents(DataSource)}
   */
  @CanIgnoreReturnValue
  public int sealInline(String stream) {
    Checks.text("stream id", stream);
    PersonalRows rows = requirePersonal();
    int sealed = 0;
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      dialect.beforeErase(connection); // the rows written again held texts
      dialect.begin(connection);
      try {
        List<Row> written = new ArrayList<>();
        try (PreparedStatement query =
                connection.prepareStatement(
                    "SELECT version, event FROM concertation_events WHERE stream = ?"
                        + " ORDER BY version");
            PreparedStatement update =
                connection.prepareStatement(
                    "UPDATE concertation_events SET event = ? WHERE stream = ? AND version = ?")) {
          query.setString(1, stream);
          try (ResultSet found = query.executeQuery()) {
            while (found.next()) {
              long version = found.getLong(1);
              Event event = (Event) decode(stream, version, found.getString(2));
              if (PersonalRows.holdsInline(event)) {
                PersonalRows.Split split = rows.split(version, event);
                update.setString(1, codec.encode(asE(split.stored())));
                update.setString(2, stream);
                update.setLong(3, version);
                update.addBatch();
                written.add(new Row("", split.entries(), null));
                sealed++;
              }
            }
          }
          if (sealed > 0) {
            update.executeBatch();
          }
        }
        insertPersonal(connection, stream, written);
        dialect.commit(connection);
      } catch (SQLException | RuntimeException e) {
        rollbackAfter(connection, dialect, e);
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
        dialect.afterErase(connection);
      }
    } catch (SQLException e) {
      throw EventStoreException.of(
          String.format("move the inline values of stream '%s'", stream), e);
    }
    LOG.info("moved the inline values of {} events of stream '{}'", sealed, stream);
    return sealed;
  }

  @Override
  public String toString() {
    return "JdbcEventStore[" + dataSource + ", " + dialect + "]";
  }
}
