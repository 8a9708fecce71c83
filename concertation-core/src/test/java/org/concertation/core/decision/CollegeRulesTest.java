package org.concertation.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.decision.Explained.explained;
import static org.concertation.core.decision.Fixtures.abstain;
import static org.concertation.core.decision.Fixtures.electorate;
import static org.concertation.core.decision.Fixtures.oppose;
import static org.concertation.core.decision.Fixtures.positions;
import static org.concertation.core.decision.Fixtures.support;
import static org.concertation.core.decision.Fixtures.take;
import static org.concertation.core.decision.Fixtures.voters;

import java.util.ArrayList;
import java.util.List;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.decision.Electorate;
import org.concertation.api.decision.Fraction;
import org.concertation.api.decision.Outcome;
import org.concertation.api.decision.TieBreak;
import org.concertation.api.decision.Verdict;
import org.concertation.api.domain.Position;
import org.concertation.api.domain.Stance;
import org.junit.jupiter.api.Test;

class CollegeRulesTest {
  /**
   * Inhabitants a1..a4 with weight 1, institutions b1..b3 with weight 3, free1..free5 without
   * college.
   */
  private static final Electorate TOWN =
      electorate()
          .college("inhabitants", 1, "a", 4)
          .college("institutions", 3, "b", 3)
          .voters("free", 5)
          .build();

  // weighted colleges

  @Test
  void weightedCollegesWeighEachCollegesShareByTheCollegesWeight() {
    List<Position> positions =
        positions(support("a1"), take(Stance.OPPOSE, "a", 2, 4), take(Stance.SUPPORT, "b", 1, 3));

    Outcome weighted = PositionRules.decide(DecisionRule.weightedColleges(), TOWN, positions);
    Outcome simple = PositionRules.decide(DecisionRule.simpleMajority(), TOWN, positions);

    assertThat(weighted.verdict()).isEqualTo(Verdict.ADOPTED);
    assertThat(weighted.tally().share()).isEqualTo(Fraction.of(13, 16));
    assertThat(explained(weighted))
        .isEqualTo(
            "adopted: 4 for, 3 against, 0 abstaining; weighted share 13/16 > 1/2"
                + " over 'inhabitants' 1/4 (weight 1), 'institutions' 1/1 (weight 3)");
    assertThat(simple.tally().share()).isEqualTo(Fraction.of(4, 7));
  }

  @Test
  void weightedCollegesLeaveOutACollegeWithNoPositionForOrAgainst() {
    List<Position> positions =
        positions(take(Stance.ABSTAIN, "a", 1, 4), support("b1"), oppose("b2"), support("b3"));

    Outcome outcome = PositionRules.decide(DecisionRule.weightedColleges(), TOWN, positions);

    assertThat(outcome.verdict()).isEqualTo(Verdict.ADOPTED);
    assertThat(outcome.tally().share()).isEqualTo(Fraction.of(2, 3));
    assertThat(explained(outcome)).endsWith("over 'institutions' 2/3 (weight 3)");
  }

  @Test
  void weightedCollegesLeaveVotersWithoutACollegeOutOfTheShareButNotOutOfTheTally() {
    List<Position> positions = positions(support("a1"), take(Stance.OPPOSE, "free", 1, 5));

    Outcome outcome = PositionRules.decide(DecisionRule.weightedColleges(), TOWN, positions);

    assertThat(outcome.verdict()).isEqualTo(Verdict.ADOPTED);
    assertThat(outcome.tally().share()).isEqualTo(Fraction.ONE);
    assertThat(outcome.tally().count(Stance.OPPOSE)).isEqualTo(5);
    assertThat(outcome.tally().cast()).isEqualTo(6);
  }

