package org.concertation.core.ballot;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalId;
import org.concertation.core.budget.BudgetElection;
import org.concertation.core.budget.BudgetOutcome;
import org.concertation.core.budget.Project;
import org.concertation.core.choice.ChoiceOutcome;
import org.concertation.core.choice.GradedProfile;
import org.concertation.core.choice.GradedRule;
import org.concertation.core.choice.Profile;
import org.concertation.core.choice.RankedBallot;
import org.concertation.core.exact.Q;

/**
 * The count of one ballot round: the standalone rule's outcome on the round's ballots, with its
 * whole explanation, and what it chose.
 *
 * <p>The ballots are counted in the order of their voters' ids, so that the same ballots give the
 * same count whatever the order they were cast in. A choosing rule chooses at most as many
 * proposals as the agenda holds. A judging rule adopts each proposal whose majority grade (the
 * lower median of its grades) reaches the threshold; the standalone rule's outcome is kept as the
 * explanation. A round in which nobody voted chooses nothing and is not counted.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule the round's rule
 * @param ballots how many ballots were counted
 * @param choice the ranked, approval or graded rule's outcome, if one was counted
 * @param budget the budgeting rule's outcome, if one was counted
 * @param chosen the proposals chosen (or adopted by judgement), in the rule's order
 * @param tie whether the count ended in a tie the rule flags
 */
