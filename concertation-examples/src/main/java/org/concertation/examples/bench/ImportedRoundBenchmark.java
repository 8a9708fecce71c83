package org.concertation.examples.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.concertation.api.Result;
import org.concertation.api.command.Command;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.event.Event;
import org.concertation.core.ballot.BallotRules;
import org.concertation.core.budget.BudgetElection;
import org.concertation.core.budget.BudgetOutcome;
import org.concertation.core.budget.BudgetRule;
import org.concertation.core.budget.Pabulib;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;
import org.concertation.examples.cli.ConcertationCommand;
import org.concertation.examples.scenario.Scenario;
import org.concertation.examples.scenario.Step;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import picocli.CommandLine;

/**
 * A real participatory budget through the machine: the scenario that {@code concertation import}
 * writes from a Pabulib file, with the charter's rule (Equal Shares, cost utility, raised by 1% of
 * the budget, completed by greedy) unless {@code options} says another. {@link #close} decides the
 * round's {@code CloseRound} on the state where every ballot is cast (the count with its
 * conversions, the electorate and the quorum); {@link #standalone} runs the same rule on the same
 * ballots as {@code concertation budget} does, the file already read, and {@link
 * #standaloneWithReading} with the file's reading, as {@code BudgetBenchmark} times it. The issue
 * asks that closing cost at most twice the standalone rule: the close's own work (reading the
 * ballots in voter order, building the election) stands against the file's reading. The file is
 * read from {@code ../shared/data/pabulib} (or the folder named by the system property {@code
 * concertation.data}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ImportedRoundBenchmark {
  /** The Pabulib file. */
  @Param({"Poland_Warszawa_2026.pb"})
  public String file = "";

  /** The rule options of {@code import} and {@code budget}, separated by spaces. */
  @Param({
    "mes --increment 1% --complete greedy",
    "mes",
    "mes --utility approval",
    "mes --complete greedy",
    "greedy",
    "greedy --utility approval",
    "phragmen"
  })
  public String options = "";

  private final ConcertationDecider decider = ConcertationDecider.create();
  private ProcessState beforeClose;
  private Command closeRound;
  private BudgetElection election;
  private BudgetRule rule;
  private Path path;

  /** Imports the file, runs every command but the last (the round's close), reads the file. */
  @Setup(Level.Trial)
  public void setUp() {
    path =
        Path.of(System.getProperty("concertation.data", "../shared/data"))
            .resolve("pabulib")
            .resolve(file);
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException("No Pabulib file at " + path.toAbsolutePath());
    }
    Scenario scenario = Scenario.parse(imported(path, options));
    List<Step> steps = scenario.steps();
    ProcessState state = decider.initialState(scenario.charter());
    for (Step step : steps.subList(0, steps.size() - 1)) {
      Result<Event> result = decider.decide(step.command(), state);
      if (result instanceof Result.Rejected<Event> rejected) {
        throw new IllegalStateException("Refused " + step + ": " + rejected.rejection());
      }
      state = decider.after(state, result);
    }
    beforeClose = state;
    closeRound = steps.get(steps.size() - 1).command();
    BallotRule ballotRule = scenario.charter().ballotRuleOfRound(1).orElseThrow();
    rule = BallotRules.budget(ballotRule);
    election = Pabulib.read(path);
  }

  /** The scenario text that {@code concertation import FILE --rule OPTIONS} prints. */
  static String imported(Path file, String options) {
    List<String> args = new ArrayList<>(List.of("import", "--rule"));
    args.addAll(List.of(options.split(" ")));
    args.add(file.toString());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = ConcertationCommand.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    if (commandLine.execute(args.toArray(String[]::new)) != 0) {
      throw new IllegalStateException("import failed: " + err);
    }
    return out.toString();
  }

  /**
   * Closes the round: the machine counts every ballot cast.
   *
   * @return the round's events
   */
  @Benchmark
  public Result<Event> close() {
    return decider.decide(closeRound, beforeClose);
  }

  /**
   * The same rule on the same ballots, as {@code concertation budget} counts them.
   *
   * @return the outcome
   */
  @Benchmark
  public BudgetOutcome standalone() {
    return rule.apply(election);
  }

  /**
   * The same rule on the same ballots as {@code concertation budget} runs it: the file read, then
   * the rule; the close's conversions of the ballots stand against this reading.
   *
   * @return the outcome
   */
  @Benchmark
  public BudgetOutcome standaloneWithReading() {
    return rule.apply(Pabulib.read(path));
  }
}
