package org.concertation.examples.embed;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.event.Event;
import org.concertation.api.store.CommandId;
import org.concertation.api.store.StoredEvent;
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
 * SLF4J and keeps a notice board of the latest news of each process.
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

  private final ObservedEventStore<Event> store;
  private final ConcurrentMap<String, Charter> charters = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, String> board = new ConcurrentHashMap<>();
  private final AtomicLong heard = new AtomicLong();
  private final ProcessService service;

  /**
   * How long a writer waits for another to release a SQLite file before failing: two city halls on
   * one file take turns instead of failing at once.
   */
  private static final int SQLITE_BUSY_TIMEOUT_MILLIS = 30_000;

  private CityHall(DataSource database) {
    this.store = ObservedEventStore.of(JdbcEventStore.forEvents(database));
    this.service = ProcessService.of(store, this::charterOf);
    store.subscribe(this::onAppended);
  }

  /**
   * A city hall whose processes live in a SQLite file, in WAL mode so that readers do not block
   * writers.
   *
   * @param database the SQLite file, created if absent
   * @return the city hall
   */
  public static CityHall open(Path database) {
    return open(sqlite(checkNotNull(database, "database must not be null")));
  }

  /**
   * A city hall whose processes live in the host's database, SQLite or PostgreSQL.
   *
   * @param database the database, whose driver the host brings
   * @return the city hall
   */
  public static CityHall open(DataSource database) {
    return new CityHall(checkNotNull(database, "database must not be null"));
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

  private Charter charterOf(String stream) {
    Charter charter = charters.get(stream);
    checkArgument(charter != null, "No process '%s' was opened", stream);
    return charter;
  }

  /**
   * Opens a process (or reopens one already in the database) under a charter.
   *
   * @param stream the process's stream
   * @param charter its charter
   */
  public void openProcess(String stream, Charter charter) {
    charters.put(
        checkNotNull(stream, "stream must not be null"),
        checkNotNull(charter, "charter must not be null"));
    LOG.info(
        "process '{}' under '{}', at version {}", stream, charter.name(), store.version(stream));
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
    Result<Event> result = service.handle(stream, commandId(stream, step), step.command());
    if (result instanceof Result.Rejected<Event> rejected) {
      LOG.warn(
          "process '{}': {} refused: {}", stream, step.place(), rejected.rejection().message());
    }
    return result;
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
    scenarios.forEach(s -> openProcess(s.stream(), s.charter()));
    int refused = 0;
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
  }
}
