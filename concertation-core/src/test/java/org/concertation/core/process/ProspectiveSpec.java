package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.process.Fixture.A1;
import static org.concertation.core.process.Fixture.ASSO;
import static org.concertation.core.process.Fixture.C1;
import static org.concertation.core.process.Fixture.FACILITATOR;
import static org.concertation.core.process.Fixture.INES;
import static org.concertation.core.process.Fixture.IVAN;
import static org.concertation.core.process.Fixture.LANDLORD;
import static org.concertation.core.process.Fixture.MOBILITY;
import static org.concertation.core.process.Fixture.O1;
import static org.concertation.core.process.Fixture.OWNER;
import static org.concertation.core.process.Fixture.P1;
import static org.concertation.core.process.Fixture.P2;
import static org.concertation.core.process.Fixture.P3;
import static org.concertation.core.process.Fixture.YOUTH;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Map;
import java.util.Optional;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.decision.GradeScale;
import org.concertation.api.domain.ActionId;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.CriterionId;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.AssessmentResult;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Entity;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.Charters;
import org.junit.jupiter.api.Test;

/**
 * Criteria defined early, each with its scale, weighed by a graded vote; prospective assessments of
 * the proposals on every criterion before any decision, their outcome and the charter's gate; and
 * actions graded after the fact.
 */
class ProspectiveSpec {
  static final CriterionId C2 = CriterionId.of("c2");
  static final CriterionId C3 = CriterionId.of("c3");

  /** A scale of named grades, from 0 (insufficient) to 3 (very good). */
  static final GradeScale MENTIONS = GradeScale.named("insufficient", "fair", "good", "very good");

  static final Charter PROSPECTIVE = Charters.prospectiveProjectLogic();

  /** The least majority grade of {@link #gated()}: "good" on the mentions, 2 on the ratings. */
  static final int GATE = 2;

  private static final CollegeId INSTITUTIONS = CollegeId.of("institutions");
  private static final CollegeId INHABITANTS = CollegeId.of("inhabitants");
  private static final CollegeId ASSOCIATIONS = CollegeId.of("associations");

  private final Fixture f = new Fixture();

  static Charter gated() {
    return Charter.builder().from(PROSPECTIVE).assessmentGate(GATE).build();
  }

  Command define(Actor by, CriterionId id, Optional<GradeScale> scale) {
    return new Command.DefineCriterion(by.id(), f.at(), id, "criterion " + id, scale);
  }

  Command weigh(Actor by, Map<CriterionId, Integer> grades) {
    return new Command.WeighCriteria(by.id(), f.at(), ImmutableMap.copyOf(grades));
  }

  Command openAssessment(Actor by, ProposalId... agenda) {
    return new Command.OpenAssessment(by.id(), f.at(), ImmutableList.copyOf(agenda));
  }

  Command assess(Actor by, CriterionId criterion, Map<ProposalId, Integer> grades) {
    return new Command.AssessProposals(by.id(), f.at(), criterion, Ballot.Grades.of(grades));
  }

  Command closeAssessment(Actor by) {
    return new Command.CloseAssessment(by.id(), f.at());
  }

  Command rateAction(Actor by, ActionId action, CriterionId criterion, int grade) {
    return new Command.RateAction(by.id(), f.at(), action, criterion, grade);
  }

  /** In proposals: c1 on the rating scale and c2 on the mentions defined, p1 and p2 submitted. */
  Run withProposals(Charter charter) {
    return f.inProposals(charter)
        .ok(
            define(INES, C1, Optional.empty()),
            define(ASSO, C2, Optional.of(MENTIONS)),
            f.submit(INES, P1, YOUTH),
            f.submit(ASSO, P2, MOBILITY));
  }

  /** Assessment 1 of p1 and p2 open. */
  Run assessing(Charter charter) {
    return withProposals(charter).ok(openAssessment(FACILITATOR, P1, P2));
  }

