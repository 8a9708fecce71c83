package org.concertation.examples.cli;

import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.concertation.core.simulation.Batch;
import org.concertation.core.simulation.SimulationConfig;
import org.concertation.core.text.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code concertation compare --actors N --runs K --seed S --plot FILE.png}: runs both logics on
 * the same generated territories (run {@code r} of each logic has the same seed) and plots the
 * distributions side by side.
 */
@Command(
    name = "compare",
    description = {
      "Run the project and the mission logic on the same K seeded territories of N actors;"
          + " print both summaries side by side and plot the distributions side by side."
    })
public final class CompareCommand implements Callable<Integer>, LanguageOptions.Localized {
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

  @Option(
      names = "--actors",
      required = true,
      paramLabel = "N",
      description = "Actors per territory, " + Options.ACTORS_HELP + ".")
  int actors;

  @Option(
      names = "--runs",
      required = true,
      paramLabel = "K",
      description = "Runs per logic, " + Options.RUNS_HELP + ".")
  int runs;

  @Option(names = "--seed", required = true, paramLabel = "S", description = "The batch's seed.")
  long seed;

  @Option(
      names = "--plot",
      required = true,
      paramLabel = "FILE.png",
      description = "Plot the distributions to this PNG file.")
  Path plot = Path.of("compare.png");

  @CommandLine.Mixin BatchOptions batch = new BatchOptions();

  /** Creates the command; picocli fills its options. */
  public CompareCommand() {}

  @Override
  public Integer call() {
    Options.check(spec, actors, runs, batch.threads);
    Outputs outputs = Outputs.of(spec);
    Simulations.declareCsv(outputs, "--csv", batch.csv);
    Simulations.declarePlot(spec, outputs, plot);
    SimulationConfig config = SimulationConfig.of(actors).withStrategy(batch.strategy);
    List<Batch.Cell> grid =
        ImmutableList.of(Batch.Cell.of("project", config), Batch.Cell.of("mission", config));
    PrintWriter err = spec.commandLine().getErr();
    List<Batch.Row> rows =
        Batch.run(grid, runs, seed, batch.threads, Simulations.progress(err, 2 * runs, texts()));
    Simulations.putCsv(outputs, batch.csv, rows);
    outputs.put(
        plot, Simulations.plot(plot, rows, texts().text("cli.plot.actors", actors), texts()));
    outputs.commit();
    PrintWriter out = spec.commandLine().getOut();
    out.print(Simulations.summary(rows, texts()));
    out.flush();
    return CommandLine.ExitCode.OK;
  }
}
