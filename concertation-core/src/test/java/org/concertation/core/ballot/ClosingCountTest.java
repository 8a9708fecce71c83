package org.concertation.core.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.event.BallotOutcome;
import org.junit.jupiter.api.Test;

class ClosingCountTest {
  private static final ProposalId P1 = ProposalId.of("p1");
  private static final ProposalId P2 = ProposalId.of("p2");
  private static final ProposalId P3 = ProposalId.of("p3");
  private static final List<ProposalId> AGENDA = List.of(P1, P2, P3);
  private static final Map<ProposalId, Long> COSTS = Map.of(P1, 60L, P2, 50L, P3, 40L);
  private static final BallotRule MES = BallotRule.budget("mes", 100);
  private static final CollegeId TOWN = CollegeId.of("town");
  private static final CollegeId CITY = CollegeId.of("city");
  private static final long SEED = 20261201L;
  private static final int TRIES = 200;

  private static final Map<ActorId, Ballot> BALLOTS =
      Map.of(
          ActorId.of("ana"), Ballot.Approvals.of(P1, P2),
          ActorId.of("bob"), Ballot.Approvals.of(P2, P3),
          ActorId.of("cle"), Ballot.Approvals.of(P3));

  /** The outcome a close would record from a count, as a new object each time. */
  private static BallotOutcome recorded(BallotCount count) {
    ImmutableMap.Builder<ProposalId, ProposalStatus> statuses = ImmutableMap.builder();
    for (ProposalId id : AGENDA) {
      statuses.put(
          id, count.chosen().contains(id) ? ProposalStatus.ADOPTED : ProposalStatus.REJECTED);
    }
    return new BallotOutcome(
        count.rule().label(),
        count.ballots(),
        true,
        count.tie(),
        count.chosen(),
        statuses.buildOrThrow());
  }

  @Test
  void theReadModelIsGivenTheVeryCountTheCloseKeptForTheSameBallots() {
    ClosingCount closing = ClosingCount.of(MES, AGENDA, COSTS, BALLOTS, Map.of(), Map.of());
    BallotOutcome outcome = recorded(closing.count());
    closing.keep(outcome);

    BallotCount recalled =
        ClosingCount.recall(
            outcome, MES, AGENDA, COSTS, new LinkedHashMap<>(BALLOTS), Map.of(), Map.of());

    assertThat(recalled).isSameAs(closing.count());
    assertThat(recalled).isEqualTo(BallotCount.count(MES, AGENDA, COSTS, BALLOTS));
  }

  @Test
  void otherBallotsThanTheCloseCountedAreCountedAfresh() {
    ClosingCount closing = ClosingCount.of(MES, AGENDA, COSTS, BALLOTS, Map.of(), Map.of());
    BallotOutcome outcome = recorded(closing.count());
    closing.keep(outcome);
    Map<ActorId, Ballot> other = new LinkedHashMap<>(BALLOTS);
    other.put(ActorId.of("cle"), Ballot.Approvals.of(P1));

    BallotCount recalled =
        ClosingCount.recall(outcome, MES, AGENDA, COSTS, other, Map.of(), Map.of());

    assertThat(recalled).isEqualTo(BallotCount.count(MES, AGENDA, COSTS, other));
    assertThat(recalled.chosen()).isNotEqualTo(closing.count().chosen());
  }

  @Test
  void anotherRuleAgendaOrCostsAreCountedAfresh() {
    ClosingCount closing = ClosingCount.of(MES, AGENDA, COSTS, BALLOTS, Map.of(), Map.of());
    BallotOutcome outcome = recorded(closing.count());
    closing.keep(outcome);
    BallotRule greedy = BallotRule.budget("greedy", 100);
    Map<ProposalId, Long> dearer = Map.of(P1, 60L, P2, 50L, P3, 90L);

    assertThat(ClosingCount.recall(outcome, greedy, AGENDA, COSTS, BALLOTS, Map.of(), Map.of()))
        .isEqualTo(BallotCount.count(greedy, AGENDA, COSTS, BALLOTS));
    assertThat(ClosingCount.recall(outcome, MES, AGENDA, dearer, BALLOTS, Map.of(), Map.of()))
        .isEqualTo(BallotCount.count(MES, AGENDA, dearer, BALLOTS))
        .isNotEqualTo(closing.count());
  }

