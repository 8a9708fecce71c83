package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.process.Fixture.ASSO;
import static org.concertation.core.process.Fixture.FACILITATOR;
import static org.concertation.core.process.Fixture.INES;
import static org.concertation.core.process.Fixture.IVAN;
import static org.concertation.core.process.Fixture.LANDLORD;
import static org.concertation.core.process.Fixture.MOBILITY;
import static org.concertation.core.process.Fixture.P1;
import static org.concertation.core.process.Fixture.P2;
import static org.concertation.core.process.Fixture.P3;
import static org.concertation.core.process.Fixture.P4;
import static org.concertation.core.process.Fixture.YOUTH;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.Proposal;
import org.concertation.api.domain.ProposalContent;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.StakeId;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Entity;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.Charters;
import org.junit.jupiter.api.Test;

class ProposalSpec {
  private static final StakeId HOUSING = StakeId.of("housing");

  private final Fixture f = new Fixture();

  /** Project logic, in proposals, with p1 by Inès and p2 by the association. */
  private Run twoProposals() {
    return f.inProposals(Charters.projectLogic())
        .ok(f.submit(INES, P1, YOUTH), f.submit(ASSO, P2, MOBILITY));
  }

  @Test
  void anInhabitantSubmitsAProposalWithACoAuthor() {
    Run run = f.inProposals(Charters.projectLogic());
    ProposalContent content = Fixture.content("a youth club", YOUTH);
    Command command =
        new Command.SubmitProposal(INES.id(), f.at(), P1, content, ImmutableSet.of(IVAN.id()));
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(
                new Event.ProposalSubmitted(
                    command.at(), P1, ImmutableSet.of(INES.id(), IVAN.id()), content));
    Proposal proposal = after.proposal(P1).orElseThrow();
    assertThat(proposal.status()).isEqualTo(ProposalStatus.OPEN);
    assertThat(proposal.version()).isEqualTo(1);
    assertThat(proposal.authors()).containsExactlyInAnyOrder(INES.id(), IVAN.id());
  }

  @Test
  void rejectsAProposalByAnInhabitantUnderTheMissionLogic() {
    Run run = f.missionInProposals(Charters.missionLogic());
    Spec.given(run)
        .when(f.submit(INES, P1, YOUTH))
        .thenRejected(
            new Rejection.NotPermitted(
                INES.id(), Activity.PROPOSE, Phase.PROPOSALS, Command.SubmitProposal.class));
  }

  @Test
  void anInstitutionProposesUnderTheMissionLogic() {
    Run run = f.missionInProposals(Charters.missionLogic());
    Command command = f.submit(LANDLORD, P1, YOUTH);
    Spec.given(run)
        .when(command)
        .then(
            new Event.ProposalSubmitted(
                command.at(),
                P1,
                ImmutableSet.of(LANDLORD.id()),
                ((Command.SubmitProposal) command).content()));
  }

  @Test
  void rejectsAProposalBeforeTheDiagnosisIsOver() {
    Run run = f.inDiagnosis(Charters.projectLogic());
    Spec.given(run)
        .when(f.submit(INES, P1))
        .thenRejected(
            new Rejection.WrongPhase(
                Activity.PROPOSE, Phase.DIAGNOSIS, Command.SubmitProposal.class));
  }

  @Test
  void rejectsAProposalWhoseIdentityIsTaken() {
    Spec.given(twoProposals())
        .when(f.submit(LANDLORD, P1, YOUTH))
        .thenRejected(new Rejection.AlreadyExists(Entity.PROPOSAL, "p1"));
  }

  @Test
  void rejectsAnUnknownCoAuthor() {
    Run run = f.inProposals(Charters.projectLogic());
    Command command =
        new Command.SubmitProposal(
            INES.id(),
            f.at(),
            P1,
            Fixture.content("a youth club", YOUTH),
            ImmutableSet.of(ActorId.of("nobody")));
    Spec.given(run).when(command).thenRejected(new Rejection.Unknown(Entity.ACTOR, "nobody"));
  }

  @Test
  void rejectsAProposalOnAnUnknownStake() {
    Run run = f.inProposals(Charters.projectLogic());
    Spec.given(run)
        .when(f.submit(INES, P1, HOUSING))
        .thenRejected(new Rejection.Unknown(Entity.STAKE, "housing"));
  }

  @Test
  void rejectsAProposalOnAStakeNotValidated() {
    Run run =
        f.inDiagnosis(Charters.projectLogic())
            .ok(
                f.identify(IVAN, HOUSING),
                f.validate(FACILITATOR, YOUTH),
                f.contribute(INES, YOUTH),
                f.contribute(ASSO, YOUTH),
                f.contribute(LANDLORD, YOUTH),
                f.advance(FACILITATOR));
    Spec.given(run)
        .when(f.submit(IVAN, P1, YOUTH, HOUSING))
        .thenRejected(new Rejection.StakeNotValidated(HOUSING));
  }

