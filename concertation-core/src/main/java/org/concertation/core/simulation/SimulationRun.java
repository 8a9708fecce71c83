package org.concertation.core.simulation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.concertation.api.command.Command;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.process.ProcessState;

/**
 * One simulated process: its seed, the commands its actors issued (accepted or not, in order), the
 * events of those accepted, the state they led to and the metrics of the outcome.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SimulationRun {
  private final long seed;
  private final Territory territory;
  private final ImmutableList<Command> commands;
  private final ImmutableList<Rejection> rejections;
  private final ImmutableList<Event> events;
  private final ImmutableMap<Class<? extends Rejection>, Integer> rejectionCounts;
  private final ProcessState state;
  private final RunMetrics metrics;

  SimulationRun(
      long seed,
      Territory territory,
      ImmutableList<Command> commands,
      ImmutableList<Rejection> rejections,
      ImmutableList<Event> events,
      ProcessState state,
      RunMetrics metrics) {
    this.seed = seed;
    this.territory = territory;
    this.commands = commands;
    this.rejections = rejections;
    this.events = events;
    Map<Class<? extends Rejection>, Integer> counts = new LinkedHashMap<>();
    for (Rejection rejection : rejections) {
      counts.merge(rejection.getClass(), 1, Integer::sum);
    }
    this.rejectionCounts = ImmutableMap.copyOf(counts);
    this.state = state;
    this.metrics = metrics;
  }

  /**
   * The seed of the run's behaviour.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The territory the process ran on.
   *
   * @return the territory
   */
  public Territory territory() {
    return territory;
  }

  /**
   * Every command the simulated actors issued, in order, whether the machine accepted it or not.
   *
   * @return the commands
   */
  public ImmutableList<Command> commands() {
    return commands;
  }

  /**
   * Why the machine refused commands, one rejection per refused command, in order. Simulated actors
   * read the charter before acting, so a refusal means the model misread a rule.
   *
   * @return the rejections, in order
   */
  public ImmutableList<Rejection> rejections() {
    return rejections;
  }

  /**
   * The events of the accepted commands, in order: the stream a store would hold for the process
   * (without the opening, since a simulated process starts from the charter's initial state).
   *
   * @return the events
   */
  public ImmutableList<Event> events() {
    return events;
  }

  /**
   * How many commands were refused for each type of rejection, in the order the types first
   * occurred.
   *
   * @return the counts by type of rejection; empty when nothing was refused
   */
  public ImmutableMap<Class<? extends Rejection>, Integer> rejectionCounts() {
    return rejectionCounts;
  }

  /**
   * The state of the process at the end.
   *
   * @return the state
   */
  public ProcessState state() {
    return state;
  }

  /**
   * What the run achieved.
   *
   * @return the metrics
   */
  public RunMetrics metrics() {
    return metrics;
  }

  @Override
  public String toString() {
    return "SimulationRun[seed "
        + seed
        + ", "
        + commands.size()
        + " commands, "
        + metrics.end()
        + "]";
  }
}
