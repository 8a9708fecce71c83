package org.concertation.examples.cli;

import java.util.List;
import java.util.Locale;
import org.concertation.api.decision.BallotRule;
import org.concertation.core.budget.BudgetIncrement;
import org.concertation.core.budget.BudgetRule;
import org.concertation.core.budget.Utility;
import org.concertation.core.text.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options that configure a budgeting rule, shared as a picocli mixin by {@code budget} and
 * {@code import}: {@code --utility}, {@code --complete}, {@code --increment} and {@code
 * --min-approvals}. The rule itself ({@code --rule}) is each command's own option, since {@code
 * import} reads other rules too. A value the rule does not accept is a usage error (exit status 2).
 */
final class BudgetOptions {
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

  /** The names of these options, to tell whether a command line gave one. */
  static final String[] NAMES = {"--utility", "--complete", "--increment", "--min-approvals"};

  /**
   * The budgeting rule named {@code label} (any case), configured by these options.
   *
   * @throws CommandLine.ParameterException for a rule, utility, completion, increment or minimum
   *     that the rule does not accept
   */
  BudgetRule rule(CommandLine.Model.CommandSpec spec, String label, Texts texts) {
    try {
      BudgetRule chosen =
          BudgetRule.fromLabel(
              said(texts, "--rule", label, "greedy, mes, phragmen"),
              Utility.fromLabel(said(texts, "--utility", utility, "cost, approval")));
      if (!complete.isEmpty()) {
        if (!complete.equalsIgnoreCase("greedy")) {
          throw new IllegalArgumentException(texts.text("cli.usage.greedy", complete));
        }
        chosen = chosen.withGreedyCompletion(true);
      }
      if (!increment.isEmpty()) {
        chosen = chosen.withIncrement(increment(texts));
      }
      return chosen.withMinApprovals(minApprovals);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * A rule's or utility's name, in lower case; in a language other than English, a name the library
   * does not know is refused in that language (in English, the library's own words).
   */
  private static String said(Texts texts, String option, String value, String expected) {
    String name = value.toLowerCase(Locale.ROOT);
    if (!PicocliTexts.english(texts.locale()) && !List.of(expected.split(", ")).contains(name)) {
      throw new IllegalArgumentException(
          texts.text("cli.usage.not.one.of", option, value, expected));
    }
    return name;
  }

  /** The increment, refused in the texts' language when it is not one. */
  private BudgetIncrement increment(Texts texts) {
    try {
      return BudgetIncrement.parse(increment);
    } catch (IllegalArgumentException e) {
      if (PicocliTexts.english(texts.locale())) {
        throw e; // the library's own words
      }
      throw new IllegalArgumentException(texts.text("cli.usage.increment", increment), e);
    }
  }

  /**
   * The ballot rule of a budget round that counts as {@code rule} does, within an envelope.
   *
   * @param rule the budgeting rule, as {@link #rule} made it
   * @param envelope the amount the round may spend
   * @return the ballot rule, which {@link org.concertation.core.ballot.BallotRules#budget} turns
   *     back into {@code rule}
   */
  static BallotRule ballotRule(BudgetRule rule, long envelope) {
    BallotRule ballot =
        BallotRule.budget(rule.label(), envelope)
            .withUtility(rule.utility().label())
            .withGreedyCompletion(rule.greedyCompletion())
            .withMinApprovals(rule.minApprovals());
    return rule.increment().isPresent()
        ? ballot.withIncrement(rule.increment().get().toString())
        : ballot;
  }
}
