package org.concertation.core.history;

import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concertation.api.domain.ProposalId;
import org.concertation.core.ballot.BallotCount;
import org.concertation.core.budget.BudgetOutcome;
import org.concertation.core.choice.ChoiceOutcome;
import org.jspecify.annotations.Nullable;

/**
 * The explanation of a ballot round's count as typed facts, read from the tally of the standalone
 * rule that counted it ({@link BallotCount}): the ranking, the rule's scores, the pairwise matrix
 * and strongest paths of the Condorcet rules, the elimination rounds of instant-runoff and single
 * transferable vote, the grade distributions of the graded rules, and, for a budget, what was
 * funded in which order with each voter's spending. A part the rule does not give is empty.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param ranking the full ranking, best tier first (tied proposals share a tier); empty for a
 *     budget
 * @param scores the rule's score of each proposal, if it gives one
 * @param pairwise for each proposal, how many voters prefer it to each other one
 * @param strongestPaths for Schulze, the strength of each proposal's strongest path to each other
 * @param condorcetWinner the proposal that beats every other one head to head, if there is one
 * @param eliminations the rounds of instant-runoff or single transferable vote
 * @param quota the quota of single transferable vote
 * @param grades for each proposal, how many voters gave it each grade
 * @param budget what a budget rule funded, and how
 */
