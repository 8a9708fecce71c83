package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.process.Fixture.FACILITATOR;
import static org.concertation.core.process.Fixture.OWNER;
import static org.concertation.core.process.Fixture.P1;
import static org.concertation.core.process.Fixture.P2;
import static org.concertation.core.process.Fixture.P4;

import java.util.Set;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Entity;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.Charters;
import org.junit.jupiter.api.Test;

class AnswerSpec {
  private final Fixture f = new Fixture();

  @Test
  void theOwnerAnswersAnAdoptedProposal() {
    Run run = f.p1Adopted(Charters.projectLogic());
    Command command = f.answer(OWNER, P1, AnswerKind.ACCEPTED);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(
                new Event.ProposalAnswered(
                    command.at(), OWNER.id(), P1, AnswerKind.ACCEPTED, "the reasons for ACCEPTED"));
    assertThat(after.proposal(P1).orElseThrow().answer()).contains(AnswerKind.ACCEPTED);
    assertThat(after.proposal(P1).orElseThrow().status()).isEqualTo(ProposalStatus.ADOPTED);
  }

  @Test
  void rejectsDecliningAnAdoptedProposalUnderTheProjectLogic() {
    Spec.given(f.p1Adopted(Charters.projectLogic()))
        .when(f.answer(OWNER, P1, AnswerKind.DECLINED))
        .thenRejected(new Rejection.OverruleForbidden(P1));
  }

  @Test
  void theOwnerTakesUpPartOfAnAdoptedProposalUnderTheProjectLogic() {
    Spec.given(f.p1Adopted(Charters.projectLogic()))
        .when(f.answer(OWNER, P1, AnswerKind.PARTLY_ACCEPTED))
        .thenAccepted();
  }

  @Test
  void theOwnerOverrulesAnAdoptedProposalUnderTheMissionLogic() {
    Run run = f.missionP1Adopted(Charters.missionLogic());
    ProcessState after =
        Spec.given(run).when(f.answer(OWNER, P1, AnswerKind.DECLINED)).thenAccepted();
    assertThat(after.proposal(P1).orElseThrow().answer()).contains(AnswerKind.DECLINED);
  }

  @Test
  void rejectsAnObjectiveFromAProposalTheOwnerOverruled() {
    Run run =
        f.missionP1Adopted(Charters.missionLogic()).ok(f.answer(OWNER, P1, AnswerKind.DECLINED));
    Spec.given(run)
        .when(f.adopt(OWNER, Fixture.O1, P1))
        .thenRejected(new Rejection.DeclinedByOwner(P1));
  }

  @Test
  void theOwnerDeclinesARejectedProposal() {
    Run run = f.missionP1Adopted(Charters.missionLogic());
    assertThat(run.state().proposal(P2).orElseThrow().status()).isEqualTo(ProposalStatus.REJECTED);
    Spec.given(run).when(f.answer(OWNER, P2, AnswerKind.DECLINED)).thenAccepted();
  }

  @Test
  void rejectsASecondAnswer() {
    Run run = f.p1Adopted(Charters.projectLogic()).ok(f.answer(OWNER, P1, AnswerKind.ACCEPTED));
    Spec.given(run)
        .when(f.answer(OWNER, P1, AnswerKind.PARTLY_ACCEPTED))
        .thenRejected(new Rejection.AlreadyAnswered(P1));
  }

  @Test
  void rejectsAnAnswerToAnUnknownProposal() {
    Spec.given(f.p1Adopted(Charters.projectLogic()))
        .when(f.answer(OWNER, P4, AnswerKind.ACCEPTED))
        .thenRejected(new Rejection.Unknown(Entity.PROPOSAL, "p4"));
  }

  @Test
  void rejectsAnAnswerByAnotherThanTheOwner() {
    Spec.given(f.p1Adopted(Charters.projectLogic()))
        .when(f.answer(FACILITATOR, P1, AnswerKind.ACCEPTED))
        .thenRejected(
            new Rejection.NotPermitted(
                FACILITATOR.id(),
                Activity.ANSWER,
                Phase.NEGOTIATION,
                Command.AnswerProposal.class));
  }

