package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.process.Fixture.A1;
import static org.concertation.core.process.Fixture.ASSO;
import static org.concertation.core.process.Fixture.FACILITATOR;
import static org.concertation.core.process.Fixture.HOURS;
import static org.concertation.core.process.Fixture.I1;
import static org.concertation.core.process.Fixture.INES;
import static org.concertation.core.process.Fixture.IVAN;
import static org.concertation.core.process.Fixture.LANDLORD;
import static org.concertation.core.process.Fixture.O1;
import static org.concertation.core.process.Fixture.OWNER;
import static org.concertation.core.process.Fixture.P1;
import static org.concertation.core.process.Fixture.P2;
import static org.concertation.core.process.Fixture.P4;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.Map;
import org.concertation.api.charter.Activity;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Commitment;
import org.concertation.api.domain.IndicatorId;
import org.concertation.api.domain.ObjectiveId;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Entity;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.Charters;
import org.junit.jupiter.api.Test;

class ActionSpec {
  private static final ObjectiveId O2 = ObjectiveId.of("o2");
  private static final ActionId A2 = ActionId.of("a2");

  private final Fixture f = new Fixture();

  private Run launched() {
    return f.inAction(Charters.projectLogic()).ok(f.launch(FACILITATOR, A1, O1));
  }

  @Test
  void theFacilitatorAdoptsAnObjectiveFromAnAdoptedProposal() {
    Run run = f.p1Adopted(Charters.projectLogic());
    Command command = f.adopt(FACILITATOR, O1, P1);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(
                new Event.ObjectiveAdopted(
                    command.at(), FACILITATOR.id(), O1, "objective o1", ImmutableSet.of(P1)));
    assertThat(after.objectives().get(O1).from()).containsExactly(P1);
  }

  @Test
  void rejectsAnObjectiveFromAProposalNotAdopted() {
    Spec.given(f.p1Adopted(Charters.projectLogic()))
        .when(f.adopt(FACILITATOR, O1, P1, P2))
        .thenRejected(new Rejection.NotAdopted(P2, ProposalStatus.OPEN));
  }

  @Test
  void rejectsAnObjectiveFromAnUnknownProposal() {
    Spec.given(f.p1Adopted(Charters.projectLogic()))
        .when(f.adopt(FACILITATOR, O1, P4))
        .thenRejected(new Rejection.Unknown(Entity.PROPOSAL, "p4"));
  }

  @Test
  void rejectsAnObjectiveWhoseIdentityIsTaken() {
    Spec.given(f.inAction(Charters.projectLogic()))
        .when(f.adopt(OWNER, O1, P1))
        .thenRejected(new Rejection.AlreadyExists(Entity.OBJECTIVE, "o1"));
  }

  @Test
  void rejectsAnObjectiveAdoptedByAParticipant() {
    Spec.given(f.p1Adopted(Charters.projectLogic()))
        .when(f.adopt(INES, O1, P1))
        .thenRejected(
            new Rejection.NotPermitted(
                INES.id(),
                Activity.ADOPT_OBJECTIVE,
                Phase.NEGOTIATION,
                Command.AdoptObjective.class));
  }

  @Test
  void rejectsAnObjectiveBeforeTheNegotiation() {
    Spec.given(f.inProposals(Charters.projectLogic()))
        .when(f.adopt(OWNER, O1, P1))
        .thenRejected(
            new Rejection.WrongPhase(
                Activity.ADOPT_OBJECTIVE, Phase.PROPOSALS, Command.AdoptObjective.class));
  }

  @Test
  void aParticipantLaunchesAnActionUnderTheProjectLogic() {
    Run run = f.inAction(Charters.projectLogic());
    Command command = f.launch(ASSO, A1, O1);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(new Event.ActionLaunched(command.at(), ASSO.id(), A1, O1, "action a1"));
    assertThat(after.actions().get(A1).objective()).isEqualTo(O1);
    assertThat(after.actions().get(A1).commitments()).isEmpty();
  }

  @Test
  void rejectsAnActionLaunchedByAParticipantUnderTheMissionLogic() {
    Spec.given(f.missionInAction(Charters.missionLogic()))
        .when(f.launch(LANDLORD, A1, O1))
        .thenRejected(
            new Rejection.NotPermitted(
                LANDLORD.id(), Activity.PLAN_ACTION, Phase.ACTION, Command.LaunchAction.class));
  }

  @Test
  void rejectsAnActionForAnUnknownObjective() {
    Spec.given(f.inAction(Charters.projectLogic()))
        .when(f.launch(FACILITATOR, A1, O2))
        .thenRejected(new Rejection.Unknown(Entity.OBJECTIVE, "o2"));
  }

  @Test
  void rejectsAnActionWhoseIdentityIsTaken() {
    Spec.given(launched())
        .when(f.launch(OWNER, A1, O1))
        .thenRejected(new Rejection.AlreadyExists(Entity.ACTION, "a1"));
  }

  @Test
  void rejectsAnActionDuringTheNegotiation() {
    Run run = f.p1Adopted(Charters.projectLogic()).ok(f.adopt(FACILITATOR, O1, P1));
    Spec.given(run)
        .when(f.launch(FACILITATOR, A1, O1))
        .thenRejected(
            new Rejection.WrongPhase(
                Activity.PLAN_ACTION, Phase.NEGOTIATION, Command.LaunchAction.class));
  }

