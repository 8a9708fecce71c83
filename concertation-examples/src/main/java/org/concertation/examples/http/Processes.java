package org.concertation.examples.http;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.util.concurrent.Striped;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActorId;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Rejection;
import org.concertation.api.store.CommandId;
import org.concertation.api.store.ConcurrencyConflictException;
import org.concertation.api.store.EventStore;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.process.ProcessService;
import org.concertation.core.process.ProcessState;
import org.concertation.core.process.SnapshotPolicy;
import org.concertation.core.store.ObservedEventStore;
import org.concertation.core.store.jdbc.JdbcEventStore;

/**
 * The processes of one database, as the routes see them: streams that describe themselves (their
 * first event, {@link Event.ProcessOpened}, carries the charter and the title) in a {@link
 * JdbcEventStore}, their commands decided by a {@link ProcessService} with an id each, so that a
 * command sent twice is applied once.
 *
 * <p>Commands on one stream are decided one at a time in this instance, so that its own requests do
 * not race each other; instances sharing the database still race, and the store's optimistic
 * concurrency settles it. Time comes from the clock, read when the command is decided: when another
 * instance appended an event stamped later than that reading, the command is stamped again and
 * decided again, rather than refused for a time that went back.
 *
 * <p>The database is reached through a pool of connections (HikariCP), opened with the processes
 * and closed with them: a command takes a few store calls, and opening a connection for each costs
 * more than the call itself (1.8 ms on a local PostgreSQL). Each stream's state is saved as a
 * snapshot every {@link SnapshotPolicy#DEFAULT_EVENTS} events, so that an instance that starts
 * reads a stream from its latest snapshot and the events after it.
 *
 * <p>This class is thread-safe.
 */
final class Processes implements AutoCloseable {
  /** The prefix of a SQLite database's JDBC URL. */
  static final String SQLITE = "jdbc:sqlite:";

  /** The prefix of a PostgreSQL database's JDBC URL. */
  static final String POSTGRESQL = "jdbc:postgresql:";

  /** How long a connection to a SQLite file waits for another writer's lock. */
  private static final int SQLITE_BUSY_TIMEOUT_MILLIS = 30_000;

  /**
   * How many times a command is decided when other writers append to its stream in between: enough
   * for the few instances that share a database.
   */
  static final int ATTEMPTS = 20;

  /** How many times a command is stamped again when another instance stamped a later event. */
  static final int STAMPS = 5;

  /**
   * The most connections one instance keeps open: the requests it serves at once on different
   * streams, far below PostgreSQL's default of 100 connections shared by all instances.
   */
  static final int MAX_CONNECTIONS = 10;

  /**
   * How often a stream's state is saved as a snapshot: an instance that starts folds at most this
   * many events of a stream after its latest snapshot.
   */
  static final SnapshotPolicy SNAPSHOTS = SnapshotPolicy.ofDefaults();

  /** The name of the pool, in the pool's own log lines. */
  private static final String POOL_NAME = "concertation-serve";

  /** How many locks the streams share: commands on streams with one lock wait for each other. */
  private static final int STRIPES = 64;

  private final HikariDataSource pool;
  private final EventStore<Event> store;
  private final Clock clock;
  private final ProcessService service;
  private final Striped<Lock> locks = Striped.lock(STRIPES);

  /** The streams known to hold a process: a process once opened is never removed. */
  private final Set<String> known = ConcurrentHashMap.newKeySet();

  /**
   * The version of the last event this thread appended, 0 before: the store tells it on the
   * appending thread, so a command applied now needs no second read to answer with its version.
   */
  private final ThreadLocal<Long> appended = ThreadLocal.withInitial(() -> 0L);

  private Processes(HikariDataSource pool, JdbcEventStore<Event> events, Clock clock) {
    this.pool = pool;
    ObservedEventStore<Event> observed = ObservedEventStore.of(events);
    var unused =
        observed.subscribe(
            (stream, stored) -> appended.set(stored.get(stored.size() - 1).version()));
    this.store = observed;
    this.clock = clock;
    this.service =
        ProcessService.builder(observed)
            .clock(clock)
            .attempts(ATTEMPTS)
            .snapshots(events, SNAPSHOTS)
            .build();
  }

