package org.concertation.examples.embed;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.concertation.api.Result;
import org.concertation.api.command.Command;
import org.concertation.api.event.Event;
import org.concertation.api.store.CommandId;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.process.Due;
import org.concertation.core.process.ProcessService;
import org.concertation.core.process.ProcessState;
import org.concertation.core.store.ObservedEventStore;
import org.concertation.core.store.jdbc.DriverDataSource;
import org.concertation.core.store.jdbc.JdbcEventStore;
import org.concertation.examples.scenario.Scenario;
import org.concertation.examples.scenario.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A host application that embeds the library the way city software would: its processes live in a
 * database ({@link JdbcEventStore}: a SQLite file here, or the host's PostgreSQL through its own
 * {@link DataSource}); a {@link ProcessService} decides each command and appends its events; a
 * listener on an {@link ObservedEventStore} hears every event after it is stored, logs it through
 * SLF4J and keeps a notice board of the latest news of each process; a small scheduler asks {@link
 * Due} what is due in every process and posts reminders.
 *
 * <p>Each process's stream describes itself: its first command is {@link Command.OpenProcess}, so
 * the city hall keeps no table of charters, and one reopened on the same database finds every
 * process where it was. The host's duties are the service's: {@code by} comes from the city's
 * authentication (here, from the scenario), {@code at} from the city hall's clock.
 *
 * <p>Run it with a database file and scenario samples: {@code java -cp concertation.jar
 * org.concertation.examples.embed.CityHall city.db}. It opens one process per sample, drives them
 * in turn, one command each, and prints the notice board. Each command carries an id derived from
 * its scenario step, so two city halls driving the same samples on one database, or one run again,
 * apply each command once.
 *
 * <p>This class is thread-safe.
 */
public final class CityHall {
  private static final Logger LOG = LoggerFactory.getLogger(CityHall.class);

  private final JdbcEventStore<Event> database;
  private final ObservedEventStore<Event> store;
  private final ConcurrentMap<String, String> board = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, ImmutableList<Due.Item>> reminders =
      new ConcurrentHashMap<>();
  private final AtomicLong heard = new AtomicLong();
  private final Clock clock;
  private final ProcessService service;

  /**
   * How long a writer waits for another to release a SQLite file before failing: two city halls on
   * one file take turns instead of failing at once.
   */
  private static final int SQLITE_BUSY_TIMEOUT_MILLIS = 30_000;

  private CityHall(DataSource database, Clock clock) {
    this.database = JdbcEventStore.forEvents(database);
    this.store = ObservedEventStore.of(this.database);
    this.clock = clock;
    this.service = ProcessService.of(store, clock);
    store.subscribe(this::onAppended);
  }

  /**
   * A city hall whose processes live in a SQLite file, in WAL mode so that readers do not block
   * writers, on the system's clock.
   *
   * @param database the SQLite file, created if absent
   * @return the city hall
   */
  public static CityHall open(Path database) {
    return open(database, Clock.systemUTC());
  }

  /**
   * A city hall whose processes live in a SQLite file, in WAL mode.
   *
   * @param database the SQLite file, created if absent
   * @param clock the city hall's clock, which dates the scheduler's checks and the retries
   * @return the city hall
   */
  public static CityHall open(Path database, Clock clock) {
    return open(sqlite(checkNotNull(database, "database must not be null")), clock);
  }

  /**
   * A city hall whose processes live in the host's database, SQLite or PostgreSQL.
   *
   * @param database the database, whose driver the host brings
   * @param clock the city hall's clock, which dates the scheduler's checks and the retries
   * @return the city hall
   */
  public static CityHall open(DataSource database, Clock clock) {
    return new CityHall(
        checkNotNull(database, "database must not be null"),
        checkNotNull(clock, "clock must not be null"));
  }

  /**
   * A city hall whose processes live in the host's database, on the system's clock.
   *
   * @param database the database, whose driver the host brings
   * @return the city hall
   */
  public static CityHall open(DataSource database) {
    return open(database, Clock.systemUTC());
  }

  /**
   * The connections to a SQLite file (through the sqlite-jdbc driver).
   *
   * @param file the file, created if absent
   * @return its data source
   */
  static DataSource sqlite(Path file) {
    return DriverDataSource.of(
        "jdbc:sqlite:"
            + file.toAbsolutePath()
            + "?journal_mode=WAL&busy_timeout="
            + SQLITE_BUSY_TIMEOUT_MILLIS);
  }

  /**
   * The command that opens a scenario's process: by the actor of its first step (the project owner
   * registering itself), when that step is dated, under the scenario's charter and title.
   *
   * @param scenario the scenario
   * @return the command
   */
  static Command.OpenProcess opening(Scenario scenario) {
    checkArgument(!scenario.steps().isEmpty(), "Scenario '%s' has no step", scenario.stream());
    Command first = scenario.steps().get(0).command();
    String title = scenario.title().isBlank() ? scenario.stream() : scenario.title();
    return new Command.OpenProcess(first.by(), first.at(), scenario.charter(), title);
  }

  /**
   * Opens a scenario's process, once: the command's id is the process's, so a city hall opening it
   * again, or another instance, is answered with the event of the first opening.
   *
   * @param scenario the scenario
   * @return the decision
   */
  public Result<Event> open(Scenario scenario) {
    checkNotNull(scenario, "scenario must not be null");
    return apply(
        scenario.stream(),
        "opening",
        CommandId.of(scenario.stream() + "#opening"),
        opening(scenario));
  }

