package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.process.Fixture.ASSO;
import static org.concertation.core.process.Fixture.FACILITATOR;
import static org.concertation.core.process.Fixture.INES;
import static org.concertation.core.process.Fixture.LANDLORD;
import static org.concertation.core.process.Fixture.OWNER;
import static org.concertation.core.process.Fixture.P1;
import static org.concertation.core.process.Fixture.P2;
import static org.concertation.core.process.Fixture.START;
import static org.concertation.core.process.Fixture.YOUTH;

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
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.Role;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.Charters;
import org.junit.jupiter.api.Test;

/**
 * How the machine refuses a command for its activity, and the special cases of its checks: the
 * refusal names the command tried; the first actor and a proposal's authors need no grant; the
 * owner answers only once no round can decide, whichever phase a charter lets reopen.
 */
class RefusalSpec {
  private final Fixture f = new Fixture();

  @Test
  void aWithdrawalRefusedInActionNamesTheWithdrawalAndTheActivityItBelongsTo() {
    Rejection.WrongPhase rejection =
        Spec.given(f.inAction(Charters.projectLogic()))
            .when(f.withdraw(ASSO, P2))
            .thenRejected(Rejection.WrongPhase.class);

    assertThat(rejection.command()).isEqualTo(Command.WithdrawProposal.class);
    assertThat(rejection.message()).isEqualTo("cannot withdraw proposal (propose) in phase action");
  }

  @Test
  void aProposalTheCharterDoesNotGrantNamesTheSubmission() {
    Rejection.NotPermitted rejection =
        Spec.given(f.missionInProposals(Charters.missionLogic()))
            .when(f.submit(INES, P1, YOUTH))
            .thenRejected(Rejection.NotPermitted.class);

    assertThat(rejection.message())
        .isEqualTo(
            "actor 'ines' may not submit proposal (propose) in phase proposals under this charter");
  }

  @Test
  void aCommandAfterTheDeadlineIsNamedInItsRefusal() {
    Instant deadline = START.plus(Duration.ofDays(1));
    Charter charter =
        Charter.builder()
            .from(Charters.projectLogic())
            .putDeadlines(Phase.PROPOSALS, deadline)
            .build();
    Run run = f.inProposals(charter).ok(f.submit(INES, P1, YOUTH));
    f.skip(Duration.ofDays(2));
    Command command = f.amend(INES, P1, YOUTH);

    Rejection.DeadlinePassed rejection =
        Spec.given(run).when(command).thenRejected(Rejection.DeadlinePassed.class);

    assertThat(rejection.message())
        .isEqualTo(
            "the deadline of phase proposals was "
                + deadline
                + "; the command amend proposal is dated "
                + command.at());
  }

  @Test
  void theFirstActorIsBoundByTheFramingDeadlineThoughItNeedsNoGrant() {
    Charter noRegister =
        Charter.builder()
            .from(Charters.missionLogic())
            .grants(
                Charters.missionLogic().grants().stream()
                    .filter(g -> g.activity() != Activity.REGISTER)
                    .toList())
            .putDeadlines(Phase.FRAMING, START)
            .build();
    Command command = f.register(OWNER, OWNER, Role.PROJECT_OWNER);

    Spec.given(noRegister, List.of())
        .when(command)
        .thenRejected(
            new Rejection.DeadlinePassed(
                Phase.FRAMING, START, command.at(), Command.RegisterActor.class));
  }

  @Test
  void theFirstActorIsBoundByTheFramingDeadlineWhenTheCharterGrantsItRegister() {
    Charter charter =
        Charter.builder().from(Charters.missionLogic()).putDeadlines(Phase.FRAMING, START).build();
    Command command = f.register(OWNER, OWNER, Role.PROJECT_OWNER);

    Spec.given(charter, List.of())
        .when(command)
        .thenRejected(
            new Rejection.DeadlinePassed(
                Phase.FRAMING, START, command.at(), Command.RegisterActor.class));
  }

  @Test
  void aCoAuthorWithdrawsAProposalThoughTheCharterDoesNotLetItPropose() {
    // under the mission logic only institutions propose; an inhabitant may still co-author
    Run run =
        f.missionInProposals(Charters.missionLogic())
            .ok(
                new Command.SubmitProposal(
                    LANDLORD.id(),
                    f.at(),
                    P1,
                    ProposalContent.of("A youth room", "A room", YOUTH),
                    ImmutableSet.of(INES.id())));
    Command command = f.withdraw(INES, P1);

    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(
                new Event.ProposalWithdrawn(
                    command.at(), INES.id(), P1, ((Command.WithdrawProposal) command).reason()));
    assertThat(after.proposal(P1).orElseThrow().status()).isEqualTo(ProposalStatus.WITHDRAWN);
  }

  @Test
  void rejectsAnAnswerDuringNegotiationEvenWhenNoPhaseCanBeReopened() {
    Charter noGoingBack =
        Charter.builder().from(Charters.projectLogic()).reopenable(Set.of()).build();
    Spec.given(f.inNegotiation(noGoingBack))
        .when(f.answer(OWNER, P2, AnswerKind.DECLINED))
        .thenRejected(new Rejection.NotDecidedYet(P2));
  }

  @Test
  void rejectsAnAnswerInActionWhileNegotiationItselfCanBeReopened() {
    // reopening negotiation from action lets a round decide p2 again
    Charter backToNegotiation =
        Charter.builder()
            .from(Charters.projectLogic())
            .reopenable(Set.of(Phase.NEGOTIATION))
            .build();
    Run run = f.inAction(backToNegotiation);
    Spec.given(run)
        .when(f.answer(OWNER, P2, AnswerKind.DECLINED))
        .thenRejected(new Rejection.NotDecidedYet(P2));

    run.ok(f.reopen(OWNER, Phase.NEGOTIATION), f.openRound(FACILITATOR, P2));
    assertThat(run.state().openRound().orElseThrow().agenda()).containsExactly(P2);
  }

  @Test
  void theOwnerAnswersInEvaluationWhenOnlyTheActionCanBeReopened() {
    // going back to action brings no round back
    Charter backToAction =
        Charter.builder().from(Charters.projectLogic()).reopenable(Set.of(Phase.ACTION)).build();
    Run run = f.inEvaluation(backToAction);
    assertThat(run.state().proposal(P2).orElseThrow().status()).isEqualTo(ProposalStatus.OPEN);

    ProcessState after =
        Spec.given(run).when(f.answer(OWNER, P2, AnswerKind.DECLINED)).thenAccepted();

    assertThat(after.proposal(P2).orElseThrow().answer()).contains(AnswerKind.DECLINED);
  }
}