  /** The grades of {@link #assessed}, which {@link #results()} counts by hand. */
  Command[] grades() {
    return new Command[] {
      assess(INES, C1, Map.of(P1, 4, P2, 2)),
      assess(ASSO, C1, Map.of(P1, 5, P2, 1)),
      assess(LANDLORD, C1, Map.of(P1, 2, P2, 3)),
      assess(INES, C2, Map.of(P1, 3, P2, 1)),
      assess(ASSO, C2, Map.of(P1, 2, P2, 0)),
      assess(LANDLORD, C2, Map.of(P1, 0, P2, 1))
    };
  }

  /** Assessment 1 closed on the grades of {@link #grades()}. */
  Run assessed(Charter charter) {
    return assessing(charter).ok(grades()).ok(closeAssessment(FACILITATOR));
  }

  /**
   * The outcome of {@link #grades()}, by hand: the majority grade is the lower median, the middle
   * one of three grades; the landlord grades for the institutions, Inès for the inhabitants, the
   * residents' association for the associations.
   */
  static ImmutableList<AssessmentResult> results() {
    return ImmutableList.of(
        // p1 on c1: 2, 4, 5 -> 4
        result(P1, C1, 4, Map.of(2, 1, 4, 1, 5, 1), 2, 4, 5),
        // p1 on c2: 0, 2, 3 -> 2 (good)
        result(P1, C2, 2, Map.of(0, 1, 2, 1, 3, 1), 0, 3, 2),
        // p2 on c1: 1, 2, 3 -> 2
        result(P2, C1, 2, Map.of(1, 1, 2, 1, 3, 1), 3, 2, 1),
        // p2 on c2: 0, 1, 1 -> 1 (fair)
        result(P2, C2, 1, Map.of(0, 1, 1, 2), 1, 1, 0));
  }

  private static AssessmentResult result(
      ProposalId p,
      CriterionId c,
      int majority,
      Map<Integer, Integer> distribution,
      int institutions,
      int inhabitants,
      int associations) {
    return new AssessmentResult(
        p,
        c,
        3,
        Optional.of(majority),
        ImmutableMap.copyOf(distribution),
        ImmutableMap.of(
            INSTITUTIONS, institutions, INHABITANTS, inhabitants, ASSOCIATIONS, associations));
  }

  // ---------------------------------------------------------------- criteria early

  @Test
  void aParticipantDefinesACriterionWithItsOwnScaleAsEarlyAsTheDiagnosis() {
    Run run = f.inDiagnosis(PROSPECTIVE);
    Command command = define(INES, C2, Optional.of(MENTIONS));
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(
                new Event.CriterionDefined(
                    command.at(), INES.id(), C2, "criterion c2", Optional.of(MENTIONS)));
    assertThat(after.prospects.scale(C2)).isEqualTo(MENTIONS);
  }

  @Test
  void aCriterionWithoutAScaleIsGradedOnTheRatingScale() {
    ProcessState after =
        Spec.given(f.inDiagnosis(PROSPECTIVE))
            .when(define(INES, C1, Optional.empty()))
            .thenAccepted();
    assertThat(after.prospects.scale(C1)).isEqualTo(GradeScale.rating());
    assertThat(after.prospects.isNone()).isTrue();
  }

  @Test
  void rejectsACriterionBeforeThePhaseTheCharterNames() {
    Spec.given(f.inDiagnosis(Charters.projectLogic()))
        .when(define(INES, C1, Optional.empty()))
        .thenRejected(new Rejection.CriterionTooEarly(Phase.DIAGNOSIS, Phase.ACTION));
  }

  @Test
  void rejectsACriterionInFramingWhereNoCharterAllowsOne() {
    Spec.given(f.framed(PROSPECTIVE))
        .when(define(INES, C1, Optional.empty()))
        .thenRejected(
            new Rejection.WrongPhase(
                Activity.DEFINE_CRITERION, Phase.FRAMING, Command.DefineCriterion.class));
  }

