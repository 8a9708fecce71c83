package org.concertation.core.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concertation.api.charter.Charter;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.decision.BudgetTerms;
import org.concertation.api.decision.Fraction;
import org.concertation.api.decision.GradeScale;
import org.concertation.api.decision.Quorum;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.event.BallotOutcome;
import org.concertation.core.history.BallotTally;
import org.concertation.core.history.DecisionFact;
import org.concertation.core.history.RoundFact;
import org.concertation.core.history.TurnoutFact;
import org.concertation.core.text.Texts;

/**
 * The report's account of each ballot round, as {@code concertation vote} and {@code concertation
 * budget} explain a count: the rule and its parameters, the turnout overall and per college, the
 * quorum, the outcome, the explanation of the count (ranking, scores, pairwise matrix, elimination
 * rounds, grade distributions, funding and spending) and what the round adopted, rejected and
 * carried. It renders the facts of the read model only.
 */
final class BallotSection {
  /** Shares of the electorate are shown as percentages with one decimal. */
  private static final int PERCENT_DECIMALS = 1;

  /** Amounts per voter and per supporter are shown to the cent. */
  private static final int MONEY_DECIMALS = 2;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Doc doc;
  private final Texts t;
  private final Charter charter;

  BallotSection(Doc doc, Texts texts, Charter charter) {
    this.doc = doc;
    this.t = texts;
    this.charter = charter;
  }

  /** The name of a ballot rule in the texts' language, else its label. */
  static String ruleName(Texts texts, String label) {
    String key = "report.ballot.rule." + label;
    return texts.has(key) ? texts.text(key) : label;
  }

  /** The heading of a ballot round's account, which its proposals' sections refer to. */
  static String heading(Texts texts, RoundFact round) {
    return texts.text(
        "report.ballot.heading",
        round.number(),
        ruleName(texts, round.ballotRule().orElseThrow().label()));
  }

  /** A proposal's line for a round that decided it by ballot. */
  String decision(DecisionFact d, RoundFact round) {
    return t.text(
        "report.ballot.decision",
        d.round(),
        d.version(),
        ruleName(t, round.ballotRule().orElseThrow().label()),
        t.label(d.verdict()),
        t.label(d.status()),
        heading(t, round));
  }

  private List<String> columns(String... keys) {
    List<String> headers = new ArrayList<>();
    for (String key : keys) {
      headers.add(t.text("report.column." + key));
    }
    return headers;
  }

  private String ids(List<ProposalId> ids) {
    return t.list(ids.stream().map(ProposalId::value).toList());
  }

  private String money(long amount) {
    return t.money(BigDecimal.valueOf(amount), charter.currency());
  }

  private String money(BigDecimal amount) {
    return t.money(amount.setScale(MONEY_DECIMALS, RoundingMode.HALF_EVEN), charter.currency());
  }

  /** A count of votes, a score or a margin: whole, or to two decimals when transfers split it. */
  private String amount(BigDecimal value) {
    return t.number(
        value.scale() > MONEY_DECIMALS
            ? value.setScale(MONEY_DECIMALS, RoundingMode.HALF_EVEN)
            : value);
  }

  private String share(Fraction share) {
    return share.toString();
  }

