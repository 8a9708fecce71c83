package org.concertation.core.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.ProposalId;
import org.concertation.core.exact.Q;
import org.junit.jupiter.api.Test;

class BallotCountTest {
  private static final ProposalId P1 = ProposalId.of("p1");
  private static final ProposalId P2 = ProposalId.of("p2");
  private static final ProposalId P3 = ProposalId.of("p3");
  private static final ActorId ANA = ActorId.of("ana");
  private static final ActorId BOB = ActorId.of("bob");
  private static final ActorId CLE = ActorId.of("cle");
  private static final List<ProposalId> AGENDA = List.of(P1, P2, P3);

  private static final Map<ActorId, Ballot> RANKINGS =
      Map.of(
          ANA, Ballot.Ranking.strict(P1, P2, P3),
          BOB, Ballot.Ranking.strict(P2, P1, P3),
          CLE, Ballot.Ranking.strict(P1, P3, P2));

  @Test
  void theSameBallotsCountAlikeWhateverTheOrderTheyComeIn() {
    BallotCount one = BallotCount.count(BallotRule.ranked("borda"), AGENDA, Map.of(), RANKINGS);
    BallotCount other =
        BallotCount.count(
            BallotRule.ranked("borda"),
            AGENDA,
            Map.of(),
            new java.util.TreeMap<>(RANKINGS).descendingMap());
    assertThat(one).isEqualTo(other);
    assertThat(one.chosen()).containsExactly(P1);
  }

  @Test
  void equalWeightsChooseAsOneVoterOneVote() {
    Map<ActorId, Q> equal = Map.of(ANA, q(1, 3), BOB, q(1, 3), CLE, q(1, 3));
    BallotCount weighted =
        BallotCount.count(BallotRule.ranked("schulze"), AGENDA, Map.of(), RANKINGS, equal);
    BallotCount plain = BallotCount.count(BallotRule.ranked("schulze"), AGENDA, Map.of(), RANKINGS);
    assertThat(weighted.chosen()).isEqualTo(plain.chosen());
    assertThat(weighted.choice().orElseThrow().ranking())
        .isEqualTo(plain.choice().orElseThrow().ranking());
    // the tallies are in weight: the three voters weigh one together
    assertThat(weighted.choice().orElseThrow().details()).containsEntry("totalWeight", 1L);
  }

  @Test
  void unequalWeightsCountEachBallotWithItsWeight() {
    // borda one voter one vote: p1 2 + 1 + 2 = 5, p2 1 + 2 + 0 = 3, p3 0 + 0 + 1 = 1;
    // bob weighing 3: p1 2 + 3 + 2 = 7, p2 1 + 6 + 0 = 7, p3 1: a tie of p1 and p2
    Map<ActorId, Q> weights = Map.of(ANA, Q.ONE, BOB, Q.of(3), CLE, Q.ONE);
    BallotCount weighted =
        BallotCount.count(BallotRule.ranked("borda"), AGENDA, Map.of(), RANKINGS, weights);
    assertThat(BallotCount.count(BallotRule.ranked("borda"), AGENDA, Map.of(), RANKINGS).chosen())
        .containsExactly(P1);
    assertThat(weighted.tie()).isTrue();
    assertThat(weighted.chosen()).containsExactlyInAnyOrder(P1, P2);
  }

  @Test
  void weightsThatMissAVoterAreAProgrammingError() {
    Map<ActorId, Q> weights = Map.of(ANA, Q.of(2), BOB, Q.ONE);
    assertThatThrownBy(
            () ->
                BallotCount.count(
                    BallotRule.ranked("schulze"), AGENDA, Map.of(), RANKINGS, weights))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cle");
  }

