package org.concertation.examples.bench;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.StakeId;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessService;
import org.concertation.core.process.ProcessState;
import org.concertation.core.store.InMemoryEventStore;
import org.concertation.core.store.jdbc.DriverDataSource;
import org.concertation.core.store.jdbc.JdbcEventStore;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What casting one ballot costs in an approval round in which 1,000, 10,000 or 60,000 ballots are
 * already cast: through the decider (decide, then evolve the state), and through a {@link
 * ProcessService} that has loaded the stream (read the events after the version it saw, decide,
 * append), on the in-memory store and on SQLite through {@link JdbcEventStore}. The times should be
 * about the same whatever the number already cast.
 *
 * <p>Loading a stream the service has not seen (reading and checking every event, or a snapshot and
 * the events after it) is a restart, not a cast: it is done before each measurement, as a running
 * host has done it; {@link MachineBenchmark} times the replay and {@link DatabaseServiceBenchmark}
 * the restarts.
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class CastingBenchmark {
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();
  private static final String STREAM = "budget";

  /** How many ballots one measured call of {@link #castThroughTheService} casts. */
  private static final int BATCH = 2_000;

  /** How many proposals the round's agenda holds. */
  private static final int AGENDA = 5;

  /** How many ballots are cast before the measurement. */
  @Param({"1000", "10000", "60000"})
  public int ballots;

  private List<Event> history = List.of();
  private ProcessState state;
  private Command next;
  private List<ActorId> spare = List.of();
  private ImmutableList<ProposalId> agenda = ImmutableList.of();
  private Instant afterHistory = Instant.EPOCH;
  private ProcessService service;
  private int served;

  /** Builds the history once per trial: a round with {@code ballots} approvals cast. */
  @Setup(Level.Trial)
  public void setUp() {
    Charter charter =
        Charter.builder()
            .from(Charters.projectLogic())
            .ballotRules(Map.of(1, BallotRule.approval()))
            .build();
    Builder built = new Builder(charter);
    built.build(ballots, BATCH);
    history = List.copyOf(built.events);
    state = built.state;
    spare = built.spare;
    agenda = built.agenda;
    afterHistory = built.now.plusSeconds(1);
    next = new Command.CastBallot(spare.get(0), afterHistory, approvals(0));
    System.out.printf(
        "%n%d ballots cast, %d events in the history%n",
        state.openRound().orElseThrow().ballots().size(), history.size());
  }

  /**
   * Writes the stream afresh before each iteration, so that every iteration starts with the same
   * ballots cast, lets a new service load it and collects the earlier streams (outside the
   * measurement).
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
    served = 0;
    // the service reads and checks the whole stream once, as a host does when it starts
    loaded(service, history.size());
    // the streams of earlier iterations are garbage: collect them now, not while measuring
    System.gc();
  }

  /** Lets a service read and check the whole stream, and checks that it holds the history. */
  private static void loaded(ProcessService service, int events) {
    long version = service.state(STREAM).version();
    if (version != events) {
      throw new IllegalStateException("the stream holds " + version + " events, not " + events);
    }
  }

  private Ballot approvals(int voter) {
    return Ballot.Approvals.of(agenda.get(voter % AGENDA), agenda.get((voter + 2) % AGENDA));
  }

  /**
   * Decides one more ballot, by a voter who has not cast one, and evolves the state with it.
   *
   * @param blackhole sink
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.NANOSECONDS)
  public void decideAndEvolve(Blackhole blackhole) {
    Result<Event> result = DECIDER.decide(next, state);
    blackhole.consume(DECIDER.fold(state, result.events()));
  }

  /**
   * Casts {@value #BATCH} more ballots through the service, one command after the other, each by a
   * voter who has not cast one; the score is per ballot.
   *
   * @return the last decision
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OperationsPerInvocation(BATCH)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Result<Event> castThroughTheService() {
    Result<Event> last = castOne();
    for (int i = 1; i < BATCH; i++) {
      last = castOne();
    }
    return last;
  }

  private Result<Event> castOne() {
    int voter = served++;
    Result<Event> result =
        service.handle(
            STREAM, at -> new Command.CastBallot(spare.get(voter), at, approvals(voter)));
    if (!result.isAccepted()) {
      throw new IllegalStateException("ballot refused: " + result);
    }
    return result;
  }

  /**
   * Casts {@value #SQLITE_BATCH} more ballots through a service on SQLite, one command after the
   * other, each by a voter who has not cast one; the score is per ballot.
   *
   * @param sqlite the database holding the stream
   * @return the last decision
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OperationsPerInvocation(SQLITE_BATCH)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Result<Event> castThroughTheServiceOnSqlite(Sqlite sqlite) {
    Result<Event> last = sqlite.castOne();
    for (int i = 1; i < SQLITE_BATCH; i++) {
      last = sqlite.castOne();
    }
    return last;
  }

  /** How many ballots one measured call of {@link #castThroughTheServiceOnSqlite} casts. */
  private static final int SQLITE_BATCH = 200;

  /**
   * The stream in a SQLite file (write-ahead log, synced at checkpoints rather than at each commit,
   * so that the disk does not hide the cost of the path): written once per trial, then copied
   * afresh before each iteration, so that every iteration starts with the same ballots cast.
   */
  @State(Scope.Benchmark)
  public static class Sqlite {
    /** Events per append while the file is written. */
    private static final int WRITE_BATCH = 5_000;

    private Path folder = Path.of("");
    private Path template = Path.of("");
    private CastingBenchmark cast = new CastingBenchmark();
    private ProcessService service;
    private int served;

    /**
     * Writes the stream of the trial's history into a fresh SQLite file.
     *
     * @param benchmark the trial's history
     * @throws IOException if the temporary folder cannot be made
     */
    @Setup(Level.Trial)
    public void writeDatabase(CastingBenchmark benchmark) throws IOException {
      cast = benchmark;
      folder = Files.createTempDirectory("casting");
      template = folder.resolve("template.db");
      JdbcEventStore<Event> store = JdbcEventStore.forEvents(sqlite(template));
      for (int from = 0; from < cast.history.size(); from += WRITE_BATCH) {
        store.append(
            STREAM,
            from,
            cast.history.subList(from, Math.min(cast.history.size(), from + WRITE_BATCH)));
      }
    }

    /**
     * Copies the file, and lets a new service read and check its stream.
     *
     * @throws IOException if the file cannot be copied
     */
    @Setup(Level.Iteration)
    public void copyDatabase() throws IOException {
      Path copy = folder.resolve("iteration.db");
      for (String suffix : List.of("", "-wal", "-shm")) {
        Files.deleteIfExists(Path.of(copy + suffix));
      }
      Files.copy(template, copy);
      service =
          ProcessService.of(
              JdbcEventStore.forEvents(sqlite(copy)),
              Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), cast.afterHistory))
                  .withZone(ZoneOffset.UTC));
      served = 0;
      loaded(service, cast.history.size());
      System.gc();
    }

    /**
     * Deletes the files.
     *
     * @throws IOException if one cannot be deleted
     */
    @TearDown(Level.Trial)
    public void deleteDatabase() throws IOException {
      try (java.util.stream.Stream<Path> files = Files.list(folder)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Files.delete(file);
        }
      }
      Files.delete(folder);
    }

    private static DriverDataSource sqlite(Path file) {
      return DriverDataSource.of("jdbc:sqlite:" + file + "?journal_mode=WAL&synchronous=NORMAL");
    }

    Result<Event> castOne() {
      int voter = served++;
      Result<Event> result =
          service.handle(
              STREAM,
              at -> new Command.CastBallot(cast.spare.get(voter), at, cast.approvals(voter)));
      if (!result.isAccepted()) {
        throw new IllegalStateException("ballot refused: " + result);
      }
      return result;
    }
  }

  /** A project-logic process in negotiation with an approval round open, built by the decider. */
  private static final class Builder {
    final List<Event> events = new ArrayList<>();
    final List<ActorId> spare = new ArrayList<>();
    ImmutableList<ProposalId> agenda = ImmutableList.of();
    ProcessState state;
    Instant now = Instant.parse("2026-01-05T09:00:00Z");

    Builder(Charter charter) {
      state = DECIDER.initialState(charter);
      run(
          new Command.OpenProcess(
              ActorId.of("owner"), at(), charter, "Participatory budget benchmark"));
    }

    /** Registers {@code cast + spare} voters, opens the round, and lets {@code cast} vote. */
    void build(int cast, int spares) {
      Actor owner = Actor.of("owner", "Town hall", ActorKind.INSTITUTION);
      Actor facilitator = Actor.of("facilitator", "Facilitator", ActorKind.INSTITUTION);
      run(new Command.RegisterActor(owner.id(), at(), owner, Role.PROJECT_OWNER, Optional.empty()));
      run(
          new Command.RegisterActor(
              owner.id(), at(), facilitator, Role.FACILITATOR, Optional.empty()));
      List<ActorId> voters = new ArrayList<>();
      for (int i = 0; i < cast + spares; i++) {
        Actor voter =
            Actor.of(
                "voter-" + i,
                "Voter " + i,
                i % 2 == 0 ? ActorKind.INHABITANT : ActorKind.ASSOCIATION);
        voters.add(voter.id());
        run(new Command.RegisterActor(voter.id(), at(), voter, Role.PARTICIPANT, Optional.empty()));
      }
      ActorId f = facilitator.id();
      run(new Command.AdvancePhase(f, at()));
      StakeId stake = StakeId.of("squares");
      run(new Command.IdentifyStake(owner.id(), at(), stake, "Squares"));
      run(new Command.ValidateStake(f, at(), stake));
      // every kind the charter names contributes, so that the diagnosis is shared
      for (ActorId by : List.of(owner.id(), voters.get(0), voters.get(1))) {
        run(new Command.Contribute(by, at(), "what I see", ImmutableSet.of(stake)));
      }
      run(new Command.AdvancePhase(f, at()));
      ImmutableList.Builder<ProposalId> ids = ImmutableList.builder();
      for (int p = 0; p < AGENDA; p++) {
        ProposalId id = ProposalId.of("p" + p);
        ids.add(id);
        run(
            new Command.SubmitProposal(
                voters.get(p),
                at(),
                id,
                ProposalContent.of("Proposal " + p, "text", 1000, stake),
                ImmutableSet.of()));
      }
      agenda = ids.build();
      run(new Command.AdvancePhase(f, at()));
      run(new Command.OpenRound(f, at(), agenda));
      for (int i = 0; i < cast; i++) {
        run(
            new Command.CastBallot(
                voters.get(i),
                at(),
                Ballot.Approvals.of(agenda.get(i % AGENDA), agenda.get((i + 1) % AGENDA))));
      }
      spare.addAll(voters.subList(cast, cast + spares));
    }

    private Instant at() {
      now = now.plusMillis(10);
      return now;
    }

    private void run(Command command) {
      Result<Event> result = DECIDER.decide(command, state);
      if (!result.isAccepted()) {
        throw new IllegalStateException("benchmark history refused " + command + ": " + result);
      }
      events.addAll(result.events());
      state = DECIDER.after(state, result);
    }
  }
}
