package org.concertation.examples.cli;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import org.concertation.core.text.Texts;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The voting rules that {@code vote} and {@code import} count and their {@code --seats} option,
 * shared as a picocli mixin. The rule itself ({@code --rule}) is each command's own option, since
 * {@code import} reads budgeting rules too. An unknown rule or a number of seats below 1 is a usage
 * error (exit status 2); more seats than candidates, an input error about the file.
 */
final class VoteOptions {
  /** The ranked rules, which read rankings. */
  static final ImmutableList<String> RANKED =
      ImmutableList.of(
          "plurality",
          "borda",
          "copeland",
          "schulze",
          "ranked-pairs",
          "irv",
          "kemeny",
          "minimax",
          "stv");

  /** Every rule of {@code vote}: the ranked rules, then those that read approvals or grades. */
  static final ImmutableList<String> RULES =
      ImmutableList.<String>builder()
          .addAll(RANKED)
          .add("approval", "score", "majority-judgment")
          .build();

  @Option(
      names = "--seats",
      paramLabel = "K",
      defaultValue = "1",
      description =
          "Number of winners, from 1 to the number of candidates (default 1); stv fills them by"
              + " quota, other rules from the top of their ranking.")
  int seats = 1;

  /**
   * The rule named on the command line, in lower case, with the seats checked.
   *
   * @throws CommandLine.ParameterException for a rule not in {@link #RULES} or seats below 1
   */
  String rule(CommandLine.Model.CommandSpec spec, String rule, Texts texts) {
    String name = rule.toLowerCase(Locale.ROOT);
    if (!RULES.contains(name)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          texts.text("cli.usage.not.one.of", "--rule", rule, String.join(", ", RULES)));
    }
    if (seats < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          texts.text("cli.usage.at.least", "--seats", String.valueOf(seats), "1"));
    }
    return name;
  }

  /**
   * The seats, checked against the candidates of the file.
   *
   * @throws InputException naming the file, for more seats than candidates
   */
  int seatsFor(Object file, int candidates) {
    if (seats > candidates) {
      throw InputException.said(file, "cli.vote.seats", candidates, seats);
    }
    return seats;
  }
}