  private String percent(int part, int whole) {
    return whole == 0
        ? t.number(BigDecimal.ZERO)
        : t.number(
            BigDecimal.valueOf(part)
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole), PERCENT_DECIMALS, RoundingMode.HALF_EVEN));
  }

  void render(List<RoundFact> rounds) {
    doc.heading(2, t.text("report.heading.ballots"));
    doc.para(t.text("report.ballot.intro"));
    for (RoundFact round : rounds) {
      round(round);
    }
  }

  private void round(RoundFact round) {
    BallotRule rule = round.ballotRule().orElseThrow();
    doc.heading(3, heading(t, round));
    doc.para(t.text("report.ballot.agenda", ids(round.opening().agenda())));
    doc.bullets(parameters(rule));
    if (round.ballotOutcome().isEmpty()) {
      doc.para(t.text("report.ballot.open", round.countedBallots().size()));
      return;
    }
    BallotOutcome outcome = round.ballotOutcome().get();
    turnout(round, outcome);
    if (!outcome.quorumMet()) {
      doc.para(t.text("report.ballot.quorum.not.met"));
    } else {
      result(rule, outcome, round);
      round.tally().ifPresent(tally -> explain(rule, tally));
    }
    List<String> decided = new ArrayList<>();
    for (ProposalStatus status :
        List.of(ProposalStatus.ADOPTED, ProposalStatus.REJECTED, ProposalStatus.OPEN)) {
      List<ProposalId> these =
          outcome.statuses().entrySet().stream()
              .filter(e -> e.getValue() == status)
              .map(Map.Entry::getKey)
              .toList();
      if (!these.isEmpty()) {
        decided.add(t.text("report.ballot.status." + status.name(), ids(these), these.size()));
      }
    }
    doc.para(t.text("report.ballot.decided"));
    doc.bullets(decided);
  }

  private List<String> parameters(BallotRule rule) {
    List<String> lines = new ArrayList<>();
    lines.add(
        t.text(
            "report.ballot.rule",
            ruleName(t, rule.label()),
            t.text("report.ballot.kind." + rule.kind().name())));
    if (rule.seats() > 0) {
      lines.add(t.text("report.ballot.seats", rule.seats()));
    }
    // approvals need no scale: a voter approves a proposal or does not
    if (rule.kind() == BallotRule.Kind.GRADED) {
      lines.add(t.text("report.ballot.scale", grades(rule.scale().orElseThrow())));
    }
    rule.threshold()
        .ifPresent(
            grade ->
                lines.add(
                    t.text("report.ballot.threshold", grade(rule.scale().orElseThrow(), grade))));
    rule.budget().ifPresent(terms -> budgetTerms(terms, lines));
    Quorum quorum = rule.quorum();
    lines.add(
        quorum.equals(Quorum.NONE)
            ? t.text("report.ballot.quorum.none")
            : t.text("report.ballot.quorum", share(quorum.overall()), share(quorum.perCollege())));
    return lines;
  }

  private void budgetTerms(BudgetTerms terms, List<String> lines) {
    lines.add(t.text("report.ballot.envelope", money(terms.envelope())));
    String utility = "report.ballot.utility." + terms.utility();
    lines.add(t.has(utility) ? t.text(utility) : terms.utility());
    terms.increment().ifPresent(step -> lines.add(t.text("report.ballot.increment", step)));
    if (terms.greedyCompletion()) {
      lines.add(t.text("report.ballot.greedy"));
    }
    if (terms.minApprovals() > 0) {
      lines.add(t.text("report.ballot.min.approvals", terms.minApprovals()));
    }
  }

  private String grades(GradeScale scale) {
    List<String> grades = new ArrayList<>();
    for (int g = scale.lowest(); g <= scale.highest(); g++) {
      grades.add(grade(scale, g));
    }
    return t.list(grades);
  }

  /** A grade with its name, or its number alone when the name is the number. */
  private String grade(GradeScale scale, int grade) {
    // the gradients of agreement are the library's own scale: they are named in the language
    String name =
        scale.equals(GradeScale.gradientsOfAgreement())
            ? t.text("report.ballot.gradient." + grade)
            : scale.name(grade);
    return name.equals(Integer.toString(grade)) ? name : t.text("report.ballot.grade", grade, name);
  }

  private void turnout(RoundFact round, BallotOutcome outcome) {
    Optional<TurnoutFact> turnout = round.turnout();
    if (turnout.isEmpty()) {
      return; // a closed ballot round of the read model always has its turnout
    }
    TurnoutFact facts = turnout.get();
    doc.para(
        t.text(
            "report.ballot.turnout",
            facts.cast(),
            facts.eligible(),
            percent(facts.cast(), facts.eligible()),
            outcome.quorumMet() ? 1 : 0));
    List<List<String>> rows = new ArrayList<>();
    for (TurnoutFact.College c : facts.colleges()) {
      rows.add(
          List.of(
              c.college().value(),
              t.count(c.eligible()),
              t.count(c.cast()),
              percent(c.cast(), c.eligible())));
    }
    doc.table(columns("college", "eligible", "ballots", "turnout"), rows);
  }

  private void result(BallotRule rule, BallotOutcome outcome, RoundFact round) {
    if (rule.budget().isPresent()) {
      long spent = 0;
      for (ProposalId id : outcome.chosen()) {
        spent += round.costs().getOrDefault(id, 0L);
      }
      doc.para(
          outcome.chosen().isEmpty()
              ? t.text("report.ballot.outcome.none")
              : t.text(
                  "report.ballot.outcome.funded",
                  ids(outcome.chosen()),
                  money(spent),
                  money(rule.budget().get().envelope())));
    } else if (rule.judges()) {
      doc.para(
          t.text(
              "report.ballot.outcome.judged",
              grade(rule.scale().orElseThrow(), rule.threshold().orElseThrow()),
              outcome.chosen().isEmpty() ? t.text("report.ballot.none") : ids(outcome.chosen())));
    } else if (outcome.tie()) {
      doc.para(t.text("report.ballot.outcome.tied", ids(outcome.chosen()), rule.seats()));
    } else {
      doc.para(
          outcome.chosen().isEmpty()
              ? t.text("report.ballot.outcome.none")
              : t.text(
                  "report.ballot.outcome.chosen", outcome.chosen().size(), ids(outcome.chosen())));
    }
    if (outcome.tie()) {
      doc.para(t.text("report.ballot.tie", outcome.carried().isEmpty() ? 0 : 1));
    }
  }

  private void explain(BallotRule rule, BallotTally tally) {
    doc.para(t.text("report.ballot.explanation"));
    if (!tally.ranking().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      int place = 1;
      for (ImmutableList<ProposalId> tier : tally.ranking()) {
        rows.add(List.of(t.count(place), ids(tier)));
        place += tier.size();
      }
      doc.table(columns("place", "proposals"), rows);
    }
    tally
        .scores()
        .ifPresent(
            scores -> {
              List<List<String>> rows = new ArrayList<>();
              scores
                  .values()
                  .forEach(
                      (id, value) ->
                          rows.add(
                              List.of(
                                  id.value(),
                                  scores.measure() == BallotTally.Measure.MAJORITY_GRADES
                                      ? grade(rule.scale().orElseThrow(), value.intValueExact())
                                      : amount(value))));
              doc.table(
                  List.of(
                      t.text("report.column.proposal"),
                      t.text("report.ballot.measure." + scores.measure().name())),
                  rows);
            });
    if (!tally.pairwise().isEmpty()) {
      doc.para(t.text("report.ballot.pairwise"));
      matrix(tally.pairwise());
      doc.para(
          tally
              .condorcetWinner()
              .map(w -> t.text("report.ballot.condorcet", w.value()))
              .orElse(t.text("report.ballot.condorcet.none")));
    }
    if (!tally.strongestPaths().isEmpty()) {
      doc.para(t.text("report.ballot.paths"));
      matrix(tally.strongestPaths());
    }
    if (!tally.eliminations().isEmpty()) {
      doc.para(
          tally
              .quota()
              .map(q -> t.text("report.ballot.eliminations.quota", amount(q)))
              .orElse(t.text("report.ballot.eliminations")));
      List<List<String>> rows = new ArrayList<>();
      for (BallotTally.Elimination e : tally.eliminations()) {
        List<String> votes = new ArrayList<>();
        e.votes()
            .forEach((id, n) -> votes.add(t.text("report.ballot.votes", id.value(), amount(n))));
        rows.add(
            List.of(
                t.count(e.round()),
                t.list(votes),
                e.exhausted().map(this::amount).orElse(""),
                ids(e.elected()),
                ids(e.eliminated())));
      }
      doc.table(columns("round", "votes", "exhausted", "elected", "eliminated"), rows);
    }
    if (!tally.grades().isEmpty()) {
      grades(rule.scale().orElseThrow(), tally.grades());
    }
    tally.budget().ifPresent(this::spending);
  }

  private void matrix(ImmutableMap<ProposalId, ImmutableMap<ProposalId, BigDecimal>> matrix) {
    List<String> headers = new ArrayList<>();
    headers.add(t.text("report.column.against"));
    matrix.keySet().forEach(id -> headers.add(id.value()));
    List<List<String>> rows = new ArrayList<>();
    matrix.forEach(
        (row, cells) -> {
          List<String> line = new ArrayList<>();
          line.add(row.value());
          for (ProposalId column : matrix.keySet()) {
            BigDecimal n = cells.get(column);
            line.add(n == null ? "—" : amount(n)); // a proposal is not compared with itself
          }
          rows.add(line);
        });
    doc.table(headers, rows);
  }

  private void grades(
      GradeScale scale, ImmutableMap<ProposalId, ImmutableMap<Integer, BigDecimal>> grades) {
    doc.para(t.text("report.ballot.grades"));
    List<String> headers = new ArrayList<>();
    headers.add(t.text("report.column.proposal"));
    for (int g = scale.lowest(); g <= scale.highest(); g++) {
      headers.add(grade(scale, g));
    }
    List<List<String>> rows = new ArrayList<>();
    grades.forEach(
        (id, distribution) -> {
          List<String> line = new ArrayList<>();
          line.add(id.value());
          for (int g = scale.lowest(); g <= scale.highest(); g++) {
            line.add(amount(distribution.getOrDefault(g, BigDecimal.ZERO)));
          }
          rows.add(line);
        });
    doc.table(headers, rows);
  }

  private void spending(BallotTally.Spending spending) {
    doc.para(t.text("report.ballot.spent", money(spending.spent()), money(spending.envelope())));
    List<List<String>> rows = new ArrayList<>();
    int order = 1;
    for (BallotTally.Funding f : spending.funded()) {
      rows.add(
          List.of(
              t.count(order++),
              f.proposal().value(),
              money(f.cost()),
              amount(f.supporters()),
              f.pricePerSupporter().map(this::money).orElse(""),
              t.text(f.completion() ? "report.ballot.by.completion" : "report.ballot.by.rule")));
    }
    doc.table(columns("order", "proposal", "cost", "supporters", "price", "how"), rows);
    List<String> lines = new ArrayList<>();
    spending
        .budgetPerVoter()
        .ifPresent(b -> lines.add(t.text("report.ballot.per.voter", money(b))));
    if (spending.steps() > 0) {
      lines.add(t.text("report.ballot.steps", spending.steps()));
    }
    if (spending.leastSpentByAVoter().isPresent() && spending.mostSpentByAVoter().isPresent()) {
      lines.add(
          t.text(
              "report.ballot.spent.range",
              money(spending.leastSpentByAVoter().get()),
              money(spending.mostSpentByAVoter().get())));
    }
    spending
        .votersWhoSpentNothing()
        .ifPresent(n -> lines.add(t.text("report.ballot.spent.nothing", n.longValueExact())));
    if (!spending.ineligible().isEmpty()) {
      lines.add(t.text("report.ballot.ineligible", ids(spending.ineligible())));
    }
    doc.bullets(lines);
  }
}
