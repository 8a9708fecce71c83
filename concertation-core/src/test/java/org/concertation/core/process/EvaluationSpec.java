package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.process.Fixture.ASSO;
import static org.concertation.core.process.Fixture.C1;
import static org.concertation.core.process.Fixture.FACILITATOR;
import static org.concertation.core.process.Fixture.INES;
import static org.concertation.core.process.Fixture.LANDLORD;
import static org.concertation.core.process.Fixture.OWNER;

import java.util.Optional;
import org.concertation.api.charter.Activity;
import org.concertation.api.command.Command;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.Rating;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Entity;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.Charters;
import org.junit.jupiter.api.Test;

class EvaluationSpec {
  private final Fixture f = new Fixture();

  private Run withCriterion() {
    return f.inEvaluation(Charters.projectLogic()).ok(f.defineCriterion(ASSO, C1));
  }

  @Test
  void aParticipantDefinesACriterionUnderTheProjectLogic() {
    Run run = f.inEvaluation(Charters.projectLogic());
    Command command = f.defineCriterion(INES, C1);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(new Event.CriterionDefined(command.at(), INES.id(), C1, "criterion c1"));
    assertThat(after.criteria()).containsEntry(C1, "criterion c1");
  }

  @Test
  void aCriterionMayBeDefinedWhileActing() {
    Spec.given(f.inAction(Charters.projectLogic()))
        .when(f.defineCriterion(INES, C1))
        .thenAccepted();
  }

  @Test
  void rejectsACriterionDefinedByTheOwnerUnderTheProjectLogic() {
    Spec.given(f.inEvaluation(Charters.projectLogic()))
        .when(f.defineCriterion(OWNER, C1))
        .thenRejected(
            new Rejection.NotPermitted(
                OWNER.id(),
                Activity.DEFINE_CRITERION,
                Phase.EVALUATION,
                Command.DefineCriterion.class));
  }

  @Test
  void underTheMissionLogicTheOwnerSetsTheCriteria() {
    Spec.given(f.missionInEvaluation(Charters.missionLogic()))
        .when(f.defineCriterion(OWNER, C1))
        .thenAccepted();
  }

  @Test
  void rejectsACriterionDefinedByAnInhabitantUnderTheMissionLogic() {
    Spec.given(f.missionInEvaluation(Charters.missionLogic()))
        .when(f.defineCriterion(INES, C1))
        .thenRejected(
            new Rejection.NotPermitted(
                INES.id(),
                Activity.DEFINE_CRITERION,
                Phase.EVALUATION,
                Command.DefineCriterion.class));
  }

  @Test
  void rejectsACriterionWhoseIdentityIsTaken() {
    Spec.given(withCriterion())
        .when(f.defineCriterion(INES, C1))
        .thenRejected(new Rejection.AlreadyExists(Entity.CRITERION, "c1"));
  }

  @Test
  void rejectsACriterionDuringTheNegotiation() {
    // the project logic lets criteria be defined from the action on (Charter.criteriaFrom)
    Spec.given(f.inNegotiation(Charters.projectLogic()))
        .when(f.defineCriterion(INES, C1))
        .thenRejected(new Rejection.CriterionTooEarly(Phase.NEGOTIATION, Phase.ACTION));
  }

  @Test
  void aParticipantRatesACriterion() {
    Run run = withCriterion();
    Command command = f.rate(INES, C1, 4);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(
                new Event.RatingGiven(
                    command.at(), new Rating(INES.id(), C1, 4, Optional.empty())));
    assertThat(after.ratings(C1)).containsOnlyKeys(INES.id());
  }

  @Test
  void theOwnerRatesUnderTheProjectLogic() {
    Spec.given(withCriterion()).when(f.rate(OWNER, C1, 2)).thenAccepted();
  }

  @Test
  void rejectsASecondRatingOfOneCriterionByOneActor() {
    Run run = withCriterion().ok(f.rate(INES, C1, 4));
    Spec.given(run)
        .when(f.rate(INES, C1, 5))
        .thenRejected(new Rejection.AlreadyRated(INES.id(), C1));
  }

  @Test
  void rejectsARatingOfAnUnknownCriterion() {
    Spec.given(withCriterion())
        .when(f.rate(INES, CriterionId.of("c9"), 3))
        .thenRejected(new Rejection.Unknown(Entity.CRITERION, "c9"));
  }

  @Test
  void rejectsARatingBeforeTheEvaluation() {
    Run run = f.inAction(Charters.projectLogic()).ok(f.defineCriterion(INES, C1));
    Spec.given(run)
        .when(f.rate(INES, C1, 3))
        .thenRejected(new Rejection.WrongPhase(Activity.RATE, Phase.ACTION, Command.Rate.class));
  }

  @Test
  void rejectsARatingByTheFacilitatorUnderTheProjectLogic() {
    Spec.given(withCriterion())
        .when(f.rate(FACILITATOR, C1, 3))
        .thenRejected(
            new Rejection.NotPermitted(
                FACILITATOR.id(), Activity.RATE, Phase.EVALUATION, Command.Rate.class));
  }

  @Test
  void underTheMissionLogicInstitutionsRate() {
    Run run = f.missionInEvaluation(Charters.missionLogic()).ok(f.defineCriterion(OWNER, C1));
    Spec.given(run).when(f.rate(LANDLORD, C1, 3)).thenAccepted();
  }

  @Test
  void rejectsARatingByAnInhabitantUnderTheMissionLogic() {
    Run run = f.missionInEvaluation(Charters.missionLogic()).ok(f.defineCriterion(OWNER, C1));
    Spec.given(run)
        .when(f.rate(INES, C1, 3))
        .thenRejected(
            new Rejection.NotPermitted(
                INES.id(), Activity.RATE, Phase.EVALUATION, Command.Rate.class));
  }

  @Test
  void rejectsAdvancingBeyondTheLastPhase() {
    Spec.given(f.inEvaluation(Charters.projectLogic()))
        .when(f.advance(FACILITATOR))
        .thenRejected(new Rejection.LastPhase(Phase.EVALUATION));
  }
}
