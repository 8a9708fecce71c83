package org.concertation.examples.bench;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Role;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessService;
import org.concertation.core.process.ProcessState;
import org.concertation.core.process.SnapshotPolicy;
import org.concertation.core.process.StateCodec;
import org.concertation.core.store.Snapshot;
import org.concertation.core.store.jdbc.JdbcEventStore;

/**
 * Times {@link ProcessService} on a database, at streams of 100 and of 100,000 events: {@code java
 * -cp concertation.jar[:postgresql.jar] org.concertation.examples.bench.DatabaseServiceBenchmark
 * JDBC-URL [SIZE...]}, on an empty database, through a pool of connections (HikariCP).
 *
 * <p>For each size it fills a stream (the process opened, actors registered, the diagnosis open,
 * then contributions, every event decided by the machine, appended straight to the database), then
 * times:
 *
 * <ul>
 *   <li>a restart without snapshots: a new service reads and checks the whole stream;
 *   <li>a restart from a snapshot: the state saved {@value #TAIL} events before the stream's end
 *       (half the stream if shorter) by {@link StateCodec}, then a new service with snapshots reads
 *       it and the events after it;
 *   <li>a command: a loaded service handles {@value #COMMANDS} contributions one after the other
 *       (each reads the events after the version it saw, decides, appends in one transaction),
 *       after {@value #WARM_UP} untimed ones.
 * </ul>
 *
 * Restarts are the median of {@value #RESTARTS}; commands the median and mean of their latencies.
 * The sizes default to 100, 100000 and 100 again: the first stream is measured while the JVM warms
 * up, the last after, and the ratio is that of 100,000 events to the last 100.
 */
public final class DatabaseServiceBenchmark {
  /** Events per append while a stream is filled. */
  private static final int BATCH = 5_000;

  /** Timed restarts of each kind. */
  private static final int RESTARTS = 5;

  /** Untimed commands before the timed ones. */
  private static final int WARM_UP = 300;

  /** Timed commands. */
  private static final int COMMANDS = 1_000;

  /** Events after the snapshot that a restart from it folds. */
  private static final int TAIL = 100;

  /** How many connections the pool keeps: one thread handles the commands. */
  private static final int CONNECTIONS = 2;

  private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");
  private static final Charter CHARTER = Charters.projectLogic();
  private static final ActorId OWNER = ActorId.of("owner");
  private static final ActorId INHABITANT = ActorId.of("ines");

  private DatabaseServiceBenchmark() {}

  /**
   * Runs the benchmark and prints one line per size, then the ratio.
   *
   * @param args the JDBC URL of an empty database, then the sizes
   */
  public static void main(String[] args) {
    checkArgument(args.length >= 1, "Usage: DatabaseServiceBenchmark JDBC-URL [SIZE...]");
    List<Integer> sizes = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      sizes.add(Integer.parseInt(args[i]));
    }
    if (sizes.isEmpty()) {
      sizes = List.of(100, 100_000, 100);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(args[0]);
    config.setMaximumPoolSize(CONNECTIONS);
    PrintStream out = System.out;
    try (HikariDataSource pool = new HikariDataSource(config)) {
      JdbcEventStore<Event> store = JdbcEventStore.forEvents(pool);
      out.println(store);
      out.println(
          "events | restart, whole stream (ms) | restart, snapshot + "
              + TAIL
              + " events or half the stream (ms) | command median (ms) | command mean (ms)");
      double[] medians = new double[sizes.size()];
      for (int run = 0; run < sizes.size(); run++) {
        int size = sizes.get(run);
        String stream = "bench-" + run + "-" + size;
        ProcessState state = fill(store, stream, size);
        double whole =
            restart(() -> ProcessService.of(store, clock()).state(stream), state.version());
        int tail = Math.min(TAIL, size / 2);
        ProcessState earlier = fill(store, stream + "-s", size - tail);
        Snapshot snapshot = StateCodec.create().encode(stream + "-s", earlier);
        store.saveSnapshot(
            snapshot.stream(), snapshot.version(), snapshot.format(), snapshot.payload());
        extend(store, stream + "-s", earlier, tail);
        double fromSnapshot =
            restart(
                () ->
                    ProcessService.builder(store)
                        .clock(clock())
                        .snapshots(store, SnapshotPolicy.everyEvents(Integer.MAX_VALUE))
                        .build()
                        .state(stream + "-s"),
                state.version());
        long[] latencies = commands(ProcessService.of(store, clock()), stream);
        medians[run] = latencies[latencies.length / 2] / 1e6;
        out.printf(
            Locale.ROOT,
            "%d | %.1f | %.1f | %.3f | %.3f%n",
            state.version(),
            whole,
            fromSnapshot,
            medians[run],
            Arrays.stream(latencies).average().orElse(0) / 1e6);
      }
      int large = sizes.indexOf(sizes.stream().mapToInt(Integer::intValue).max().orElse(0));
      int small = sizes.lastIndexOf(sizes.stream().mapToInt(Integer::intValue).min().orElse(0));
      out.printf(
          Locale.ROOT,
          "a command at %d events costs %.2f times what it costs at %d%n",
          sizes.get(large),
          medians[large] / medians[small],
          sizes.get(small));
    }
  }

