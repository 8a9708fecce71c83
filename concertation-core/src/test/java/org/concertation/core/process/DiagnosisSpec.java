package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.process.Fixture.ASSO;
import static org.concertation.core.process.Fixture.FACILITATOR;
import static org.concertation.core.process.Fixture.INES;
import static org.concertation.core.process.Fixture.LANDLORD;
import static org.concertation.core.process.Fixture.MOBILITY;
import static org.concertation.core.process.Fixture.OWNER;
import static org.concertation.core.process.Fixture.START;
import static org.concertation.core.process.Fixture.YOUTH;

import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.StakeId;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Entity;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.Charters;
import org.junit.jupiter.api.Test;

class DiagnosisSpec {
  private static final StakeId HOUSING = StakeId.of("housing");

  private final Fixture f = new Fixture();

  @Test
  void theOwnerOpensTheDiagnosis() {
    Run run = f.framed(Charters.projectLogic());
    Command command = f.advance(OWNER);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(
                new Event.PhaseAdvanced(command.at(), OWNER.id(), Phase.FRAMING, Phase.DIAGNOSIS));
    assertThat(after.phase()).isEqualTo(Phase.DIAGNOSIS);
  }

  @Test
  void rejectsAdvancingByAParticipant() {
    Run run = f.framed(Charters.projectLogic());
    Spec.given(run)
        .when(f.advance(INES))
        .thenRejected(
            new Rejection.NotPermitted(
                INES.id(), Activity.FACILITATE, Phase.FRAMING, Command.AdvancePhase.class));
  }

  @Test
  void anInhabitantIdentifiesAStakeNotYetValidated() {
    Run run = f.inDiagnosis(Charters.projectLogic());
    Command command = f.identify(INES, HOUSING);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(new Event.StakeIdentified(command.at(), INES.id(), HOUSING, "stake " + HOUSING));
    assertThat(after.stakes().get(HOUSING).validated()).isFalse();
  }

  @Test
  void rejectsAStakeIdentifiedTwice() {
    Run run = f.inDiagnosis(Charters.projectLogic());
    Spec.given(run)
        .when(f.identify(ASSO, YOUTH))
        .thenRejected(new Rejection.AlreadyExists(Entity.STAKE, "youth"));
  }

  @Test
  void rejectsAStakeIdentifiedBeforeTheDiagnosis() {
    Run run = f.framed(Charters.projectLogic());
    Spec.given(run)
        .when(f.identify(INES, YOUTH))
        .thenRejected(
            new Rejection.WrongPhase(
                Activity.CONTRIBUTE, Phase.FRAMING, Command.IdentifyStake.class));
  }

  @Test
  void theFacilitatorValidatesAStake() {
    Run run = f.inDiagnosis(Charters.projectLogic());
    Command command = f.validate(FACILITATOR, YOUTH);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(new Event.StakeValidated(command.at(), FACILITATOR.id(), YOUTH));
    assertThat(after.stakes().get(YOUTH).validated()).isTrue();
    assertThat(after.validatedStakes()).isEqualTo(1);
  }

  @Test
  void rejectsAStakeValidatedTwice() {
    Run run = f.inDiagnosis(Charters.projectLogic()).ok(f.validate(FACILITATOR, YOUTH));
    Spec.given(run)
        .when(f.validate(OWNER, YOUTH))
        .thenRejected(new Rejection.StakeAlreadyValidated(YOUTH));
  }

  @Test
  void rejectsTheValidationOfAnUnknownStake() {
    Run run = f.inDiagnosis(Charters.projectLogic());
    Spec.given(run)
        .when(f.validate(FACILITATOR, HOUSING))
        .thenRejected(new Rejection.Unknown(Entity.STAKE, "housing"));
  }

  @Test
  void rejectsAValidationByAParticipant() {
    Run run = f.inDiagnosis(Charters.projectLogic());
    Spec.given(run)
        .when(f.validate(INES, YOUTH))
        .thenRejected(
            new Rejection.NotPermitted(
                INES.id(), Activity.VALIDATE_STAKE, Phase.DIAGNOSIS, Command.ValidateStake.class));
  }

  @Test
  void underTheMissionLogicOnlyTheOwnerValidates() {
    Run run = f.inDiagnosis(Charters.missionLogic());
    Spec.given(run)
        .when(f.validate(FACILITATOR, YOUTH))
        .thenRejected(
            new Rejection.NotPermitted(
                FACILITATOR.id(),
                Activity.VALIDATE_STAKE,
                Phase.DIAGNOSIS,
                Command.ValidateStake.class));
  }

  @Test
  void anAssociationContributesOnStakes() {
    Run run = f.inDiagnosis(Charters.projectLogic());
    Command command = f.contribute(ASSO, YOUTH, MOBILITY);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(
                new Event.ContributionMade(
                    command.at(),
                    ASSO.id(),
                    "observation by " + ASSO.name(),
                    ImmutableSet.of(YOUTH, MOBILITY)));
    assertThat(after.contributionsByKind()).containsEntry(ActorKind.ASSOCIATION, 1);
    assertThat(after.contributions()).isEqualTo(1);
  }

