package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.process.Fixture.A1;
import static org.concertation.core.process.Fixture.ASSO;
import static org.concertation.core.process.Fixture.FACILITATOR;
import static org.concertation.core.process.Fixture.I1;
import static org.concertation.core.process.Fixture.INES;
import static org.concertation.core.process.Fixture.IVAN;
import static org.concertation.core.process.Fixture.LANDLORD;
import static org.concertation.core.process.Fixture.O1;
import static org.concertation.core.process.Fixture.OWNER;
import static org.concertation.core.process.Fixture.P1;
import static org.concertation.core.process.Fixture.P2;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.concertation.api.charter.Activity;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.EffectTarget;
import org.concertation.api.domain.IndicatorId;
import org.concertation.api.domain.ObjectiveId;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.ResourceKind;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Entity;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.Charters;
import org.concertation.core.history.Means;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.personal.PersonalValues;
import org.junit.jupiter.api.Test;

/** Expected effects with a horizon, and what carriers delivered against their commitments. */
class MeansSpec {
  private static final IndicatorId E1 = IndicatorId.of("e1");
  private static final LocalDate HORIZON = LocalDate.of(2027, 6, 30);

  private final Fixture f = new Fixture();

  private Command expect(Actor by, IndicatorId id, EffectTarget target, LocalDate horizon) {
    return new Command.ExpectEffect(
        by.id(),
        f.at(),
        id,
        target,
        "young people in the workshops",
        "people",
        BigDecimal.valueOf(40),
        horizon);
  }

  private Command deliver(Actor by, int commitment, ResourceKind kind, long quantity) {
    return Command.RecordDelivery.of(
        by.id(), f.at(), A1, commitment, kind, BigDecimal.valueOf(quantity), Optional.empty());
  }

  // ------------------------------------------------------------ expected effects

  @Test
  void aParticipantExpectsAnEffectOfAProposalBeforeTheDecision() {
    Run run = f.inNegotiation(Charters.projectLogic());
    Command command = expect(INES, E1, EffectTarget.proposal(P1), HORIZON);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(
                new Event.EffectExpected(
                    command.at(),
                    INES.id(),
                    E1,
                    EffectTarget.proposal(P1),
                    "young people in the workshops",
                    "people",
                    BigDecimal.valueOf(40),
                    HORIZON));
    assertThat(after.effects).containsEntry(E1, HORIZON);
  }

  @Test
  void anEffectIsExpectedOfAnAdoptedObjectiveWhileActing() {
    Spec.given(f.inAction(Charters.projectLogic()))
        .when(expect(FACILITATOR, E1, EffectTarget.objective(O1), HORIZON))
        .thenAccepted();
  }

  @Test
  void theObservedValueOfAnExpectedEffectIsReportedAsAnIndicatorsIs() {
    Run run =
        f.inAction(Charters.projectLogic())
            .ok(expect(FACILITATOR, E1, EffectTarget.objective(O1), HORIZON));
    Command report = f.report(ASSO, E1, 44);
    Spec.given(run)
        .when(report)
        .then(new Event.IndicatorReported(report.at(), ASSO.id(), E1, BigDecimal.valueOf(44)));
  }

