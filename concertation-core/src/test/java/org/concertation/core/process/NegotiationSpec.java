package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.concertation.core.process.Fixture.ASSO;
import static org.concertation.core.process.Fixture.FACILITATOR;
import static org.concertation.core.process.Fixture.INES;
import static org.concertation.core.process.Fixture.IVAN;
import static org.concertation.core.process.Fixture.LANDLORD;
import static org.concertation.core.process.Fixture.OWNER;
import static org.concertation.core.process.Fixture.P1;
import static org.concertation.core.process.Fixture.P2;
import static org.concertation.core.process.Fixture.P3;
import static org.concertation.core.process.Fixture.P4;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.decision.Electorate;
import org.concertation.api.decision.Outcome;
import org.concertation.api.decision.Verdict;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.Position;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.Event;
import org.concertation.api.event.RoundDecision;
import org.concertation.api.rejection.Entity;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.Charters;
import org.concertation.core.decision.PositionRules;
import org.concertation.core.text.GroundsText;
import org.concertation.core.text.Texts;
import org.junit.jupiter.api.Test;

class NegotiationSpec {
  private static final Actor PREFECTURE =
      Actor.of("prefecture", "Prefecture", ActorKind.INSTITUTION);

  private final Fixture f = new Fixture();

  private Run roundOnP1() {
    return f.inNegotiation(Charters.projectLogic()).ok(f.openRound(FACILITATOR, P1));
  }

  /** Closes round after round with no position on p2, so it is carried over each time. */
  private Run emptyRounds(int rounds) {
    Run run = f.inNegotiation(Charters.projectLogic());
    for (int i = 0; i < rounds; i++) {
      run.ok(f.openRound(FACILITATOR, P2), f.closeRound(FACILITATOR));
    }
    return run;
  }

  @Test
  void theFacilitatorOpensARoundUnderTheCharterRule() {
    Run run = f.inNegotiation(Charters.projectLogic());
    Command command = f.openRound(FACILITATOR, P1, P2);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(
                new Event.RoundOpened(
                    command.at(),
                    FACILITATOR.id(),
                    1,
                    ImmutableList.of(P1, P2),
                    Charters.projectLogic().rule()));
    assertThat(after.openRound())
        .hasValueSatisfying(r -> assertThat(r.agenda()).containsExactly(P1, P2));
    assertThat(after.roundsHeld()).isEqualTo(1);
  }

  @Test
  void rejectsARoundOpenedByTheOwnerUnderTheProjectLogic() {
    Spec.given(f.inNegotiation(Charters.projectLogic()))
        .when(f.openRound(OWNER, P1))
        .thenRejected(
            new Rejection.NotPermitted(
                OWNER.id(), Activity.CHAIR, Phase.NEGOTIATION, Command.OpenRound.class));
  }

  @Test
  void rejectsARoundBeforeTheNegotiation() {
    Run run = f.inProposals(Charters.projectLogic()).ok(f.submit(INES, P1, Fixture.YOUTH));
    Spec.given(run)
        .when(f.openRound(FACILITATOR, P1))
        .thenRejected(
            new Rejection.WrongPhase(Activity.CHAIR, Phase.PROPOSALS, Command.OpenRound.class));
  }

  @Test
  void rejectsASecondOpenRound() {
    Spec.given(roundOnP1())
        .when(f.openRound(FACILITATOR, P2))
        .thenRejected(new Rejection.RoundOpen(1));
  }

  @Test
  void rejectsAnEmptyAgenda() {
    Spec.given(f.inNegotiation(Charters.projectLogic()))
        .when(f.openRound(FACILITATOR))
        .thenRejected(new Rejection.EmptyAgenda());
  }

  @Test
  void rejectsAnAgendaWithAnUnknownProposal() {
    Spec.given(f.inNegotiation(Charters.projectLogic()))
        .when(f.openRound(FACILITATOR, P1, P4))
        .thenRejected(new Rejection.Unknown(Entity.PROPOSAL, "p4"));
  }

