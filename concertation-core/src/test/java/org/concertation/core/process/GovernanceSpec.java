package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.process.Fixture.A1;
import static org.concertation.core.process.Fixture.FACILITATOR;
import static org.concertation.core.process.Fixture.INES;
import static org.concertation.core.process.Fixture.IVAN;
import static org.concertation.core.process.Fixture.LANDLORD;
import static org.concertation.core.process.Fixture.O1;
import static org.concertation.core.process.Fixture.OWNER;
import static org.concertation.core.process.Fixture.P1;
import static org.concertation.core.process.Fixture.P2;
import static org.concertation.core.process.Fixture.P3;
import static org.concertation.core.process.Fixture.P4;
import static org.concertation.core.process.Fixture.START;
import static org.concertation.core.process.Fixture.YOUTH;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.Charters;
import org.junit.jupiter.api.Test;

class GovernanceSpec {
  private final Fixture f = new Fixture();

  /**
   * The project logic without reopening, so that proposals left open after negotiation can be
   * answered: no round can decide them any more.
   */
  private static Charter noGoingBack() {
    return Charter.builder().from(Charters.projectLogic()).reopenable(Set.of()).build();
  }

  /** Project logic without reopening, in evaluation, every proposal answered. */
  private Run answered() {
    return f.inEvaluation(noGoingBack())
        .ok(
            f.answer(OWNER, P1, AnswerKind.ACCEPTED),
            f.answer(OWNER, P2, AnswerKind.DECLINED),
            f.answer(OWNER, P3, AnswerKind.PARTLY_ACCEPTED));
  }

  @Test
  void theOwnerReopensTheProposalsFromTheNegotiation() {
    Run run = f.p1Adopted(Charters.projectLogic());
    Command command = f.reopen(OWNER, Phase.PROPOSALS);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(
                new Event.PhaseReopened(
                    command.at(),
                    OWNER.id(),
                    Phase.NEGOTIATION,
                    Phase.PROPOSALS,
                    "the path is made by walking"));
    assertThat(after.phase()).isEqualTo(Phase.PROPOSALS);
    assertThat(after.proposal(P1).orElseThrow().status()).isEqualTo(ProposalStatus.ADOPTED);
    assertThat(after.roundsHeld()).isEqualTo(1);
  }

  @Test
  void theOwnerReopensTheDiagnosisFromTheNegotiation() {
    ProcessState after =
        Spec.given(f.inNegotiation(Charters.projectLogic()))
            .when(f.reopen(OWNER, Phase.DIAGNOSIS))
            .thenAccepted();
    assertThat(after.phase()).isEqualTo(Phase.DIAGNOSIS);
    assertThat(after.diagnosisShared()).isTrue();
  }

  @Test
  void roundsGoOnBeingNumberedAfterAReopening() {
    Run run =
        f.p1Adopted(Charters.projectLogic())
            .ok(
                f.reopen(OWNER, Phase.PROPOSALS),
                f.submit(IVAN, P4, YOUTH),
                f.advance(FACILITATOR));
    Event.RoundOpened opened =
        Spec.given(run).when(f.openRound(FACILITATOR, P4)).thenSingle(Event.RoundOpened.class);
    assertThat(opened.round()).isEqualTo(2);
  }

  @Test
  void rejectsReopeningUnderTheMissionLogic() {
    Spec.given(f.missionInNegotiation(Charters.missionLogic()))
        .when(f.reopen(OWNER, Phase.PROPOSALS))
        .thenRejected(new Rejection.NotReopenable(Phase.PROPOSALS, Phase.NEGOTIATION));
  }

  @Test
  void rejectsReopeningAPhaseTheCharterDoesNotName() {
    Spec.given(f.inAction(Charters.projectLogic()))
        .when(f.reopen(OWNER, Phase.NEGOTIATION))
        .thenRejected(new Rejection.NotReopenable(Phase.NEGOTIATION, Phase.ACTION));
  }

  @Test
  void rejectsReopeningAPhaseStillAhead() {
    Spec.given(f.inDiagnosis(Charters.projectLogic()))
        .when(f.reopen(OWNER, Phase.PROPOSALS))
        .thenRejected(new Rejection.NotReopenable(Phase.PROPOSALS, Phase.DIAGNOSIS));
  }

