package org.concertation.examples.http;

import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.util.concurrent.Striped;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Rejection;
import org.concertation.api.store.CommandId;
import org.concertation.api.store.ConcurrencyConflictException;
import org.concertation.api.store.EventStore;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.process.ProcessService;
import org.concertation.examples.sqlite.SqliteEventStore;

/**
 * The processes of one database, as the routes see them: opened with a title and a charter ({@link
 * ProcessTable}), their events in an {@link EventStore}, their commands decided by a {@link
 * ProcessService} with an id each, so that a command sent twice is applied once.
 *
 * <p>Commands on one stream are decided one at a time in this instance, so that its own requests do
 * not race each other; instances sharing the database still race, and the store's optimistic
 * concurrency settles it. Time comes from the clock, read when the command is decided: when another
 * instance appended an event stamped later than that reading, the command is stamped again and
 * decided again, rather than refused for a time that went back.
 *
 * <p>This class is thread-safe.
 */
final class Processes {
  /** The prefix of a SQLite database's JDBC URL. */
  static final String SQLITE = "jdbc:sqlite:";

  /**
   * How many times a command is decided when other writers append to its stream in between: enough
   * for the few instances that share a database.
   */
  static final int ATTEMPTS = 20;

  /** How many times a command is stamped again when another instance stamped a later event. */
  static final int STAMPS = 5;

  /** How many locks the streams share: commands on streams with one lock wait for each other. */
  private static final int STRIPES = 64;

  private final EventStore<Event> store;
  private final ProcessTable table;
  private final Clock clock;
  private final ProcessService service;
  private final ConcurrentMap<String, Process> known = new ConcurrentHashMap<>();
  private final Striped<Lock> locks = Striped.lock(STRIPES);

  private Processes(EventStore<Event> store, ProcessTable table, Clock clock) {
    this.store = store;
    this.table = table;
    this.clock = clock;
    this.service =
        ProcessService.of(store, stream -> requireNonNull(known.get(stream)).charter(), ATTEMPTS);
  }

  /**
   * The processes of a database.
   *
   * @param url its JDBC URL: {@code jdbc:sqlite:FILE}
   * @param clock the clock that stamps commands
   * @throws IllegalArgumentException if the URL names another kind of database
   */
  static Processes open(String url, Clock clock) {
    checkNotNull(url, "url must not be null");
    checkNotNull(clock, "clock must not be null");
    if (!url.startsWith(SQLITE) || url.length() == SQLITE.length()) {
      throw new IllegalArgumentException(
          "Invalid database URL '" + url + "': expected " + SQLITE + "FILE");
    }
    EventStore<Event> store = SqliteEventStore.open(Path.of(url.substring(SQLITE.length())));
    return new Processes(store, ProcessTable.open(url), clock);
  }

  /**
   * Opens a process, unless its stream is taken.
   *
   * @return true if it was opened now
   */
  @CanIgnoreReturnValue
  boolean open(String stream, String title, Charter charter) {
    return table.insert(stream, title, charter);
  }

  /** The process of a stream, if it was opened, by this instance or another. */
  Optional<Process> find(String stream) {
    Process process = known.get(stream);
    if (process != null) {
      return Optional.of(process);
    }
    // a process never changes once opened: what the table says may be kept
    Optional<Process> found = table.find(stream);
    found.ifPresent(p -> known.putIfAbsent(stream, p));
    return found;
  }

  /** The process of a stream, or a 404. */
  Process get(String stream) {
    return find(stream).orElseThrow(() -> Failure.notFound("no process '" + stream + "'"));
  }

  /** The events of a process after a version. */
  ImmutableList<StoredEvent<Event>> events(String stream, long after) {
    return store.read(get(stream).stream(), after);
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
    get(stream);
    Lock lock = locks.get(stream);
    lock.lock();
    try {
      for (int stamp = 1; ; stamp++) {
        Result<Event> result;
        try {
          result = service.handle(stream, id, command.apply(clock.instant()));
        } catch (ConcurrencyConflictException e) {
          throw Failure.busy(
              "other writers kept appending to process '" + stream + "': send the command again",
              e);
        }
        if (result instanceof Result.Rejected<Event> rejected) {
          if (stamp < STAMPS && stampedTooEarly(rejected.rejection())) {
            continue;
          }
          return new Decided(result, 0);
        }
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

  /** Whether a command was refused for a time that a new reading of the clock would not have. */
  private boolean stampedTooEarly(Rejection rejection) {
    return rejection instanceof Rejection.TimeWentBack back
        && !clock.instant().isBefore(back.last());
  }

  /**
   * One process: its stream, title and charter.
   *
   * @param stream its stream
   * @param title its report's title
   * @param charter its charter
   */
  record Process(String stream, String title, Charter charter) {}

  /**
   * A command's decision.
   *
   * @param result accepted with its events, or rejected
   * @param version the stream's version after its events; 0 when rejected, nothing appended
   */
  record Decided(Result<Event> result, long version) {}
}