  @Test
  void eachCollegeWeighsItsWeightSharedAmongItsVotersInTheRound() {
    CollegeId big = CollegeId.of("big");
    CollegeId small = CollegeId.of("small");
    CollegeId absent = CollegeId.of("absent");
    assertThat(
            BallotCount.collegeWeights(
                List.of(ANA, BOB, CLE, ActorId.of("dan")),
                Map.of(ANA, big, BOB, big, CLE, small, ActorId.of("eve"), absent),
                Map.of(big, 3, small, 2, absent, 5)))
        .containsExactly(Map.entry(ANA, q(3, 2)), Map.entry(BOB, q(3, 2)), Map.entry(CLE, Q.of(2)));
  }

  @Test
  void aRuleWithoutCollegeWeightsCountsOneVoterOneVoteWhateverTheColleges() {
    CollegeId big = CollegeId.of("big");
    CollegeId small = CollegeId.of("small");
    BallotCount plain = BallotCount.count(BallotRule.ranked("borda"), AGENDA, Map.of(), RANKINGS);
    assertThat(
            BallotCount.count(
                BallotRule.ranked("borda"),
                AGENDA,
                Map.of(),
                RANKINGS,
                Map.of(ANA, big, BOB, small, CLE, big),
                Map.of(big, 1, small, 7)))
        .isEqualTo(plain);
  }

  @Test
  void aBallotOfAnotherKindThanTheRuleCountsIsAProgrammingError() {
    assertThatThrownBy(
            () ->
                BallotCount.count(
                    BallotRule.approval(),
                    AGENDA,
                    Map.of(),
                    Map.of(ANA, Ballot.Ranking.strict(P1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("approval");
  }

  @Test
  void underATieOnlyTheWinnersOfTiersThatFitTheSeatsAreClearlyChosen() {
    BallotCount tied =
        BallotCount.count(
            BallotRule.ranked("plurality", 2),
            AGENDA,
            Map.of(),
            Map.of(
                ANA, Ballot.Ranking.strict(P1),
                BOB, Ballot.Ranking.strict(P1),
                CLE, Ballot.Ranking.strict(P2)));
    assertThat(tied.tie()).isFalse();
    BallotCount tiedForSecond =
        BallotCount.count(
            BallotRule.ranked("plurality", 2),
            List.of(P1, P2, P3, ProposalId.of("p4")),
            Map.of(),
            Map.of(
                ANA,
                Ballot.Ranking.strict(P1),
                BOB,
                Ballot.Ranking.strict(P1),
                CLE,
                Ballot.Ranking.strict(P2),
                ActorId.of("dan"),
                Ballot.Ranking.strict(P3)));
    assertThat(tiedForSecond.tie()).isTrue();
    assertThat(tiedForSecond.chosen()).containsExactly(P1, P2, P3);
    assertThat(tiedForSecond.clearlyChosen()).containsExactly(P1);
  }

  @Test
  void rankedPairsCountsAnAgendaOfEightTiedProposals() {
    List<ProposalId> eight = new java.util.ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      eight.add(ProposalId.of("q" + i));
    }
    BallotCount count =
        BallotCount.count(
            BallotRule.ranked("ranked-pairs"),
            eight,
            Map.of(),
            Map.of(ANA, Ballot.Ranking.of(List.of(eight))));
    assertThat(count.tie()).isTrue();
  }

  @Test
  void aCostIsCountedInWholeUnitsOnly() {
    assertThat(
            BallotCount.wholeCost(org.concertation.api.domain.ProposalContent.of("a", "b", 1200)))
        .hasValue(1200);
    assertThat(
            BallotCount.wholeCost(
                new org.concertation.api.domain.ProposalContent(
                    "a",
                    "b",
                    com.google.common.collect.ImmutableSet.of(),
                    java.util.Optional.of(new java.math.BigDecimal("12.50")))))
        .isEmpty();
  }

  /** The exact rational {@code num / den}. */
  private static Q q(long num, long den) {
    return Q.of(java.math.BigInteger.valueOf(num), java.math.BigInteger.valueOf(den));
  }
}
