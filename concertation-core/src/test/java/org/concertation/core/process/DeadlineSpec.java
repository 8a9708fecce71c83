package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.process.Fixture.A1;
import static org.concertation.core.process.Fixture.FACILITATOR;
import static org.concertation.core.process.Fixture.INES;
import static org.concertation.core.process.Fixture.LANDLORD;
import static org.concertation.core.process.Fixture.O1;
import static org.concertation.core.process.Fixture.OWNER;
import static org.concertation.core.process.Fixture.P1;
import static org.concertation.core.process.Fixture.P2;
import static org.concertation.core.process.Fixture.P3;
import static org.concertation.core.process.Fixture.START;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.DeadlineTarget;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Entity;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.Charters;
import org.junit.jupiter.api.Test;

/** Deadlines set by the owner, rounds with deadlines, and time that cannot strand a process. */
class DeadlineSpec {
  private static final Duration DAY = Duration.ofDays(1);
  private final Fixture f = new Fixture();

  private static Charter negotiationUntil(Instant deadline) {
    return Charter.builder()
        .from(Charters.projectLogic())
        .putDeadlines(Phase.NEGOTIATION, deadline)
        .build();
  }

  private static Charter roundsOf(Duration duration) {
    return Charter.builder().from(Charters.projectLogic()).roundDuration(duration).build();
  }

  @Test
  void theOwnerExtendsAPhasesDeadlineWithAReasonAndTheOldOneIsRecorded() {
    Instant deadline = START.plus(DAY);
    Run run = f.inNegotiation(negotiationUntil(deadline));
    Instant later = START.plus(Duration.ofDays(30));
    Command command = f.setDeadline(OWNER, DeadlineTarget.phase(Phase.NEGOTIATION), later);

    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(
                new Event.DeadlineSet(
                    command.at(),
                    OWNER.id(),
                    DeadlineTarget.phase(Phase.NEGOTIATION),
                    Optional.of(deadline),
                    later,
                    "the summer holidays"));

    assertThat(after.deadline(Phase.NEGOTIATION)).contains(later);
    assertThat(after.charter().deadline(Phase.NEGOTIATION)).contains(deadline);
  }

  @Test
  void aRoundCanOpenAgainOnceNegotiationsPassedDeadlineIsExtended() {
    Run run = f.inNegotiation(negotiationUntil(START.plus(DAY)));
    f.skip(Duration.ofDays(2));
    Command tooLate = f.openRound(FACILITATOR, P1);
    Spec.given(run).when(tooLate).thenRejected(Rejection.DeadlinePassed.class);

    run.ok(
        f.setDeadline(
            OWNER, DeadlineTarget.phase(Phase.NEGOTIATION), START.plus(Duration.ofDays(30))));

    Spec.given(run).when(f.openRound(FACILITATOR, P1)).thenSingle(Event.RoundOpened.class);
  }

  @Test
  void rejectsADeadlineThatDoesNotComeAfterTheCommand() {
    Run run = f.inNegotiation(Charters.projectLogic());
    Instant past = f.last();
    Command command = f.setDeadline(OWNER, DeadlineTarget.phase(Phase.ACTION), past);

    Spec.given(run).when(command).thenRejected(new Rejection.DeadlineNotAhead(past, command.at()));
  }

  @Test
  void rejectsTheDeadlineOfAPhaseTheCharterDoesNotHave() {
    Charter noEvaluation =
        Charter.builder()
            .from(Charters.projectLogic())
            .phases(
                List.of(
                    Phase.FRAMING,
                    Phase.DIAGNOSIS,
                    Phase.PROPOSALS,
                    Phase.NEGOTIATION,
                    Phase.ACTION))
            .build();
    Run run = f.inNegotiation(noEvaluation);

    Spec.given(run)
        .when(
            f.setDeadline(
                OWNER, DeadlineTarget.phase(Phase.EVALUATION), START.plus(DAY.multipliedBy(9))))
        .thenRejected(new Rejection.Unknown(Entity.PHASE, "EVALUATION"));
  }

  @Test
  void rejectsTheDeadlineOfARoundThatIsNotOpen() {
    Run run = f.inNegotiation(Charters.projectLogic());

    Spec.given(run)
        .when(f.setDeadline(OWNER, DeadlineTarget.round(1), START.plus(DAY)))
        .thenRejected(new Rejection.NoRoundOpen());
    run.ok(f.openRound(FACILITATOR, P1));
    Spec.given(run)
        .when(f.setDeadline(OWNER, DeadlineTarget.round(2), START.plus(DAY)))
        .thenRejected(new Rejection.Unknown(Entity.ROUND, "2"));
  }

