package org.concertation.core.ballot;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.CollegeId;
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
import org.jspecify.annotations.Nullable;

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
 * <p><b>Weighted colleges.</b> Under a rule with {@link BallotRule#collegeWeights()} each college
 * counts its weight whatever its size: the ballot of a voter of college {@code c} weighs {@code w_c
 * / n_c}, exactly, where {@code w_c} is the college's weight and {@code n_c} the number of its
 * members who cast a ballot in the round, and the standalone rule counts the weighted ballots
 * ({@link Profile#weighted}, {@link GradedProfile#weighted}, {@link BudgetElection.Builder#add(
 * java.util.Collection, Q)}; for a budget, each voter's share of the envelope is proportional to
 * its weight). As in the weighted position rule, a voter outside any college counts for the quorum
 * and in {@link #ballots()} but weighs nothing in the count, and a college with no voter in the
 * round is left out (its weight goes to nobody: the colleges that voted share the whole count in
 * proportion to their weights). When no ballot weighs anything the round chooses nothing, as when
 * nobody voted. A judging rule's majority grade is then the weighted lower median: the least grade
 * {@code g} such that the ballots grading at most {@code g} weigh at least half of the total.
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
   * Counts the ballots of a round, each voter with its weight.
   *
   * @param rule the round's rule
   * @param agenda the proposals on the agenda, in order
   * @param costs the cost of each proposal, for a budget rule
   * @param ballots each voter's ballot, checked against the agenda and the rule
   * @param weights each voter's weight, a positive exact rational; empty for one voter one vote
   * @return the count
   * @throws IllegalArgumentException when a ballot does not fit the rule, a cost is missing, or the
   *     weights are not empty and miss a voter
   */
  public static BallotCount count(
      BallotRule rule,
      List<ProposalId> agenda,
      Map<ProposalId, Long> costs,
      Map<ActorId, ? extends Ballot> ballots,
      Map<ActorId, Q> weights) {
    checkNotNull(ballots, "ballots must not be null");
    checkNotNull(weights, "weights must not be null");
    if (!weights.isEmpty()) {
      for (ActorId voter : ballots.keySet()) {
        Q weight = weights.get(voter);
        checkArgument(
            weight != null && weight.signum() > 0,
            "Invalid weights: voter '%s' has weight %s, not a positive one",
            voter,
            weight);
      }
    }
    return counted(rule, agenda, costs, ballots, weights.isEmpty() ? null : weights);
  }

  /**
   * Counts the ballots of a round as its rule says: one voter one vote, or, under a rule with
   * {@link BallotRule#collegeWeights()}, each college counting its weight whatever its size (see
   * {@link #collegeWeights}).
   *
   * @param rule the round's rule
   * @param agenda the proposals on the agenda, in order
   * @param costs the cost of each proposal, for a budget rule
   * @param ballots each voter's ballot, checked against the agenda and the rule
   * @param collegeOf the college of each voter that belongs to one
   * @param colleges the weight of every college named in {@code collegeOf}
   * @return the count
   * @throws IllegalArgumentException when a ballot does not fit the rule, a cost is missing, or a
   *     college has no weight
   */
  public static BallotCount count(
      BallotRule rule,
      List<ProposalId> agenda,
      Map<ProposalId, Long> costs,
      Map<ActorId, ? extends Ballot> ballots,
      Map<ActorId, CollegeId> collegeOf,
      Map<CollegeId, Integer> colleges) {
    checkNotNull(rule, "rule must not be null");
    checkNotNull(ballots, "ballots must not be null");
    if (!rule.collegeWeights()) {
      return counted(rule, agenda, costs, ballots, null);
    }
    return counted(
        rule, agenda, costs, ballots, collegeWeights(ballots.keySet(), collegeOf, colleges));
  }

  /**
   * The weight of each voter's ballot when each college counts its weight whatever its size: a
   * voter of college {@code c} weighs {@code w_c / n_c}, with {@code n_c} the number of the voters
   * given who belong to {@code c}. A voter outside any college has no weight (it is not a key), so
   * a college with no voter among those given weighs nothing.
   *
   * @param voters the voters who cast a ballot
   * @param collegeOf the college of each voter that belongs to one (others may be keys too)
   * @param colleges the weight of every college of a voter
   * @return the weight of each voter in a college, in the voters' order
   * @throws IllegalArgumentException when a voter's college has no weight
   */
  public static ImmutableMap<ActorId, Q> collegeWeights(
      Collection<ActorId> voters,
      Map<ActorId, CollegeId> collegeOf,
      Map<CollegeId, Integer> colleges) {
    checkNotNull(voters, "voters must not be null");
    checkNotNull(collegeOf, "collegeOf must not be null");
    checkNotNull(colleges, "colleges must not be null");
    Map<CollegeId, Long> sizes = new HashMap<>();
    for (ActorId voter : voters) {
      CollegeId college = collegeOf.get(voter);
      if (college != null) {
        checkArgument(
            colleges.containsKey(college),
            "Invalid colleges: college '%s' of voter '%s' has no weight",
            college,
            voter);
        sizes.merge(college, 1L, Long::sum);
      }
    }
    ImmutableMap.Builder<ActorId, Q> weights = ImmutableMap.builder();
    for (ActorId voter : voters) {
      CollegeId college = collegeOf.get(voter);
      if (college != null) {
        weights.put(
            voter,
            Q.of(
                BigInteger.valueOf(requireNonNull(colleges.get(college))),
                BigInteger.valueOf(requireNonNull(sizes.get(college)))));
      }
    }
    return weights.buildOrThrow();
  }

  /**
   * Counts the ballots; with weights, a voter without one is left out of the rule's count.
   *
   * @param weights each voter's weight, or null for one voter one vote
   */
  static BallotCount counted(
      BallotRule rule,
      List<ProposalId> agenda,
      Map<ProposalId, Long> costs,
      Map<ActorId, ? extends Ballot> ballots,
      @Nullable Map<ActorId, Q> weights) {
    return counted(rule, agenda, costs, ByVoter.of(ballots), weights);
  }

  /**
   * Counts ballots already ordered by their voters' ids ({@link ByVoter}); with weights, a voter
   * without one is left out of the rule's count.
   *
   * @param sorted the ballots, in the order of their voters' ids
   * @param weights each voter's weight, or null for one voter one vote
   */
  static BallotCount counted(
      BallotRule rule,
      List<ProposalId> agenda,
      Map<ProposalId, Long> costs,
      ByVoter sorted,
      @Nullable Map<ActorId, Q> weights) {
    checkNotNull(rule, "rule must not be null");
    checkNotNull(agenda, "agenda must not be null");
    checkNotNull(costs, "costs must not be null");
    checkArgument(!agenda.isEmpty(), "Invalid count: the agenda is empty");
    ActorId[] voters = sorted.voters;
    Ballot[] cast = sorted.ballots;
    if (voters.length == 0) {
      // nobody voted: the status quo stands, with nothing to count
      return new BallotCount(
          rule, 0, Optional.empty(), Optional.empty(), ImmutableList.of(), false);
    }
    ImmutableList<String> candidates =
        agenda.stream().map(ProposalId::value).collect(ImmutableList.toImmutableList());
    List<Ballot> ordered = new ArrayList<>(cast.length);
    List<Q> orderedWeights = new ArrayList<>();
    for (int i = 0; i < voters.length; i++) {
      Ballot ballot = checkKind(rule, cast[i]);
      if (weights == null) {
        ordered.add(ballot);
      } else {
        Q weight = weights.get(voters[i]);
        if (weight != null) { // a voter outside any college weighs nothing
          ordered.add(ballot);
          orderedWeights.add(weight);
        }
      }
    }
    int ballots = voters.length;
    if (ordered.isEmpty()) {
      // no ballot weighs anything: nothing to count, as when nobody voted
      return new BallotCount(
          rule, ballots, Optional.empty(), Optional.empty(), ImmutableList.of(), false);
    }
    @Nullable List<Q> w = weights == null ? null : orderedWeights;
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
          Profile profile =
              w == null
                  ? Profile.of(candidates, ranked.build())
                  : Profile.weighted(candidates, ranked.build(), w);
          ChoiceOutcome outcome = BallotRules.ranked(rule).apply(profile, seats);
          return chosen(rule, ballots, outcome);
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
          GradedProfile profile =
              w == null
                  ? GradedProfile.of(candidates, graded.build())
                  : GradedProfile.weighted(candidates, graded.build(), w);
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
                rule, ballots, Optional.of(outcome), Optional.empty(), adopted.build(), false);
          }
          return chosen(rule, ballots, counting.apply(profile, seats));
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
          BudgetElection.Builder election = BudgetElection.builder(envelope, projects.build());
          for (int b = 0; b < ordered.size(); b++) {
            List<String> approved = ids(ordered.get(b).proposals());
            if (w == null) {
              election.add(approved, 1);
            } else {
              election.add(approved, w.get(b));
            }
          }
          BudgetOutcome outcome = BallotRules.budget(rule).apply(election.build());
          // the budgeting rules break every tie by the ids' order and report it: none is left open
          return new BallotCount(
              rule,
              ballots,
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

  /** The ids of the proposals, as the budgeting rules name projects. */
  private static List<String> ids(Collection<ProposalId> proposals) {
    String[] ids = new String[proposals.size()];
    int i = 0;
    for (ProposalId id : proposals) {
      ids[i++] = id.value();
    }
    return Arrays.asList(ids);
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

  /**
   * The lower median of the grades of candidate {@code c}, each ballot with its weight: the least
   * grade such that the ballots grading at most it weigh at least half of the total weight (for
   * unweighted ballots, the grade at index {@code (n - 1) / 2} of the sorted grades).
   */
  private static int majorityGrade(GradedProfile profile, int c) {
    TreeMap<Integer, Q> histogram = new TreeMap<>();
    ImmutableList<Q> weights = profile.weights();
    for (int b = 0; b < profile.ballots().size(); b++) {
      GradedProfile.Ballot ballot = profile.ballots().get(b);
      histogram.merge(ballot.grades().get(c), weights.get(b).times(ballot.count()), Q::plus);
    }
    Q total = profile.totalWeight();
    Q seen = Q.ZERO;
    for (Map.Entry<Integer, Q> entry : histogram.entrySet()) {
      seen = seen.plus(entry.getValue());
      if (seen.times(2).compareTo(total) >= 0) {
        return entry.getKey();
      }
    }
    throw new AssertionError("the weights of candidate " + c + " do not add up to " + total);
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