  @Test
  void underTheMissionLogicOnlyTheOwnerDefinesCriteriaEvenEarly() {
    Charter mission =
        Charter.builder().from(Charters.missionLogic()).criteriaFrom(Phase.DIAGNOSIS).build();
    Spec.given(f.inDiagnosis(mission))
        .when(define(INES, C1, Optional.empty()))
        .thenRejected(
            new Rejection.NotPermitted(
                INES.id(),
                Activity.DEFINE_CRITERION,
                Phase.DIAGNOSIS,
                Command.DefineCriterion.class));
    Spec.given(f.inDiagnosis(mission)).when(define(OWNER, C1, Optional.empty())).thenAccepted();
  }

  @Test
  void participantsWeighTheCriteriaByGradingThem() {
    Run run = withProposals(PROSPECTIVE);
    Command command = weigh(IVAN, Map.of(C1, 5, C2, 2));
    Spec.given(run)
        .when(command)
        .then(new Event.CriteriaWeighed(command.at(), IVAN.id(), ImmutableMap.of(C1, 5, C2, 2)));
  }

  @Test
  void rejectsAWeightOffTheWeighingScale() {
    Spec.given(withProposals(PROSPECTIVE))
        .when(weigh(IVAN, Map.of(C1, 9)))
        .thenRejected(new Rejection.CriterionGradeOffScale(C1, 9, 1, 5));
  }

  @Test
  void rejectsWeighingAnUnknownCriterion() {
    Spec.given(withProposals(PROSPECTIVE))
        .when(weigh(IVAN, Map.of(CriterionId.of("c9"), 3)))
        .thenRejected(new Rejection.Unknown(Entity.CRITERION, "c9"));
  }

  @Test
  void rejectsWeighingByTheFacilitator() {
    Spec.given(withProposals(PROSPECTIVE))
        .when(weigh(FACILITATOR, Map.of(C1, 3)))
        .thenRejected(
            new Rejection.NotPermitted(
                FACILITATOR.id(), Activity.ASSESS, Phase.PROPOSALS, Command.WeighCriteria.class));
  }

  // ---------------------------------------------------------------- opening an assessment

  @Test
  void theFacilitatorOpensAnAssessmentOfTheProposalsOnEveryCriterion() {
    Run run = withProposals(PROSPECTIVE);
    Command command = openAssessment(FACILITATOR, P1, P2);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(
                new Event.AssessmentOpened(
                    command.at(),
                    FACILITATOR.id(),
                    1,
                    ImmutableList.of(P1, P2),
                    ImmutableMap.of(C1, GradeScale.rating(), C2, MENTIONS)));
    assertThat(after.prospects.open).isNotNull();
  }

  @Test
  void rejectsAnAssessmentWithoutCriterion() {
    Spec.given(f.inProposals(PROSPECTIVE).ok(f.submit(INES, P1, YOUTH)))
        .when(openAssessment(FACILITATOR, P1))
        .thenRejected(new Rejection.NoCriterion());
  }

  @Test
  void rejectsAnAssessmentWithAnEmptyAgenda() {
    Spec.given(withProposals(PROSPECTIVE))
        .when(openAssessment(FACILITATOR))
        .thenRejected(new Rejection.EmptyAgenda());
  }

  @Test
  void rejectsAnAssessmentOpenedByAnInhabitant() {
    Spec.given(withProposals(PROSPECTIVE))
        .when(openAssessment(INES, P1))
        .thenRejected(
            new Rejection.NotPermitted(
                INES.id(),
                Activity.CHAIR_ASSESSMENT,
                Phase.PROPOSALS,
                Command.OpenAssessment.class));
  }

  @Test
  void rejectsAnAssessmentDuringTheDiagnosis() {
    Spec.given(f.inDiagnosis(PROSPECTIVE).ok(define(INES, C1, Optional.empty())))
        .when(openAssessment(FACILITATOR, P1))
        .thenRejected(
            new Rejection.WrongPhase(
                Activity.CHAIR_ASSESSMENT, Phase.DIAGNOSIS, Command.OpenAssessment.class));
  }

