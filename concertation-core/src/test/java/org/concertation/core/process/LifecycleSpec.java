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
import static org.concertation.core.process.Fixture.P3;

import org.concertation.api.decision.Verdict;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.Charters;
import org.junit.jupiter.api.Test;

class LifecycleSpec {
  private final Fixture f = new Fixture();

  @Test
  void aRoundAdoptsAProposalWithAMajorityInEveryCollege() {
    Run run = f.inNegotiation(Charters.projectLogic());
    run.ok(
        f.openRound(FACILITATOR, P1),
        f.position(INES, P1, Stance.SUPPORT),
        f.position(IVAN, P1, Stance.ACCEPT),
        f.position(ASSO, P1, Stance.SUPPORT),
        f.position(LANDLORD, P1, Stance.SUPPORT),
        f.position(OWNER, P1, Stance.ABSTAIN));
    ProcessState after = Spec.given(run).when(f.closeRound(FACILITATOR)).thenAccepted();
    assertThat(after.proposal(P1).orElseThrow().status()).isEqualTo(ProposalStatus.ADOPTED);
    assertThat(after.openRound()).isEmpty();
  }

  @Test
  void aReasonedObjectionCarriesTheProposalToTheNextRound() {
    Run run = f.inNegotiation(Charters.projectLogic());
    run.ok(
        f.openRound(FACILITATOR, P2),
        f.position(INES, P2, Stance.SUPPORT),
        f.position(ASSO, P2, Stance.SUPPORT),
        f.position(LANDLORD, P2, Stance.SUPPORT),
        f.object(IVAN, P2, "the path crosses the playground"),
        f.closeRound(FACILITATOR));
    assertThat(run.state().proposal(P2).orElseThrow().status()).isEqualTo(ProposalStatus.OPEN);
    Event.RoundClosed closed = (Event.RoundClosed) run.events().get(run.events().size() - 1);
    assertThat(closed.decisions().get(0).outcome().verdict()).isEqualTo(Verdict.BLOCKED);
    // amended, the proposal passes in round 2
    run.ok(
        f.amend(ASSO, P2, Fixture.MOBILITY),
        f.openRound(FACILITATOR, P2),
        f.position(INES, P2, Stance.SUPPORT),
        f.position(ASSO, P2, Stance.SUPPORT),
        f.position(LANDLORD, P2, Stance.SUPPORT),
        f.position(IVAN, P2, Stance.ACCEPT),
        f.closeRound(FACILITATOR));
    assertThat(run.state().proposal(P2).orElseThrow().status()).isEqualTo(ProposalStatus.ADOPTED);
    assertThat(run.state().proposal(P2).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void rejectsAdvancingFromDiagnosisBeforeEveryKindHasContributed() {
    Run run = f.inDiagnosis(Charters.projectLogic());
    run.ok(f.validate(FACILITATOR, Fixture.YOUTH), f.contribute(INES, Fixture.YOUTH));
    Rejection.DiagnosisNotShared rejection =
        Spec.given(run)
            .when(f.advance(FACILITATOR))
            .thenRejected(Rejection.DiagnosisNotShared.class);
    assertThat(rejection.missingKinds())
        .containsExactlyInAnyOrder(
            org.concertation.api.domain.ActorKind.INSTITUTION,
            org.concertation.api.domain.ActorKind.ASSOCIATION);
  }

  @Test
  void theWholePathClosesOnceEveryProposalIsAnswered() {
    Run run = f.inNegotiation(Charters.projectLogic());
    run.ok(
        f.openRound(FACILITATOR, P1, P2, P3),
        f.position(INES, P1, Stance.SUPPORT),
        f.position(ASSO, P1, Stance.SUPPORT),
        f.position(LANDLORD, P1, Stance.SUPPORT),
        f.closeRound(FACILITATOR));
    assertThat(run.state().phase()).isEqualTo(Phase.NEGOTIATION);
    assertThat(run.state().proposal(P1).orElseThrow().status()).isEqualTo(ProposalStatus.ADOPTED);
  }
}