  @Test
  void theReadModelComparesExpectedWithObservedByTheHorizon() {
    Run run =
        f.inAction(Charters.projectLogic())
            .ok(
                expect(FACILITATOR, E1, EffectTarget.objective(O1), HORIZON),
                f.report(ASSO, E1, 35));
    ProcessHistory history = ProcessHistory.of(Charters.projectLogic(), run.events());
    assertThat(history.effects())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.target()).isEqualTo(EffectTarget.objective(O1));
              assertThat(e.horizon()).isEqualTo(HORIZON);
              assertThat(e.expected()).isEqualByComparingTo("40");
              assertThat(e.observed().orElseThrow().value()).isEqualByComparingTo("35");
              assertThat(e.met()).isFalse();
            });
    assertThat(history.indicators()).isEmpty();
  }

  @Test
  void rejectsAnEffectOfAnUnknownProposal() {
    Spec.given(f.inNegotiation(Charters.projectLogic()))
        .when(expect(INES, E1, EffectTarget.proposal(ProposalId.of("p9")), HORIZON))
        .thenRejected(new Rejection.Unknown(Entity.PROPOSAL, "p9"));
  }

  @Test
  void rejectsAnEffectOfAnUnknownObjective() {
    Spec.given(f.inAction(Charters.projectLogic()))
        .when(expect(INES, E1, EffectTarget.objective(ObjectiveId.of("o9")), HORIZON))
        .thenRejected(new Rejection.Unknown(Entity.OBJECTIVE, "o9"));
  }

  @Test
  void rejectsAnEffectOfAWithdrawnProposal() {
    Run run = f.inNegotiation(Charters.projectLogic()).ok(f.withdraw(ASSO, P2));
    Spec.given(run)
        .when(expect(INES, E1, EffectTarget.proposal(P2), HORIZON))
        .thenRejected(new Rejection.ProposalNotOpen(P2, ProposalStatus.WITHDRAWN));
  }

  @Test
  void rejectsAnEffectWhoseIdentityAnActionsIndicatorHolds() {
    Spec.given(f.inEvaluation(Charters.projectLogic()))
        .when(expect(INES, I1, EffectTarget.objective(O1), HORIZON))
        .thenRejected(new Rejection.AlreadyExists(Entity.INDICATOR, "i1"));
  }

  @Test
  void rejectsAnIndicatorOfAnActionWhoseIdentityAnEffectHolds() {
    Run run =
        f.inAction(Charters.projectLogic())
            .ok(
                f.launch(FACILITATOR, A1, O1),
                expect(FACILITATOR, E1, EffectTarget.objective(O1), HORIZON));
    Spec.given(run)
        .when(f.defineIndicator(FACILITATOR, E1, A1))
        .thenRejected(new Rejection.AlreadyExists(Entity.INDICATOR, "e1"));
  }

  @Test
  void rejectsAHorizonAlreadyPast() {
    Run run = f.inNegotiation(Charters.projectLogic());
    Command command = expect(INES, E1, EffectTarget.proposal(P1), LocalDate.of(2026, 3, 1));
    Spec.given(run)
        .when(command)
        .thenRejected(new Rejection.HorizonPassed(LocalDate.of(2026, 3, 1), command.at()));
  }

  @Test
  void aHorizonOnTheDayItIsStatedIsAccepted() {
    Spec.given(f.inNegotiation(Charters.projectLogic()))
        .when(expect(INES, E1, EffectTarget.proposal(P1), LocalDate.of(2026, 3, 2)))
        .thenAccepted();
  }

  @Test
  void rejectsAnEffectExpectedDuringTheDiagnosis() {
    Spec.given(f.inDiagnosis(Charters.projectLogic()))
        .when(expect(INES, E1, EffectTarget.proposal(P1), HORIZON))
        .thenRejected(
            new Rejection.WrongPhase(Activity.REPORT, Phase.DIAGNOSIS, Command.ExpectEffect.class));
  }

  @Test
  void underTheMissionLogicOnlyTheOwnerSetsExpectedEffects() {
    Run run = f.missionInNegotiation(Charters.missionLogic());
    Spec.given(run)
        .when(expect(LANDLORD, E1, EffectTarget.proposal(P1), HORIZON))
        .thenRejected(
            new Rejection.NotPermitted(
                LANDLORD.id(), Activity.REPORT, Phase.NEGOTIATION, Command.ExpectEffect.class));
    Spec.given(run).when(expect(OWNER, E1, EffectTarget.proposal(P1), HORIZON)).thenAccepted();
  }

  // ------------------------------------------------------------ deliveries

  @Test
  void aCarrierRecordsWhatItDelivered() {
    Run run = f.inEvaluation(Charters.projectLogic());
    Command command =
        Command.RecordDelivery.of(
            INES.id(),
            f.at(),
            A1,
            1,
            ResourceKind.HOURS,
            BigDecimal.valueOf(12),
            Optional.of("two workshops cancelled"));
    Spec.given(run)
        .when(command)
        .then(
            new Event.DeliveryRecorded(
                command.at(),
                INES.id(),
                A1,
                1,
                ResourceKind.HOURS,
                BigDecimal.valueOf(12),
                ((Command.RecordDelivery) command).note()));
  }

  @Test
  void aDeliveryIsRecordedWhileActing() {
    Run run =
        f.inAction(Charters.projectLogic()).ok(f.launch(FACILITATOR, A1, O1), f.commit(INES, A1));
    Spec.given(run).when(deliver(INES, 1, ResourceKind.HOURS, 5)).thenAccepted();
  }

  @Test
  void deliveriesAddUpAndMayExceedTheCommitment() {
    Run run =
        f.inEvaluation(Charters.projectLogic())
            .ok(
                deliver(INES, 1, ResourceKind.HOURS, 15),
                deliver(INES, 1, ResourceKind.HOURS, 9),
                deliver(LANDLORD, 2, ResourceKind.HOURS, 8));
    Means means = ProcessHistory.of(Charters.projectLogic(), run.events()).means();
    assertThat(means.commitments())
        .extracting(m -> m.delivered().intValueExact())
        .containsExactly(24, 8);
    assertThat(means.byCarrier().get(INES.id()).get(ResourceKind.HOURS))
        .isEqualTo(new Means.Balance(BigDecimal.valueOf(20), BigDecimal.valueOf(24)));
    assertThat(means.byActorKind().get(LANDLORD.kind()).get(ResourceKind.HOURS))
        .isEqualTo(new Means.Balance(BigDecimal.valueOf(20), BigDecimal.valueOf(8)));
    assertThat(means.byAction().get(A1).get(ResourceKind.HOURS))
        .isEqualTo(new Means.Balance(BigDecimal.valueOf(40), BigDecimal.valueOf(32)));
    assertThat(means.total().get(ResourceKind.HOURS).ratio()).isEqualByComparingTo("0.8");
  }

  @Test
  void rejectsADeliveryToAnUnknownAction() {
    Spec.given(f.inEvaluation(Charters.projectLogic()))
        .when(
            Command.RecordDelivery.of(
                INES.id(),
                f.at(),
                ActionId.of("a9"),
                1,
                ResourceKind.HOURS,
                BigDecimal.TEN,
                Optional.empty()))
        .thenRejected(new Rejection.Unknown(Entity.ACTION, "a9"));
  }

  @Test
  void rejectsADeliveryAgainstAnUnknownCommitment() {
    Spec.given(f.inEvaluation(Charters.projectLogic()))
        .when(deliver(INES, 3, ResourceKind.HOURS, 10))
        .thenRejected(new Rejection.Unknown(Entity.COMMITMENT, "a1#3"));
  }

  @Test
  void rejectsADeliveryByAnotherThanTheCarrier() {
    Spec.given(f.inEvaluation(Charters.projectLogic()))
        .when(deliver(IVAN, 1, ResourceKind.HOURS, 10))
        .thenRejected(new Rejection.NotTheCarrier(IVAN.id(), A1, 1, INES.id()));
  }

  @Test
  void rejectsADeliveryCountedInAnotherKindThanItsCommitment() {
    Spec.given(f.inEvaluation(Charters.projectLogic()))
        .when(deliver(INES, 1, ResourceKind.MONEY, 300))
        .thenRejected(
            new Rejection.WrongDeliveryKind(A1, 1, ResourceKind.HOURS, ResourceKind.MONEY));
  }

  @Test
  void rejectsANegativeDelivery() {
    Spec.given(f.inEvaluation(Charters.projectLogic()))
        .when(deliver(INES, 1, ResourceKind.HOURS, -5))
        .thenRejected(new Rejection.DeliveryNotPositive(BigDecimal.valueOf(-5)));
  }

  @Test
  void rejectsADeliveryOfNothing() {
    Spec.given(f.inEvaluation(Charters.projectLogic()))
        .when(deliver(INES, 1, ResourceKind.HOURS, 0))
        .thenRejected(new Rejection.DeliveryNotPositive(BigDecimal.ZERO));
  }

  @Test
  void rejectsADeliveryBeforeTheAction() {
    Spec.given(f.inNegotiation(Charters.projectLogic()))
        .when(deliver(INES, 1, ResourceKind.HOURS, 10))
        .thenRejected(
            new Rejection.WrongPhase(
                Activity.COMMIT, Phase.NEGOTIATION, Command.RecordDelivery.class));
  }

  @Test
  void rejectsADeliveryByAnActorNeverRegistered() {
    Actor stranger = Actor.of("stranger", "Stranger", INES.kind());
    Spec.given(f.inEvaluation(Charters.projectLogic()))
        .when(deliver(stranger, 1, ResourceKind.HOURS, 10))
        .thenRejected(new Rejection.Unknown(Entity.ACTOR, "stranger"));
  }

  @Test
  void theNoteOfADeliveryIsTheCarriersPersonalValue() {
    Event delivered =
        new Event.DeliveryRecorded(
            Fixture.START,
            INES.id(),
            A1,
            1,
            ResourceKind.HOURS,
            BigDecimal.ONE,
            Optional.of(org.concertation.api.domain.PersonalText.of("late, but done")));
    assertThat(PersonalValues.of(delivered))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.field()).isEqualTo("note");
              assertThat(v.actor()).isEqualTo(INES.id());
            });
  }
}
