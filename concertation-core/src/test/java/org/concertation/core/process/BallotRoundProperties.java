package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.event.BallotOutcome;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.ballot.BallotCount;
import org.concertation.core.ballot.BallotRounds;
import org.concertation.core.budget.BudgetElection;
import org.concertation.core.budget.BudgetIncrement;
import org.concertation.core.budget.BudgetRule;
import org.concertation.core.budget.Project;
import org.concertation.core.budget.Utility;
import org.concertation.core.choice.ChoiceOutcome;
import org.concertation.core.choice.GradedProfile;
import org.concertation.core.choice.GradedRule;
import org.concertation.core.choice.Profile;
import org.concertation.core.choice.RankedBallot;
import org.concertation.core.choice.RankedRule;
import org.concertation.core.exact.Q;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.testing.PropertyHarness;
import org.concertation.core.testing.PropertyHarness.Summary;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Invariants of ballot rounds on random command sequences under random charters that use them
 * (ranked, approval, graded and budget rounds, choosing and judging): a ballot round's outcome is
 * the standalone rule's on its ballots, its recount from the events gives it again, and the read
 * model explains it by that very count (the close's own, which the report reuses); an envelope is
 * never exceeded; an actor casts one ballot per round unless the charter lets a later one replace
 * it; the history check re-decides every event; and the machine keeps the invariants of {@link
 * ProcessProperties}. The same invariants hold under charters whose ballot rounds weigh colleges,
 * where the standalone rule is the weighted one, each ballot weighing its college's weight over the
 * number of the college's voters in the round (computed here from the state).
 *
 * <p>Runs {@value #TRIES} sequences under each of {@value #CHARTERS} random charters, and under
 * each of {@value #WEIGHTED_CHARTERS} with weighted colleges, by default, on the {@link
 * PropertyHarness}, which shrinks a failing sequence and tells how to replay it.
 */
class BallotRoundProperties {
  private static final Logger LOG = LoggerFactory.getLogger(BallotRoundProperties.class);
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();
  private static final HistoryCheck CHECK = HistoryCheck.create();
  private static final int CHARTERS = 12;
  private static final int WEIGHTED_CHARTERS = 8;
  private static final long WEIGHTED_CHARTER_SEED = 12;
  private static final int TRIES = 250;
  private static final int MAX_LENGTH = 300;
  private static final long CHARTER_SEED = 11;

  /** What the sequences reached, over every charter. */
  private static final class Stats {
    final AtomicLong sequencesWithBallotRounds = new AtomicLong();
    final AtomicLong sequencesWithWeightedBallotRounds = new AtomicLong();
    final Set<BallotRule.Kind> weightedKindsCounted = EnumSet.noneOf(BallotRule.Kind.class);
    boolean weightingChangedAnOutcome;
    boolean voterOutsideAnyCollege;
    final AtomicLong ballotsCast = new AtomicLong();
    final Set<BallotRule.Kind> kindsCounted = EnumSet.noneOf(BallotRule.Kind.class);
    final Set<Class<?>> rejections = new HashSet<>();
    boolean judged;
    boolean tied;
    boolean replaced;
  }

  @Test
  void ballotRoundsKeepTheirInvariantsOnRandomSequencesUnderRandomCharters() {
    SplittableRandom charters = new SplittableRandom(CHARTER_SEED);
    Stats stats = new Stats();
    boolean fullRun = true;
    for (int c = 0; c < CHARTERS; c++) {
      Charter charter = CommandGenerator.ballotCharter(charters.split());
      Summary summary =
          PropertyHarness.forAllSequences(
              "ballot rounds keep their invariants, random charter " + (c + 1),
              TRIES,
              random -> CommandGenerator.sequence(charter, random, MAX_LENGTH),
              (commands, random) ->
                  invariants(charter, commands, stats)
                      .ifPresent(
                          broken -> {
                            throw new AssertionError(broken + " under " + charter);
                          }));
      fullRun &= summary.isFullRun();
    }
    LOG.info(
        "{} sequences with ballot rounds, {} ballots cast; kinds counted {}; rejections {}",
        stats.sequencesWithBallotRounds.get(),
        stats.ballotsCast.get(),
        stats.kindsCounted,
        stats.rejections.size());
    if (!fullRun) {
      return; // replaying a few tries: the coverage below is a property of many sequences
    }
    assertThat(stats.kindsCounted).containsExactlyInAnyOrder(BallotRule.Kind.values());
    assertThat(stats.judged).as("a judging rule adopted a proposal").isTrue();
    assertThat(stats.tied).as("a tie carried an agenda").isTrue();
    assertThat(stats.replaced).as("a later ballot replaced an earlier one").isTrue();
    assertThat(stats.rejections)
        .contains(
            Rejection.BallotRound.class,
            Rejection.PositionRound.class,
            Rejection.WrongBallotKind.class,
            Rejection.NotOnAgenda.class,
            Rejection.RankedTwice.class,
            Rejection.IncompleteBallot.class,
            Rejection.GradeOffScale.class,
            Rejection.AlreadyVoted.class);
  }

  @Test
  void weightedBallotRoundsCountEachCollegeWithItsWeightOnRandomSequences() {
    SplittableRandom charters = new SplittableRandom(WEIGHTED_CHARTER_SEED);
    Stats stats = new Stats();
    boolean fullRun = true;
    for (int c = 0; c < WEIGHTED_CHARTERS; c++) {
      Charter charter = CommandGenerator.weightedBallotCharter(charters.split());
      Summary summary =
          PropertyHarness.forAllSequences(
              "weighted ballot rounds keep their invariants, random charter " + (c + 1),
              TRIES,
              random -> CommandGenerator.sequence(charter, random, MAX_LENGTH),
              (commands, random) ->
                  invariants(charter, commands, stats)
                      .ifPresent(
                          broken -> {
                            throw new AssertionError(broken + " under " + charter);
                          }));
      fullRun &= summary.isFullRun();
    }
    LOG.info(
        "{} sequences with weighted ballot rounds, {} ballots cast; kinds counted weighted {}",
        stats.sequencesWithWeightedBallotRounds.get(),
        stats.ballotsCast.get(),
        stats.weightedKindsCounted);
    if (!fullRun) {
      return; // replaying a few tries: the coverage below is a property of many sequences
    }
    assertThat(stats.weightedKindsCounted).containsExactlyInAnyOrder(BallotRule.Kind.values());
    assertThat(stats.weightingChangedAnOutcome)
        .as("weighting chose otherwise than one voter one vote")
        .isTrue();
    assertThat(stats.voterOutsideAnyCollege)
        .as("a voter outside any college cast a ballot in a weighted round")
        .isTrue();
  }

  /** The first invariant the commands break, if any. */
  private static Optional<String> invariants(Charter charter, List<Command> commands, Stats stats) {
    Optional<String> machine = ProcessProperties.invariants(charter, commands, null);
    if (machine.isPresent()) {
      return machine;
    }
    ProcessState state = DECIDER.initialState(charter);
    List<Event> log = new ArrayList<>();
    Set<String> voted = new HashSet<>();
    boolean anyBallotRound = false;
    for (Command command : commands) {
      Result<Event> result = DECIDER.decide(command, state);
      if (result instanceof Result.Rejected<Event> rejected) {
        synchronized (stats) {
          stats.rejections.add(rejected.rejection().getClass());
        }
      }
      for (Event event : result.events()) {
        if (event instanceof Event.BallotCast cast) {
          stats.ballotsCast.incrementAndGet();
          if (!voted.add(cast.round() + "/" + cast.voter())) {
            if (!charter.laterBallotReplaces()) {
              return Optional.of(
                  "a second ballot of " + cast.voter() + " in round " + cast.round());
            }
            synchronized (stats) {
              stats.replaced = true;
            }
          }
        } else if (event instanceof Event.RoundClosed closed && closed.ballot().isPresent()) {
          anyBallotRound = true;
          List<Event> upToClose = new ArrayList<>(log);
          upToClose.add(closed);
          Optional<String> broken =
              checkClose(charter, state, closed.round(), closed.ballot().get(), upToClose, stats);
          if (broken.isPresent()) {
            return broken;
          }
        }
        state = DECIDER.apply(state, event);
        log.add(event);
      }
    }
    if (anyBallotRound) {
      stats.sequencesWithBallotRounds.incrementAndGet();
      if (charter.ballotRules().values().stream().anyMatch(BallotRule::collegeWeights)) {
        stats.sequencesWithWeightedBallotRounds.incrementAndGet();
      }
    }
    return CHECK.firstImpossible(charter, log).map(i -> "the history check refused " + i);
  }

  private static Optional<String> checkClose(
      Charter charter,
      ProcessState state,
      int round,
      BallotOutcome outcome,
      List<Event> history,
      Stats stats) {
    RoundState open = state.openRound().orElseThrow();
    BallotRule rule = open.ballotRule().orElseThrow();
    Map<ActorId, Ballot> ballots = open.ballots();
    if (outcome.ballots() != ballots.size()) {
      return Optional.of("round " + round + " counted " + outcome.ballots() + " ballots");
    }
    BallotCount recount = BallotRounds.recount(charter, history, round);
    if (outcome.quorumMet() && !recount.chosen().equals(outcome.chosen())) {
      return Optional.of(
          "round " + round + " chose " + outcome.chosen() + ", its recount " + recount.chosen());
    }
    // the report explains the round by the read model's count, which the close's count serves:
    // it must be the fresh count of the same ballots, explanation and all
    Optional<BallotCount> explained =
        ProcessHistory.of(charter, history).round(round).orElseThrow().count();
    if (outcome.quorumMet() ? !explained.equals(Optional.of(recount)) : explained.isPresent()) {
      return Optional.of(
          "round " + round + " is explained by " + explained + ", its fresh count is " + recount);
    }
    if (outcome.quorumMet() && !ballots.isEmpty()) {
      Map<ActorId, Q> weights = rule.collegeWeights() ? weights(ballots.keySet(), state) : null;
      List<ProposalId> standalone = standalone(rule, open.agenda(), ballots, weights, state);
      if (weights != null) {
        boolean outside = weights.size() < ballots.size();
        boolean changed =
            !weights.isEmpty()
                && !standalone(rule, open.agenda(), ballots, null, state).equals(standalone);
        synchronized (stats) {
          stats.weightedKindsCounted.add(rule.kind());
          stats.voterOutsideAnyCollege |= outside;
          stats.weightingChangedAnOutcome |= changed;
        }
      }
      if (!standalone.equals(outcome.chosen())) {
        return Optional.of(
            "round "
                + round
                + " chose "
                + outcome.chosen()
                + ", the standalone rule "
                + standalone);
      }
      synchronized (stats) {
        stats.kindsCounted.add(rule.kind());
        stats.judged |= rule.judges() && !outcome.chosen().isEmpty();
        stats.tied |= outcome.tie() && !outcome.carried().isEmpty();
      }
    }
    if (rule.kind() == BallotRule.Kind.BUDGET) {
      long spent = 0;
      for (ProposalId id : outcome.chosen()) {
        spent += BallotCount.wholeCost(state.proposal(id).orElseThrow().current()).orElseThrow();
      }
      long envelope = rule.budget().orElseThrow().envelope();
      if (spent > envelope) {
        return Optional.of("round " + round + " spent " + spent + " of an envelope of " + envelope);
      }
    }
    for (ProposalId id : outcome.chosen()) {
      ProposalStatus status = outcome.statuses().get(id);
      if (!outcome.tie() && status != ProposalStatus.ADOPTED) {
        return Optional.of("round " + round + " chose " + id + " but left it " + status);
      }
    }
    return Optional.empty();
  }

  /**
   * The weight of each voter's ballot in a round that weighs colleges, computed here from the
   * state: a member of college {@code c} weighs {@code w_c / n_c}, with {@code n_c} the members of
   * {@code c} who cast a ballot; a voter outside any college has no weight.
   */
  private static Map<ActorId, Q> weights(Set<ActorId> voters, ProcessState state) {
    Map<CollegeId, Long> voted = new HashMap<>();
    for (ActorId voter : voters) {
      state.members().get(voter).college().ifPresent(c -> voted.merge(c, 1L, Long::sum));
    }
    Map<ActorId, Q> weights = new HashMap<>();
    for (ActorId voter : voters) {
      Optional<CollegeId> college = state.members().get(voter).college();
      if (college.isPresent()) {
        long weight = state.colleges().get(college.get()).weight();
        weights.put(
            voter, Q.of(BigInteger.valueOf(weight), BigInteger.valueOf(voted.get(college.get()))));
      }
    }
    return weights;
  }

  /**
   * What the standalone rule chooses on the round's ballots, computed here from the ballots, each
   * with its weight (a voter without one left out) or, without weights, one voter one vote.
   */
  private static List<ProposalId> standalone(
      BallotRule rule,
      List<ProposalId> agenda,
      Map<ActorId, Ballot> ballots,
      @Nullable Map<ActorId, Q> weights,
      ProcessState state) {
    List<String> candidates = agenda.stream().map(ProposalId::value).toList();
    List<Ballot> ordered = new ArrayList<>();
    List<Q> w = new ArrayList<>();
    new LinkedHashMap<>(ballots)
        .entrySet().stream()
            .sorted(Map.Entry.comparingByKey(Comparator.comparing(ActorId::value)))
            .filter(e -> weights == null || weights.containsKey(e.getKey()))
            .forEach(
                e -> {
                  ordered.add(e.getValue());
                  w.add(weights == null ? Q.ONE : weights.get(e.getKey()));
                });
    if (ordered.isEmpty()) {
      return List.of(); // no ballot weighs anything: nothing is chosen
    }
    int seats = Math.min(rule.seats(), agenda.size());
    List<String> chosen;
    switch (rule.kind()) {
      case RANKED:
        {
          List<RankedBallot> ranked = new ArrayList<>();
          for (Ballot ballot : ordered) {
            ranked.add(
                RankedBallot.of(
                    1,
                    ((Ballot.Ranking) ballot)
                        .tiers().stream()
                            .map(t -> t.stream().map(ProposalId::value).toList())
                            .toList()));
          }
          Profile profile =
              weights == null
                  ? Profile.of(candidates, ranked)
                  : Profile.weighted(candidates, ranked, w);
          chosen = RankedRule.fromLabel(rule.label()).apply(profile, seats).winners();
          break;
        }
      case APPROVAL:
      case GRADED:
        {
          List<GradedProfile.Ballot> graded = new ArrayList<>();
          for (Ballot ballot : ordered) {
            int[] grades =
                agenda.stream()
                    .mapToInt(
                        id ->
                            ballot instanceof Ballot.Approvals a
                                ? (a.approved().contains(id) ? 1 : 0)
                                : ((Ballot.Grades) ballot).grades().get(id))
                    .toArray();
            graded.add(GradedProfile.Ballot.of(1, grades));
          }
          if (rule.judges()) {
            chosen = new ArrayList<>();
            Q total = w.stream().reduce(Q.ZERO, Q::plus);
            for (int c = 0; c < agenda.size(); c++) {
              // the weighted lower median: sort the grades, walk them until half the weight
              Integer[] order = new Integer[graded.size()];
              for (int b = 0; b < order.length; b++) {
                order[b] = b;
              }
              int index = c;
              Arrays.sort(order, Comparator.comparingInt(b -> graded.get(b).grades().get(index)));
              Q seen = Q.ZERO;
              int median = 0;
              for (int b : order) {
                seen = seen.plus(w.get(b));
                if (seen.times(2).compareTo(total) >= 0) {
                  median = graded.get(b).grades().get(index);
                  break;
                }
              }
              if (median >= rule.threshold().orElseThrow()) {
                chosen.add(candidates.get(c));
              }
            }
          } else {
            GradedProfile profile =
                weights == null
                    ? GradedProfile.of(candidates, graded)
                    : GradedProfile.weighted(candidates, graded, w);
            ChoiceOutcome outcome = GradedRule.fromLabel(rule.label()).apply(profile, seats);
            chosen = outcome.winners();
          }
          break;
        }
      default:
        {
          var terms = rule.budget().orElseThrow();
          List<Project> projects = new ArrayList<>();
          for (ProposalId id : agenda) {
            projects.add(
                Project.of(
                    id.value(),
                    BallotCount.wholeCost(state.proposal(id).orElseThrow().current())
                        .orElseThrow()));
          }
          BudgetRule budget =
              BudgetRule.fromLabel(rule.label(), Utility.fromLabel(terms.utility()))
                  .withMinApprovals(terms.minApprovals())
                  .withGreedyCompletion(terms.greedyCompletion());
          if (terms.increment().isPresent()) {
            budget = budget.withIncrement(BudgetIncrement.parse(terms.increment().get()));
          }
          BudgetElection.Builder election = BudgetElection.builder(terms.envelope(), projects);
          for (int b = 0; b < ordered.size(); b++) {
            List<String> approved =
                ordered.get(b).proposals().stream().map(ProposalId::value).toList();
            if (weights == null) {
              election.add(approved, 1);
            } else {
              election.add(approved, w.get(b));
            }
          }
          chosen = budget.apply(election.build()).selected();
        }
    }
    return chosen.stream().map(ProposalId::new).toList();
  }
}