  @Test
  void rejectsASecondAssessmentWhileOneIsOpen() {
    Spec.given(assessing(PROSPECTIVE))
        .when(openAssessment(FACILITATOR, P1))
        .thenRejected(new Rejection.AssessmentOpen(1));
  }

  @Test
  void rejectsAssessingAProposalAfterTheDecision() {
    Run decided = f.p1Adopted(PROSPECTIVE).ok(define(INES, C1, Optional.empty()));
    Spec.given(decided)
        .when(openAssessment(FACILITATOR, P1))
        .thenRejected(new Rejection.AlreadyDecided(P1, ProposalStatus.ADOPTED));
  }

  @Test
  void rejectsAnAssessmentOfAnUnknownProposal() {
    Spec.given(withProposals(PROSPECTIVE))
        .when(openAssessment(FACILITATOR, P3))
        .thenRejected(new Rejection.Unknown(Entity.PROPOSAL, "p3"));
  }

  @Test
  void rejectsMovingOnWhileAnAssessmentIsOpen() {
    Spec.given(assessing(PROSPECTIVE))
        .when(f.advance(FACILITATOR))
        .thenRejected(new Rejection.AssessmentOpen(1));
  }

  @Test
  void rejectsOpeningARoundWhileAnAssessmentIsOpen() {
    Run run =
        withProposals(PROSPECTIVE).ok(f.advance(FACILITATOR), openAssessment(FACILITATOR, P1));
    Spec.given(run)
        .when(f.openRound(FACILITATOR, P2))
        .thenRejected(new Rejection.AssessmentOpen(1));
  }

  @Test
  void rejectsAnAssessmentWhileARoundIsOpen() {
    Run run = withProposals(PROSPECTIVE).ok(f.advance(FACILITATOR), f.openRound(FACILITATOR, P2));
    Spec.given(run).when(openAssessment(FACILITATOR, P1)).thenRejected(new Rejection.RoundOpen(1));
  }

  // ---------------------------------------------------------------- grading

  @Test
  void aParticipantGradesEveryProposalOnACriterion() {
    Run run = assessing(PROSPECTIVE);
    Command command = assess(INES, C2, Map.of(P1, 3, P2, 1));
    Spec.given(run)
        .when(command)
        .then(
            new Event.ProposalsAssessed(
                command.at(), 1, INES.id(), C2, Ballot.Grades.of(Map.of(P1, 3, P2, 1))));
  }

  @Test
  void rejectsAGradeOffTheCriterionsScale() {
    Spec.given(assessing(PROSPECTIVE))
        .when(assess(INES, C2, Map.of(P1, 7, P2, 1)))
        .thenRejected(new Rejection.GradeOffScale(P1, 7, 0, 3));
  }

  @Test
  void rejectsGradingAProposalNotOnTheAssessment() {
    Run run =
        withProposals(PROSPECTIVE)
            .ok(f.submit(IVAN, P3, YOUTH), openAssessment(FACILITATOR, P1, P2));
    Spec.given(run)
        .when(assess(INES, C1, Map.of(P1, 3, P2, 2, P3, 5)))
        .thenRejected(new Rejection.NotOnAssessment(P3, 1));
  }

  @Test
  void rejectsGradesThatLeaveAProposalOut() {
    Spec.given(assessing(PROSPECTIVE))
        .when(assess(INES, C2, Map.of(P1, 3)))
        .thenRejected(new Rejection.IncompleteAssessment(C2, ImmutableSet.of(P2)));
  }

  @Test
  void rejectsASecondGradingOfOneCriterionByOneActor() {
    Spec.given(assessing(PROSPECTIVE).ok(assess(INES, C2, Map.of(P1, 3, P2, 1))))
        .when(assess(INES, C2, Map.of(P1, 2, P2, 2)))
        .thenRejected(new Rejection.AlreadyAssessed(INES.id(), C2, 1));
  }

