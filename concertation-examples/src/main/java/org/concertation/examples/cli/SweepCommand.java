package org.concertation.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.concertation.core.simulation.Batch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code concertation sweep GRID.json --csv FILE}: runs every point of a parameter grid (see {@link
 * Grid}) the grid's number of times, and writes one CSV row per run.
 */
@Command(
    name = "sweep",
    description = {
      "Run a parameter grid read from GRID.json, each point the grid's number of times, and write"
          + " one CSV row per run.",
      "GRID.json: {\"seed\": 42, \"runs\": 20, \"grid\": {\"logic\": [\"project\", \"mission\"],"
          + " \"actors\": [50, 200], \"strategy\": [\"boulware\", \"conceder\"]}}"
    })
public final class SweepCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Parameters(index = "0", paramLabel = "GRID.json", description = "The parameter grid.")
  Path grid = Path.of("grid.json");

  @Option(names = "--csv", required = true, paramLabel = "FILE", description = "The CSV to write.")
  Path csv = Path.of("sweep.csv");

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Threads (default: the number of cores). Results do not depend on it.")
  int threads = Runtime.getRuntime().availableProcessors();

  /** Creates the command; picocli fills its options. */
  public SweepCommand() {}

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Grid read;
    try {
      read = Grid.read(grid);
    } catch (IllegalArgumentException | IOException e) {
      err.println("Cannot read the grid: " + e.getMessage());
      err.flush();
      return 1;
    }
    Options.check(spec, 2, read.runs(), threads);
    int total = read.cells().size() * read.runs();
    List<Batch.Row> rows =
        Batch.run(
            read.cells(), read.runs(), read.seed(), threads, Simulations.progress(err, total));
    Simulations.writeCsv(csv, rows);
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        read.cells().size()
            + " grid points x "
            + read.runs()
            + " runs = "
            + total
            + " rows in "
            + csv);
    out.flush();
    return CommandLine.ExitCode.OK;
  }
}
