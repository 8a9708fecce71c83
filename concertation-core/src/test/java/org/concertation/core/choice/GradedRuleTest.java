package org.concertation.core.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GradedRuleTest {
  /**
   * Grades per voter (columns A, B, C): A gets 0, 2, 2, 3; B gets 1, 2, 2, 2; C gets 2, 2, 2, 2.
   */
  private static final GradedProfile MJ =
      GradedProfile.of(
          List.of("A", "B", "C"),
          List.of(
              GradedProfile.Ballot.of(1, 0, 1, 2),
              GradedProfile.Ballot.of(1, 2, 2, 2),
              GradedProfile.Ballot.of(1, 2, 2, 2),
              GradedProfile.Ballot.of(1, 3, 2, 2)));

  @Test
  void majorityJudgmentBreaksEqualMedianGradesByRemovingMedians() {
    // All three have the majority grade 2. Removing one 2: A 0,2,3 -> 2; B 1,2,2 -> 2; C 2,2,2 ->
    // 2.
    // Removing another 2: A 0,3 -> 0; B 1,2 -> 1; C 2,2 -> 2. So C > B > A.
    ChoiceOutcome outcome = GradedRule.MAJORITY_JUDGMENT.apply(MJ);
    assertThat(outcome.ranking()).isEqualTo(List.of(List.of("C"), List.of("B"), List.of("A")));
    assertThat(outcome.details().get("majorityGrades"))
        .isEqualTo(java.util.Map.of("A", 2, "B", 2, "C", 2));
    assertThat(outcome.tie()).isFalse();
  }

  @Test
  void majorityJudgmentTiesIdenticalDistributions() {
    GradedProfile profile =
        GradedProfile.of(
            List.of("A", "B"),
            List.of(GradedProfile.Ballot.of(2, 1, 3), GradedProfile.Ballot.of(2, 3, 1)));
    ChoiceOutcome outcome = GradedRule.MAJORITY_JUDGMENT.apply(profile);
    assertThat(outcome.winners()).containsExactly("A", "B");
    assertThat(outcome.tie()).isTrue();
  }

  @Test
  void majorityJudgmentUsesTheLowerMedian() {
    // A: 1, 4 -> lower median 1; B: 2, 2 -> 2. B wins although A's mean is higher.
    GradedProfile profile =
        GradedProfile.of(
            List.of("A", "B"),
            List.of(GradedProfile.Ballot.of(1, 1, 2), GradedProfile.Ballot.of(1, 4, 2)));
    assertThat(GradedRule.MAJORITY_JUDGMENT.apply(profile).winners()).containsExactly("B");
    assertThat(GradedRule.SCORE.apply(profile).winners()).containsExactly("A");
  }

  @Test
  void scoreSumsGrades() {
    assertThat(GradedRule.SCORE.apply(MJ).details().get("scores"))
        .isEqualTo(java.util.Map.of("A", 7L, "B", 7L, "C", 8L));
  }

  @Test
  void approvalCountsPositiveGrades() {
    ChoiceOutcome outcome = GradedRule.APPROVAL.apply(MJ, 2);
    // A: 3 voters above 0, B and C: 4 each; two seats go to B and C.
    assertThat(outcome.winners()).containsExactly("B", "C");
    assertThat(outcome.tie()).isFalse();
  }

  @Test
  void gradientsOfAgreementRankAVetoedProposalLast() {
    // P has strong support but one veto (8); Q has mild support and no veto; Q reaches consensus.
    GradedProfile profile =
        GradedProfile.of(
            List.of("P", "Q"),
            List.of(GradedProfile.Ballot.of(5, 1, 3), GradedProfile.Ballot.of(1, 8, 6)));
    ChoiceOutcome outcome = GradedRule.GRADIENTS_OF_AGREEMENT.apply(profile);
    assertThat(outcome.winners()).containsExactly("Q");
    assertThat(outcome.explanation())
        .contains("Q: 5 support, 0 serious disagreement, 0 veto (consensus)");
  }

  @Test
  void gradientsOfAgreementRefuseGradesOutsideTheScale() {
    GradedProfile profile = GradedProfile.of(List.of("P"), List.of(GradedProfile.Ballot.of(1, 9)));
    assertThatThrownBy(() -> GradedRule.GRADIENTS_OF_AGREEMENT.apply(profile))
        .hasMessage("Invalid gradient '9' for 'P': must be from 1 to 8");
  }
}