  @Test
  void otherCollegesUnderARuleWithCollegeWeightsAreCountedAfresh() {
    BallotRule weighted = MES.withCollegeWeights(true);
    Map<ActorId, CollegeId> collegeOf =
        Map.of(ActorId.of("ana"), TOWN, ActorId.of("bob"), TOWN, ActorId.of("cle"), CITY);
    Map<CollegeId, Integer> colleges = Map.of(TOWN, 1, CITY, 1);
    ClosingCount closing = ClosingCount.of(weighted, AGENDA, COSTS, BALLOTS, collegeOf, colleges);
    BallotOutcome outcome = recorded(closing.count());
    closing.keep(outcome);
    Map<CollegeId, Integer> heavierCity = Map.of(TOWN, 1, CITY, 5);

    assertThat(ClosingCount.recall(outcome, weighted, AGENDA, COSTS, BALLOTS, collegeOf, colleges))
        .isSameAs(closing.count());
    assertThat(
            ClosingCount.recall(outcome, weighted, AGENDA, COSTS, BALLOTS, collegeOf, heavierCity))
        .isEqualTo(BallotCount.count(weighted, AGENDA, COSTS, BALLOTS, collegeOf, heavierCity));
  }

  @Test
  void anEqualOutcomeThatTheCloseDidNotRecordIsCountedAfresh() {
    ClosingCount closing = ClosingCount.of(MES, AGENDA, COSTS, BALLOTS, Map.of(), Map.of());
    closing.keep(recorded(closing.count()));

    BallotCount recalled =
        ClosingCount.recall(
            recorded(closing.count()), MES, AGENDA, COSTS, BALLOTS, Map.of(), Map.of());

    // a log read back holds equal outcomes, not the close's own: its ballots are counted again
    assertThat(recalled).isNotSameAs(closing.count()).isEqualTo(closing.count());
  }

  @Test
  void theCloseCountsAsTheStandaloneCountWhateverTheOrderTheBallotsComeIn() {
    SplittableRandom random = new SplittableRandom(SEED);
    List<BallotRule> rules =
        List.of(
            BallotRule.budget("greedy", 100),
            MES,
            BallotRule.budget("phragmen", 100),
            BallotRule.approval(),
            BallotRule.ranked("schulze"),
            BallotRule.ranked("irv"));
    for (int t = 0; t < TRIES; t++) {
      long seed = random.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      BallotRule rule = rules.get(r.nextInt(rules.size()));
      int voters = 1 + r.nextInt(30);
      List<Map.Entry<ActorId, Ballot>> cast = new ArrayList<>();
      for (int v = 0; v < voters; v++) {
        cast.add(Map.entry(ActorId.of("v" + r.nextInt(1000) + "-" + v), ballot(rule, r)));
      }
      Collections.shuffle(cast, new java.util.Random(r.nextLong()));
      Map<ActorId, Ballot> inCastOrder = new LinkedHashMap<>();
      cast.forEach(e -> inCastOrder.put(e.getKey(), e.getValue()));

      BallotCount closing =
          ClosingCount.of(rule, AGENDA, COSTS, inCastOrder, Map.of(), Map.of()).count();

      assertThat(closing)
          .as("seed %s, rule %s", seed, rule.label())
          .isEqualTo(BallotCount.count(rule, AGENDA, COSTS, byIdDescending(inCastOrder)));
    }
  }

  private static Map<ActorId, Ballot> byIdDescending(Map<ActorId, Ballot> ballots) {
    Map<ActorId, Ballot> descending =
        new TreeMap<>(Comparator.comparing(ActorId::value).reversed());
    descending.putAll(ballots);
    return descending;
  }

  private static Ballot ballot(BallotRule rule, SplittableRandom r) {
    List<ProposalId> shuffled = new ArrayList<>(AGENDA);
    Collections.shuffle(shuffled, new java.util.Random(r.nextLong()));
    if (rule.kind() == BallotRule.Kind.RANKED) {
      return Ballot.Ranking.strict(shuffled.toArray(ProposalId[]::new));
    }
    return Ballot.Approvals.of(
        ImmutableList.copyOf(shuffled.subList(0, r.nextInt(AGENDA.size() + 1)))
            .toArray(ProposalId[]::new));
  }
}
