package org.concertation.examples.cli;

import com.google.common.collect.ImmutableMap;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.decision.BudgetTerms;
import org.concertation.api.decision.GradeScale;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.event.BallotOutcome;
import org.concertation.api.event.Event;
import org.concertation.core.ballot.BallotCount;
import org.concertation.core.ballot.Recount;
import org.concertation.core.budget.BudgetIncrement;
import org.concertation.core.budget.Utility;
import org.concertation.core.log.VerifiedLog;
import org.concertation.core.text.Texts;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code concertation recount EVENTS.jsonl --round N --rule RULE}: what another rule would have
 * decided on the very ballots of a closed ballot round, printed as {@code concertation vote} or
 * {@code concertation budget} print a count; the log is read and verified, never changed. Rankings
 * are read by the ranked rules; approvals by {@code approval} and the budget rules; grades by the
 * graded rules on the round's scale, or, with {@code --approve-from}, as approvals. What the
 * options do not say is the round's: its seats, its threshold, its envelope and terms, its quorum.
 * Exit codes: 0 recounted, 1 bad input (a broken log, no such round, a round decided by positions
 * or still open, a rule that cannot read its ballots), 2 bad usage.
 */
@Command(
    name = "recount",
    mixinStandardHelpOptions = true,
    description = {
      "Recount a closed ballot round of an event log under another rule; the log is not changed.",
      "Rankings are read by ranked rules, approvals by approval and the budget rules, grades by"
          + " the graded rules (or as approvals with --approve-from). What the options do not say"
          + " is the round's own: seats, threshold, envelope, quorum."
    })
public final class RecountCommand implements Callable<Integer>, LanguageOptions.Localized {
  private static final List<String> RANKED =
      List.of(
          "plurality",
          "borda",
          "copeland",
          "schulze",
          "ranked-pairs",
          "irv",
          "kemeny",
          "minimax",
          "stv");

  private static final List<String> GRADED =
      List.of(
          BallotRule.SCORE_LABEL, BallotRule.MAJORITY_JUDGMENT_LABEL, BallotRule.GRADIENTS_LABEL);

  private static final List<String> BUDGET = List.of("greedy", "mes", "phragmen");

  /** The scale a graded rule is named with when the round holds no grades: it is then refused. */
  private static final GradeScale NO_GRADES = GradeScale.score(1);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin LanguageOptions language = new LanguageOptions();

  @Override
  public Texts texts() {
    return language.texts();
  }

  @Option(
      names = "--round",
      required = true,
      paramLabel = "N",
      description = "The ballot round to recount, from 1.")
  int round;

  @Option(
      names = "--rule",
      required = true,
      paramLabel = "RULE",
      description =
          "One of: plurality, borda, copeland, schulze, ranked-pairs, irv, kemeny, minimax, stv,"
              + " approval, score, majority-judgment, gradients-of-agreement, greedy, mes,"
              + " phragmen.")
  String rule = "";

  @Option(
      names = "--seats",
      paramLabel = "K",
      description =
          "Ranked, approval and graded rules: number of winners, at least 1 (default: the"
              + " round's, else 1).")
  @Nullable Integer seats;

  @Option(
      names = "--envelope",
      paramLabel = "AMOUNT",
      description = "Budget rules: the amount to spend, 0 or more (default: the round's).")
  @Nullable Long envelope;

  @Option(
      names = "--utility",
      paramLabel = "UTILITY",
      description =
          "Budget rules: cost (greedy by votes) or approval (greedy by votes per unit of cost);"
              + " default the round's, else cost.")
  @Nullable String utility;

  @Option(
      names = "--complete",
      paramLabel = "RULE",
      description = "Budget rules: spend what mes leaves with this rule: greedy.")
  @Nullable String complete;

  @Option(
      names = "--increment",
      paramLabel = "AMOUNT|P%",
      description =
          "Budget rules, with mes: raise each voter's budget step by step, as in 'concertation"
              + " budget'.")
  @Nullable String increment;

  @Option(
      names = "--min-approvals",
      paramLabel = "N",
      description = "Budget rules: leave out projects with fewer approvals (0 or more).")
  @Nullable Long minApprovals;

  @Option(
      names = "--approve-from",
      paramLabel = "GRADE",
      description =
          "Grades read by approval or a budget rule: a voter approves each proposal it graded at"
              + " least GRADE.")
  @Nullable Integer approveFrom;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Parameters(index = "0", paramLabel = "EVENTS.jsonl", description = "The event log.")
  @Nullable Path events;