  private Result<Event> apply(String stream, String place, CommandId id, Command command) {
    Result<Event> result = service.handle(stream, id, command);
    if (result instanceof Result.Rejected<Event> rejected) {
      LOG.warn("process '{}': {} refused: {}", stream, place, rejected.rejection().message());
    }
    return result;
  }

  /**
   * Handles one command of a process, once: the command's id is the process and the step's position
   * in its scenario, so a step handled again, by this city hall or by another instance on the same
   * database, is answered with the events it caused the first time and changes nothing.
   *
   * @param stream the process
   * @param step the command and where it comes from
   * @return the decision
   */
  public Result<Event> handle(String stream, Step step) {
    return apply(stream, step.place(), commandId(stream, step), step.command());
  }

  /**
   * The id of a scenario's step: stable across runs and instances, unique in its process.
   *
   * @param stream the process
   * @param step the step
   * @return the id, such as {@code small-square#12}
   */
  static CommandId commandId(String stream, Step step) {
    return CommandId.of(stream + "#" + step.position());
  }

  /**
   * Drives several scenarios at once, one command of each in turn, each in its own process.
   *
   * @param scenarios the scenarios
   * @return the number of commands refused
   */
  public int drive(List<Scenario> scenarios) {
    int refused = 0;
    for (Scenario scenario : scenarios) {
      if (open(scenario) instanceof Result.Rejected<Event>) {
        refused++;
      }
    }
    int longest = scenarios.stream().mapToInt(s -> s.steps().size()).max().orElse(0);
    for (int i = 0; i < longest; i++) {
      for (Scenario scenario : scenarios) {
        if (i < scenario.steps().size()) {
          Step step = scenario.steps().get(i);
          if (handle(scenario.stream(), step) instanceof Result.Rejected<Event>) {
            refused++;
          }
        }
      }
    }
    return refused;
  }

  /**
   * The current state of a process, rebuilt from the database.
   *
   * @param stream the process
   * @return its state
   */
  public ProcessState state(String stream) {
    return service.state(stream);
  }

  /**
   * What is due in every process of the database at an instant.
   *
   * @param now the instant
   * @return the items of each process with something due, in alphabetical order of the processes
   */
  public ImmutableMap<String, ImmutableList<Due.Item>> due(Instant now) {
    checkNotNull(now, "now must not be null");
    ImmutableMap.Builder<String, ImmutableList<Due.Item>> due = ImmutableMap.builder();
    for (String stream : database.streams()) {
      service
          .find(stream)
          .map(state -> Due.at(state, now))
          .filter(items -> !items.isEmpty())
          .ifPresent(items -> due.put(stream, items));
    }
    return due.buildOrThrow();
  }

  /**
   * One pass of the scheduler: asks what is due now, by the city hall's clock, and posts it as the
   * reminders of each process, replacing the previous ones.
   *
   * @return the reminders posted
   */
  @CanIgnoreReturnValue
  public ImmutableMap<String, ImmutableList<Due.Item>> remind() {
    ImmutableMap<String, ImmutableList<Due.Item>> due = due(clock.instant());
    reminders.clear();
    reminders.putAll(due);
    // types and identities only: the items name no person
    due.forEach(
        (stream, items) -> items.forEach(item -> LOG.info("process '{}': due {}", stream, item)));
    return due;
  }

  /**
   * Runs the scheduler: {@link #remind()} now and then every period, until the executor stops.
   *
   * @param executor the host's scheduled executor
   * @param period how often
   * @return the scheduled task, to cancel it
   */
  public ScheduledFuture<?> schedule(ScheduledExecutorService executor, Duration period) {
    checkNotNull(executor, "executor must not be null");
    checkArgument(
        !period.isNegative() && !period.isZero(), "Invalid period %s: must be positive", period);
    return executor.scheduleAtFixedRate(this::remind, 0, period.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * The reminders the scheduler last posted.
   *
   * @return the items due, by process
   */
  public ImmutableMap<String, ImmutableList<Due.Item>> reminders() {
    return ImmutableMap.copyOf(new TreeMap<>(reminders));
  }

  /**
   * The latest news of each process, as the listener heard it.
   *
   * @return the news by process, in alphabetical order
   */
  public ImmutableMap<String, String> board() {
    return ImmutableMap.copyOf(new TreeMap<>(board));
  }

  /**
   * How many events the listener heard.
   *
   * @return the count
   */
  public long heard() {
    return heard.get();
  }

  private void onAppended(String stream, ImmutableList<StoredEvent<Event>> events) {
    for (StoredEvent<Event> stored : events) {
      heard.incrementAndGet();
      String news = stored.event().getClass().getSimpleName() + " at " + stored.event().at();
      board.put(stream, "#" + stored.version() + " " + news);
      LOG.debug("process '{}' #{}: {}", stream, stored.version(), news);
    }
  }

  /**
   * Runs the samples in a database file and prints the notice board.
   *
   * @param args the database file
   */
  public static void main(String[] args) {
    checkArgument(args.length == 1, "Usage: CityHall DATABASE.db");
    CityHall hall = open(Path.of(args[0]));
    List<Scenario> samples =
        List.of(Scenario.sample("saint-aubin-project.json"), Scenario.sample("small-square.json"));
    int refused = hall.drive(samples);
    Map<String, String> lines = new LinkedHashMap<>(hall.board());
    lines.forEach(
        (stream, news) -> LOG.info("{}: {} (phase {})", stream, news, hall.state(stream).phase()));
    LOG.info("{} events heard, {} commands refused", hall.heard(), refused);
    hall.remind();
  }
}
