package org.concertation.examples.cli;

import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.concertation.core.budget.BudgetElection;
import org.concertation.core.budget.BudgetIncrement;
import org.concertation.core.budget.BudgetOutcome;
import org.concertation.core.budget.BudgetRule;
import org.concertation.core.budget.Pabulib;
import org.concertation.core.budget.Utility;
import org.concertation.core.text.Texts;
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
public final class BudgetCommand implements Callable<Integer>, LanguageOptions.Localized {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin LanguageOptions language = new LanguageOptions();

  @Override
  public Texts texts() {
    return language.texts();
  }

  @Option(
      names = "--rule",
      required = true,
      paramLabel = "RULE",
      description = "greedy, mes or phragmen.")
  String rule = "";

  @Option(
      names = "--utility",
      paramLabel = "UTILITY",
      defaultValue = "cost",
      description =
          "cost (greedy by votes) or approval (greedy by votes per unit of cost); default cost.")
  String utility = "cost";

  @Option(
      names = "--complete",
      paramLabel = "RULE",
      description = "Spend what mes leaves with this rule: greedy.")
  String complete = "";

  @Option(
      names = "--increment",
      paramLabel = "AMOUNT|P%",
      description =
          "With mes: raise each voter's budget step by step, each step adding AMOUNT to each"
              + " voter's budget, or P percent of the whole budget shared equally among the"
              + " voters, until the next step would spend more than the budget (the last outcome"
              + " that fits is kept) or nothing more fits; then --complete, if given. AMOUNT more"
              + " than 0, P more than 0 and at most 100, at most 9 decimals.")
  String increment = "";

  @Option(
      names = "--min-approvals",
      paramLabel = "N",
      defaultValue = "0",
      description = "Leave out projects with fewer approvals (0 or more).")
  long minApprovals;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Parameters(index = "0", paramLabel = "FILE.pb", description = "The Pabulib file.")
  Path file = Path.of("");

  @Override
  public Integer call() {
    BudgetRule chosen;
    try {
      chosen = BudgetRule.fromLabel(rule.toLowerCase(Locale.ROOT), Utility.fromLabel(utility));
      if (!complete.isEmpty()) {
        if (!complete.equalsIgnoreCase("greedy")) {
          throw new IllegalArgumentException(texts().text("cli.usage.greedy", complete));
        }
        chosen = chosen.withGreedyCompletion(true);
      }
      if (!increment.isEmpty()) {
        chosen = chosen.withIncrement(BudgetIncrement.parse(increment));
      }
      chosen = chosen.withMinApprovals(minApprovals);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    String text = Inputs.text(file);
    BallotFile kind = BallotFile.of(text);
    if (kind != BallotFile.PABULIB) {
      throw InputException.said(
          file,
          kind == BallotFile.PREFLIB ? "cli.budget.not.pabulib.preflib" : "cli.budget.not.pabulib",
          kind.describe(texts()));
    }
    BudgetElection election = Pabulib.parse(file.toString(), new StringReader(text));
    BudgetOutcome outcome = chosen.apply(election);
    PrintWriter out = spec.commandLine().getOut();
    out.println(json ? CommandSupport.json(toJson(outcome)) : table(outcome, texts()));
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

  static String table(BudgetOutcome outcome, Texts texts) {
    StringBuilder text = new StringBuilder();
    text.append(texts.text("cli.budget.rule", outcome.rule(), outcome.utility())).append('\n');
    text.append(
            texts.text(
                "cli.budget.funded", outcome.selected().size(), outcome.cost(), outcome.budget()))
        .append(System.lineSeparator());
    text.append(texts.text("cli.budget.selected", texts.list(outcome.selected()))).append('\n');
    text.append(outcome.explanation());
    return text.toString();
  }
}