  @Test
  void aProposalMayStillBeSubmittedDuringNegotiation() {
    Run run = f.inNegotiation(Charters.projectLogic());
    ProcessState after = Spec.given(run).when(f.submit(IVAN, P4, YOUTH)).thenAccepted();
    assertThat(after.proposal(P4).orElseThrow().status()).isEqualTo(ProposalStatus.OPEN);
  }

  @Test
  void anAmendmentMakesANewVersion() {
    Run run = twoProposals();
    Command.AmendProposal command = (Command.AmendProposal) f.amend(ASSO, P2, MOBILITY, YOUTH);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(
                new Event.ProposalAmended(
                    command.at(), ASSO.id(), P2, 2, command.content(), "to meet an objection"));
    Proposal proposal = after.proposal(P2).orElseThrow();
    assertThat(proposal.version()).isEqualTo(2);
    assertThat(proposal.current()).isEqualTo(command.content());
  }

  @Test
  void rejectsAnAmendmentOfAnUnknownProposal() {
    Spec.given(twoProposals())
        .when(f.amend(INES, P3, YOUTH))
        .thenRejected(new Rejection.Unknown(Entity.PROPOSAL, "p3"));
  }

  @Test
  void rejectsAnAmendmentOfAWithdrawnProposal() {
    Run run = twoProposals().ok(f.withdraw(INES, P1));
    Spec.given(run)
        .when(f.amend(INES, P1, YOUTH))
        .thenRejected(new Rejection.ProposalNotOpen(P1, ProposalStatus.WITHDRAWN));
  }

  @Test
  void rejectsAnAmendmentOfAnAdoptedProposal() {
    Run run = f.p1Adopted(Charters.projectLogic());
    Spec.given(run)
        .when(f.amend(INES, P1, YOUTH))
        .thenRejected(new Rejection.ProposalNotOpen(P1, ProposalStatus.ADOPTED));
  }

  @Test
  void rejectsAnAmendmentWhileTheProposalIsUnderDeliberation() {
    Run run = f.inNegotiation(Charters.projectLogic()).ok(f.openRound(FACILITATOR, P1, P2));
    Spec.given(run)
        .when(f.amend(ASSO, P2, MOBILITY))
        .thenRejected(new Rejection.UnderDeliberation(P2, 1));
  }

  @Test
  void aProposalOffTheAgendaMayBeAmendedDuringARound() {
    Run run = f.inNegotiation(Charters.projectLogic()).ok(f.openRound(FACILITATOR, P1));
    Spec.given(run).when(f.amend(ASSO, P2, MOBILITY)).thenAccepted();
  }

  @Test
  void rejectsAnAmendmentOnAnUnknownStake() {
    Spec.given(twoProposals())
        .when(f.amend(INES, P1, HOUSING))
        .thenRejected(new Rejection.Unknown(Entity.STAKE, "housing"));
  }

  @Test
  void rejectsAnAmendmentByAnInhabitantUnderTheMissionLogic() {
    Run run = f.missionInNegotiation(Charters.missionLogic());
    Spec.given(run)
        .when(f.amend(INES, P1, YOUTH))
        .thenRejected(
            new Rejection.NotPermitted(
                INES.id(), Activity.AMEND, Phase.NEGOTIATION, Command.AmendProposal.class));
  }

  @Test
  void aMergeJoinsTheAuthorsAndClosesTheSources() {
    Run run = twoProposals();
    Command.MergeProposals command = (Command.MergeProposals) f.merge(FACILITATOR, P3, P1, P2);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(
                new Event.ProposalsMerged(
                    command.at(),
                    FACILITATOR.id(),
                    P3,
                    ImmutableList.of(P1, P2),
                    ImmutableSet.of(INES.id(), ASSO.id()),
                    command.content()));
    assertThat(after.proposal(P1).orElseThrow().status()).isEqualTo(ProposalStatus.MERGED);
    assertThat(after.proposal(P1).orElseThrow().mergedInto()).contains(P3);
    assertThat(after.proposal(P3).orElseThrow().status()).isEqualTo(ProposalStatus.OPEN);
    assertThat(after.proposal(P3).orElseThrow().mergedFrom()).containsExactly(P1, P2);
  }

  @Test
  void rejectsAMergeOfASingleProposal() {
    Spec.given(twoProposals())
        .when(f.merge(FACILITATOR, P3, P1))
        .thenRejected(new Rejection.TooFewToMerge(ImmutableSet.of(P1)));
  }