  @Test
  void rejectsAnAgendaWithAnAdoptedProposal() {
    Spec.given(f.p1Adopted(Charters.projectLogic()))
        .when(f.openRound(FACILITATOR, P2, P1))
        .thenRejected(new Rejection.ProposalNotOpen(P1, ProposalStatus.ADOPTED));
  }

  @Test
  void rejectsARoundBeyondTheProjectLogicLimitOfThree() {
    Spec.given(emptyRounds(3))
        .when(f.openRound(FACILITATOR, P3))
        .thenRejected(new Rejection.RoundLimitReached(3));
  }

  @Test
  void rejectsASecondRoundUnderTheMissionLogic() {
    Run run = f.missionP1Adopted(Charters.missionLogic()).ok(f.submit(LANDLORD, P3, Fixture.YOUTH));
    Spec.given(run).when(f.openRound(OWNER, P3)).thenRejected(new Rejection.RoundLimitReached(1));
  }

  @Test
  void anInhabitantTakesAPosition() {
    Run run = roundOnP1();
    Command command = f.position(INES, P1, Stance.SUPPORT);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(
                new Event.PositionTaken(
                    command.at(),
                    1,
                    P1,
                    new Position(INES.id(), Stance.SUPPORT, Optional.empty())));
    assertThat(after.openRound().orElseThrow().positionsOn(P1)).containsOnlyKeys(INES.id());
  }

  @Test
  void anObjectionCarriesItsReason() {
    Run run = roundOnP1();
    Command command = f.object(IVAN, P1, "the club is too far");
    Spec.given(run)
        .when(command)
        .then(
            new Event.PositionTaken(
                command.at(), 1, P1, Position.objection(IVAN.id(), "the club is too far")));
  }

  @Test
  void rejectsASecondPositionFromTheSameActorInOneRound() {
    Run run = roundOnP1().ok(f.position(INES, P1, Stance.SUPPORT));
    Spec.given(run)
        .when(f.position(INES, P1, Stance.OPPOSE))
        .thenRejected(new Rejection.AlreadyPositioned(INES.id(), P1, 1));
  }

  @Test
  void anActorTakesAPositionAgainInTheNextRound() {
    Run run =
        f.inNegotiation(Charters.projectLogic())
            .ok(
                f.openRound(FACILITATOR, P2),
                f.position(INES, P2, Stance.OPPOSE),
                f.closeRound(FACILITATOR),
                f.openRound(FACILITATOR, P2));
    Spec.given(run).when(f.position(INES, P2, Stance.SUPPORT)).thenAccepted();
  }

  @Test
  void rejectsAPositionWithoutAnOpenRound() {
    Spec.given(f.inNegotiation(Charters.projectLogic()))
        .when(f.position(INES, P1, Stance.SUPPORT))
        .thenRejected(new Rejection.NoRoundOpen());
  }

  @Test
  void rejectsAPositionOnAProposalOffTheAgenda() {
    Spec.given(roundOnP1())
        .when(f.position(INES, P2, Stance.SUPPORT))
        .thenRejected(new Rejection.NotOnAgenda(P2, 1));
  }

  @Test
  void rejectsAPositionOnAnUnknownProposal() {
    Spec.given(roundOnP1())
        .when(f.position(INES, P4, Stance.SUPPORT))
        .thenRejected(new Rejection.Unknown(Entity.PROPOSAL, "p4"));
  }

  @Test
  void rejectsAPositionByTheFacilitatorUnderTheProjectLogic() {
    Spec.given(roundOnP1())
        .when(f.position(FACILITATOR, P1, Stance.SUPPORT))
        .thenRejected(
            new Rejection.NotPermitted(
                FACILITATOR.id(),
                Activity.TAKE_POSITION,
                Phase.NEGOTIATION,
                Command.TakePosition.class));
  }

