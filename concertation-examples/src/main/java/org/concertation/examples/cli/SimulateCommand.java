package org.concertation.examples.cli;

import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.concertation.core.simulation.Batch;
import org.concertation.core.simulation.SimulationConfig;
import org.concertation.core.text.Texts;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code concertation simulate --logic project|mission|prospective --actors N --runs K --seed S
 * [--threads T] [--delivery-share S] [--delivery-variation V] [--csv FILE] [--plot FILE.png]}:
 * simulates K processes on generated territories of N actors, prints a summary table, and writes
 * one CSV row per run and box plots of the distributions.
 */
@Command(
    name = "simulate",
    description = {
      "Simulate K processes under one logic on seeded territories of N actors; print a summary"
          + " table, write one CSV row per run (and satisfaction per college next to it), plot the"
          + " distributions.",
      "The same seed gives the same CSV, whatever the number of threads."
    })
public final class SimulateCommand implements Callable<Integer>, LanguageOptions.Localized {
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
      names = "--logic",
      required = true,
      paramLabel = "project|mission|prospective",
      description =
          "The charter: the project logic, the mission logic, or the project logic with a"
              + " prospective assessment of the proposals before the decision.")
  String logic = "project";

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
      description = "How many runs, " + Options.RUNS_HELP + ".")
  int runs;

  @Option(names = "--seed", required = true, paramLabel = "S", description = "The batch's seed.")
  long seed;

  @CommandLine.Mixin BatchOptions batch = new BatchOptions();

  // delivery share: what carriers deliver of their commitments, under the prospective logic
  @Option(
      names = "--delivery-share",
      paramLabel = "S",
      description =
          "Under the prospective logic, the share of each commitment its carrier delivers, from 0"
              + " to 1 (default: ${DEFAULT-VALUE}).")
  double deliveryShare = 1.0;

  @Option(
      names = "--delivery-variation",
      paramLabel = "V",
      description =
          "How far each carrier's share departs from the delivery share, drawn once per carrier"
              + " within V either side, from 0 to 1 (default: ${DEFAULT-VALUE}).")
  double deliveryVariation = 0.0;

  @Option(
      names = "--plot",
      paramLabel = "FILE.png",
      description = "Plot the distributions to this PNG file.")
  @Nullable Path plot;

  /** Creates the command; picocli fills its options. */
  public SimulateCommand() {}

  @Override
  public Integer call() {
    Options.check(spec, actors, runs, batch.threads);
    Options.fraction(spec, "--delivery-share", deliveryShare);
    Options.fraction(spec, "--delivery-variation", deliveryVariation);
    Outputs outputs = Outputs.of(spec);
    Simulations.declareCsv(outputs, "--csv", batch.csv);
    Simulations.declarePlot(spec, outputs, plot);
    Batch.Cell cell;
    try {
      SimulationConfig config =
          SimulationConfig.of(actors)
              .withStrategy(batch.strategy)
              .withDelivery(deliveryShare, deliveryVariation);
      cell = Batch.Cell.of(logic, config);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter err = spec.commandLine().getErr();
    List<Batch.Row> rows =
        Batch.run(
            ImmutableList.of(cell),
            runs,
            seed,
            batch.threads,
            Simulations.progress(err, runs, texts()));
    Simulations.putCsv(outputs, batch.csv, rows);
    if (plot != null) {
      outputs.put(plot, Simulations.plot(plot, rows, Simulations.logic(logic, texts()), texts()));
    }
    outputs.commit();
    PrintWriter out = spec.commandLine().getOut();
    out.print(Simulations.summary(rows, texts()));
    out.flush();
    return CommandLine.ExitCode.OK;
  }
}