public record BallotTally(
    ImmutableList<ImmutableList<ProposalId>> ranking,
    Optional<Scores> scores,
    ImmutableMap<ProposalId, ImmutableMap<ProposalId, BigDecimal>> pairwise,
    ImmutableMap<ProposalId, ImmutableMap<ProposalId, BigDecimal>> strongestPaths,
    Optional<ProposalId> condorcetWinner,
    ImmutableList<Elimination> eliminations,
    Optional<BigDecimal> quota,
    ImmutableMap<ProposalId, ImmutableMap<Integer, BigDecimal>> grades,
    Optional<Spending> budget) {

  /** The rules whose count is explained by the pairwise matrix: the Condorcet methods. */
  private static final ImmutableList<String> CONDORCET =
      ImmutableList.of("copeland", "schulze", "ranked-pairs", "kemeny", "minimax");

  /** The lowest grade of the gradients of agreement, the first of their distribution. */
  private static final int FIRST_GRADIENT = 1;

  /**
   * Validates the tally.
   *
   * @param ranking the full ranking, best tier first
   * @param scores the rule's score of each proposal
   * @param pairwise the pairwise matrix
   * @param strongestPaths Schulze's strongest paths
   * @param condorcetWinner the Condorcet winner
   * @param eliminations the elimination rounds
   * @param quota the quota of single transferable vote
   * @param grades the grade distributions
   * @param budget what a budget rule funded
   */
  public BallotTally {
    ranking = ImmutableList.copyOf(checkNotNull(ranking, "ranking must not be null"));
    checkNotNull(scores, "scores must not be null");
    pairwise = ImmutableMap.copyOf(checkNotNull(pairwise, "pairwise must not be null"));
    strongestPaths =
        ImmutableMap.copyOf(checkNotNull(strongestPaths, "strongestPaths must not be null"));
    checkNotNull(condorcetWinner, "condorcetWinner must not be null");
    eliminations =
        ImmutableList.copyOf(checkNotNull(eliminations, "eliminations must not be null"));
    checkNotNull(quota, "quota must not be null");
    grades = ImmutableMap.copyOf(checkNotNull(grades, "grades must not be null"));
    checkNotNull(budget, "budget must not be null");
  }

  /** What a rule's scores measure. */
  public enum Measure {
    /** Plurality: lone first choices. */
    FIRST_CHOICES,
    /** Borda points. */
    BORDA_POINTS,
    /** Copeland points: one per head-to-head win, half per tie. */
    COPELAND_POINTS,
    /** Schulze: how many proposals each beats by strongest path. */
    PATH_WINS,
    /** Minimax: the worst head-to-head margin of defeat, smallest best. */
    WORST_DEFEAT_MARGINS,
    /** Approval: the approvals received. */
    APPROVALS,
    /** Score: the sum of the grades. */
    SUMS_OF_GRADES,
    /** Majority judgment: the majority grade, the lower median. */
    MAJORITY_GRADES,
    /** Gradients of agreement: the grades of support (1 to 3). */
    SUPPORT
  }

  /**
   * A rule's score of each proposal.
   *
   * @param measure what the scores measure
   * @param values the score of each proposal, in agenda order
   */
  public record Scores(Measure measure, ImmutableMap<ProposalId, BigDecimal> values) {
    /**
     * Validates the scores.
     *
     * @param measure what the scores measure
     * @param values the score of each proposal
     */
    public Scores {
      checkNotNull(measure, "measure must not be null");
      values = ImmutableMap.copyOf(checkNotNull(values, "values must not be null"));
    }
  }

  /**
   * One round of instant-runoff or single transferable vote.
   *
   * @param round its number, from 1
   * @param votes the votes of each proposal still in the count
   * @param exhausted the ballots no longer counting, if the rule says
   * @param elected the proposals elected in this round
   * @param eliminated the proposals eliminated in this round
   */
  public record Elimination(
      int round,
      ImmutableMap<ProposalId, BigDecimal> votes,
      Optional<BigDecimal> exhausted,
      ImmutableList<ProposalId> elected,
      ImmutableList<ProposalId> eliminated) {
    /**
     * Validates the round.
     *
     * @param round its number
     * @param votes the votes of each proposal still in the count
     * @param exhausted the ballots no longer counting
     * @param elected the proposals elected
     * @param eliminated the proposals eliminated
     */
    public Elimination {
      votes = ImmutableMap.copyOf(checkNotNull(votes, "votes must not be null"));
      checkNotNull(exhausted, "exhausted must not be null");
      elected = ImmutableList.copyOf(checkNotNull(elected, "elected must not be null"));
      eliminated = ImmutableList.copyOf(checkNotNull(eliminated, "eliminated must not be null"));
    }
  }

  /**
   * What a budget rule funded, in the order it funded it, and what the voters spent.
   *
   * @param spent the total cost funded
   * @param envelope the envelope
   * @param funded each funded proposal, in order
   * @param budgetPerVoter under Equal Shares, each voter's share of the envelope the count ended
   *     with
   * @param steps under Equal Shares completed by increments, how many times the voters' budgets
   *     were raised
   * @param leastSpentByAVoter under Equal Shares, the least a voter spent
   * @param mostSpentByAVoter under Equal Shares, the most a voter spent
   * @param votersWhoSpentNothing under Equal Shares, how many voters spent nothing
   * @param ineligible the proposals left out for too few approvals
   */
  public record Spending(
      long spent,
      long envelope,
      ImmutableList<Funding> funded,
      Optional<BigDecimal> budgetPerVoter,
      long steps,
      Optional<BigDecimal> leastSpentByAVoter,
      Optional<BigDecimal> mostSpentByAVoter,
      Optional<BigDecimal> votersWhoSpentNothing,
      ImmutableList<ProposalId> ineligible) {
    /**
     * Validates the spending.
     *
     * @param spent the total cost funded
     * @param envelope the envelope
     * @param funded each funded proposal, in order
     * @param budgetPerVoter each voter's share of the envelope
     * @param steps how many times the voters' budgets were raised
     * @param leastSpentByAVoter the least a voter spent
     * @param mostSpentByAVoter the most a voter spent
     * @param votersWhoSpentNothing how many voters spent nothing
     * @param ineligible the proposals left out for too few approvals
     */
    public Spending {
      funded = ImmutableList.copyOf(checkNotNull(funded, "funded must not be null"));
      checkNotNull(budgetPerVoter, "budgetPerVoter must not be null");
      checkNotNull(leastSpentByAVoter, "leastSpentByAVoter must not be null");
      checkNotNull(mostSpentByAVoter, "mostSpentByAVoter must not be null");
      checkNotNull(votersWhoSpentNothing, "votersWhoSpentNothing must not be null");
      ineligible = ImmutableList.copyOf(checkNotNull(ineligible, "ineligible must not be null"));
    }
  }

  /**
   * One proposal funded.
   *
   * @param proposal the proposal
   * @param cost its cost
   * @param supporters the voters who approved it and paid for it (all its approvals under greedy)
   * @param pricePerSupporter under Equal Shares, what each supporter paid at most
   * @param completion whether greedy funded it with what the rule left
   */
  public record Funding(
      ProposalId proposal,
      long cost,
      BigDecimal supporters,
      Optional<BigDecimal> pricePerSupporter,
      boolean completion) {
    /**
     * Validates the funding.
     *
     * @param proposal the proposal
     * @param cost its cost
     * @param supporters the voters who approved it
     * @param pricePerSupporter what each supporter paid
     * @param completion whether greedy funded it with what the rule left
     */
    public Funding {
      checkNotNull(proposal, "proposal must not be null");
      checkNotNull(supporters, "supporters must not be null");
      checkNotNull(pricePerSupporter, "pricePerSupporter must not be null");
    }
  }

  /**
   * The explanation of a count, read from its standalone rule's tally.
   *
   * @param count the count
   * @return the tally; all empty for a round in which nobody voted
   */
  public static BallotTally of(BallotCount count) {
    checkNotNull(count, "count must not be null");
    if (count.choice().isPresent()) {
      return ofChoice(count.choice().get());
    }
    if (count.budget().isPresent()) {
      return ofBudget(count.budget().get());
    }
    return new BallotTally(
        ImmutableList.of(),
        Optional.empty(),
        ImmutableMap.of(),
        ImmutableMap.of(),
        Optional.empty(),
        ImmutableList.of(),
        Optional.empty(),
        ImmutableMap.of(),
        Optional.empty());
  }

  private static BallotTally ofChoice(ChoiceOutcome outcome) {
    Map<String, Object> details = outcome.details();
    String rule = outcome.rule();
    boolean condorcet = CONDORCET.contains(rule);
    ImmutableMap<ProposalId, ImmutableMap<Integer, BigDecimal>> grades = ImmutableMap.of();
    Object distributions = details.get("grades");
    if (distributions != null) {
      grades = byProposal(distributions, d -> byGrade((Map<?, ?>) d));
    }
    Object proposals = details.get("proposals");
    Optional<Scores> scores = scores(rule, details);
    if (proposals != null) { // the gradients of agreement: a distribution and support per proposal
      grades = byProposal(proposals, p -> gradients(((Map<?, ?>) p).get("gradients")));
      scores =
          Optional.of(
              new Scores(
                  Measure.SUPPORT,
                  byProposal(proposals, p -> number(((Map<?, ?>) p).get("support")))));
    }
    Object quota = details.get("quota");
    Object winner = details.get("condorcetWinner");
    return new BallotTally(
        outcome.ranking().stream()
            .map(
                tier -> tier.stream().map(ProposalId::new).collect(ImmutableList.toImmutableList()))
            .collect(ImmutableList.toImmutableList()),
        scores,
        condorcet ? matrix(details.get("pairwise")) : ImmutableMap.of(),
        matrix(details.get("strongestPaths")),
        condorcet && winner != null
            ? Optional.of(new ProposalId(winner.toString()))
            : Optional.empty(),
        eliminations(details.get("rounds")),
        quota == null ? Optional.empty() : Optional.of(number(quota)),
        grades,
        Optional.empty());
  }

  /** What a ranked or graded rule's scores measure, and under which key of its details they are. */
  private record Scored(Measure measure, String key) {}

  /** The rules that explain by one score per proposal; ranked pairs, Kemeny, IRV and STV do not. */
  private static final ImmutableMap<String, Scored> SCORED =
      ImmutableMap.<String, Scored>builder()
          .put("plurality", new Scored(Measure.FIRST_CHOICES, "scores"))
          .put("borda", new Scored(Measure.BORDA_POINTS, "scores"))
          .put("copeland", new Scored(Measure.COPELAND_POINTS, "scores"))
          .put("schulze", new Scored(Measure.PATH_WINS, "pathWins"))
          .put("minimax", new Scored(Measure.WORST_DEFEAT_MARGINS, "worstDefeatMargins"))
          .put("approval", new Scored(Measure.APPROVALS, "approvals"))
          .put("score", new Scored(Measure.SUMS_OF_GRADES, "scores"))
          .put("majority-judgment", new Scored(Measure.MAJORITY_GRADES, "majorityGrades"))
          .buildOrThrow();

  private static Optional<Scores> scores(String rule, Map<String, Object> details) {
    Scored scored = SCORED.get(rule);
    Object values = scored == null ? null : details.get(scored.key());
    return values == null
        ? Optional.empty()
        : Optional.of(
            new Scores(requireNonNull(scored).measure(), byProposal(values, BallotTally::number)));
  }

  private static BallotTally ofBudget(BudgetOutcome outcome) {
    Map<String, Object> details = outcome.details();
    ImmutableList.Builder<Funding> funded = ImmutableList.builder();
    String rule = outcome.rule();
    Object rounds = details.get(rule.equals("greedy") ? "steps" : "rounds");
    if (rounds != null) {
      for (Object round : (List<?>) rounds) {
        funding(rule, (Map<?, ?>) round, false).ifPresent(funded::add);
      }
    }
    Object completion = details.get("completion");
    if (completion != null) {
      for (Object step : (List<?>) completion) {
        funding("greedy", (Map<?, ?>) step, true).ifPresent(funded::add);
      }
    }
    Object increment = details.get("increment");
    Map<?, ?> spending = (Map<?, ?>) details.get("spendingPerVoter");
    Object ineligible = details.get("ineligible");
    return new BallotTally(
        ImmutableList.of(),
        Optional.empty(),
        ImmutableMap.of(),
        ImmutableMap.of(),
        Optional.empty(),
        ImmutableList.of(),
        Optional.empty(),
        ImmutableMap.of(),
        Optional.of(
            new Spending(
                outcome.cost(),
                outcome.budget(),
                funded.build(),
                optionalNumber(details.get("budgetPerVoter")),
                increment == null
                    ? 0
                    : number(((Map<?, ?>) increment).get("steps")).longValueExact(),
                spending == null
                    ? Optional.empty()
                    : optionalNumber(spending.get("leastSpentByAVoter")),
                spending == null
                    ? Optional.empty()
                    : optionalNumber(spending.get("mostSpentByAVoter")),
                spending == null
                    ? Optional.empty()
                    : optionalNumber(spending.get("votersWhoSpentNothing")),
                ineligible == null
                    ? ImmutableList.of()
                    : ((List<?>) ineligible)
                        .stream()
                            .map(id -> new ProposalId(id.toString()))
                            .collect(ImmutableList.toImmutableList()))));
  }

  /** One step of a budget rule as a funding, or empty for a greedy step that funded nothing. */
  private static Optional<Funding> funding(String rule, Map<?, ?> step, boolean completion) {
    if (rule.equals("greedy") && !Boolean.TRUE.equals(step.get("selected"))) {
      return Optional.empty(); // greedy passed over a project that did not fit what was left
    }
    Object supporters = step.get(rule.equals("mes") ? "supporters" : "approvals");
    return Optional.of(
        new Funding(
            new ProposalId(String.valueOf(step.get("project"))),
            number(step.get("cost")).longValueExact(),
            supporters == null ? BigDecimal.ZERO : number(supporters),
            optionalNumber(step.get("pricePerSupporter")),
            completion));
  }

  private static ImmutableList<Elimination> eliminations(@Nullable Object rounds) {
    if (!(rounds instanceof List<?> list)) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<Elimination> built = ImmutableList.builder();
    for (Object item : list) {
      Map<?, ?> round = (Map<?, ?>) item;
      built.add(
          new Elimination(
              number(round.get("round")).intValueExact(),
              byProposal(round.get("votes"), BallotTally::number),
              optionalNumber(round.get("exhausted")),
              ids(round.get("elected")),
              ids(round.get("eliminated"))));
    }
    return built.build();
  }

  private static ImmutableList<ProposalId> ids(@Nullable Object ids) {
    if (!(ids instanceof List<?> list)) {
      return ImmutableList.of();
    }
    return list.stream()
        .map(id -> new ProposalId(id.toString()))
        .collect(ImmutableList.toImmutableList());
  }

  private static ImmutableMap<ProposalId, ImmutableMap<ProposalId, BigDecimal>> matrix(
      @Nullable Object rows) {
    if (rows == null) {
      return ImmutableMap.of();
    }
    return byProposal(rows, row -> byProposal(row, BallotTally::number));
  }

  private static ImmutableMap<Integer, BigDecimal> byGrade(Map<?, ?> distribution) {
    ImmutableMap.Builder<Integer, BigDecimal> built = ImmutableMap.builder();
    distribution.forEach((grade, n) -> built.put(Integer.valueOf(grade.toString()), number(n)));
    return built.buildOrThrow();
  }

  /** The counts of the gradients of agreement, listed from grade 1. */
  private static ImmutableMap<Integer, BigDecimal> gradients(@Nullable Object listed) {
    ImmutableMap.Builder<Integer, BigDecimal> built = ImmutableMap.builder();
    List<?> counts = listed instanceof List<?> list ? list : List.of();
    for (int g = 0; g < counts.size(); g++) {
      built.put(FIRST_GRADIENT + g, number(counts.get(g)));
    }
    return built.buildOrThrow();
  }

  private static <V> ImmutableMap<ProposalId, V> byProposal(
      @Nullable Object values, java.util.function.Function<Object, V> read) {
    ImmutableMap.Builder<ProposalId, V> built = ImmutableMap.builder();
    if (values instanceof Map<?, ?> map) {
      map.forEach((id, value) -> built.put(new ProposalId(id.toString()), read.apply(value)));
    }
    return built.buildOrThrow();
  }

  private static Optional<BigDecimal> optionalNumber(@Nullable Object value) {
    return value == null ? Optional.empty() : Optional.of(number(value));
  }

  /** A number of the tally: a count, an exact decimal, or a decimal written as a string. */
  private static BigDecimal number(@Nullable Object value) {
    checkNotNull(value, "the tally lacks a number");
    return new BigDecimal(value.toString());
  }
}
