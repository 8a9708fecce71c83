package org.concertation.examples.cli;

import java.util.Locale;
import org.concertation.core.simulation.Strategy;
import picocli.CommandLine;

/** Bounds, checks and conversions shared by the simulation commands. */
final class Options {
  /** The fewest actors of a territory: a concertation needs two parties. */
  static final int MIN_ACTORS = 2;

  /**
   * The most actors of a generated territory: 10,000 run in about a second each (one core); beyond,
   * memory grows with the pairs of actors and a batch no longer ends in minutes.
   */
  static final int MAX_ACTORS = 10_000;

  /** The most runs of one batch, in all its points: each run is a CSV row held in memory. */
  static final int MAX_RUNS = 100_000;

  /** The most threads: a pool far above the cores only costs memory. */
  static final int MAX_THREADS = 256;

  /** The most points of a sweep's grid. */
  static final int MAX_GRID_POINTS = 10_000;

  /** The bounds as the help says them. */
  static final String ACTORS_HELP = "from " + MIN_ACTORS + " to " + MAX_ACTORS;

  /** The bounds as the help says them. */
  static final String RUNS_HELP = "from 1 to " + MAX_RUNS;

  /** The bounds as the help says them. */
  static final String THREADS_HELP = "from 1 to " + MAX_THREADS;

  private Options() {}

  /** Refuses sizes outside their bounds, as usage errors quoting the value. */
  static void check(CommandLine.Model.CommandSpec spec, int actors, int runs, int threads) {
    within(spec, "--actors", actors, MIN_ACTORS, MAX_ACTORS);
    within(spec, "--runs", runs, 1, MAX_RUNS);
    within(spec, "--threads", threads, 1, MAX_THREADS);
  }

  /** Refuses a value outside {@code [min, max]} as a usage error quoting it. */
  static void within(
      CommandLine.Model.CommandSpec spec, String option, long value, long min, long max) {
    if (value < min || value > max) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          LanguageOptions.of(spec)
              .text(
                  "cli.usage.range",
                  option,
                  String.valueOf(value),
                  String.valueOf(min),
                  String.valueOf(max)));
    }
  }

  // delivery share: a share of what was committed

  /** Refuses a share outside {@code [0, 1]} (or not a number) as a usage error quoting it. */
  static void fraction(CommandLine.Model.CommandSpec spec, String option, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          LanguageOptions.of(spec)
              .text("cli.usage.range", option, String.valueOf(value), "0", "1"));
    }
  }

  /** Reads a strategy by name, ignoring case. */
  static Strategy strategy(String value) {
    try {
      return Strategy.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Invalid strategy '" + value + "': expected sincere, boulware, linear or conceder", e);
    }
  }

  /** Converts a strategy option. */
  static final class StrategyConverter implements CommandLine.ITypeConverter<Strategy> {
    @Override
    public Strategy convert(String value) {
      try {
        return strategy(value);
      } catch (IllegalArgumentException e) {
        throw Refusal.of("cli.convert.strategy", value);
      }
    }
  }
}
