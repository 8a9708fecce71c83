package org.concertation.api.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.ProposalId;
import org.junit.jupiter.api.Test;

class BallotRuleTest {
  private static final ProposalId P1 = ProposalId.of("p1");
  private static final ProposalId P2 = ProposalId.of("p2");

  @Test
  void aRankedRuleChoosesOneWinnerFromRankings() {
    BallotRule schulze = BallotRule.ranked("schulze");
    assertThat(schulze.seats()).isEqualTo(1);
    assertThat(schulze.judges()).isFalse();
    assertThat(schulze.ballotKind()).isEqualTo(Ballot.Kind.RANKING);
    assertThat(BallotRule.stv(3).seats()).isEqualTo(3);
  }

  @Test
  void aBudgetRuleCountsApprovalsWithinItsEnvelopeAndHasNoSeats() {
    BallotRule mes = BallotRule.budget("mes", 5000).withIncrement("1%").withGreedyCompletion(true);
    assertThat(mes.ballotKind()).isEqualTo(Ballot.Kind.APPROVALS);
    assertThat(mes.seats()).isZero();
    assertThat(mes.budget()).contains(new BudgetTerms(5000, "cost", true, Optional.of("1%"), 0));
    assertThatThrownBy(() -> mes.choosing(2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aJudgingRuleNeedsAThresholdOnItsScale() {
    BallotRule judging = BallotRule.score(5).judging(3);
    assertThat(judging.judges()).isTrue();
    assertThat(judging.seats()).isZero();
    assertThat(judging.choosing(1).judges()).isFalse();
    assertThatThrownBy(() -> BallotRule.score(5).judging(6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid threshold '6' of rule 'score': not on the scale 0..5");
    assertThatThrownBy(() -> BallotRule.ranked("borda").judging(1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aWithErReturnsTheSameRuleWhenNothingChanges() {
    BallotRule rule = BallotRule.approval();
    assertThat(rule.withQuorum(Quorum.NONE)).isSameAs(rule);
    assertThat(rule.withCollegeWeights(false)).isSameAs(rule);
    assertThat(rule.choosing(1)).isSameAs(rule);
  }

  @Test
  void theApprovalKindIsTheApprovalRuleOnTheApprovalScale() {
    assertThatThrownBy(
            () ->
                new BallotRule(
                    BallotRule.Kind.APPROVAL,
                    "score",
                    1,
                    Optional.of(GradeScale.approval()),
                    Optional.empty(),
                    Optional.empty(),
                    Quorum.NONE,
                    false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("approval");
  }

  @Test
  void aGradeScaleNamesDistinctGradesFromItsLowest() {
    GradeScale gradients = GradeScale.gradientsOfAgreement();
    assertThat(gradients.lowest()).isEqualTo(1);
    assertThat(gradients.highest()).isEqualTo(8);
    assertThat(gradients.name(8)).isEqualTo("veto");
    assertThatThrownBy(() -> GradeScale.named("good", "good"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'good'");
  }

  @Test
  void aRankingKeepsARepeatedProposalSoThatTheMachineCanRefuseIt() {
    Ballot.Ranking ranking = Ballot.Ranking.of(List.of(List.of(P1), List.of(P2, P1)));
    assertThat(ranking.repeated()).contains(P1);
    assertThat(ranking.proposals()).containsExactly(P1, P2);
    assertThat(Ballot.Ranking.strict(P2, P1).repeated()).isEmpty();
    assertThatThrownBy(() -> Ballot.Ranking.of(List.of(List.of())))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