  /**
   * The processes of a database.
   *
   * @param url its JDBC URL: {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST/DATABASE}
   * @param clock the clock that stamps commands
   * @throws IllegalArgumentException if the URL names another kind of database
   */
  static Processes open(String url, Clock clock) {
    checkNotNull(url, "url must not be null");
    checkNotNull(clock, "clock must not be null");
    if (url.startsWith(SQLITE) && url.length() > SQLITE.length()) {
      // writers in several threads and instances wait for each other rather than fail at once
      String settings = "journal_mode=WAL&busy_timeout=" + SQLITE_BUSY_TIMEOUT_MILLIS;
      url = url + (url.contains("?") ? "&" : "?") + settings;
    } else if (!url.startsWith(POSTGRESQL)) {
      throw new IllegalArgumentException(
          "Invalid database URL '"
              + url
              + "': expected "
              + SQLITE
              + "FILE or "
              + POSTGRESQL
              + "//HOST/DATABASE");
    }
    HikariDataSource pool = new HikariDataSource(poolOf(url));
    try {
      return new Processes(pool, JdbcEventStore.forEvents(pool), clock);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /** The settings of the pool of connections to a database. */
  private static HikariConfig poolOf(String url) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setPoolName(POOL_NAME);
    config.setMaximumPoolSize(MAX_CONNECTIONS);
    return config;
  }

  /** Closes the pool of connections. */
  @Override
  public void close() {
    pool.close();
  }

  /**
   * Opens a process on an empty stream, by its first event.
   *
   * @return true if it was opened now, false if the stream holds a process
   */
  boolean open(String stream, ActorId by, Charter charter, String title) {
    Result<Event> result =
        decide(
            stream,
            () -> service.handle(stream, at -> new Command.OpenProcess(by, at, charter, title)));
    if (result instanceof Result.Rejected<Event> rejected) {
      if (rejected.rejection() instanceof Rejection.AlreadyExists) {
        return false;
      }
      throw new IllegalStateException(
          "opening a process was refused: " + rejected.rejection().getClass().getSimpleName());
    }
    return true;
  }

  /** The state of a stream's process, or a 404. */
  ProcessState get(String stream) {
    ProcessState state =
        service.find(stream).orElseThrow(() -> Failure.notFound("no process '" + stream + "'"));
    known.add(stream);
    return state;
  }

  /** Nothing, or a 404 when the stream holds no process; the database is asked once per stream. */
  void require(String stream) {
    if (!known.contains(stream)) {
      get(stream);
    }
  }

  /** The events of a process after a version. */
  ImmutableList<StoredEvent<Event>> events(String stream, long after) {
    get(stream);
    return store.read(stream, after);
  }

  /**
   * Decides a command on a process and appends its events, once per id.
   *
   * @param stream the process's stream
   * @param id the command's id
   * @param command the command stamped at an instant
   * @return the decision, and the stream's version after the command's events when accepted
   * @throws Failure 404 for an unknown process, 503 when other writers kept winning the race
   */
  Decided handle(String stream, CommandId id, Function<Instant, Command> command) {
    require(stream);
    Lock lock = locks.get(stream);
    lock.lock();
    try {
      for (int stamp = 1; ; stamp++) {
        appended.set(0L);
        Result<Event> result =
            decide(stream, () -> service.handle(stream, id, command.apply(clock.instant())));
        if (result instanceof Result.Rejected<Event> rejected) {
          if (stamp < STAMPS && stampedTooEarly(rejected.rejection())) {
            continue;
          }
          return new Decided(result, 0);
        }
        long now = appended.get();
        if (now > 0) {
          return new Decided(result, now);
        }
        // applied before (a retry, or another instance): its events are read with their versions
        ImmutableList<StoredEvent<Event>> stored =
            store
                .readCommand(stream, id)
                .orElseThrow(() -> new IllegalStateException("command '" + id + "' not stored"));
        return new Decided(result, stored.get(stored.size() - 1).version());
      }
    } finally {
      lock.unlock();
    }
  }

  /** A decision of the service, or a 503 when other writers kept winning the race. */
  private static Result<Event> decide(
      String stream, java.util.function.Supplier<Result<Event>> decision) {
    try {
      return decision.get();
    } catch (ConcurrencyConflictException e) {
      throw Failure.busy(
          "other writers kept appending to process '" + stream + "': send the command again", e);
    }
  }

  /** Whether a command was refused for a time that a new reading of the clock would not have. */
  private boolean stampedTooEarly(Rejection rejection) {
    return rejection instanceof Rejection.TimeWentBack back
        && !clock.instant().isBefore(back.last());
  }

  /**
   * A command's decision.
   *
   * @param result accepted with its events, or rejected
   * @param version the stream's version after its events; 0 when rejected, nothing appended
   */
  record Decided(Result<Event> result, long version) {}
}