public record BallotCount(
    BallotRule rule,
    int ballots,
    Optional<ChoiceOutcome> choice,
    Optional<BudgetOutcome> budget,
    ImmutableList<ProposalId> chosen,
    boolean tie) {
  /**
   * Validates the count.
   *
   * @param rule the round's rule
   * @param ballots how many ballots were counted
   * @param choice the ranked, approval or graded rule's outcome, if one was counted
   * @param budget the budgeting rule's outcome, if one was counted
   * @param chosen the proposals chosen, in the rule's order
   * @param tie whether the count ended in a tie the rule flags
   */
  public BallotCount {
    checkNotNull(rule, "rule must not be null");
    checkNotNull(choice, "choice must not be null");
    checkNotNull(budget, "budget must not be null");
    chosen = ImmutableList.copyOf(checkNotNull(chosen, "chosen must not be null"));
  }

  /**
   * Counts the ballots of a round, one voter one vote.
   *
   * @param rule the round's rule
   * @param agenda the proposals on the agenda, in order
   * @param costs the cost of each proposal, for a budget rule
   * @param ballots each voter's ballot, checked against the agenda and the rule
   * @return the count
   * @throws IllegalArgumentException when a ballot does not fit the rule or a cost is missing
   */
  public static BallotCount count(
      BallotRule rule,
      List<ProposalId> agenda,
      Map<ProposalId, Long> costs,
      Map<ActorId, ? extends Ballot> ballots) {
    return count(rule, agenda, costs, ballots, ImmutableMap.of());
  }

  /**
   * Counts the ballots of a round, each voter with its weight. Weights are where weighted colleges
   * plug in; until the standalone rules count weighted ballots, only equal weights (which count as
   * one voter one vote) are accepted.
   *
   * @param rule the round's rule
   * @param agenda the proposals on the agenda, in order
   * @param costs the cost of each proposal, for a budget rule
   * @param ballots each voter's ballot, checked against the agenda and the rule
   * @param weights each voter's weight, an exact rational; empty for one voter one vote
   * @return the count
   * @throws IllegalArgumentException when a ballot does not fit the rule or a cost is missing
   * @throws UnsupportedOperationException for unequal weights
   */
  public static BallotCount count(
      BallotRule rule,
      List<ProposalId> agenda,
      Map<ProposalId, Long> costs,
      Map<ActorId, ? extends Ballot> ballots,
      Map<ActorId, Q> weights) {
    checkNotNull(rule, "rule must not be null");
    checkNotNull(agenda, "agenda must not be null");
    checkNotNull(costs, "costs must not be null");
    checkNotNull(ballots, "ballots must not be null");
    checkNotNull(weights, "weights must not be null");
    checkArgument(!agenda.isEmpty(), "Invalid count: the agenda is empty");
    if (ImmutableSet.copyOf(weights.values()).size() > 1) {
      throw new UnsupportedOperationException(
          "weighted ballots are not counted yet: unequal weights " + weights);
    }
    if (ballots.isEmpty()) {
      // nobody voted: the status quo stands, with nothing to count
      return new BallotCount(
          rule, 0, Optional.empty(), Optional.empty(), ImmutableList.of(), false);
    }
    ImmutableList<String> candidates =
        agenda.stream().map(ProposalId::value).collect(ImmutableList.toImmutableList());
    List<Ballot> ordered = new ArrayList<>();
    ballots.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.comparing(ActorId::value)))
        .forEach(e -> ordered.add(checkKind(rule, e.getValue())));
    int seats = Math.min(rule.seats(), agenda.size());
    switch (rule.kind()) {
      case RANKED:
        {
          ImmutableList.Builder<RankedBallot> ranked = ImmutableList.builder();
          for (Ballot ballot : ordered) {
            ranked.add(
                RankedBallot.of(
                    1,
                    ((Ballot.Ranking) ballot)
                        .tiers().stream()
                            .map(tier -> tier.stream().map(ProposalId::value).toList())
                            .toList()));
          }
          ChoiceOutcome outcome =
              BallotRules.ranked(rule).apply(Profile.of(candidates, ranked.build()), seats);
          return chosen(rule, ordered.size(), outcome);
        }
      case APPROVAL:
      case GRADED:
        {
          ImmutableList.Builder<GradedProfile.Ballot> graded = ImmutableList.builder();
          for (Ballot ballot : ordered) {
            int[] grades = new int[agenda.size()];
            for (int c = 0; c < agenda.size(); c++) {
              grades[c] = grade(ballot, agenda.get(c));
            }
            graded.add(GradedProfile.Ballot.of(1, grades));
          }
          GradedProfile profile = GradedProfile.of(candidates, graded.build());
          GradedRule counting = BallotRules.graded(rule);
          if (rule.judges()) {
            ChoiceOutcome outcome = counting.apply(profile, 1);
            int threshold = rule.threshold().orElseThrow();
            ImmutableList.Builder<ProposalId> adopted = ImmutableList.builder();
            for (int c = 0; c < agenda.size(); c++) {
              if (majorityGrade(profile, c) >= threshold) {
                adopted.add(agenda.get(c));
              }
            }
            return new BallotCount(
                rule,
                ordered.size(),
                Optional.of(outcome),
                Optional.empty(),
                adopted.build(),
                false);
          }
          return chosen(rule, ordered.size(), counting.apply(profile, seats));
        }
      case BUDGET:
        {
          long envelope = rule.budget().orElseThrow().envelope();
          ImmutableList.Builder<Project> projects = ImmutableList.builder();
          for (ProposalId id : agenda) {
            Long cost = costs.get(id);
            checkArgument(cost != null, "Invalid count: proposal '%s' has no cost", id);
            projects.add(Project.of(id.value(), cost));
          }
          List<List<String>> approvals = new ArrayList<>();
          for (Ballot ballot : ordered) {
            approvals.add(ballot.proposals().stream().map(ProposalId::value).toList());
          }
          BudgetOutcome outcome =
              BallotRules.budget(rule)
                  .apply(BudgetElection.of(envelope, projects.build(), approvals));
          // the budgeting rules break every tie by the ids' order and report it: none is left open
          return new BallotCount(
              rule,
              ordered.size(),
              Optional.empty(),
              Optional.of(outcome),
              outcome.selected().stream()
                  .map(ProposalId::new)
                  .collect(ImmutableList.toImmutableList()),
              false);
        }
      default:
        throw new AssertionError(rule.kind());
    }
  }

  private static Ballot checkKind(BallotRule rule, Ballot ballot) {
    checkArgument(
        ballot.kind() == rule.ballotKind(),
        "Invalid ballot %s: rule '%s' counts %s ballots",
        ballot,
        rule.label(),
        rule.ballotKind());
    return ballot;
  }

  private static int grade(Ballot ballot, ProposalId proposal) {
    if (ballot instanceof Ballot.Approvals approvals) {
      return approvals.approved().contains(proposal) ? 1 : 0;
    }
    Integer grade = ((Ballot.Grades) ballot).grades().get(proposal);
    checkArgument(
        grade != null, "Invalid ballot %s: proposal '%s' is not graded", ballot, proposal);
    return grade;
  }

  /** The lower median of the grades of candidate {@code c}. */
  private static int majorityGrade(GradedProfile profile, int c) {
    int[] grades = profile.ballots().stream().mapToInt(b -> b.grades().get(c)).toArray();
    Arrays.sort(grades);
    return grades[(grades.length - 1) / 2];
  }

  private static BallotCount chosen(BallotRule rule, int ballots, ChoiceOutcome outcome) {
    return new BallotCount(
        rule,
        ballots,
        Optional.of(outcome),
        Optional.empty(),
        outcome.winners().stream().map(ProposalId::new).collect(ImmutableList.toImmutableList()),
        outcome.tie());
  }

  /**
   * The proposals chosen beyond doubt: all chosen without a tie; under a tie, those of the
   * ranking's best tiers that fit in the seats whole and hold only winners, the tied tier being
   * left out.
   *
   * @return the proposals, in the rule's order
   */
  public ImmutableList<ProposalId> clearlyChosen() {
    if (!tie || choice.isEmpty()) {
      return chosen;
    }
    ChoiceOutcome outcome = choice.get();
    ImmutableList.Builder<ProposalId> clear = ImmutableList.builder();
    int taken = 0;
    for (ImmutableList<String> tier : outcome.ranking()) {
      if (taken + tier.size() > rule.seats() || !outcome.winners().containsAll(tier)) {
        break;
      }
      tier.forEach(id -> clear.add(new ProposalId(id)));
      taken += tier.size();
    }
    return clear.build();
  }

  /**
   * The readable account of the standalone rule's count.
   *
   * @return the explanation, or a line saying that nobody voted
   */
  public String explanation() {
    return choice
        .map(ChoiceOutcome::explanation)
        .or(() -> budget.map(BudgetOutcome::explanation))
        .orElse("no ballot was cast");
  }

  /**
   * The cost of a proposal in whole units, as a budget round counts it.
   *
   * @param content the proposal's current version
   * @return its cost, or empty when it has none or one with a fraction of a unit
   */
  public static OptionalLong wholeCost(ProposalContent content) {
    checkNotNull(content, "content must not be null");
    if (content.cost().isEmpty()) {
      return OptionalLong.empty();
    }
    BigDecimal cost = content.cost().get().stripTrailingZeros();
    try {
      return OptionalLong.of(cost.longValueExact());
    } catch (ArithmeticException e) {
      return OptionalLong.empty(); // a fraction of a unit, or beyond a long
    }
  }
}