  @Test
  void weightedCollegesRejectWhenNoCollegeHasAPositionForOrAgainst() {
    Outcome outcome =
        PositionRules.decide(
            DecisionRule.weightedColleges(), TOWN, take(Stance.SUPPORT, "free", 1, 5));

    assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(outcome.tie()).isFalse();
    assertThat(outcome.tally().share()).isEqualTo(Fraction.ZERO);
    assertThat(explained(outcome)).endsWith("; no position for or against in any college");
  }

  @Test
  void weightedCollegesTieAtOneHalfAndFollowTheTieBreak() {
    Electorate electorate =
        electorate().college("inhabitants", 2, "a", 4).college("institutions", 1, "b", 1).build();
    List<Position> positions =
        positions(support("a1"), take(Stance.OPPOSE, "a", 2, 4), support("b1"));

    Outcome statusQuo =
        PositionRules.decide(DecisionRule.weightedColleges(), electorate, positions);
    Outcome carryOver =
        PositionRules.decide(
            DecisionRule.weightedColleges().withTieBreak(TieBreak.CARRY_OVER),
            electorate,
            positions);

    assertThat(statusQuo.tally().share()).isEqualTo(Fraction.HALF);
    assertThat(statusQuo.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(statusQuo.tie()).isTrue();
    assertThat(carryOver.verdict()).isEqualTo(Verdict.TIED);
    assertThat(carryOver.tie()).isTrue();
  }

  @Test
  void weightedCollegesCompareExactlyWhenTheMeanOutgrowsALong() {
    int[] sizes = {1499, 1511, 1523, 1531, 1543, 1549};
    Fixtures.ElectorateBuilder builder = electorate();
    List<Position> positions = new ArrayList<>();
    for (int c = 0; c < sizes.length; c++) {
      String prefix = "c" + c + "-";
      builder.college("college" + c, 1, prefix, sizes[c]);
      int inFavour = (sizes[c] + 1) / 2;
      positions.addAll(take(Stance.SUPPORT, prefix, 1, inFavour));
      positions.addAll(take(Stance.OPPOSE, prefix, inFavour + 1, sizes[c]));
    }

    Outcome outcome =
        PositionRules.decide(DecisionRule.weightedColleges(), builder.build(), positions);

    // The exact mean is 12631155314836275265/25245764734749837598, whose denominator needs 65 bits.
    assertThat(outcome.verdict()).isEqualTo(Verdict.ADOPTED);
    assertThat(outcome.tally().share())
        .isEqualTo(Fraction.of(4363350135040273538L, 8720984598707194365L));
    assertThat(explained(outcome))
        .contains("weighted share \u2248 4363350135040273538/8720984598707194365 > 1/2");
  }

  // college majority

  @Test
  void collegeMajorityNeedsAMajorityInsideEveryCollege() {
    List<Position> positions =
        positions(
            take(Stance.SUPPORT, "a", 1, 3),
            oppose("a4"),
            support("b1"),
            take(Stance.OPPOSE, "b", 2, 3));

    Outcome college = PositionRules.decide(DecisionRule.collegeMajority(), TOWN, positions);
    Outcome simple = PositionRules.decide(DecisionRule.simpleMajority(), TOWN, positions);

    assertThat(college.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(college.tally().share()).isEqualTo(Fraction.of(1, 3));
    assertThat(explained(college))
        .isEqualTo(
            "rejected: 4 for, 3 against, 0 abstaining;"
                + " lowest share of 2 colleges, in 'institutions', 1/3 < 1/2");
    assertThat(simple.verdict()).isEqualTo(Verdict.ADOPTED);
  }

  @Test
  void collegeMajorityAdoptsWhenEveryCollegePassesAndShowsTheLowestShare() {
    List<Position> positions =
        positions(
            take(Stance.SUPPORT, "a", 1, 3),
            oppose("a4"),
            take(Stance.SUPPORT, "b", 1, 2),
            oppose("b3"));

    Outcome outcome = PositionRules.decide(DecisionRule.collegeMajority(), TOWN, positions);

    assertThat(outcome.verdict()).isEqualTo(Verdict.ADOPTED);
    assertThat(outcome.tally().share()).isEqualTo(Fraction.of(2, 3));
    assertThat(explained(outcome))
        .endsWith("lowest share of 2 colleges, in 'institutions', 2/3 > 1/2");
  }

  @Test
  void collegeMajorityFailsACollegeWithMembersButNoPositionForOrAgainst() {
    List<Position> positions = positions(take(Stance.SUPPORT, "a", 1, 4), abstain("b1"));

    Outcome outcome = PositionRules.decide(DecisionRule.collegeMajority(), TOWN, positions);

    assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(outcome.tally().share()).isEqualTo(Fraction.ZERO);
    assertThat(explained(outcome))
        .endsWith("; no position for or against in college 'institutions'");
  }

  @Test
  void collegeMajorityIgnoresCollegesWithoutMembers() {
    Electorate electorate =
        electorate().college("inhabitants", 1, "a", 2).college("associations", 1, "x", 0).build();

    Outcome outcome =
        PositionRules.decide(
            DecisionRule.collegeMajority(), electorate, take(Stance.SUPPORT, "a", 1, 2));

    assertThat(outcome.verdict()).isEqualTo(Verdict.ADOPTED);
    assertThat(explained(outcome))
        .endsWith("lowest share of 1 college, in 'inhabitants', 1/1 > 1/2");
  }

  @Test
  void collegeMajorityLeavesVotersWithoutACollegeOutOfTheDecision() {
    List<Position> positions =
        positions(support("a1"), support("b1"), take(Stance.OPPOSE, "free", 1, 5));

    Outcome outcome = PositionRules.decide(DecisionRule.collegeMajority(), TOWN, positions);

    assertThat(outcome.verdict()).isEqualTo(Verdict.ADOPTED);
  }

  @Test
  void collegeMajorityTiesWhenOneCollegeTiesAndNoneFails() {
    List<Position> positions =
        positions(take(Stance.SUPPORT, "a", 1, 3), support("b1"), oppose("b2"), abstain("b3"));

    Outcome statusQuo = PositionRules.decide(DecisionRule.collegeMajority(), TOWN, positions);
    Outcome carryOver =
        PositionRules.decide(
            DecisionRule.collegeMajority().withTieBreak(TieBreak.CARRY_OVER), TOWN, positions);

    assertThat(statusQuo.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(statusQuo.tie()).isTrue();
    assertThat(carryOver.verdict()).isEqualTo(Verdict.TIED);
    assertThat(carryOver.tie()).isTrue();
    assertThat(carryOver.tally().share()).isEqualTo(Fraction.HALF);
  }

  @Test
  void aFailingCollegeOutweighsATiedOne() {
    List<Position> positions = positions(support("a1"), oppose("a2"), oppose("b1"));

    Outcome outcome =
        PositionRules.decide(
            DecisionRule.collegeMajority().withTieBreak(TieBreak.CARRY_OVER), TOWN, positions);

    assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(outcome.tie()).isFalse();
  }

  @Test
  void collegeMajorityRejectsWhenNoCollegeHasMembers() {
    Outcome outcome =
        PositionRules.decide(
            DecisionRule.collegeMajority(), voters("v", 3), take(Stance.SUPPORT, "v", 1, 3));

    assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(explained(outcome)).endsWith("; no college has eligible members");
  }

  @Test
  void aQualifiedCollegeMajorityAdoptsWhenTheLowestCollegeIsExactlyAtTheThreshold() {
    List<Position> positions =
        positions(take(Stance.SUPPORT, "a", 1, 4), take(Stance.SUPPORT, "b", 1, 2), oppose("b3"));

    Outcome outcome =
        PositionRules.decide(
            DecisionRule.collegeMajority().withThreshold(Fraction.of(2, 3)), TOWN, positions);

    assertThat(outcome.verdict()).isEqualTo(Verdict.ADOPTED);
    assertThat(outcome.tie()).isFalse();
  }
}
