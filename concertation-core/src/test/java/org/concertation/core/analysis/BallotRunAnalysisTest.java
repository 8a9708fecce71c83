package org.concertation.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.analysis.Drive.ASSO;
import static org.concertation.core.analysis.Drive.FACILITATOR;
import static org.concertation.core.analysis.Drive.INES;
import static org.concertation.core.analysis.Drive.LANDLORD;
import static org.concertation.core.analysis.Drive.OWNER;
import static org.concertation.core.analysis.Drive.P1;
import static org.concertation.core.analysis.Drive.P2;

import java.util.Map;
import org.concertation.api.charter.Charter;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.Role;
import org.concertation.core.Charters;
import org.junit.jupiter.api.Test;

/** The run analysis reads a ballot round as a decision the participants took by their ballots. */
class BallotRunAnalysisTest {
  /** An envelope for one of the two proposals of 1,000 each. */
  private static final BallotRule GREEDY = BallotRule.budget("greedy", 1_500);

  private static Charter budgetFirst(Charter charter) {
    return Charter.builder().from(charter).ballotRules(Map.of(1, GREEDY)).build();
  }

  private static final Charter PROJECT = budgetFirst(Charters.projectLogic());
  private static final Charter MISSION = budgetFirst(Charters.missionLogic());

  /** Project logic: Inès's p1 and the association's p2; the budget round funds p1 only. */
  private static Drive projectBudgetRound() {
    return new Drive(PROJECT)
        .register(OWNER, OWNER, Role.PROJECT_OWNER)
        .register(OWNER, FACILITATOR, Role.FACILITATOR)
        .register(OWNER, LANDLORD, Role.PARTICIPANT)
        .register(INES, INES, Role.PARTICIPANT)
        .register(ASSO, ASSO, Role.PARTICIPANT)
        .advance(OWNER)
        .identify(INES)
        .validate(FACILITATOR)
        .contribute(INES)
        .contribute(ASSO)
        .contribute(LANDLORD)
        .advance(FACILITATOR)
        .submit(INES, P1)
        .submit(ASSO, P2)
        .advance(FACILITATOR)
        .openRound(FACILITATOR, P1, P2)
        .ballot(INES, Ballot.Approvals.of(P1))
        .ballot(ASSO, Ballot.Approvals.of(P1))
        .ballot(LANDLORD, Ballot.Approvals.of(P2))
        .closeRound(FACILITATOR);
  }

  @Test
  void aBallotRoundIsADecisionTakenByItsVotersCountedByKind() {
    RunReport report = RunAnalysis.of(PROJECT, projectBudgetRound().events());
    assertThat(report.ballotRounds()).hasSize(1);
    BallotTurnout turnout = report.ballotRounds().get(0);
    assertThat(turnout.round()).isEqualTo(1);
    assertThat(turnout.rule()).isEqualTo("greedy");
    assertThat(turnout.ballots()).isEqualTo(3);
    assertThat(turnout.byKind())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(ActorKind.INHABITANT, 1, ActorKind.ASSOCIATION, 1, ActorKind.INSTITUTION, 1));
    assertThat(turnout.chosen()).containsExactly(P1);
    assertThat(turnout.adopted()).containsExactly(P1);
    assertThat(turnout.overruled()).isEmpty();
    Finding decision = report.actual().finding(ParticipationCriterion.DECISION);
    assertThat(decision.met()).isTrue();
    assertThat(decision.evidence().english()).startsWith("ballots cast by kinds: ");
    assertThat(report.observed()).contains(ParticipationCriterion.DECISION);
  }

  @Test
  void whatABallotRoundAdoptsCountsAsAdoptedWithItsAuthorsKinds() {
    RunReport report = RunAnalysis.of(PROJECT, projectBudgetRound().events());
    assertThat(report.adoptedBy()).containsOnlyKeys(P1);
    assertThat(report.adoptedBy().get(P1)).containsExactly(ActorKind.INHABITANT);
    assertThat(report.actual().finding(ParticipationCriterion.PROPOSALS).met()).isTrue();
    // both proposals were decided by the round, so both are owed an answer
    assertThat(report.unanswered()).containsExactly(P1, P2);
  }

  @Test
  void anOwnerDecliningWhatABudgetRoundSelectedOverrulesTheBallots() {
    Drive run =
        new Drive(MISSION)
            .register(OWNER, OWNER, Role.PROJECT_OWNER)
            .register(OWNER, LANDLORD, Role.PARTICIPANT)
            .register(INES, INES, Role.PARTICIPANT)
            .advance(OWNER)
            .identify(OWNER)
            .validate(OWNER)
            .contribute(LANDLORD)
            .advance(OWNER)
            .submit(LANDLORD, P1)
            .advance(OWNER)
            .openRound(OWNER, P1)
            .ballot(OWNER, Ballot.Approvals.of(P1))
            .ballot(LANDLORD, Ballot.Approvals.of(P1))
            .closeRound(OWNER)
            .answer(OWNER, P1, AnswerKind.DECLINED);
    RunReport report = RunAnalysis.of(MISSION, run.events());
    assertThat(report.overruled()).containsExactly(P1);
    assertThat(report.ballotRounds().get(0).overruled()).containsExactly(P1);
    assertThat(report.ballotRounds().get(0).byKind())
        .containsExactlyEntriesOf(Map.of(ActorKind.INSTITUTION, 2));
    assertThat(report.gaps())
        .anySatisfy(
            gap -> {
              assertThat(gap.criterion()).isEqualTo(ParticipationCriterion.NO_OVERRULE);
              assertThat(gap.observed().english())
                  .isEqualTo("the project owner declined p1, which the ballots of round 1 chose");
            });
    assertThat(report.actual().finding(ParticipationCriterion.NO_OVERRULE).met()).isFalse();
    Finding decision = report.actual().finding(ParticipationCriterion.DECISION);
    assertThat(decision.met()).as("no citizen cast a ballot").isFalse();
  }

  @Test
  void theLogicProfileSaysWhichRoundsTheBallotsDecide() {
    LogicProfile profile = LogicProfile.of(PROJECT);
    assertThat(profile.score(Dimension.PRINCIPLE))
        .isEqualTo(LogicProfile.of(Charters.projectLogic()).score(Dimension.PRINCIPLE));
    assertThat(profile.scores().get(Dimension.PRINCIPLE).evidence())
        .anySatisfy(
            line ->
                assertThat(line)
                    .endsWith("; ballot rounds, decided by the voters' ballots: 1 greedy"));
  }
}