  @Test
  void rejectsAMergeThatNamesTheSameProposalTwice() {
    Spec.given(twoProposals())
        .when(f.merge(FACILITATOR, P3, P1, P1))
        .thenRejected(new Rejection.TooFewToMerge(ImmutableSet.of(P1)));
  }

  @Test
  void rejectsAMergeIntoATakenIdentity() {
    Spec.given(twoProposals())
        .when(f.merge(FACILITATOR, P2, P1, P2))
        .thenRejected(new Rejection.AlreadyExists(Entity.PROPOSAL, "p2"));
  }

  @Test
  void rejectsAMergeOfAWithdrawnProposal() {
    Run run = twoProposals().ok(f.withdraw(ASSO, P2));
    Spec.given(run)
        .when(f.merge(FACILITATOR, P3, P1, P2))
        .thenRejected(new Rejection.ProposalNotOpen(P2, ProposalStatus.WITHDRAWN));
  }

  @Test
  void rejectsAMergeOfAnUnknownProposal() {
    Spec.given(twoProposals())
        .when(f.merge(FACILITATOR, P4, P1, P3))
        .thenRejected(new Rejection.Unknown(Entity.PROPOSAL, "p3"));
  }

  @Test
  void rejectsAMergeByAnAssociationUnderTheMissionLogic() {
    Run run = f.missionInNegotiation(Charters.missionLogic());
    Spec.given(run)
        .when(f.merge(ASSO, P3, P1, P2))
        .thenRejected(
            new Rejection.NotPermitted(
                ASSO.id(), Activity.MERGE, Phase.NEGOTIATION, Command.MergeProposals.class));
  }

  @Test
  void anAuthorWithdrawsItsProposal() {
    Run run = twoProposals();
    Command command = f.withdraw(INES, P1);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(new Event.ProposalWithdrawn(command.at(), INES.id(), P1, "no longer needed"));
    assertThat(after.proposal(P1).orElseThrow().status()).isEqualTo(ProposalStatus.WITHDRAWN);
  }

  @Test
  void rejectsAWithdrawalByAnotherThanAnAuthor() {
    Spec.given(twoProposals())
        .when(f.withdraw(IVAN, P1))
        .thenRejected(new Rejection.NotAnAuthor(IVAN.id(), P1));
  }

  @Test
  void rejectsAWithdrawalByAnUnknownActor() {
    Spec.given(twoProposals())
        .when(f.withdraw(Actor.of("nobody", "Nobody", ActorKind.INHABITANT), P1))
        .thenRejected(new Rejection.Unknown(Entity.ACTOR, "nobody"));
  }

  @Test
  void rejectsAWithdrawalOnceTheActionHasStarted() {
    Run run = f.inAction(Charters.projectLogic());
    Spec.given(run)
        .when(f.withdraw(ASSO, P2))
        .thenRejected(
            new Rejection.WrongPhase(
                Activity.PROPOSE, Phase.ACTION, Command.WithdrawProposal.class));
  }

  @Test
  void rejectsAWithdrawalWhileTheProposalIsUnderDeliberation() {
    Run run = f.inNegotiation(Charters.projectLogic()).ok(f.openRound(FACILITATOR, P1));
    Spec.given(run).when(f.withdraw(INES, P1)).thenRejected(new Rejection.UnderDeliberation(P1, 1));
  }

  @Test
  void rejectsNegotiatingWithoutAnyProposal() {
    Run run = f.inProposals(Charters.projectLogic());
    Spec.given(run).when(f.advance(FACILITATOR)).thenRejected(new Rejection.NoOpenProposal());
  }

  @Test
  void rejectsNegotiatingWhenEveryProposalWasWithdrawn() {
    Run run = twoProposals().ok(f.withdraw(INES, P1), f.withdraw(ASSO, P2));
    Spec.given(run).when(f.advance(FACILITATOR)).thenRejected(new Rejection.NoOpenProposal());
  }

  @Test
  void rejectsAWithdrawalAfterTheDeadlineOfThePhase() {
    Instant deadline = Fixture.START.plus(Duration.ofDays(1));
    Charter charter =
        Charter.builder()
            .from(Charters.projectLogic())
            .putDeadlines(Phase.PROPOSALS, deadline)
            .build();
    Run run = f.inProposals(charter).ok(f.submit(INES, P1, YOUTH));
    f.skip(Duration.ofDays(2));
    Command command = f.withdraw(INES, P1);
    Spec.given(run)
        .when(command)
        .thenRejected(
            new Rejection.DeadlinePassed(
                Phase.PROPOSALS, deadline, command.at(), Command.WithdrawProposal.class));
  }
}