  /** The system's clock, moved past the streams' instants. */
  private static Clock clock() {
    return Clock.systemUTC().withZone(ZoneOffset.UTC);
  }

  /** The median, in milliseconds, of timed restarts, each loading a stream to a version. */
  private static double restart(Supplier<ProcessState> restart, long version) {
    long[] times = new long[RESTARTS];
    for (int i = 0; i < RESTARTS; i++) {
      long began = System.nanoTime();
      ProcessState loaded = restart.get();
      times[i] = System.nanoTime() - began;
      if (loaded.version() != version) {
        throw new IllegalStateException("a restart loaded version " + loaded.version());
      }
    }
    Arrays.sort(times);
    return times[RESTARTS / 2] / 1e6;
  }

  /** The latencies, sorted, of timed contributions after untimed ones. */
  private static long[] commands(ProcessService service, String stream) {
    var unused = service.state(stream);
    for (int i = 0; i < WARM_UP; i++) {
      contribute(service, stream);
    }
    long[] latencies = new long[COMMANDS];
    for (int i = 0; i < COMMANDS; i++) {
      long began = System.nanoTime();
      contribute(service, stream);
      latencies[i] = System.nanoTime() - began;
    }
    Arrays.sort(latencies);
    return latencies;
  }

  private static void contribute(ProcessService service, String stream) {
    Result<Event> result =
        service.handle(
            stream,
            at -> new Command.Contribute(INHABITANT, at, "one more note", ImmutableSet.of()));
    if (!result.isAccepted()) {
      throw new IllegalStateException("a contribution was refused: " + result);
    }
  }

  /** Opens the process, registers the owner and an inhabitant, then contributes to the size. */
  private static ProcessState fill(JdbcEventStore<Event> store, String stream, int size) {
    ConcertationDecider decider = ConcertationDecider.create();
    List<Command> setup =
        List.of(
            new Command.OpenProcess(OWNER, START, CHARTER, "Benchmark"),
            new Command.RegisterActor(
                OWNER,
                START,
                Actor.of(OWNER.value(), "Town hall", ActorKind.INSTITUTION),
                Role.PROJECT_OWNER,
                Optional.empty()),
            new Command.RegisterActor(
                INHABITANT,
                START,
                Actor.of(INHABITANT.value(), "Inès", ActorKind.INHABITANT),
                Role.PARTICIPANT,
                Optional.empty()),
            new Command.AdvancePhase(OWNER, START));
    ProcessState state = decider.initialState(CHARTER);
    List<Event> events = new ArrayList<>();
    for (Command command : setup) {
      Result<Event> result = decider.decide(command, state);
      state = decider.after(state, result);
      events.addAll(result.events());
    }
    store.append(stream, 0, events);
    return extend(store, stream, state, size - (int) state.version());
  }

  /** Appends contributions to a stream whose state is given, in batches. */
  private static ProcessState extend(
      JdbcEventStore<Event> store, String stream, ProcessState from, int count) {
    ConcertationDecider decider = ConcertationDecider.create();
    ProcessState state = from;
    List<Event> batch = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Result<Event> result =
          decider.decide(
              new Command.Contribute(INHABITANT, START, "note " + i, ImmutableSet.of()), state);
      state = decider.after(state, result);
      batch.addAll(result.events());
      if (batch.size() >= BATCH || i == count - 1) {
        store.append(stream, state.version() - batch.size(), batch);
        batch.clear();
      }
    }
    return state;
  }
}