  @Test
  void rejectsAContributionOnAnUnknownStake() {
    Run run = f.inDiagnosis(Charters.projectLogic());
    Spec.given(run)
        .when(f.contribute(INES, YOUTH, HOUSING))
        .thenRejected(new Rejection.Unknown(Entity.STAKE, "housing"));
  }

  @Test
  void rejectsAContributionByTheFacilitatorUnderTheProjectLogic() {
    Run run = f.inDiagnosis(Charters.projectLogic());
    Spec.given(run)
        .when(f.contribute(FACILITATOR, YOUTH))
        .thenRejected(
            new Rejection.NotPermitted(
                FACILITATOR.id(), Activity.CONTRIBUTE, Phase.DIAGNOSIS, Command.Contribute.class));
  }

  @Test
  void rejectsAContributionAfterTheDiagnosisDeadline() {
    Instant deadline = START.plus(Duration.ofHours(2));
    Charter charter =
        Charter.builder()
            .from(Charters.projectLogic())
            .putDeadlines(Phase.DIAGNOSIS, deadline)
            .build();
    Run run = f.inDiagnosis(charter);
    f.skip(Duration.ofHours(3));
    Command command = f.contribute(INES, YOUTH);
    Spec.given(run)
        .when(command)
        .thenRejected(
            new Rejection.DeadlinePassed(
                Phase.DIAGNOSIS, deadline, command.at(), Command.Contribute.class));
  }

  @Test
  void theDeadlineDoesNotStopTheFacilitatorFromMovingOn() {
    Instant deadline = START.plus(Duration.ofHours(2));
    Charter charter =
        Charter.builder()
            .from(Charters.projectLogic())
            .putDeadlines(Phase.DIAGNOSIS, deadline)
            .build();
    Run run =
        f.inDiagnosis(charter)
            .ok(
                f.validate(FACILITATOR, YOUTH),
                f.contribute(INES, YOUTH),
                f.contribute(ASSO, YOUTH),
                f.contribute(LANDLORD, YOUTH));
    f.skip(Duration.ofHours(3));
    ProcessState after = Spec.given(run).when(f.advance(FACILITATOR)).thenAccepted();
    assertThat(after.phase()).isEqualTo(Phase.PROPOSALS);
  }

  @Test
  void rejectsLeavingTheDiagnosisWithNoContributionAndNoValidatedStake() {
    Run run = f.inDiagnosis(Charters.projectLogic());
    Spec.given(run)
        .when(f.advance(FACILITATOR))
        .thenRejected(
            new Rejection.DiagnosisNotShared(
                ImmutableSet.of(ActorKind.INSTITUTION, ActorKind.INHABITANT, ActorKind.ASSOCIATION),
                0));
  }

  @Test
  void rejectsLeavingTheDiagnosisWhenEveryKindContributedButNoStakeIsValidated() {
    Run run =
        f.inDiagnosis(Charters.projectLogic())
            .ok(
                f.contribute(INES, YOUTH),
                f.contribute(ASSO, YOUTH),
                f.contribute(LANDLORD, YOUTH));
    Spec.given(run)
        .when(f.advance(FACILITATOR))
        .thenRejected(new Rejection.DiagnosisNotShared(ImmutableSet.of(), 0));
  }

  @Test
  void theDiagnosisIsSharedOnceEveryKindHasContributedAndAStakeIsValidated() {
    Run run =
        f.inDiagnosis(Charters.projectLogic())
            .ok(
                f.validate(FACILITATOR, YOUTH),
                f.contribute(INES, YOUTH),
                f.contribute(ASSO, YOUTH),
                f.contribute(LANDLORD, YOUTH));
    Command command = f.advance(FACILITATOR);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(
                new Event.PhaseAdvanced(
                    command.at(), FACILITATOR.id(), Phase.DIAGNOSIS, Phase.PROPOSALS));
    assertThat(after.diagnosisShared()).isTrue();
  }

  @Test
  void underTheMissionLogicTheInstitutionsAloneShareTheDiagnosis() {
    Run run =
        f.inDiagnosis(Charters.missionLogic())
            .ok(f.validate(OWNER, YOUTH), f.contribute(LANDLORD, YOUTH));
    ProcessState after = Spec.given(run).when(f.advance(OWNER)).thenAccepted();
    assertThat(after.phase()).isEqualTo(Phase.PROPOSALS);
  }

  @Test
  void underTheMissionLogicInhabitantsAreConsultedButDoNotShareTheDiagnosis() {
    Run run =
        f.inDiagnosis(Charters.missionLogic())
            .ok(f.validate(OWNER, YOUTH), f.contribute(INES, YOUTH), f.contribute(ASSO, YOUTH));
    Spec.given(run)
        .when(f.advance(OWNER))
        .thenRejected(new Rejection.DiagnosisNotShared(ImmutableSet.of(ActorKind.INSTITUTION), 1));
  }
}