  @Test
  void rejectsGradingWhenNoAssessmentIsOpen() {
    Spec.given(withProposals(PROSPECTIVE))
        .when(assess(INES, C2, Map.of(P1, 3, P2, 1)))
        .thenRejected(new Rejection.NoAssessmentOpen());
  }

  @Test
  void rejectsGradingOnACriterionDefinedAfterTheAssessmentOpened() {
    Spec.given(assessing(PROSPECTIVE).ok(define(IVAN, C3, Optional.empty())))
        .when(assess(INES, C3, Map.of(P1, 3, P2, 1)))
        .thenRejected(new Rejection.Unknown(Entity.CRITERION, "c3"));
  }

  @Test
  void rejectsGradingByTheFacilitator() {
    Spec.given(assessing(PROSPECTIVE))
        .when(assess(FACILITATOR, C2, Map.of(P1, 3, P2, 1)))
        .thenRejected(
            new Rejection.NotPermitted(
                FACILITATOR.id(), Activity.ASSESS, Phase.PROPOSALS, Command.AssessProposals.class));
  }

  // ---------------------------------------------------------------- closing

  @Test
  void closingKeepsEachProposalsMajorityGradeDistributionAndCollegesOnEachCriterion() {
    Run run = assessing(PROSPECTIVE).ok(grades());
    Command command = closeAssessment(FACILITATOR);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(new Event.AssessmentClosed(command.at(), FACILITATOR.id(), 1, results()));
    assertThat(after.prospects.open).isNull();
    assertThat(after.prospects.assessed.get(P2)).isEqualTo(results().subList(2, 4));
  }

  @Test
  void anAssessmentNobodyGradedClosesWithoutMajorityGrades() {
    Run run = withProposals(PROSPECTIVE).ok(openAssessment(FACILITATOR, P1));
    Command command = closeAssessment(FACILITATOR);
    AssessmentResult ungraded =
        new AssessmentResult(P1, C1, 0, Optional.empty(), ImmutableMap.of(), ImmutableMap.of());
    Spec.given(run)
        .when(command)
        .then(
            new Event.AssessmentClosed(
                command.at(),
                FACILITATOR.id(),
                1,
                ImmutableList.of(
                    ungraded,
                    new AssessmentResult(
                        P1, C2, 0, Optional.empty(), ImmutableMap.of(), ImmutableMap.of()))));
  }

  @Test
  void rejectsClosingWhenNoAssessmentIsOpen() {
    Spec.given(withProposals(PROSPECTIVE))
        .when(closeAssessment(FACILITATOR))
        .thenRejected(new Rejection.NoAssessmentOpen());
  }

  @Test
  void aSecondAssessmentMayFollowTheFirst() {
    Run run = assessed(PROSPECTIVE);
    Command command = openAssessment(FACILITATOR, P2);
    Spec.given(run)
        .when(command)
        .then(
            new Event.AssessmentOpened(
                command.at(),
                FACILITATOR.id(),
                2,
                ImmutableList.of(P2),
                ImmutableMap.of(C1, GradeScale.rating(), C2, MENTIONS)));
  }

  // ---------------------------------------------------------------- the charter's gate

  @Test
  void underAGateAProposalWithTheGateOnEveryCriterionGoesToTheRound() {
    Spec.given(assessed(gated()).ok(f.advance(FACILITATOR)))
        .when(f.openRound(FACILITATOR, P1))
        .thenAccepted();
  }

  @Test
  void underAGateAProposalBelowItOnOneCriterionDoesNotGoToTheRound() {
    Spec.given(assessed(gated()).ok(f.advance(FACILITATOR)))
        .when(f.openRound(FACILITATOR, P1, P2))
        .thenRejected(new Rejection.BelowAssessmentGate(P2, C2, 1, GATE));
  }