  @Test
  void anInhabitantCommitsHoursToAnAction() {
    Run run = launched();
    Command command = f.commit(INES, A1);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(new Event.CommitmentMade(command.at(), A1, new Commitment(INES.id(), HOURS)));
    assertThat(after.actions().get(A1).carrierKinds())
        .containsExactly(Map.entry(ActorKind.INHABITANT, 1));
  }

  @Test
  void rejectsACommitmentToAnUnknownAction() {
    Spec.given(launched())
        .when(f.commit(INES, A2))
        .thenRejected(new Rejection.Unknown(Entity.ACTION, "a2"));
  }

  @Test
  void rejectsACommitmentByAnInhabitantUnderTheMissionLogic() {
    Run run = f.missionInAction(Charters.missionLogic()).ok(f.launch(OWNER, A1, O1));
    Spec.given(run)
        .when(f.commit(INES, A1))
        .thenRejected(
            new Rejection.NotPermitted(
                INES.id(), Activity.COMMIT, Phase.ACTION, Command.Commit.class));
  }

  @Test
  void rejectsLeavingTheActionWhenAnActionHasASingleKindOfCarrierUnderTheProjectLogic() {
    Run run = launched().ok(f.commit(INES, A1), f.commit(IVAN, A1));
    Spec.given(run)
        .when(f.advance(FACILITATOR))
        .thenRejected(new Rejection.NotCoCarried(ImmutableMap.of(A1, 1), 2));
  }

  @Test
  void rejectsLeavingTheActionWhenAnActionHasNoCarrier() {
    Run run = launched().ok(f.commit(INES, A1), f.commit(LANDLORD, A1), f.launch(ASSO, A2, O1));
    Spec.given(run)
        .when(f.advance(FACILITATOR))
        .thenRejected(new Rejection.NotCoCarried(ImmutableMap.of(A2, 0), 2));
  }

  @Test
  void anActionCarriedByTwoKindsLetsTheProcessMoveToTheEvaluation() {
    Run run = launched().ok(f.commit(INES, A1), f.commit(LANDLORD, A1));
    Command command = f.advance(FACILITATOR);
    Spec.given(run)
        .when(command)
        .then(
            new Event.PhaseAdvanced(
                command.at(), FACILITATOR.id(), Phase.ACTION, Phase.EVALUATION));
  }

  @Test
  void underTheMissionLogicAnInstitutionCarriesAnActionAlone() {
    Run run =
        f.missionInAction(Charters.missionLogic())
            .ok(f.launch(OWNER, A1, O1), f.commit(LANDLORD, A1));
    ProcessState after = Spec.given(run).when(f.advance(OWNER)).thenAccepted();
    assertThat(after.phase()).isEqualTo(Phase.EVALUATION);
  }

  @Test
  void theFacilitatorDefinesAnIndicatorWithItsExpectedValue() {
    Run run = launched();
    Command command = f.defineIndicator(FACILITATOR, I1, A1);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(
                new Event.IndicatorDefined(
                    command.at(),
                    FACILITATOR.id(),
                    I1,
                    A1,
                    "young people reached",
                    "people",
                    BigDecimal.valueOf(40)));
    assertThat(after.indicators().get(I1).observed()).isEmpty();
  }

  @Test
  void rejectsAnIndicatorWhoseIdentityIsTaken() {
    Run run = launched().ok(f.defineIndicator(FACILITATOR, I1, A1));
    Spec.given(run)
        .when(f.defineIndicator(INES, I1, A1))
        .thenRejected(new Rejection.AlreadyExists(Entity.INDICATOR, "i1"));
  }

  @Test
  void rejectsAnIndicatorOfAnUnknownAction() {
    Spec.given(launched())
        .when(f.defineIndicator(FACILITATOR, I1, A2))
        .thenRejected(new Rejection.Unknown(Entity.ACTION, "a2"));
  }

  @Test
  void underTheMissionLogicOnlyTheOwnerSetsIndicators() {
    Run run = f.missionInAction(Charters.missionLogic()).ok(f.launch(OWNER, A1, O1));
    Spec.given(run)
        .when(f.defineIndicator(LANDLORD, I1, A1))
        .thenRejected(
            new Rejection.NotPermitted(
                LANDLORD.id(), Activity.REPORT, Phase.ACTION, Command.DefineIndicator.class));
  }

  @Test
  void aParticipantReportsTheObservedValue() {
    Run run = launched().ok(f.defineIndicator(FACILITATOR, I1, A1));
    Command command = f.report(INES, I1, 35);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(new Event.IndicatorReported(command.at(), INES.id(), I1, BigDecimal.valueOf(35)));
    assertThat(after.indicators().get(I1).observed()).contains(BigDecimal.valueOf(35));
  }

  @Test
  void anIndicatorIsStillReportedDuringTheEvaluation() {
    Spec.given(f.inEvaluation(Charters.projectLogic())).when(f.report(ASSO, I1, 42)).thenAccepted();
  }

  @Test
  void rejectsAReportOnAnUnknownIndicator() {
    Spec.given(launched())
        .when(f.report(INES, IndicatorId.of("i9"), 3))
        .thenRejected(new Rejection.Unknown(Entity.INDICATOR, "i9"));
  }

  @Test
  void rejectsAReportBeforeTheAction() {
    Spec.given(f.p1Adopted(Charters.projectLogic()))
        .when(f.report(INES, I1, 3))
        .thenRejected(
            new Rejection.WrongPhase(
                Activity.REPORT, Phase.NEGOTIATION, Command.ReportIndicator.class));
  }
}