  @Test
  void rejectsAPositionByAnInhabitantUnderTheMissionLogic() {
    Run run = f.missionInNegotiation(Charters.missionLogic()).ok(f.openRound(OWNER, P1));
    Spec.given(run)
        .when(f.position(INES, P1, Stance.SUPPORT))
        .thenRejected(
            new Rejection.NotPermitted(
                INES.id(), Activity.TAKE_POSITION, Phase.NEGOTIATION, Command.TakePosition.class));
  }

  @Test
  void rejectsAPositionBeforeTheNegotiation() {
    Spec.given(f.inProposals(Charters.projectLogic()))
        .when(f.position(INES, P1, Stance.SUPPORT))
        .thenRejected(
            new Rejection.WrongPhase(
                Activity.TAKE_POSITION, Phase.PROPOSALS, Command.TakePosition.class));
  }

  @Test
  void closingARoundAdoptsAProposalSupportedInEveryCollege() {
    Run run =
        roundOnP1()
            .ok(
                f.position(INES, P1, Stance.SUPPORT),
                f.position(ASSO, P1, Stance.SUPPORT),
                f.position(LANDLORD, P1, Stance.SUPPORT));
    Command command = f.closeRound(FACILITATOR);
    Spec.When when = Spec.given(run).when(command);
    Event.RoundClosed closed = when.thenSingle(Event.RoundClosed.class);
    assertThat(closed.at()).isEqualTo(command.at());
    assertThat(closed.by()).isEqualTo(FACILITATOR.id());
    assertThat(closed.round()).isEqualTo(1);
    assertThat(closed.decisions())
        .extracting(RoundDecision::proposal, RoundDecision::version, RoundDecision::status)
        .containsExactly(tuple(P1, 1, ProposalStatus.ADOPTED));
    assertThat(closed.decisions().get(0).outcome().verdict()).isEqualTo(Verdict.ADOPTED);
    assertThat(closed.decisions().get(0).outcome().tally().cast()).isEqualTo(3);
    ProcessState after = when.thenAccepted();
    assertThat(after.proposal(P1).orElseThrow().status()).isEqualTo(ProposalStatus.ADOPTED);
    assertThat(after.openRound()).isEmpty();
  }

  @Test
  void closingARoundRejectsAProposalOpposedInEveryCollege() {
    Run run =
        roundOnP1()
            .ok(
                f.position(INES, P1, Stance.OPPOSE),
                f.position(ASSO, P1, Stance.OPPOSE),
                f.position(LANDLORD, P1, Stance.OPPOSE));
    ProcessState after = Spec.given(run).when(f.closeRound(FACILITATOR)).thenAccepted();
    assertThat(after.proposal(P1).orElseThrow().status()).isEqualTo(ProposalStatus.REJECTED);
  }

  @Test
  void aProposalWithoutQuorumIsCarriedToTheNextRound() {
    Event.RoundClosed closed =
        Spec.given(roundOnP1()).when(f.closeRound(FACILITATOR)).thenSingle(Event.RoundClosed.class);
    assertThat(closed.decisions().get(0).outcome().verdict()).isEqualTo(Verdict.NO_QUORUM);
    assertThat(closed.decisions().get(0).status()).isEqualTo(ProposalStatus.OPEN);
  }

  @Test
  void aProposalStillUndecidedInTheLastRoundIsRejected() {
    Run run = emptyRounds(2).ok(f.openRound(FACILITATOR, P2));
    Event.RoundClosed closed =
        Spec.given(run).when(f.closeRound(FACILITATOR)).thenSingle(Event.RoundClosed.class);
    assertThat(closed.round()).isEqualTo(3);
    assertThat(closed.decisions().get(0).outcome().verdict()).isEqualTo(Verdict.NO_QUORUM);
    assertThat(closed.decisions().get(0).status()).isEqualTo(ProposalStatus.REJECTED);
  }

  @Test
  void aRoundDecidesOnTheVersionItDeliberated() {
    Run run =
        f.inNegotiation(Charters.projectLogic())
            .ok(f.amend(ASSO, P2, Fixture.MOBILITY), f.openRound(FACILITATOR, P2));
    Event.RoundClosed closed =
        Spec.given(run).when(f.closeRound(FACILITATOR)).thenSingle(Event.RoundClosed.class);
    assertThat(closed.decisions().get(0).version()).isEqualTo(2);
  }

