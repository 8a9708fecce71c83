package org.concertation.examples.bench;

import com.google.common.collect.ImmutableSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
import org.concertation.core.store.InMemoryEventStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one command costs a {@link ProcessService} on a stream of 100 or 100,000 events in the
 * in-memory store: the stream opened by {@code OpenProcess}, in diagnosis, then contributions; each
 * call handles one more contribution (the service reads the events after the version it saw,
 * decides, appends). The two times should be about the same: the cost must not grow with the
 * stream.
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 10)
@Measurement(iterations = 20)
public class ServiceBenchmark {
  private static final String STREAM = "square";

  /** How many commands one measured call handles: the stream grows by that much per iteration. */
  private static final int BATCH = 10_000;

  /** How many events the stream holds before the measurement. */
  @Param({"100", "100000"})
  public int events;

  private ProcessService service;
  private ActorId owner;
  private List<Event> history;
  private Instant afterHistory;

  /** Builds the history once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    Charter charter = Charters.projectLogic();
    Actor town = Actor.of("owner", "Town hall", ActorKind.INSTITUTION);
    Actor facilitator = Actor.of("facilitator", "Facilitator", ActorKind.INSTITUTION);
    owner = town.id();
    Instant start = Instant.parse("2026-01-05T09:00:00Z");
    List<Command> commands = new ArrayList<>();
    commands.add(new Command.OpenProcess(owner, start, charter, "Benchmark square"));
    commands.add(
        new Command.RegisterActor(
            owner, start.plusSeconds(1), town, Role.PROJECT_OWNER, Optional.empty()));
    commands.add(
        new Command.RegisterActor(
            owner, start.plusSeconds(2), facilitator, Role.FACILITATOR, Optional.empty()));
    commands.add(new Command.AdvancePhase(facilitator.id(), start.plusSeconds(3)));
    for (int i = commands.size(); i < events; i++) {
      commands.add(
          new Command.Contribute(owner, start.plusSeconds(i + 1L), "note", ImmutableSet.of()));
    }
    ConcertationDecider decider = ConcertationDecider.create();
    ProcessState state = decider.initialState(charter);
    history = new ArrayList<>();
    for (Command command : commands) {
      Result<Event> result = decider.decide(command, state);
      if (!result.isAccepted()) {
        throw new IllegalStateException("benchmark history refused " + command + ": " + result);
      }
      history.addAll(result.events());
      state = decider.after(state, result);
    }
    afterHistory = start.plus(Duration.ofSeconds(events + 1L));
  }

  /**
   * Writes the stream afresh before each iteration, so that every iteration starts at the same
   * length, and lets a new service load it (outside the measurement).
   */
  @Setup(Level.Iteration)
  public void writeStream() {
    InMemoryEventStore<Event> store = InMemoryEventStore.create();
    store.append(STREAM, 0, history);
    service =
        ProcessService.of(
            store,
            Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), afterHistory))
                .withZone(ZoneOffset.UTC));
    System.out.printf(
        "%n%d events in the stream, %d loaded%n",
        store.version(STREAM), service.state(STREAM).version());
  }

  /**
   * Handles {@value #BATCH} more contributions on the stream, one command after the other; the
   * score is per command.
   *
   * @return the last decision
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OperationsPerInvocation(BATCH)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Result<Event> handle() {
    Result<Event> last = contribute();
    for (int i = 1; i < BATCH; i++) {
      last = contribute();
    }
    return last;
  }

  private Result<Event> contribute() {
    return service.handle(
        STREAM, at -> new Command.Contribute(owner, at, "one more note", ImmutableSet.of()));
  }
}
