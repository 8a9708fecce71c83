package org.concertation.examples.cli;

import java.nio.file.Path;
import org.concertation.core.simulation.Strategy;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options that {@code simulate} and {@code compare} share: threads, strategy and CSV file. */
final class BatchOptions {
  @Option(
      names = "--threads",
      paramLabel = "T",
      description =
          "Threads, "
              + Options.THREADS_HELP
              + " (default: the number of cores). Results do not depend on it.")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--strategy",
      paramLabel = "sincere|boulware|linear|conceder",
      description = "How actors concede over rounds (default: ${DEFAULT-VALUE}).",
      converter = Options.StrategyConverter.class)
  Strategy strategy = Strategy.LINEAR;

  @Option(
      names = "--csv",
      paramLabel = "FILE",
      description =
          "Write one row per run to FILE, and satisfaction per college to FILE-colleges.csv.")
  @Nullable Path csv;
}
