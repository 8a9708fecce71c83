package org.concertation.examples.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.event.Event;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The state machine's costs on processes of 100, 1,000 and 10,000 actors with long histories (see
 * {@link LongHistory}): replaying the whole history, and deciding then applying one more command.
 *
 * <p>Replay throughput in events per second is the history's length (printed at setup) divided by
 * {@code replay}'s time. {@code decideAndEvolve} should not grow with the history.
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MachineBenchmark {
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();

  /** How many actors the process has. */
  @Param({"100", "1000", "10000"})
  public int actors;

  private Charter charter;
  private List<Event> history;
  private ProcessState state;
  private Command next;

  /** Builds the history once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    LongHistory built = new LongHistory(actors);
    charter = built.charter;
    history = List.copyOf(built.events);
    state = built.state;
    next = built.nextPosition();
    System.out.printf("%n%d actors: %d events in the history%n", actors, history.size());
  }

  /**
   * Replays the whole history from the initial state.
   *
   * @return the rebuilt state
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public ProcessState replay() {
    return DECIDER.fold(DECIDER.initialState(charter), history);
  }

  /**
   * Decides one more position and applies its event to the long history's state.
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
}
