package org.concertation.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.concertation.core.budget.BudgetElection;
import org.concertation.core.budget.BudgetOutcome;
import org.concertation.core.budget.BudgetRule;
import org.concertation.core.budget.Pabulib;
import org.concertation.core.text.CountText;
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

  @CommandLine.Mixin BudgetOptions terms = new BudgetOptions();

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Parameters(index = "0", paramLabel = "FILE.pb", description = "The Pabulib file.")
  Path file = Path.of("");

  @Override
  public Integer call() {
    BudgetRule chosen = terms.rule(spec, rule, texts());
    byte[] data = Inputs.bytes(file);
    BallotFile kind = BallotFile.of(Inputs.utf8(file, data));
    if (kind != BallotFile.PABULIB) {
      throw InputException.said(
          file,
          kind == BallotFile.PREFLIB ? "cli.budget.not.pabulib.preflib" : "cli.budget.not.pabulib",
          kind.describe(texts()));
    }
    // the bytes, already found to be UTF-8, are parsed without another copy of the text
    BudgetElection election = Pabulib.parse(file.toString(), data);
    BudgetOutcome outcome = chosen.apply(election);
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        json ? CommandSupport.json(toJson(outcome)) : table(outcome, texts(), Optional.empty()));
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

  /** The outcome for readers; amounts in the currency, when known. */
  static String table(BudgetOutcome outcome, Texts texts, Optional<Currency> currency) {
    StringBuilder text = new StringBuilder();
    text.append(texts.text("cli.budget.rule", outcome.rule(), outcome.utility())).append('\n');
    text.append(
            texts.text(
                "cli.budget.funded", outcome.selected().size(), outcome.cost(), outcome.budget()))
        .append(System.lineSeparator());
    text.append(texts.text("cli.budget.selected", texts.list(outcome.selected()))).append('\n');
    text.append(CountText.explanation(outcome, texts, currency));
    return text.toString();
  }
}
