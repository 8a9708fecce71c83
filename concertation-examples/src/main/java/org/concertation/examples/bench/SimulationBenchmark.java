package org.concertation.examples.bench;

import java.util.concurrent.TimeUnit;
import org.concertation.api.charter.Charter;
import org.concertation.core.Charters;
import org.concertation.core.simulation.Simulation;
import org.concertation.core.simulation.SimulationConfig;
import org.concertation.core.simulation.SimulationRun;
import org.openjdk.jmh.annotations.AuxCounters;
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

/**
 * Simulated runs per second on one thread, for territories of 50, 200, 1,000 and 5,000 actors under
 * both logics; the secondary result {@code commands} is the simulated commands per second (every
 * command decided by the state machine, metrics included in the time). Each invocation is one whole
 * run with a fresh seed.
 *
 * <p>Run with {@code java -cp concertation-examples/target/concertation.jar org.openjdk.jmh.Main
 * SimulationBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SimulationBenchmark {
  /** How many actors the territory has. */
  @Param({"50", "200", "1000", "5000"})
  public int actors;

  /** The charter: {@code project} or {@code mission}. */
  @Param({"project", "mission"})
  public String logic = "project";

  private Charter charter;
  private SimulationConfig config;

  /** Counts the simulated commands, reported per second beside the runs. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Commands {
    /** Simulated commands issued. */
    public long commands;

    private long seed;

    /** Starts counting each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      commands = 0;
    }
  }

  /** Builds the charter and parameters once per trial. */
  @Setup(Level.Trial)
  public void setUp() {
    charter = logic.equals("project") ? Charters.projectLogic() : Charters.missionLogic();
    config = SimulationConfig.of(actors);
  }

  /**
   * One whole simulated run.
   *
   * @param counter counts the commands
   * @return the run, for JMH to consume
   */
  @Benchmark
  public SimulationRun run(Commands counter) {
    SimulationRun run = Simulation.run(charter, config, counter.seed++);
    counter.commands += run.commands().size();
    return run;
  }
}
