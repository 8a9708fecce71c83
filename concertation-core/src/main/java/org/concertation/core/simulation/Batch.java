package org.concertation.core.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.concertation.api.charter.Charter;
import org.concertation.core.Charters;

/**
 * Runs a parameter grid times a number of repetitions, in parallel, with results that do not depend
 * on the number of threads: run {@code c * repetitions + r} (cell {@code c}, repetition {@code r})
 * has the seed {@link Seeds#ofRun Seeds.ofRun(seed, r)}. All cells of one repetition therefore run
 * on territories drawn from the same seed: two cells that differ only by their charter run on the
 * same territory, with the same draws for the actors' behaviour (common random numbers).
 *
 * <p>This class has no state and is thread-safe.
 */
public final class Batch {
  private Batch() {}

  /**
   * One point of a parameter grid: a charter, named, and the territory's parameters.
   *
   * @param logic a short name for the charter, written in the {@code logic} column
   * @param charter the charter
   * @param config the parameters
   */
  public record Cell(String logic, Charter charter, SimulationConfig config) {
    /** The name of the prospective project logic's cells: {@value}. */
    public static final String PROSPECTIVE = "prospective";

    /**
     * Validates the cell.
     *
     * @param logic a short name for the charter, written in the {@code logic} column
     * @param charter the charter
     * @param config the parameters
     */
    public Cell {
      checkNotNull(logic, "logic must not be null");
      checkArgument(
          !logic.isBlank() && logic.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n'),
          "Invalid logic name '%s': not blank, without commas, quotes or line breaks",
          logic);
      checkNotNull(charter, "charter must not be null");
      checkNotNull(config, "config must not be null");
    }

    /**
     * A cell under a ready-made logic.
     *
     * @param logic {@code project}, {@code mission} or {@code prospective} (the {@linkplain
     *     Charters#prospectiveProjectLogic() project logic with an evaluation ahead of the
     *     decision})
     * @param config the parameters
     * @return the cell
     */
    public static Cell of(String logic, SimulationConfig config) {
      checkNotNull(logic, "logic must not be null");
      Charter charter =
          Charters.named(logic)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "Invalid logic '"
                              + logic
                              + "': expected 'project', 'mission' or 'prospective'"));
      return new Cell(logic, charter, config);
    }
  }

  /**
   * One run of a batch.
   *
   * @param run the run's index in the batch
   * @param seed the run's seed
   * @param cell the grid point
   * @param commands how many commands the simulated actors issued
   * @param metrics what the run achieved
   */
  public record Row(int run, long seed, Cell cell, int commands, RunMetrics metrics) {
    /**
     * Validates the row.
     *
     * @param run the run's index in the batch
     * @param seed the run's seed
     * @param cell the grid point
     * @param commands how many commands the simulated actors issued
     * @param metrics what the run achieved
     */
    public Row {
      checkNotNull(cell, "cell must not be null");
      checkNotNull(metrics, "metrics must not be null");
    }
  }

  /** Told of the progress of a batch, from the threads that run it. */
  @FunctionalInterface
  public interface Progress {
    /**
     * One more run is done.
     *
     * @param done how many runs are done
     * @param total how many runs the batch has
     */
    void done(int done, int total);
  }

  /**
   * Runs a batch.
   *
   * @param grid the grid points, in order
   * @param repetitions how many runs per grid point, at least 1
   * @param seed the batch's seed
   * @param threads how many threads run it, at least 1
   * @param progress told after each run
   * @return the rows, in run order
   */
  public static ImmutableList<Row> run(
      List<Cell> grid, int repetitions, long seed, int threads, Progress progress) {
    ImmutableList<Cell> cells = ImmutableList.copyOf(checkNotNull(grid, "grid must not be null"));
    checkArgument(!cells.isEmpty(), "Invalid grid: it has no point");
    checkArgument(repetitions >= 1, "Invalid repetitions '%s': at least 1", repetitions);
    checkArgument(threads >= 1, "Invalid threads '%s': at least 1", threads);
    checkNotNull(progress, "progress must not be null");
    int total = Math.multiplyExact(cells.size(), repetitions);
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, Batch::daemon);
    try {
      List<Future<Row>> futures = new ArrayList<>(total);
      for (int c = 0; c < cells.size(); c++) {
        Cell cell = cells.get(c);
        for (int r = 0; r < repetitions; r++) {
          int index = c * repetitions + r;
          long runSeed = Seeds.ofRun(seed, r);
          futures.add(
              pool.submit(
                  () -> {
                    SimulationRun run = Simulation.run(cell.charter(), cell.config(), runSeed);
                    progress.done(done.incrementAndGet(), total);
                    return new Row(index, runSeed, cell, run.commands().size(), run.metrics());
                  }));
        }
      }
      ImmutableList.Builder<Row> rows = ImmutableList.builderWithExpectedSize(total);
      for (Future<Row> future : futures) {
        rows.add(future.get());
      }
      return rows.build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running a batch", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("A run of the batch failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable, "concertation-batch");
    thread.setDaemon(true);
    return thread;
  }
}