  @Test
  void underTheMissionLogicTheInstitutionsDecideByASimpleMajority() {
    Run run =
        f.missionInNegotiation(Charters.missionLogic())
            .ok(
                f.register(OWNER, PREFECTURE, Role.PARTICIPANT),
                f.openRound(FACILITATOR, P1),
                f.position(OWNER, P1, Stance.SUPPORT),
                f.position(LANDLORD, P1, Stance.SUPPORT),
                f.position(PREFECTURE, P1, Stance.OPPOSE));
    ProcessState after = Spec.given(run).when(f.closeRound(FACILITATOR)).thenAccepted();
    assertThat(after.proposal(P1).orElseThrow().status()).isEqualTo(ProposalStatus.ADOPTED);
  }

  @Test
  void rejectsAPositionByTheFacilitatorUnderTheMissionLogic() {
    // the mission logic lets institutions decide, but only those taking part, not those running it
    Run run = f.missionInNegotiation(Charters.missionLogic()).ok(f.openRound(FACILITATOR, P1));
    Spec.given(run)
        .when(f.position(FACILITATOR, P1, Stance.SUPPORT))
        .thenRejected(
            new Rejection.NotPermitted(
                FACILITATOR.id(),
                Activity.TAKE_POSITION,
                Phase.NEGOTIATION,
                Command.TakePosition.class));
  }

  @Test
  void rejectsClosingWithoutAnOpenRound() {
    Spec.given(f.inNegotiation(Charters.projectLogic()))
        .when(f.closeRound(FACILITATOR))
        .thenRejected(new Rejection.NoRoundOpen());
  }

  @Test
  void rejectsClosingARoundByAParticipant() {
    Spec.given(roundOnP1())
        .when(f.closeRound(INES))
        .thenRejected(
            new Rejection.NotPermitted(
                INES.id(), Activity.CHAIR, Phase.NEGOTIATION, Command.CloseRound.class));
  }

  @Test
  void rejectsLeavingTheNegotiationWhileARoundIsOpen() {
    Spec.given(roundOnP1()).when(f.advance(FACILITATOR)).thenRejected(new Rejection.RoundOpen(1));
  }

  @Test
  void theNegotiationEndsWhenNoRoundIsOpen() {
    Run run = f.p1Adopted(Charters.projectLogic());
    Command command = f.advance(FACILITATOR);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(
                new Event.PhaseAdvanced(
                    command.at(), FACILITATOR.id(), Phase.NEGOTIATION, Phase.ACTION));
    assertThat(after.phase()).isEqualTo(Phase.ACTION);
  }