  @Test
  void rejectsReopeningTheCurrentPhase() {
    Spec.given(f.inProposals(Charters.projectLogic()))
        .when(f.reopen(OWNER, Phase.PROPOSALS))
        .thenRejected(new Rejection.NotReopenable(Phase.PROPOSALS, Phase.PROPOSALS));
  }

  @Test
  void rejectsReopeningWhileARoundIsOpen() {
    Run run = f.inNegotiation(Charters.projectLogic()).ok(f.openRound(FACILITATOR, P1));
    Spec.given(run).when(f.reopen(OWNER, Phase.PROPOSALS)).thenRejected(new Rejection.RoundOpen(1));
  }

  @Test
  void rejectsAReopeningByTheFacilitator() {
    Spec.given(f.inNegotiation(Charters.projectLogic()))
        .when(f.reopen(FACILITATOR, Phase.PROPOSALS))
        .thenRejected(
            new Rejection.NotPermitted(
                FACILITATOR.id(), Activity.GOVERN, Phase.NEGOTIATION, Command.ReopenPhase.class));
  }

  @Test
  void theOwnerClosesTheProcessOnceEveryProposalIsAnswered() {
    Run run = answered();
    Command command = f.close(OWNER);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(new Event.ProcessClosed(command.at(), OWNER.id(), "what we did together"));
    assertThat(after.phase()).isEqualTo(Phase.CLOSED);
    assertThat(after.isTerminal()).isTrue();
  }

  @Test
  void rejectsClosingWithUnansweredProposals() {
    Run run = f.inEvaluation(Charters.projectLogic()).ok(f.answer(OWNER, P1, AnswerKind.ACCEPTED));
    Spec.given(run)
        .when(f.close(OWNER))
        .thenRejected(new Rejection.UnansweredProposals(ImmutableSet.of(P2, P3)));
  }

  @Test
  void withdrawnAndMergedProposalsAreOwedNoAnswer() {
    Run run =
        f.inNegotiation(Charters.projectLogic())
            .ok(
                f.submit(IVAN, P4, YOUTH),
                f.withdraw(IVAN, P4),
                f.merge(FACILITATOR, ProposalId.of("p23"), P2, P3),
                f.openRound(FACILITATOR, P1),
                f.position(INES, P1, Stance.SUPPORT),
                f.position(Fixture.ASSO, P1, Stance.SUPPORT),
                f.position(LANDLORD, P1, Stance.SUPPORT),
                f.closeRound(FACILITATOR),
                f.adopt(OWNER, O1, P1),
                f.advance(FACILITATOR),
                f.launch(OWNER, A1, O1),
                f.commit(INES, A1),
                f.commit(LANDLORD, A1),
                f.advance(FACILITATOR),
                f.answer(OWNER, P1, AnswerKind.ACCEPTED));
    Spec.given(run)
        .when(f.close(OWNER))
        .thenRejected(new Rejection.UnansweredProposals(ImmutableSet.of(ProposalId.of("p23"))));
  }

  @Test
  void aCharterThatOwesNoAnswerClosesWithUnansweredProposals() {
    Charter charter = Charter.builder().from(Charters.projectLogic()).answersOwed(false).build();
    Spec.given(f.inEvaluation(charter)).when(f.close(OWNER)).thenAccepted();
  }

  @Test
  void rejectsClosingBeforeTheLastPhase() {
    Spec.given(f.inAction(Charters.projectLogic()))
        .when(f.close(OWNER))
        .thenRejected(new Rejection.NotLastPhase(Phase.ACTION, Phase.EVALUATION));
  }

  @Test
  void rejectsClosingByTheFacilitator() {
    Spec.given(answered())
        .when(f.close(FACILITATOR))
        .thenRejected(
            new Rejection.NotPermitted(
                FACILITATOR.id(), Activity.GOVERN, Phase.EVALUATION, Command.Close.class));
  }

