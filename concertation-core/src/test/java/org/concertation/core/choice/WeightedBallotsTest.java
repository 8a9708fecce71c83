package org.concertation.core.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.concertation.core.exact.Q;
import org.junit.jupiter.api.Test;

/** Weighted ballots counted by hand, one example per family of rules. */
class WeightedBallotsTest {
  private static Q q(long num, long den) {
    return Q.of(BigInteger.valueOf(num), BigInteger.valueOf(den));
  }

  /**
   * Two colleges of weight 1 each: three inhabitants rank X > Y > Z (1/3 each), one association
   * ranks Y > X > Z (weight 1), so each college weighs 1 whatever its size.
   */
  private static final Profile COLLEGES =
      Profile.weighted(
          List.of("X", "Y", "Z"),
          List.of(RankedBallot.strict(3, "X", "Y", "Z"), RankedBallot.strict(1, "Y", "X", "Z")),
          List.of(q(1, 3), Q.ONE));

  @Test
  void theWeightUnitIsTheGreatestCommonDivisorOfTheWeights() {
    // gcd(1/3, 1) = 1/3; total weight 3 * 1/3 + 1 * 1 = 2.
    assertThat(COLLEGES.weightUnit()).isEqualTo(q(1, 3));
    assertThat(COLLEGES.totalWeight()).isEqualTo(Q.of(2));
    assertThat(COLLEGES.voters()).isEqualTo(4);
    assertThat(COLLEGES.weights()).containsExactly(q(1, 3), Q.ONE);
  }

  @Test
  void pluralityAndBordaCountWeightsNotHeads() {
    // Plurality: X 3 * 1/3 = 1, Y 1; a tie, where the heads give X 3 to 1.
    ChoiceOutcome plurality = RankedRule.PLURALITY.apply(COLLEGES);
    assertThat(plurality.winners()).containsExactly("X", "Y");
    assertThat(plurality.tie()).isTrue();
    assertThat(plurality.details().get("scores")).isEqualTo(Map.of("X", 1L, "Y", 1L, "Z", 0L));
    // Borda: X 1 * 2 + 1 * 1 = 3, Y 1 * 1 + 1 * 2 = 3, Z 0.
    assertThat(RankedRule.BORDA.apply(COLLEGES).details().get("scores"))
        .isEqualTo(Map.of("X", 3L, "Y", 3L, "Z", 0L));
  }

  @Test
  void pairwiseRulesCompareWeights() {
    // With weights 1/3 and 1, X > Y and Y > X both weigh 1. With the association at 3/2 instead:
    Profile heavier =
        Profile.weighted(COLLEGES.candidates(), COLLEGES.ballots(), List.of(q(1, 3), q(3, 2)));
    // Now Y > X weighs 3/2 against 1: Y is the Condorcet winner, with margin 1/2.
    for (RankedRule rule :
        List.of(
            RankedRule.COPELAND, RankedRule.SCHULZE, RankedRule.RANKED_PAIRS, RankedRule.KEMENY)) {
      assertThat(rule.apply(heavier).winners()).as(rule.label()).containsExactly("Y");
    }
    assertThat(heavier.pairwise().condorcetWinner()).contains("Y");
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> pairwise =
        (Map<String, Map<String, Object>>)
            RankedRule.MINIMAX.apply(heavier).details().get("pairwise");
    assertThat(pairwise.get("Y").get("X")).isEqualTo(q(3, 2).toNumber());
    assertThat(pairwise.get("X").get("Y")).isEqualTo(1L);
  }

  @Test
  void stvUsesTheDroopQuotaOnTheTotalWeightInWeightUnits() {
    // Weights 1/3 and 3/2: unit gcd(1/3, 3/2) = 1/6, total 1 + 3/2 = 5/2 = 15 units. For 1 seat the
    // quota is floor(15 / 2) + 1 = 8 units = 4/3: Y's 3/2 reaches it, X's 1 does not.
    Profile heavier =
        Profile.weighted(COLLEGES.candidates(), COLLEGES.ballots(), List.of(q(1, 3), q(3, 2)));
    ChoiceOutcome stv = RankedRule.STV.apply(heavier);
    assertThat(heavier.weightUnit()).isEqualTo(q(1, 6));
    assertThat(stv.details().get("quota")).isEqualTo(q(4, 3).toNumber());
    assertThat(stv.winners()).containsExactly("Y");
    // Y's surplus 3/2 - 4/3 = 1/6 moves on at 1/6 / (3/2) = 1/9.
    assertThat(stv.explanation())
        .contains("Y reaches the quota, surplus transferred at " + q(1, 9).toNumber());
  }

