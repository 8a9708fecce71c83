package org.concertation.examples.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.concertation.core.budget.BudgetOutcome;
import org.concertation.core.budget.BudgetRule;
import org.concertation.core.budget.Pabulib;
import org.concertation.core.budget.Utility;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every budgeting rule on the Pabulib files, parse included, as pabutools is timed: read the file,
 * run the rule. The files are read from {@code ../shared/data/pabulib} (or the folder named by the
 * system property {@code concertation.data}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BudgetBenchmark {
  /** The Pabulib file. */
  @Param({
    "Worldwide_Mechanical_Turk_Knapsack_7.pb",
    "Poland_Warszawa_2019_Sluzew.pb",
    "Poland_Warszawa_2023_Zoliborz.pb",
    "France_Toulouse_2022.pb",
    "Poland_Warszawa_2023_Mokotow.pb",
    "Poland_Warszawa_2026.pb",
    "Poland_Lodz_2022.pb"
  })
  public String file = "";

  /** The rule, as on the command line. */
  @Param({
    "greedy-cost",
    "greedy-approval",
    "mes-cost",
    "mes-approval",
    "mes-cost-greedy",
    "phragmen"
  })
  public String rule = "";

  private Path path = Path.of("");
  private BudgetRule budgetRule = BudgetRule.phragmen();

  /** Finds the file and builds the rule. */
  @Setup
  public void setUp() {
    path =
        Path.of(System.getProperty("concertation.data", "../shared/data"))
            .resolve("pabulib")
            .resolve(file);
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException("No Pabulib file at " + path.toAbsolutePath());
    }
    budgetRule =
        switch (rule) {
          case "greedy-cost" -> BudgetRule.greedy(Utility.COST);
          case "greedy-approval" -> BudgetRule.greedy(Utility.APPROVAL);
          case "mes-cost" -> BudgetRule.equalShares(Utility.COST);
          case "mes-approval" -> BudgetRule.equalShares(Utility.APPROVAL);
          case "mes-cost-greedy" -> BudgetRule.equalShares(Utility.COST).withGreedyCompletion(true);
          case "phragmen" -> BudgetRule.phragmen();
          default -> throw new IllegalArgumentException("Unknown rule '" + rule + "'");
        };
  }

  /**
   * Reads the file and runs the rule.
   *
   * @return the outcome
   */
  @Benchmark
  public BudgetOutcome parseAndRun() {
    return budgetRule.apply(Pabulib.read(path));
  }
}
