package org.concertation.examples.cli;

import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.concertation.core.budget.BudgetElection;
import org.concertation.core.budget.BudgetOutcome;
import org.concertation.core.budget.BudgetRule;
import org.concertation.core.budget.Pabulib;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code concertation budget}: runs a participatory budgeting rule on a Pabulib file and explains
 * which projects it funds. Exit codes: 0 done, 1 bad input (one {@code error:} line naming the file
 * and line), 2 bad usage.
 */
@Command(
    name = "budget",
    mixinStandardHelpOptions = true,
    description = "Run a participatory budgeting rule on a Pabulib (.pb) file.")
public final class BudgetCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--rule",
      required = true,
      paramLabel = "RULE",
      description = "greedy, mes or phragmen.")
  String rule = "";

  @CommandLine.Mixin BudgetOptions terms = new BudgetOptions();

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Parameters(index = "0", paramLabel = "FILE.pb", description = "The Pabulib file.")
  Path file = Path.of("");

  @Override
  public Integer call() {
    BudgetRule chosen = terms.rule(spec, rule);
    String text = Inputs.text(file);
    BallotFile kind = BallotFile.of(text);
    if (kind != BallotFile.PABULIB) {
      throw InputException.of(
          file,
          "is "
              + kind.describe()
              + ", expected a Pabulib file starting with a META section"
              + (kind == BallotFile.PREFLIB ? ": count it with 'concertation vote'" : ""));
    }
    BudgetElection election = Pabulib.parse(file.toString(), new StringReader(text));
    BudgetOutcome outcome = chosen.apply(election);
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? CommandSupport.json(toJson(outcome)) : table(outcome));
    out.flush();
    return 0;
  }

  static Map<String, Object> toJson(BudgetOutcome outcome) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("rule", outcome.rule());
    object.put("utility", outcome.utility());
    object.put("selected", outcome.selected());
    object.put("cost", outcome.cost());
    object.put("budget", outcome.budget());
    Map<String, Object> details = new LinkedHashMap<>(outcome.details());
    details.put("tie", outcome.tie());
    details.put("ties", outcome.ties());
    object.put("details", details);
    return object;
  }

  static String table(BudgetOutcome outcome) {
    StringBuilder text = new StringBuilder();
    text.append("rule      ")
        .append(outcome.rule())
        .append(" (")
        .append(outcome.utility())
        .append(" utility)\n");
    text.append(
        String.format(
            Locale.ROOT,
            "funded    %d projects for %,d of %,d%n",
            outcome.selected().size(),
            outcome.cost(),
            outcome.budget()));
    text.append("selected  ").append(String.join(", ", outcome.selected())).append('\n');
    text.append(outcome.explanation());
    return text.toString();
  }
}