  /** Creates the command; picocli fills its options. */
  public RecountCommand() {}

  @Override
  public Integer call() {
    Path file = Objects.requireNonNull(events);
    String name = rule.toLowerCase(Locale.ROOT);
    if (!RANKED.contains(name)
        && !GRADED.contains(name)
        && !BUDGET.contains(name)
        && !name.equals(BallotRule.APPROVAL_LABEL)) {
      throw usage(
          texts()
              .text(
                  "cli.recount.invalid.rule",
                  rule,
                  String.join(", ", RANKED)
                      + ", approval, "
                      + String.join(", ", GRADED)
                      + ", "
                      + String.join(", ", BUDGET)));
    }
    Options.within(spec, "--round", round, 1, Integer.MAX_VALUE);
    checkOptions(name);
    VerifiedLog log = Logs.read(file);
    BallotRule own = ownRule(file, log);
    Recount recount;
    try {
      recount =
          Recount.of(
              log.charter(),
              log.events(),
              round,
              counting(name, own),
              approveFrom == null ? OptionalInt.empty() : OptionalInt.of(approveFrom));
    } catch (IllegalArgumentException e) {
      throw InputException.of(file, String.valueOf(e.getMessage())).causedBy(e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        json
            ? CommandSupport.json(toJson(recount))
            : table(recount, log.charter().currency(), texts()));
    out.flush();
    return 0;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /** Options that belong to another family of rules are a usage error, as is a value off bounds. */
  private void checkOptions(String name) {
    boolean budget = BUDGET.contains(name);
    if (budget && seats != null) {
      throw usage(texts().text("cli.recount.seats.budget", name));
    }
    if (!budget) {
      budgetOnly(name, "--envelope", envelope);
      budgetOnly(name, "--utility", utility);
      budgetOnly(name, "--complete", complete);
      budgetOnly(name, "--increment", increment);
      budgetOnly(name, "--min-approvals", minApprovals);
    }
    if (seats != null) {
      Options.within(spec, "--seats", seats, 1, Integer.MAX_VALUE);
    }
    if (envelope != null && envelope < 0) {
      throw usage(texts().text("cli.usage.at.least", "--envelope", envelope.toString(), "0"));
    }
    if (minApprovals != null && minApprovals < 0) {
      throw usage(
          texts().text("cli.usage.at.least", "--min-approvals", minApprovals.toString(), "0"));
    }
    if (complete != null && !complete.equalsIgnoreCase("greedy")) {
      throw usage(texts().text("cli.usage.greedy", complete));
    }
    try {
      if (utility != null) {
        var unused = Utility.fromLabel(utility);
      }
      if (increment != null) {
        var unused = BudgetIncrement.parse(increment);
      }
    } catch (IllegalArgumentException e) {
      throw usage(String.valueOf(e.getMessage()));
    }
  }

  private void budgetOnly(String name, String option, @Nullable Object value) {
    if (value != null) {
      throw usage(texts().text("cli.recount.budget.only", option, name));
    }
  }

  /** The rule of the round, read from its opening, or a refusal naming the round. */
  private BallotRule ownRule(Path file, VerifiedLog log) {
    for (Event event : log.events()) {
      if (event instanceof Event.RoundOpened opened && opened.round() == round) {
        return opened
            .ballotRule()
            .orElseThrow(() -> InputException.said(file, "cli.recount.positions", round));
      }
    }
    throw InputException.said(file, "cli.recount.no.round", round);
  }

  /** The rule of the recount: the options, and what they do not say taken from the round's. */
  private BallotRule counting(String name, BallotRule own) {
    boolean inheritsJudging = seats == null && own.judges();
    int chosen = seats != null ? seats : Math.max(1, own.seats());
    if (RANKED.contains(name)) {
      return BallotRule.ranked(name, chosen);
    }
    if (name.equals(BallotRule.APPROVAL_LABEL)) {
      BallotRule approval = BallotRule.approval();
      return inheritsJudging && own.kind() == BallotRule.Kind.APPROVAL
          ? approval.judging(own.threshold().orElseThrow())
          : approval.choosing(chosen);
    }
    if (GRADED.contains(name)) {
      GradeScale scale =
          own.kind() == BallotRule.Kind.GRADED ? own.scale().orElseThrow() : NO_GRADES;
      BallotRule graded = BallotRule.graded(name, scale);
      return inheritsJudging
              && own.kind() == BallotRule.Kind.GRADED
              && !name.equals(BallotRule.GRADIENTS_LABEL)
          ? graded.judging(own.threshold().orElseThrow())
          : graded.choosing(chosen);
    }
    BudgetTerms terms;
    if (own.budget().isPresent()) {
      terms = own.budget().get();
    } else if (envelope != null) {
      terms = BudgetTerms.of(envelope);
    } else {
      throw usage(texts().text("cli.recount.no.envelope", round, own.label(), name));
    }
    BallotRule budget = BallotRule.budget(name, envelope != null ? envelope : terms.envelope());
    budget =
        budget.withTerms(
            new BudgetTerms(
                envelope != null ? envelope : terms.envelope(),
                utility != null ? utility.toLowerCase(Locale.ROOT) : terms.utility(),
                complete != null || terms.greedyCompletion(),
                increment != null ? Optional.of(increment) : terms.increment(),
                minApprovals != null ? minApprovals : terms.minApprovals()));
    return budget;
  }

  static Map<String, Object> toJson(Recount recount) {
    BallotCount count = recount.count();
    Map<String, Object> object =
        count.choice().isPresent()
            ? VoteCommand.toJson(count.choice().get())
            : count.budget().isPresent()
                ? BudgetCommand.toJson(count.budget().get())
                : new LinkedHashMap<>(Map.of("rule", recount.rule().label()));
    object.put("round", recount.round());
    object.put("ballots", recount.outcome().ballots());
    object.put("quorumMet", recount.outcome().quorumMet());
    object.put("chosen", ids(recount.outcome().chosen()));
    object.put("statuses", statuses(recount.outcome()));
    object.put("agrees", recount.agrees());
    Map<String, Object> recorded = new LinkedHashMap<>();
    recorded.put("rule", recount.recorded().rule());
    recorded.put("chosen", ids(recount.recorded().chosen()));
    recorded.put("statuses", statuses(recount.recorded()));
    object.put("recorded", recorded);
    return object;
  }

  private static List<String> ids(List<ProposalId> ids) {
    return ids.stream().map(ProposalId::value).toList();
  }

  private static Map<String, String> statuses(BallotOutcome outcome) {
    Map<String, String> statuses = new LinkedHashMap<>();
    outcome
        .statuses()
        .forEach((id, status) -> statuses.put(id.value(), status.name().toLowerCase(Locale.ROOT)));
    return statuses;
  }

  private static String table(Recount recount, Optional<Currency> currency, Texts texts) {
    BallotOutcome outcome = recount.outcome();
    StringBuilder text = new StringBuilder();
    text.append(
            texts.text(
                "cli.recount.round",
                recount.round(),
                outcome.ballots(),
                texts.text("cli.recount.kind." + recount.recordedRule().ballotKind().name())))
        .append(System.lineSeparator());
    text.append(
            texts.text(
                "cli.recount.recorded",
                recount.recorded().rule(),
                chosen(recount.recorded(), texts)))
        .append('\n');
    text.append(
            texts.text(
                "cli.recount.recount",
                recount.rule().label(),
                chosen(outcome, texts),
                texts.text(recount.agrees() ? "cli.recount.same" : "cli.recount.another")))
        .append('\n');
    if (!outcome.quorumMet()) {
      text.append(texts.text("cli.recount.quorum")).append('\n');
    }
    text.append(texts.text("cli.recount.outcome", statusLine(outcome.statuses(), texts)))
        .append("\n\n");
    BallotCount count = recount.count();
    if (count.choice().isPresent()) {
      text.append(VoteCommand.table(count.choice().get(), texts));
    } else if (count.budget().isPresent()) {
      text.append(BudgetCommand.table(count.budget().get(), texts, currency));
    } else {
      text.append(texts.text("cli.recount.no.ballot"));
    }
    return text.toString();
  }

  private static String chosen(BallotOutcome outcome, Texts texts) {
    if (outcome.chosen().isEmpty()) {
      return texts.text("cli.recount.nothing");
    }
    String chosen = texts.list(ids(outcome.chosen()));
    return outcome.tie() ? texts.text("cli.recount.tie", chosen) : chosen;
  }

  private static String statusLine(ImmutableMap<ProposalId, ProposalStatus> statuses, Texts texts) {
    return texts.list(
        statuses.entrySet().stream()
            .map(
                e ->
                    texts.text(
                        "cli.recount.status",
                        e.getKey().value(),
                        texts.text("cli.recount.status." + e.getValue().name())))
            .toList());
  }
}