  @Test
  void aProposalOpposedByTheInstitutionsIsRejectedUnderTheProjectLogic() {
    Run run =
        roundOnP1()
            .ok(
                f.position(INES, P1, Stance.SUPPORT),
                f.position(IVAN, P1, Stance.SUPPORT),
                f.position(ASSO, P1, Stance.SUPPORT),
                f.position(LANDLORD, P1, Stance.OPPOSE),
                f.position(OWNER, P1, Stance.OPPOSE));
    Event.RoundClosed closed =
        Spec.given(run).when(f.closeRound(FACILITATOR)).thenSingle(Event.RoundClosed.class);
    assertThat(closed.decisions().get(0).outcome().verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(closed.decisions().get(0).status()).isEqualTo(ProposalStatus.REJECTED);
  }

  @Test
  void aTieInACollegeIsCarriedOverUnderTheProjectLogic() {
    Run run =
        roundOnP1()
            .ok(
                f.position(INES, P1, Stance.SUPPORT),
                f.position(IVAN, P1, Stance.OPPOSE),
                f.position(ASSO, P1, Stance.SUPPORT),
                f.position(LANDLORD, P1, Stance.SUPPORT));
    Event.RoundClosed closed =
        Spec.given(run).when(f.closeRound(FACILITATOR)).thenSingle(Event.RoundClosed.class);
    assertThat(closed.decisions().get(0).outcome().verdict()).isEqualTo(Verdict.TIED);
    assertThat(closed.decisions().get(0).status()).isEqualTo(ProposalStatus.OPEN);
  }

  @Test
  void aReasonedObjectionDoesNotBlockUnderTheMissionLogic() {
    Run run =
        f.missionInNegotiation(Charters.missionLogic())
            .ok(
                f.register(OWNER, PREFECTURE, Role.PARTICIPANT),
                f.openRound(OWNER, P1),
                f.position(OWNER, P1, Stance.SUPPORT),
                f.position(PREFECTURE, P1, Stance.SUPPORT),
                f.object(LANDLORD, P1, "the budget is not there"));
    Event.RoundClosed closed =
        Spec.given(run).when(f.closeRound(OWNER)).thenSingle(Event.RoundClosed.class);
    assertThat(closed.decisions().get(0).outcome().verdict()).isEqualTo(Verdict.ADOPTED);
    assertThat(closed.decisions().get(0).outcome().tally().objections()).hasSize(1);
  }

  @Test
  void aRoundUsesTheRuleTheCharterSetsForItsNumber() {
    Charter charter =
        Charter.builder()
            .from(Charters.projectLogic())
            .putRoundRules(2, DecisionRule.consent())
            .build();
    Run run = f.inNegotiation(charter).ok(f.openRound(FACILITATOR, P2), f.closeRound(FACILITATOR));
    Event.RoundOpened opened =
        Spec.given(run).when(f.openRound(FACILITATOR, P2)).thenSingle(Event.RoundOpened.class);
    assertThat(opened.round()).isEqualTo(2);
    assertThat(opened.rule()).isEqualTo(DecisionRule.consent());
  }

  @Test
  void theRoundKeepsTheRuleItOpenedWith() {
    Charter charter =
        Charter.builder()
            .from(Charters.projectLogic())
            .putRoundRules(2, DecisionRule.consent())
            .build();
    Run run =
        f.inNegotiation(charter)
            .ok(
                f.openRound(FACILITATOR, P2),
                f.closeRound(FACILITATOR),
                f.openRound(FACILITATOR, P2));
    Event.RoundClosed closed =
        Spec.given(run).when(f.closeRound(FACILITATOR)).thenSingle(Event.RoundClosed.class);
    assertThat(closed.decisions().get(0).outcome().rule()).isEqualTo(DecisionRule.consent());
    assertThat(closed.decisions().get(0).status()).isEqualTo(ProposalStatus.ADOPTED);
  }

  @Test
  void anActorOfAKindWithoutCollegeCountsTowardsTheQuorumOnly() {
    Actor company = Actor.of("bakery", "Bakery", ActorKind.of("company"));
    Run run =
        f.inNegotiation(Charters.projectLogic())
            .ok(
                f.join(company),
                f.openRound(FACILITATOR, P1),
                f.position(company, P1, Stance.OPPOSE),
                f.position(INES, P1, Stance.SUPPORT),
                f.position(ASSO, P1, Stance.SUPPORT),
                f.position(LANDLORD, P1, Stance.SUPPORT));
    Event.RoundClosed closed =
        Spec.given(run).when(f.closeRound(FACILITATOR)).thenSingle(Event.RoundClosed.class);
    assertThat(closed.decisions().get(0).outcome().tally().cast()).isEqualTo(4);
    assertThat(closed.decisions().get(0).status()).isEqualTo(ProposalStatus.ADOPTED);
  }

  @Test
  void rejectsOpeningARoundAfterTheNegotiationDeadline() {
    Instant deadline = Fixture.START.plus(Duration.ofDays(1));
    Charter charter =
        Charter.builder()
            .from(Charters.projectLogic())
            .putDeadlines(Phase.NEGOTIATION, deadline)
            .build();
    Run run = f.inNegotiation(charter);
    f.skip(Duration.ofDays(2));
    Command command = f.openRound(FACILITATOR, P1);
    Spec.given(run)
        .when(command)
        .thenRejected(
            new Rejection.DeadlinePassed(
                Phase.NEGOTIATION, deadline, command.at(), Command.OpenRound.class));
  }

  @Test
  void rejectsAPositionAfterTheNegotiationDeadline() {
    Instant deadline = Fixture.START.plus(Duration.ofDays(1));
    Charter charter =
        Charter.builder()
            .from(Charters.projectLogic())
            .putDeadlines(Phase.NEGOTIATION, deadline)
            .build();
    Run run = f.inNegotiation(charter).ok(f.openRound(FACILITATOR, P1));
    f.skip(Duration.ofDays(2));
    Command command = f.position(INES, P1, Stance.SUPPORT);
    Spec.given(run)
        .when(command)
        .thenRejected(
            new Rejection.DeadlinePassed(
                Phase.NEGOTIATION, deadline, command.at(), Command.TakePosition.class));
  }

  @Test
  void theOpenRoundIsStillClosedAfterTheNegotiationDeadline() {
    Instant deadline = Fixture.START.plus(Duration.ofDays(1));
    Charter charter =
        Charter.builder()
            .from(Charters.projectLogic())
            .putDeadlines(Phase.NEGOTIATION, deadline)
            .build();
    Run run =
        f.inNegotiation(charter)
            .ok(f.openRound(FACILITATOR, P1), f.position(INES, P1, Stance.SUPPORT));
    f.skip(Duration.ofDays(2));
    ProcessState after = Spec.given(run).when(f.closeRound(FACILITATOR)).thenAccepted();
    assertThat(after.openRound()).isEmpty();
  }

  @Test
  void closingARoundRecordsTheOutcomeOfTheRuleOverTheWholeElectorate() {
    Run run =
        roundOnP1()
            .ok(
                f.position(INES, P1, Stance.SUPPORT),
                f.position(ASSO, P1, Stance.SUPPORT),
                f.position(LANDLORD, P1, Stance.SUPPORT));
    Command command = f.closeRound(FACILITATOR);
    CollegeId institutions = CollegeId.of("institutions");
    CollegeId inhabitants = CollegeId.of("inhabitants");
    CollegeId associations = CollegeId.of("associations");
    Electorate electorate =
        new Electorate(
            ImmutableSet.of(OWNER.id(), LANDLORD.id(), INES.id(), IVAN.id(), ASSO.id()),
            ImmutableMap.of(
                OWNER.id(), institutions,
                LANDLORD.id(), institutions,
                INES.id(), inhabitants,
                IVAN.id(), inhabitants,
                ASSO.id(), associations),
            ImmutableMap.of(institutions, 1, inhabitants, 1, associations, 1));
    Outcome outcome =
        PositionRules.decide(
            Charters.projectLogic().rule(),
            electorate,
            run.state().openRound().orElseThrow().positionsOn(P1).values());
    Spec.given(run)
        .when(command)
        .then(
            new Event.RoundClosed(
                command.at(),
                FACILITATOR.id(),
                1,
                ImmutableList.of(new RoundDecision(P1, 1, outcome, ProposalStatus.ADOPTED))));
  }

  @Test
  void theTallyListsTheCollegesInTheCharterOrder() {
    Run run =
        roundOnP1()
            .ok(
                f.position(INES, P1, Stance.SUPPORT),
                f.position(ASSO, P1, Stance.SUPPORT),
                f.position(LANDLORD, P1, Stance.SUPPORT));
    Event.RoundClosed closed =
        Spec.given(run).when(f.closeRound(FACILITATOR)).thenSingle(Event.RoundClosed.class);
    assertThat(closed.decisions().get(0).outcome().tally().colleges().keySet())
        .containsExactly(
            CollegeId.of("institutions"),
            CollegeId.of("inhabitants"),
            CollegeId.of("associations"));
    assertThat(
            GroundsText.explanation(
                closed.decisions().get(0).outcome(), Texts.of(Locale.ENGLISH), id -> id.value()))
        .contains("in 'institutions'");
  }
}
