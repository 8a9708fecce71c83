package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.process.Fixture.ASSO;
import static org.concertation.core.process.Fixture.FACILITATOR;
import static org.concertation.core.process.Fixture.INES;
import static org.concertation.core.process.Fixture.IVAN;
import static org.concertation.core.process.Fixture.LANDLORD;
import static org.concertation.core.process.Fixture.OWNER;
import static org.concertation.core.process.Fixture.P1;
import static org.concertation.core.process.Fixture.P2;
import static org.concertation.core.process.Fixture.YOUTH;

import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import org.concertation.api.command.Command;
import org.concertation.api.decision.Tally;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Entity;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.Charters;
import org.junit.jupiter.api.Test;

/** An actor leaves a process: she can no longer act; what she said stays. */
class LeavingSpec {
  private final Fixture f = new Fixture();

  /** In diagnosis under the project logic, after Ivan left. */
  private Run ivanLeft() {
    return f.inDiagnosis(Charters.projectLogic()).ok(f.leave(IVAN));
  }

  private Instant leftAt(Run run) {
    return run.state().member(IVAN.id()).orElseThrow().left().orElseThrow();
  }

  @Test
  void aParticipantLeavesInAnyPhaseWithoutAGrant() {
    Run run = f.inDiagnosis(Charters.projectLogic());
    Command leave = f.leave(IVAN);
    ProcessState after =
        Spec.given(run).when(leave).then(new Event.ActorLeft(leave.at(), IVAN.id()));
    Member ivan = after.member(IVAN.id()).orElseThrow();
    assertThat(ivan.hasLeft()).isTrue();
    assertThat(ivan.left()).contains(leave.at());
    assertThat(ivan.actor()).isEqualTo(IVAN);
  }

  @Test
  void theFacilitatorMayLeaveToo() {
    Spec.given(f.framed(Charters.projectLogic())).when(f.leave(FACILITATOR)).thenAccepted();
  }

  @Test
  void rejectsEveryCommandOfAnActorWhoLeft() {
    Run run = ivanLeft();
    Spec.given(run)
        .when(f.contribute(IVAN, YOUTH))
        .thenRejected(new Rejection.HasLeft(IVAN.id(), leftAt(run)));
  }

  @Test
  void rejectsLeavingTwice() {
    Run run = ivanLeft();
    Spec.given(run).when(f.leave(IVAN)).thenRejected(new Rejection.HasLeft(IVAN.id(), leftAt(run)));
  }

  @Test
  void rejectsLeavingByAnActorWhoNeverRegistered() {
    Actor stranger = Actor.of("stranger", "Stranger", ActorKind.INHABITANT);
    Spec.given(f.framed(Charters.projectLogic()))
        .when(f.leave(stranger))
        .thenRejected(new Rejection.Unknown(Entity.ACTOR, "stranger"));
  }

  @Test
  void theProjectOwnerCannotLeaveTheProcessItHolds() {
    Spec.given(f.inDiagnosis(Charters.projectLogic()))
        .when(f.leave(OWNER))
        .thenRejected(new Rejection.OwnerCannotLeave(OWNER.id()));
  }

  @Test
  void nobodyMayMakeAnActorWhoLeftTheCoAuthorOfAProposal() {
    Run run = f.inProposals(Charters.projectLogic()).ok(f.leave(IVAN));
    Spec.given(run)
        .when(
            new Command.SubmitProposal(
                INES.id(),
                f.at(),
                P2,
                Fixture.content("benches", YOUTH),
                ImmutableSet.of(IVAN.id())))
        .thenRejected(new Rejection.HasLeft(IVAN.id(), leftAt(run)));
  }

  @Test
  void nobodyMayRegisterTheIdentityOfAnActorWhoLeftAgain() {
    Spec.given(ivanLeft())
        .when(f.register(OWNER, IVAN, Role.PARTICIPANT))
        .thenRejected(new Rejection.AlreadyExists(Entity.ACTOR, IVAN.id().value()));
  }

  @Test
  void whatSheSaidStays() {
    Run run = f.inNegotiation(Charters.projectLogic()).ok(f.leave(INES));
    assertThat(run.state().proposal(P1).orElseThrow().authors()).containsExactly(INES.id());
    assertThat(run.state().member(INES.id()).orElseThrow().actor()).isEqualTo(INES);
  }

  @Test
  void aRoundClosedAfterSheLeftCountsHerNoMoreAmongTheEligible() {
    Run run =
        f.inNegotiation(Charters.projectLogic())
            .ok(
                f.leave(IVAN),
                f.openRound(FACILITATOR, P1),
                f.position(INES, P1, Stance.SUPPORT),
                f.position(ASSO, P1, Stance.SUPPORT),
                f.position(LANDLORD, P1, Stance.SUPPORT),
                f.position(OWNER, P1, Stance.SUPPORT));
    Event.RoundClosed closed =
        Spec.given(run).when(f.closeRound(FACILITATOR)).thenSingle(Event.RoundClosed.class);
    Tally tally = closed.decisions().get(0).outcome().tally();
    assertThat(tally.eligible()).isEqualTo(4);
    assertThat(tally.cast()).isEqualTo(4);
  }

  @Test
  void aPositionTakenBeforeLeavingStandsAndCountsInItsRound() {
    Run run =
        f.inNegotiation(Charters.projectLogic())
            .ok(
                f.openRound(FACILITATOR, P1),
                f.position(IVAN, P1, Stance.OPPOSE),
                f.leave(IVAN),
                f.position(INES, P1, Stance.SUPPORT));
    Event.RoundClosed closed =
        Spec.given(run).when(f.closeRound(FACILITATOR)).thenSingle(Event.RoundClosed.class);
    Tally tally = closed.decisions().get(0).outcome().tally();
    assertThat(tally.eligible()).isEqualTo(5);
    assertThat(tally.count(Stance.OPPOSE)).isEqualTo(1);
    assertThat(tally.count(Stance.SUPPORT)).isEqualTo(1);
  }

  @Test
  void anActorWhoLeftCannotActEvenAfterTheProcessMovedOn() {
    Run run = f.inDiagnosis(Charters.projectLogic()).ok(f.leave(ASSO));
    Instant left = run.state().member(ASSO.id()).orElseThrow().left().orElseThrow();
    run.ok(
        f.validate(FACILITATOR, Fixture.YOUTH),
        f.validate(FACILITATOR, Fixture.MOBILITY),
        f.contribute(INES, YOUTH),
        f.contribute(LANDLORD, Fixture.MOBILITY));
    Spec.given(run)
        .when(f.contribute(ASSO, YOUTH))
        .thenRejected(new Rejection.HasLeft(ASSO.id(), left));
  }
}
