package org.concertation.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.concertation.core.simulation.Batch;
import org.concertation.core.text.Texts;
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
          + " \"actors\": [50, 200], \"strategy\": [\"boulware\", \"conceder\"]}}",
      "seed is required; runs (10 when absent) from 1 to "
          + Options.MAX_RUNS
          + "; actors from "
          + Options.MIN_ACTORS
          + " to "
          + Options.MAX_ACTORS
          + "; at most "
          + Options.MAX_GRID_POINTS
          + " grid points and "
          + Options.MAX_RUNS
          + " runs in all. Values are never coerced: integers are JSON integers, names JSON"
          + " strings."
    })
public final class SweepCommand implements Callable<Integer>, LanguageOptions.Localized {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin LanguageOptions language = new LanguageOptions();

  @Override
  public Texts texts() {
    return language.texts();
  }

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
      description =
          "Threads, "
              + Options.THREADS_HELP
              + " (default: the number of cores). Results do not depend on it.")
  int threads = Runtime.getRuntime().availableProcessors();

  /** Creates the command; picocli fills its options. */
  public SweepCommand() {}

  @Override
  public Integer call() {
    Options.within(spec, "--threads", threads, 1, Options.MAX_THREADS);
    Outputs outputs = Outputs.of(spec).input("grid", grid);
    Simulations.declareCsv(outputs, "--csv", csv);
    Grid read = Grid.read(grid);
    int total = read.cells().size() * read.runs();
    PrintWriter err = spec.commandLine().getErr();
    List<Batch.Row> rows =
        Batch.run(
            read.cells(),
            read.runs(),
            read.seed(),
            threads,
            Simulations.progress(err, total, texts()));
    Simulations.putCsv(outputs, csv, rows);
    outputs.commit();
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        texts().text("cli.sweep.done", read.cells().size(), read.runs(), total, csv.toString()));
    out.flush();
    return CommandLine.ExitCode.OK;
  }
}