  @Test
  void instantRunoffEliminatesTheLeastWeight() {
    // A: 2 voters of 1/2 rank A > C (weight 1); B: 1 voter of 3/4 ranks B > C; C: 1 voter of 1
    // ranks
    // C > B. Round 1: A 1, B 3/4, C 1 of 11/4: no majority, B goes. Round 2: C 3/4 + 1 = 7/4 of
    // 11/4, a majority.
    Profile profile =
        Profile.weighted(
            List.of("A", "B", "C"),
            List.of(
                RankedBallot.strict(2, "A", "C"),
                RankedBallot.strict(1, "B", "C"),
                RankedBallot.strict(1, "C", "B")),
            List.of(q(1, 2), q(3, 4), Q.ONE));
    ChoiceOutcome irv = RankedRule.IRV.apply(profile);
    assertThat(irv.winners()).containsExactly("C");
    assertThat(irv.explanation()).contains("eliminated B").contains("C has a majority of 2.75");
  }

  @Test
  void majorityJudgmentTakesTheWeightedLowerMedian() {
    // Voters of weights 1/2, 1/4, 1/4 (unit 1/4: 2, 1, 1 units). A gets 3, 1, 2: sorted units
    // 1, 2, 3, 3, lower median 2. B gets 1, 3, 3: units 1, 1, 3, 3, lower median 1. Unweighted,
    // A's grades 1, 2, 3 have median 2 and B's 1, 3, 3 median 3, so B would win.
    List<GradedProfile.Ballot> ballots =
        List.of(
            GradedProfile.Ballot.of(1, 3, 1),
            GradedProfile.Ballot.of(1, 1, 3),
            GradedProfile.Ballot.of(1, 2, 3));
    GradedProfile weighted =
        GradedProfile.weighted(List.of("A", "B"), ballots, List.of(q(1, 2), q(1, 4), q(1, 4)));
    assertThat(GradedRule.MAJORITY_JUDGMENT.apply(weighted).winners()).containsExactly("A");
    assertThat(GradedRule.MAJORITY_JUDGMENT.apply(weighted).details().get("majorityGrades"))
        .isEqualTo(Map.of("A", 2, "B", 1));
    assertThat(
            GradedRule.MAJORITY_JUDGMENT
                .apply(GradedProfile.of(List.of("A", "B"), ballots))
                .winners())
        .containsExactly("B");
  }

  @Test
  void approvalAndScoreSumWeights() {
    // Approval: A by 1/2 + 1/4 = 3/4, B by 1/4 + 1/4 = 1/2. Score: A 3/2 + 1/4 + 1/2 = 9/4, B 1/2
    // + 3/4 + 3/4 = 2.
    GradedProfile approvals =
        GradedProfile.weighted(
            List.of("A", "B"),
            List.of(
                GradedProfile.Ballot.of(1, 1, 0),
                GradedProfile.Ballot.of(1, 1, 1),
                GradedProfile.Ballot.of(1, 0, 1)),
            List.of(q(1, 2), q(1, 4), q(1, 4)));
    assertThat(GradedRule.APPROVAL.apply(approvals).details().get("approvals"))
        .isEqualTo(Map.of("A", q(3, 4).toNumber(), "B", q(1, 2).toNumber()));
    GradedProfile grades =
        GradedProfile.weighted(
            List.of("A", "B"),
            List.of(
                GradedProfile.Ballot.of(1, 3, 1),
                GradedProfile.Ballot.of(1, 1, 3),
                GradedProfile.Ballot.of(1, 2, 3)),
            List.of(q(1, 2), q(1, 4), q(1, 4)));
    assertThat(GradedRule.SCORE.apply(grades).details().get("scores"))
        .isEqualTo(Map.of("A", q(9, 4).toNumber(), "B", 2L));
    assertThat(GradedRule.SCORE.apply(grades).winners()).containsExactly("A");
  }

  @Test
  void refusesMissingNonPositiveOrTooFineWeights() {
    List<RankedBallot> ballots = COLLEGES.ballots();
    assertThatThrownBy(() -> Profile.weighted(COLLEGES.candidates(), ballots, List.of(Q.ONE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 ballots but 1 weights");
    assertThatThrownBy(
            () -> Profile.weighted(COLLEGES.candidates(), ballots, List.of(Q.ONE, Q.ZERO)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid weight '0'");
    assertThatThrownBy(
            () ->
                Profile.weighted(
                    COLLEGES.candidates(),
                    ballots,
                    List.of(Q.ONE, Q.of(BigInteger.ONE, BigInteger.TEN.pow(30)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("total weight exceeds");
    assertThatThrownBy(() -> Profile.weighted(COLLEGES.candidates(), ballots, null))
        .isInstanceOf(NullPointerException.class);
  }
}