  @Test
  void rejectsAnAnswerDuringTheDiagnosis() {
    Spec.given(f.inDiagnosis(Charters.projectLogic()))
        .when(f.answer(OWNER, P1, AnswerKind.ACCEPTED))
        .thenRejected(
            new Rejection.WrongPhase(
                Activity.ANSWER, Phase.DIAGNOSIS, Command.AnswerProposal.class));
  }

  @Test
  void theOwnerStillAnswersDuringTheEvaluation() {
    Spec.given(f.inEvaluation(Charters.projectLogic()))
        .when(f.answer(OWNER, P1, AnswerKind.PARTLY_ACCEPTED))
        .thenAccepted();
  }

  @Test
  void rejectsDecliningAProposalBeforeItsRoundUnderTheProjectLogic() {
    Run run = f.inProposals(Charters.projectLogic()).ok(f.submit(Fixture.INES, P1, Fixture.YOUTH));
    Spec.given(run)
        .when(f.answer(OWNER, P1, AnswerKind.DECLINED))
        .thenRejected(new Rejection.NotDecidedYet(P1));
  }

  @Test
  void rejectsDecliningAProposalCarriedToTheNextRoundUnderTheProjectLogic() {
    Run run = f.p1Adopted(Charters.projectLogic());
    assertThat(run.state().proposal(P2).orElseThrow().status()).isEqualTo(ProposalStatus.OPEN);
    Spec.given(run)
        .when(f.answer(OWNER, P2, AnswerKind.DECLINED))
        .thenRejected(new Rejection.NotDecidedYet(P2));
  }

  @Test
  void rejectsDecliningAProposalUnderDeliberationInTheLastRound() {
    Run run = f.inNegotiation(Charters.projectLogic());
    for (int i = 0; i < 2; i++) {
      run.ok(f.openRound(FACILITATOR, P2), f.closeRound(FACILITATOR));
    }
    run.ok(f.openRound(FACILITATOR, P2));
    Spec.given(run)
        .when(f.answer(OWNER, P2, AnswerKind.DECLINED))
        .thenRejected(new Rejection.NotDecidedYet(P2));
  }

  @Test
  void theOwnerDeclinesAProposalLeftUndecidedWhenNoRoundCanComeBack() {
    // without a phase to reopen, once negotiation is over no round can decide p2 any more
    Charter noGoingBack =
        Charter.builder().from(Charters.projectLogic()).reopenable(Set.of()).build();
    Run run = f.inAction(noGoingBack);
    ProcessState after =
        Spec.given(run).when(f.answer(OWNER, P2, AnswerKind.DECLINED)).thenAccepted();
    assertThat(after.proposal(P2).orElseThrow().answer()).contains(AnswerKind.DECLINED);
  }

  @Test
  void rejectsAcceptingAProposalBeforeItsRoundUnderTheProjectLogic() {
    // accepting ahead of a round that may reject it would contradict the round just as well
    Run run = f.inNegotiation(Charters.projectLogic());
    Spec.given(run)
        .when(f.answer(OWNER, P2, AnswerKind.ACCEPTED))
        .thenRejected(new Rejection.NotDecidedYet(P2));
  }

  @Test
  void rejectsAnsweringAfterNegotiationWhileAReopenedNegotiationCouldStillDecide() {
    Run run = f.inAction(Charters.projectLogic());
    Spec.given(run)
        .when(f.answer(OWNER, P2, AnswerKind.DECLINED))
        .thenRejected(new Rejection.NotDecidedYet(P2));
  }

  @Test
  void theOwnerAnswersAProposalLeftOpenOnceTheRoundLimitIsReached() {
    Run run = f.inNegotiation(Charters.projectLogic());
    for (int i = 0; i < 3; i++) {
      run.ok(f.openRound(FACILITATOR, P1), f.closeRound(FACILITATOR));
    }
    Spec.given(run).when(f.answer(OWNER, P2, AnswerKind.DECLINED)).thenAccepted();
  }

  @Test
  void theOwnerDeclinesAProposalBeforeItsRoundUnderTheMissionLogic() {
    Run run = f.missionInNegotiation(Charters.missionLogic());
    Spec.given(run).when(f.answer(OWNER, P1, AnswerKind.DECLINED)).thenAccepted();
  }
}