  @Test
  void underAGateAProposalNeverAssessedDoesNotGoToTheRound() {
    Run run = assessed(gated()).ok(f.submit(IVAN, P3, YOUTH), f.advance(FACILITATOR));
    Spec.given(run).when(f.openRound(FACILITATOR, P3)).thenRejected(new Rejection.NotAssessed(P3));
  }

  @Test
  void withoutAGateAnyOpenProposalGoesToTheRound() {
    Spec.given(assessed(PROSPECTIVE).ok(f.advance(FACILITATOR)))
        .when(f.openRound(FACILITATOR, P1, P2))
        .thenAccepted();
  }

  // ---------------------------------------------------------------- ex post

  /** In evaluation under the prospective charter, with action a1 from p1 and c2 defined. */
  private Run evaluating() {
    return f.inEvaluation(PROSPECTIVE).ok(define(ASSO, C2, Optional.of(MENTIONS)));
  }

  @Test
  void aParticipantGradesAnActionOnACriterion() {
    Run run = evaluating();
    Command command = rateAction(INES, A1, C2, 2);
    ProcessState after =
        Spec.given(run)
            .when(command)
            .then(new Event.ActionRated(command.at(), INES.id(), A1, C2, 2));
    assertThat(after.prospects.actionGrades(A1, C2)).containsEntry(INES.id(), 2);
  }

  @Test
  void rejectsAnActionGradeOffTheCriterionsScale() {
    Spec.given(evaluating())
        .when(rateAction(INES, A1, C2, 4))
        .thenRejected(new Rejection.CriterionGradeOffScale(C2, 4, 0, 3));
  }

  @Test
  void rejectsASecondGradeOfOneActionOnOneCriterionByOneActor() {
    Spec.given(evaluating().ok(rateAction(INES, A1, C2, 2)))
        .when(rateAction(INES, A1, C2, 3))
        .thenRejected(new Rejection.AlreadyRatedAction(INES.id(), A1, C2));
  }

  @Test
  void rejectsGradingAnUnknownAction() {
    Spec.given(evaluating())
        .when(rateAction(INES, ActionId.of("a9"), C2, 2))
        .thenRejected(new Rejection.Unknown(Entity.ACTION, "a9"));
  }

  @Test
  void rejectsGradingAnActionBeforeTheEvaluation() {
    Run run =
        f.inAction(PROSPECTIVE)
            .ok(define(ASSO, C2, Optional.of(MENTIONS)), f.launch(FACILITATOR, A1, O1));
    Spec.given(run)
        .when(rateAction(INES, A1, C2, 2))
        .thenRejected(
            new Rejection.WrongPhase(Activity.RATE, Phase.ACTION, Command.RateAction.class));
  }

  /**
   * The whole path of {@code ProspectiveReportTest}: criteria in proposals, assessment 1 closed, p1
   * adopted into o1 and action a1, which three participants grade on c2 after the fact.
   */
  Run wholePath() {
    return assessed(PROSPECTIVE)
        .ok(
            weigh(IVAN, Map.of(C1, 5, C2, 3)),
            weigh(INES, Map.of(C1, 2)),
            weigh(ASSO, Map.of(C1, 4, C2, 4)),
            f.advance(FACILITATOR),
            f.openRound(FACILITATOR, P1),
            f.position(INES, P1, Stance.SUPPORT),
            f.position(ASSO, P1, Stance.SUPPORT),
            f.position(LANDLORD, P1, Stance.SUPPORT),
            f.closeRound(FACILITATOR),
            f.adopt(FACILITATOR, O1, P1),
            f.advance(FACILITATOR),
            f.launch(FACILITATOR, A1, O1),
            f.commit(INES, A1),
            f.commit(LANDLORD, A1),
            f.advance(FACILITATOR),
            rateAction(INES, A1, C2, 3),
            rateAction(ASSO, A1, C2, 2),
            rateAction(LANDLORD, A1, C2, 1));
  }

  /** {@link #wholePath()} abandoned at its end: the golden log of schema version 5. */
  Run goldenPath() {
    return wholePath().ok(f.abandon(OWNER));
  }
}