  @Test
  void onlyThoseGrantedGovernSetDeadlines() {
    Spec.given(f.inNegotiation(Charters.projectLogic()))
        .when(f.setDeadline(INES, DeadlineTarget.phase(Phase.NEGOTIATION), START.plus(DAY)))
        .thenRejected(
            new Rejection.NotPermitted(
                INES.id(), Activity.GOVERN, Phase.NEGOTIATION, Command.SetDeadline.class));
  }

  @Test
  void aRoundOfACharterWithRoundDurationsHasADeadline() {
    Run run = f.inNegotiation(roundsOf(DAY));
    Command open = f.openRound(FACILITATOR, P1);

    ProcessState after = Spec.given(run).when(open).thenAccepted();

    assertThat(after.roundDeadline()).contains(open.at().plus(DAY));
  }

  @Test
  void afterARoundsDeadlineOnlyClosingTheRoundIsAccepted() {
    Run run = f.inNegotiation(roundsOf(DAY));
    Command open = f.openRound(FACILITATOR, P1);
    run.ok(open, f.position(INES, P1, Stance.SUPPORT));
    f.skip(Duration.ofDays(2));
    Command late = f.position(LANDLORD, P1, Stance.SUPPORT);

    Spec.given(run)
        .when(late)
        .thenRejected(
            new Rejection.RoundDeadlinePassed(
                1, open.at().plus(DAY), late.at(), Command.TakePosition.class));
    ProcessState closed = Spec.given(run).when(f.closeRound(FACILITATOR)).thenAccepted();
    assertThat(closed.roundDeadline()).isEmpty();
  }

  @Test
  void theOwnerExtendsTheOpenRoundsDeadline() {
    Run run = f.inNegotiation(roundsOf(DAY));
    Command open = f.openRound(FACILITATOR, P1);
    run.ok(open);
    Instant later = open.at().plus(DAY.multipliedBy(7));
    Command extend = f.setDeadline(OWNER, DeadlineTarget.round(1), later);
    Spec.given(run)
        .when(extend)
        .then(
            new Event.DeadlineSet(
                extend.at(),
                OWNER.id(),
                DeadlineTarget.round(1),
                Optional.of(open.at().plus(DAY)),
                later,
                "the summer holidays"));
    run.ok(extend);
    f.skip(Duration.ofDays(2));

    Spec.given(run).when(f.position(INES, P1, Stance.SUPPORT)).thenAccepted();
  }

  /**
   * The stranded process: proposals carried over for want of quorum, then negotiation's
   * deadline passed. The owner answers them, and the process goes on to its close.
   */
  @Test
  void proposalsCarriedOverPastNegotiationsDeadlineAreAnsweredAndTheProcessCloses() {
    Run run =
        f.p1Adopted(negotiationUntil(START.plus(DAY)))
            .ok(f.openRound(FACILITATOR, P2, P3), f.closeRound(FACILITATOR));
    assertThat(run.state().proposal(P2).orElseThrow().status()).isEqualTo(ProposalStatus.OPEN);
    f.skip(Duration.ofDays(2));
    Spec.given(run).when(f.openRound(FACILITATOR, P2)).thenRejected(Rejection.DeadlinePassed.class);

    Spec.given(run).when(f.answer(OWNER, P2, AnswerKind.DECLINED)).thenAccepted();
    run.ok(
        f.answer(OWNER, P1, AnswerKind.ACCEPTED),
        f.answer(OWNER, P2, AnswerKind.DECLINED),
        f.advance(FACILITATOR),
        f.answer(OWNER, P3, AnswerKind.DECLINED),
        f.adopt(FACILITATOR, O1, P1),
        f.launch(FACILITATOR, A1, O1),
        f.commit(INES, A1),
        f.commit(LANDLORD, A1),
        f.advance(FACILITATOR));

    Spec.given(run).when(f.close(OWNER)).thenSingle(Event.ProcessClosed.class);
  }

  @Test
  void anAnswerARoundCouldStillPreEmptIsStillRefusedBeforeTheDeadline() {
    Run run =
        f.p1Adopted(negotiationUntil(START.plus(DAY)))
            .ok(f.openRound(FACILITATOR, P2, P3), f.closeRound(FACILITATOR));

    Spec.given(run)
        .when(f.answer(OWNER, P2, AnswerKind.DECLINED))
        .thenRejected(new Rejection.NotDecidedYet(P2));
  }

  @Test
  void anOwedAnswerIsNotBoundByThePhasesDeadline() {
    Charter charter =
        Charter.builder()
            .from(Charters.projectLogic())
            .putDeadlines(Phase.ACTION, START.plus(DAY))
            .build();
    Run run = f.inAction(charter);
    f.skip(Duration.ofDays(2));

    Spec.given(run).when(f.answer(OWNER, P1, AnswerKind.ACCEPTED)).thenAccepted();
    Spec.given(run)
        .when(f.launch(FACILITATOR, A1, O1))
        .thenRejected(Rejection.DeadlinePassed.class);
  }
}
