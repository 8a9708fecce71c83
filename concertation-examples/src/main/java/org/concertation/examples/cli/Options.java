package org.concertation.examples.cli;

import java.util.Locale;
import org.concertation.core.simulation.Strategy;
import picocli.CommandLine;

/** Checks and conversions shared by the simulation commands. */
final class Options {
  private Options() {}

  /** Refuses sizes below their minimum, as usage errors quoting the value. */
  static void check(CommandLine.Model.CommandSpec spec, int actors, int runs, int threads) {
    if (actors < 2) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Invalid --actors '" + actors + "': at least 2");
    }
    if (runs < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Invalid --runs '" + runs + "': at least 1");
    }
    if (threads < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Invalid --threads '" + threads + "': at least 1");
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
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