  @Test
  void rejectsClosingACharterEndingInActionWhileAnActionIsNotCoCarried() {
    Charter charter =
        Charter.builder()
            .from(noGoingBack())
            .phases(
                List.of(
                    Phase.FRAMING,
                    Phase.DIAGNOSIS,
                    Phase.PROPOSALS,
                    Phase.NEGOTIATION,
                    Phase.ACTION))
            .build();
    Run run =
        f.inAction(charter)
            .ok(
                f.launch(OWNER, A1, O1),
                f.commit(INES, A1),
                f.answer(OWNER, P1, AnswerKind.ACCEPTED),
                f.answer(OWNER, P2, AnswerKind.DECLINED),
                f.answer(OWNER, P3, AnswerKind.DECLINED));
    Spec.given(run)
        .when(f.close(OWNER))
        .thenRejected(new Rejection.NotCoCarried(ImmutableMap.of(A1, 1), 2));
  }

  @Test
  void theOwnerAbandonsTheProcessInTheMiddleOfARound() {
    Run run = f.inNegotiation(Charters.projectLogic()).ok(f.openRound(FACILITATOR, P1));
    Command command = f.abandon(OWNER);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(new Event.ProcessAbandoned(command.at(), OWNER.id(), "the funding stopped"));
    assertThat(after.phase()).isEqualTo(Phase.ABANDONED);
    assertThat(after.openRound()).isEmpty();
  }

  @Test
  void rejectsAnAbandonmentByAParticipant() {
    Spec.given(f.inDiagnosis(Charters.missionLogic()))
        .when(f.abandon(LANDLORD))
        .thenRejected(
            new Rejection.NotPermitted(
                LANDLORD.id(), Activity.GOVERN, Phase.DIAGNOSIS, Command.Abandon.class));
  }

  @Test
  void rejectsEveryCommandOnceTheProcessIsClosed() {
    Run run = answered().ok(f.close(OWNER));
    Spec.given(run)
        .when(f.rate(INES, Fixture.C1, 3))
        .thenRejected(new Rejection.ProcessEnded(Phase.CLOSED));
  }

  @Test
  void rejectsEveryCommandOnceTheProcessIsAbandoned() {
    Run run = f.framed(Charters.missionLogic()).ok(f.abandon(OWNER));
    Spec.given(run)
        .when(f.abandon(OWNER))
        .thenRejected(new Rejection.ProcessEnded(Phase.ABANDONED));
  }

  @Test
  void anEndedProcessRefusesEvenACommandDatedInThePast() {
    Run run = f.framed(Charters.missionLogic()).ok(f.abandon(OWNER));
    Spec.given(run)
        .when(new Command.AdvancePhase(OWNER.id(), START))
        .thenRejected(new Rejection.ProcessEnded(Phase.ABANDONED));
  }

  @Test
  void rejectsAClosingDatedBeforeTheLastEvent() {
    Run run = answered();
    Instant last = f.last();
    Spec.given(run)
        .when(new Command.Close(OWNER.id(), last.minusSeconds(1), "too early"))
        .thenRejected(new Rejection.TimeWentBack(last, last.minusSeconds(1)));
  }

  @Test
  void theOwnerGovernsAfterTheDeadlineOfThePhase() {
    Instant deadline = START.plus(Duration.ofHours(1));
    Charter charter =
        Charter.builder()
            .from(Charters.projectLogic())
            .putDeadlines(Phase.EVALUATION, deadline)
            .build();
    Run run = f.inEvaluation(charter);
    f.skip(Duration.ofDays(2));
    Spec.given(run).when(f.abandon(OWNER)).thenAccepted();
  }

  @Test
  void rejectsACriterionAfterTheDeadlineOfTheEvaluation() {
    Instant deadline = START.plus(Duration.ofHours(1));
    Charter charter =
        Charter.builder()
            .from(Charters.projectLogic())
            .putDeadlines(Phase.EVALUATION, deadline)
            .build();
    Run run = f.inEvaluation(charter);
    f.skip(Duration.ofDays(2));
    Command command = f.defineCriterion(INES, Fixture.C1);
    Spec.given(run)
        .when(command)
        .thenRejected(
            new Rejection.DeadlinePassed(
                Phase.EVALUATION, deadline, command.at(), Command.DefineCriterion.class));
  }

  @Test
  void aRejectedCommandLeavesTheStateEqual() {
    Run run = answered();
    ProcessState before = run.state();
    Spec.given(run).when(f.close(FACILITATOR)).thenRejected(Rejection.NotPermitted.class);
    assertThat(run.state()).isEqualTo(before);
    assertThat(run.state().version()).isEqualTo(before.version());
  }
}
