package org.concertation.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.analysis.Drive.ASSO;
import static org.concertation.core.analysis.Drive.C1;
import static org.concertation.core.analysis.Drive.FACILITATOR;
import static org.concertation.core.analysis.Drive.INES;
import static org.concertation.core.analysis.Drive.LANDLORD;
import static org.concertation.core.analysis.Drive.OWNER;
import static org.concertation.core.analysis.Drive.P1;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.charter.Grant;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.Resource;
import org.concertation.api.domain.ResourceKind;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.Stance;
import org.concertation.core.Charters;
import org.concertation.core.history.ProcessHistory;
import org.junit.jupiter.api.Test;

/**
 * The evaluation dimension and the evaluation criterion read who chose the criteria, who graded
 * before the decision and after the action, whether an ex-ante assessment took place and the means
 * delivered; charters and runs without these steps keep what they said before.
 */
class EvaluationProfileTest {
  private static final Charter PROJECT = Charters.projectLogic();
  private static final Charter PROSPECTIVE = Charters.prospectiveProjectLogic();

  /** The prospective project logic where the owner, not the participants, defines the criteria. */
  private static final Charter OWNER_CRITERIA =
      replacing(PROSPECTIVE, Grant.toRoles(Activity.DEFINE_CRITERION, Role.PROJECT_OWNER));

  /** The prospective project logic where only the owner grades the proposals ex ante. */
  private static final Charter OWNER_GRADES =
      replacing(PROSPECTIVE, Grant.toRoles(Activity.ASSESS, Role.PROJECT_OWNER));

  private static Charter replacing(Charter charter, Grant grant) {
    return Charter.builder()
        .from(charter)
        .grants(
            Stream.concat(
                    charter.grants().stream().filter(g -> g.activity() != grant.activity()),
                    Stream.of(grant))
                .toList())
        .build();
  }

  /** Through the diagnosis (where {@code author} defines c1) to p1 by Inès, in proposals. */
  private static Drive proposals(Charter charter, Actor author) {
    return new Drive(charter)
        .register(OWNER, OWNER, Role.PROJECT_OWNER)
        .register(OWNER, FACILITATOR, Role.FACILITATOR)
        .register(OWNER, LANDLORD, Role.PARTICIPANT)
        .register(INES, INES, Role.PARTICIPANT)
        .register(ASSO, ASSO, Role.PARTICIPANT)
        .advance(OWNER)
        .identify(INES)
        .validate(FACILITATOR)
        .contribute(INES)
        .contribute(ASSO)
        .contribute(LANDLORD)
        .defineCriterion(author, C1)
        .advance(FACILITATOR)
        .submit(INES, P1);
  }

  /** Assessment 1 of p1 on c1, graded by these actors, closed. */
  private static Drive assessedBy(Drive run, Actor... graders) {
    run.openAssessment(FACILITATOR, P1);
    for (Actor grader : graders) {
      run.assess(grader, C1, P1, 4);
    }
    return run.closeAssessment(FACILITATOR);
  }

  /** From proposals: p1 adopted by all three kinds, answered, into o1 and action a1, in action. */
  private static Drive inAction(Drive run) {
    return run.advance(FACILITATOR)
        .openRound(FACILITATOR, P1)
        .position(INES, P1, Stance.SUPPORT)
        .position(ASSO, P1, Stance.SUPPORT)
        .position(LANDLORD, P1, Stance.SUPPORT)
        .closeRound(FACILITATOR)
        .answer(OWNER, P1, AnswerKind.ACCEPTED)
        .adopt(FACILITATOR, P1)
        .advance(FACILITATOR)
        .launch(FACILITATOR)
        .commit(INES, Resource.hours(10, "workshops"))
        .commit(LANDLORD, Resource.money(1000));
  }

  private static DimensionScore evaluation(LogicProfile profile) {
    return profile.scores().get(Dimension.EVALUATION);
  }

  private static DimensionScore evaluation(Drive run, Charter charter) {
    return evaluation(LogicProfile.of(ProcessHistory.of(charter, run.events())));
  }

  private static List<String> keys(DimensionScore score) {
    return score.indicators().stream().map(i -> i.evidence().key()).toList();
  }

  private static Optional<DimensionScore.Indicator> indicator(DimensionScore score, String key) {
    return score.indicators().stream().filter(i -> i.evidence().key().equals(key)).findFirst();
  }

  private static DimensionScore.Indicator the(DimensionScore score, String key) {
    return indicator(score, key).orElseThrow(() -> new AssertionError(key + " in " + score));
  }

  // ---------------------------------------------------------------- what stays as it was

  @Test
  void aCharterWithoutProspectiveStepsKeepsItsThreeEvaluationIndicators() {
    for (Charter charter : List.of(PROJECT, Charters.missionLogic())) {
      assertThat(keys(evaluation(LogicProfile.of(charter))))
          .as(charter.name())
          .containsExactly("citizens.define.criteria", "citizens.rate", "participants.report");
    }
  }

  @Test
  void aRunThatOnlyLooksBackHasItsChartersProfile() {
    Drive run =
        Drive.projectP1Adopted(PROJECT)
            .answer(OWNER, P1, AnswerKind.ACCEPTED)
            .adopt(FACILITATOR, P1)
            .advance(FACILITATOR)
            .launch(FACILITATOR)
            .commit(INES)
            .commit(LANDLORD)
            .advance(FACILITATOR)
            .defineCriterion(ASSO)
            .rate(INES, 4);
    assertThat(LogicProfile.of(ProcessHistory.of(PROJECT, run.events())))
        .isEqualTo(LogicProfile.of(PROJECT));
    assertThat(CharterAnalysis.level(PROJECT).finding(ParticipationCriterion.EVALUATION).evidence())
        .hasToString(
            "citizens may define a criterion: 'define a criterion' open to participant (any kind)");
  }

  // ---------------------------------------------------------------- what the charter says

  @Test
  void theProspectiveCharterLetsCitizensChooseCriteriaEarlyAndGradeButSetsNoGate() {
    DimensionScore score = evaluation(LogicProfile.of(PROSPECTIVE));
    assertThat(keys(score))
        .containsExactly(
            "citizens.define.criteria",
            "citizens.rate",
            "participants.report",
            "eval.criteria.early",
            "eval.citizens.assess",
            "eval.gate.none");
    assertThat(score.evidence())
        .endsWith(
            "yes: criteria may be chosen before the decision: from diagnosis",
            "yes: citizens grade the proposals before the decision and weigh the criteria:"
                + " 'assess proposals ex ante' open to participant, project owner (any kind)",
            "no: the ex-ante grades gate the decision: no gate is set");
    assertThat(score.score()).isEqualTo(5.0 / 6);
  }

  @Test
  void anAssessmentGateIsMetAndSaysItsGrade() {
    Charter gated = Charter.builder().from(PROSPECTIVE).assessmentGate(3).build();
    assertThat(the(evaluation(LogicProfile.of(gated)), "eval.gate"))
        .hasToString(
            "yes: the ex-ante grades gate the decision: a proposal needs a majority grade of at"
                + " least 3 on every criterion");
    assertThat(evaluation(LogicProfile.of(gated)).score()).isEqualTo(1.0);
  }

  @Test
  void criteriaFromTheActionOnAreNotEarlyEvenWhenTheCharterHoldsAssessments() {
    Charter late = Charter.builder().from(PROSPECTIVE).criteriaFrom(Phase.ACTION).build();
    assertThat(the(evaluation(LogicProfile.of(late)), "eval.criteria.early").met()).isFalse();
  }

  @Test
  void whenOnlyTheOwnerGradesTheProposalsTheCitizensCriteriaAreNoPartnership() {
    ParticipationLevel level = CharterAnalysis.level(OWNER_GRADES);
    Finding evaluation = level.finding(ParticipationCriterion.EVALUATION);
    assertThat(evaluation.met()).isFalse();
    assertThat(evaluation.evidence())
        .hasToString(
            "citizens do not both choose the criteria and grade the proposals by them:"
                + " 'define a criterion' open to participant (any kind); 'assess proposals ex ante' open"
                + " to project owner (any kind)");
    assertThat(level.iap2()).isEqualTo(Iap2Level.INVOLVE);
    assertThat(level.arnstein()).isEqualTo(ArnsteinRung.PLACATION);
    assertThat(the(evaluation(LogicProfile.of(OWNER_GRADES)), "eval.citizens.assess").met())
        .isFalse();
  }

  @Test
  void whenCitizensChooseAndGradeTheCharterCollaborates() {
    ParticipationLevel level = CharterAnalysis.level(PROSPECTIVE);
    assertThat(level.finding(ParticipationCriterion.EVALUATION).evidence().key())
        .isEqualTo("eval.citizens.judge");
    assertThat(level.finding(ParticipationCriterion.EVALUATION).met()).isTrue();
    assertThat(level.iap2()).isEqualTo(Iap2Level.COLLABORATE);
    assertThat(level.arnstein()).isEqualTo(ArnsteinRung.PARTNERSHIP);
  }

  // ---------------------------------------------------------------- who chose the criteria

  @Test
  void criteriaChosenByParticipantsAreMet() {
    DimensionScore score = evaluation(proposals(PROSPECTIVE, INES), PROSPECTIVE);
    assertThat(the(score, "eval.run.chosen"))
        .hasToString(
            "yes: participants chose the criteria: 1 of 1 by participants; chosen by participant"
                + " (inhabitant)");
  }

  @Test
  void criteriaChosenByTheOwnerAreNotMetAndKeepTheRunBelowCollaborate() {
    Drive run = inAction(assessedBy(proposals(OWNER_CRITERIA, OWNER), INES, ASSO, LANDLORD));
    DimensionScore score = evaluation(run, OWNER_CRITERIA);
    assertThat(the(score, "eval.run.chosen"))
        .hasToString(
            "no: participants chose the criteria: 0 of 1 by participants; chosen by project owner"
                + " (institution)");
    RunReport report = RunAnalysis.of(OWNER_CRITERIA, run.events());
    assertThat(report.actual().finding(ParticipationCriterion.EVALUATION).met()).isFalse();
    assertThat(report.actual().iap2()).isEqualTo(Iap2Level.INVOLVE);
    assertThat(report.actual().arnstein()).isEqualTo(ArnsteinRung.PLACATION);
  }

  @Test
  void criteriaImposedByTheOwnerWithQuantitativeIndicatorsOnlyArePlacation() {
    Charter owner =
        replacing(PROJECT, Grant.toRoles(Activity.DEFINE_CRITERION, Role.PROJECT_OWNER));
    Drive run =
        Drive.projectP1Adopted(owner)
            .answer(OWNER, P1, AnswerKind.ACCEPTED)
            .adopt(FACILITATOR, P1)
            .advance(FACILITATOR)
            .launch(FACILITATOR)
            .commit(INES)
            .commit(LANDLORD)
            .defineIndicator(OWNER)
            .advance(FACILITATOR)
            .defineCriterion(OWNER);
    RunReport report = RunAnalysis.of(owner, run.events());
    assertThat(report.actual().finding(ParticipationCriterion.EVALUATION).evidence())
        .hasToString("evaluation criteria defined by kinds: institution");
    assertThat(report.actual().iap2()).isEqualTo(Iap2Level.INVOLVE);
    assertThat(report.actual().arnstein()).isEqualTo(ArnsteinRung.PLACATION);
  }

  // ---------------------------------------------------------------- the ex-ante assessment

  @Test
  void anAssessmentGradedByCitizensIsMetAndTheRunCollaborates() {
    Drive run = inAction(assessedBy(proposals(PROSPECTIVE, INES), INES, ASSO, LANDLORD));
    DimensionScore score = evaluation(run, PROSPECTIVE);
    assertThat(the(score, "eval.run.assessed"))
        .hasToString(
            "yes: an ex-ante assessment took place: 1 assessment closed, 1 proposal graded before"
                + " the decision");
    assertThat(the(score, "eval.run.graded.ex.ante"))
        .hasToString(
            "yes: citizens graded the proposals ex ante: 3 of 3 participants (100%); kinds:"
                + " association, inhabitant, institution");
    RunReport report = RunAnalysis.of(PROSPECTIVE, run.events());
    Finding evaluation = report.actual().finding(ParticipationCriterion.EVALUATION);
    assertThat(evaluation.met()).isTrue();
    assertThat(evaluation.evidence())
        .hasToString(
            "evaluation criteria defined by kinds: inhabitant; proposals graded ex ante by kinds:"
                + " association, inhabitant, institution");
    assertThat(report.actual().iap2()).isEqualTo(Iap2Level.COLLABORATE);
    assertThat(report.actual().arnstein()).isEqualTo(ArnsteinRung.PARTNERSHIP);
  }

  @Test
  void withoutAnAssessmentTheProspectiveRunSaysNoneTookPlace() {
    Drive run = inAction(proposals(PROSPECTIVE, INES));
    DimensionScore score = evaluation(run, PROSPECTIVE);
    assertThat(the(score, "eval.run.assessed.none"))
        .hasToString("no: an ex-ante assessment took place: none closed with a grade");
    assertThat(indicator(score, "eval.run.graded.ex.ante")).isEmpty();
    assertThat(RunAnalysis.of(PROSPECTIVE, run.events()).actual().iap2())
        .isEqualTo(Iap2Level.COLLABORATE);
  }

  @Test
  void anAssessmentStillOpenHasNotTakenPlaceButSaysWhoGraded() {
    Drive run =
        proposals(PROSPECTIVE, INES).openAssessment(FACILITATOR, P1).assess(ASSO, C1, P1, 3);
    DimensionScore score = evaluation(run, PROSPECTIVE);
    assertThat(the(score, "eval.run.assessed.none").met()).isFalse();
    assertThat(the(score, "eval.run.graded.ex.ante"))
        .hasToString(
            "yes: citizens graded the proposals ex ante: 1 of 3 participants (33%); kinds:"
                + " association");
  }

  @Test
  void whenOnlyInstitutionsGradeExAnteTheyKeepTheRightToJudge() {
    Drive run = inAction(assessedBy(proposals(PROSPECTIVE, INES), LANDLORD, OWNER));
    DimensionScore score = evaluation(run, PROSPECTIVE);
    assertThat(the(score, "eval.run.assessed").met()).isTrue();
    assertThat(the(score, "eval.run.graded.ex.ante"))
        .hasToString(
            "no: citizens graded the proposals ex ante: 1 of 3 participants (33%); kinds:"
                + " institution");
    RunReport report = RunAnalysis.of(PROSPECTIVE, run.events());
    assertThat(report.actual().finding(ParticipationCriterion.EVALUATION).met()).isFalse();
    assertThat(report.actual().arnstein()).isEqualTo(ArnsteinRung.PLACATION);
    assertThat(report.gaps())
        .extracting(Gap::criterion)
        .containsExactly(ParticipationCriterion.EVALUATION);
  }

  @Test
  void theWeighingAndTheExPostGradesSayWhoTookPart() {
    Drive run =
        inAction(assessedBy(proposals(PROSPECTIVE, INES), INES))
            .advance(FACILITATOR)
            .rateAction(INES, C1, 4)
            .rateAction(LANDLORD, C1, 3);
    DimensionScore score = evaluation(run, PROSPECTIVE);
    assertThat(the(score, "eval.run.graded.ex.post"))
        .hasToString(
            "yes: citizens graded the actions ex post: 2 of 3 participants (67%); kinds:"
                + " inhabitant, institution");
    assertThat(indicator(score, "eval.run.weighed")).isEmpty();
    Drive weighed = proposals(PROSPECTIVE, INES).weigh(LANDLORD, C1, 4);
    assertThat(the(evaluation(weighed, PROSPECTIVE), "eval.run.weighed"))
        .hasToString(
            "no: citizens weighed the criteria: 1 of 3 participants (33%); kinds: institution");
  }

  @Test
  void gradingActionsUnderACharterThatOnlyLooksBackShowsTheGradersAndTheCriteriaChosen() {
    Drive run =
        Drive.projectP1Adopted(PROJECT)
            .answer(OWNER, P1, AnswerKind.ACCEPTED)
            .adopt(FACILITATOR, P1)
            .advance(FACILITATOR)
            .launch(FACILITATOR)
            .commit(INES)
            .commit(LANDLORD)
            .advance(FACILITATOR)
            .defineCriterion(ASSO)
            .rateAction(INES, C1, 4);
    DimensionScore score = evaluation(run, PROJECT);
    assertThat(keys(score))
        .containsExactly(
            "citizens.define.criteria",
            "citizens.rate",
            "participants.report",
            "eval.run.chosen",
            "eval.run.graded.ex.post");
  }

  // ---------------------------------------------------------------- the means delivered

  @Test
  void withNoDeliveryRecordedTheMeansSayNothing() {
    DimensionScore score = evaluation(inAction(proposals(PROSPECTIVE, INES)), PROSPECTIVE);
    assertThat(keys(score)).doesNotContain("eval.run.delivered", "eval.run.kept");
  }

  @Test
  void meansDeliveredInFullAreKept() {
    Drive run =
        inAction(proposals(PROSPECTIVE, INES))
            .deliver(INES, 1, ResourceKind.HOURS, 10)
            .deliver(LANDLORD, 2, ResourceKind.MONEY, 1000);
    DimensionScore score = evaluation(run, PROSPECTIVE);
    assertThat(score.evidence())
        .endsWith(
            "yes: means delivered, money: 100% of what was committed (kept at 80% or more)",
            "yes: means delivered, hours: 100% of what was committed (kept at 80% or more)",
            "yes: the commitments were kept: 2 of 2 delivered at 80% or more");
  }

  @Test
  void meansDeliveredInPartAreKeptOnlyFromTheThreshold() {
    Drive run =
        inAction(proposals(PROSPECTIVE, INES))
            .deliver(INES, 1, ResourceKind.HOURS, 5)
            .deliver(LANDLORD, 2, ResourceKind.MONEY, 600)
            .deliver(LANDLORD, 2, ResourceKind.MONEY, 200);
    DimensionScore score = evaluation(run, PROSPECTIVE);
    assertThat(score.evidence())
        .endsWith(
            "yes: means delivered, money: 80% of what was committed (kept at 80% or more)",
            "no: means delivered, hours: 50% of what was committed (kept at 80% or more)",
            "no: the commitments were kept: 1 of 2 delivered at 80% or more");
  }

  @Test
  void aKindOfMeansOfWhichNothingWasDeliveredHasARatioOfZero() {
    Drive run = inAction(proposals(PROSPECTIVE, INES)).deliver(INES, 1, ResourceKind.HOURS, 12);
    DimensionScore score = evaluation(run, PROSPECTIVE);
    assertThat(score.evidence())
        .endsWith(
            "no: means delivered, money: 0% of what was committed (kept at 80% or more)",
            "yes: means delivered, hours: 120% of what was committed (kept at 80% or more)",
            "no: the commitments were kept: 1 of 2 delivered at 80% or more");
  }

  @Test
  void theDeliveriesCountUnderACharterThatOnlyLooksBackToo() {
    Drive run =
        Drive.projectP1Adopted(PROJECT)
            .answer(OWNER, P1, AnswerKind.ACCEPTED)
            .adopt(FACILITATOR, P1)
            .advance(FACILITATOR)
            .launch(FACILITATOR)
            .commit(INES)
            .deliver(INES, 1, ResourceKind.HOURS, 10);
    assertThat(keys(evaluation(run, PROJECT)))
        .containsExactly(
            "citizens.define.criteria",
            "citizens.rate",
            "participants.report",
            "eval.run.delivered",
            "eval.run.kept");
  }

  // ---------------------------------------------------------------- co-carrying as delivered

  /** In action, hours by Inès delivered; money by the landlord delivered or not; then closed. */
  private static Drive closedAfterDeliveries(boolean landlordDelivers) {
    Drive run = inAction(proposals(PROSPECTIVE, INES)).deliver(INES, 1, ResourceKind.HOURS, 10);
    if (landlordDelivers) {
      run.deliver(LANDLORD, 2, ResourceKind.MONEY, 200);
    }
    return run.advance(FACILITATOR).close(OWNER);
  }

  @Test
  void onceTheProcessEndedAnActionIsCoCarriedByTheKindsThatDelivered() {
    RunReport report = RunAnalysis.of(PROSPECTIVE, closedAfterDeliveries(true).events());
    Finding carrying = report.actual().finding(ParticipationCriterion.CO_CARRYING);
    assertThat(carrying.met()).isTrue();
    assertThat(carrying.evidence())
        .hasToString(
            "every action had means delivered by carriers of at least two kinds:"
                + " {a1=[inhabitant, institution]}");
  }

  @Test
  void anActionToWhichOneKindAloneDeliveredIsNoJointCarryingOut() {
    RunReport report = RunAnalysis.of(PROSPECTIVE, closedAfterDeliveries(false).events());
    Finding carrying = report.actual().finding(ParticipationCriterion.CO_CARRYING);
    assertThat(carrying.met()).isFalse();
    assertThat(carrying.evidence())
        .hasToString(
            "actions to which fewer than two kinds delivered means, once the process ended: [a1]");
    assertThat(report.gaps())
        .extracting(Gap::criterion)
        .containsExactly(ParticipationCriterion.CO_CARRYING);
    assertThat(report.actual().arnstein()).isEqualTo(ArnsteinRung.PLACATION);
  }

  @Test
  void whileTheProcessRunsTheCarriersPromisedStillCoCarry() {
    Drive run = inAction(proposals(PROSPECTIVE, INES)).deliver(INES, 1, ResourceKind.HOURS, 10);
    Finding carrying =
        RunAnalysis.of(PROSPECTIVE, run.events())
            .actual()
            .finding(ParticipationCriterion.CO_CARRYING);
    assertThat(carrying.met()).isTrue();
    assertThat(carrying.evidence().key()).isEqualTo("run.carried");
  }

  /** Every history of this class, for the test of their texts in both languages. */
  static ImmutableList<ProcessHistory> histories() {
    Charter gated = Charter.builder().from(PROSPECTIVE).assessmentGate(3).build();
    return ImmutableList.of(
        ProcessHistory.of(
            gated,
            inAction(assessedBy(proposals(gated, INES).weigh(ASSO, C1, 3), INES, ASSO))
                .commit(ASSO, new Resource(ResourceKind.COMPETENCE, BigDecimal.ONE, "gardening"))
                .commit(ASSO, new Resource(ResourceKind.MATERIAL, BigDecimal.TEN, "tools"))
                .deliver(INES, 1, ResourceKind.HOURS, 5)
                .deliver(ASSO, 3, ResourceKind.COMPETENCE, 1)
                .deliver(ASSO, 4, ResourceKind.MATERIAL, 9)
                .advance(FACILITATOR)
                .rateAction(INES, C1, 4)
                .events()),
        ProcessHistory.of(PROSPECTIVE, inAction(proposals(PROSPECTIVE, INES)).events()),
        ProcessHistory.of(PROSPECTIVE, closedAfterDeliveries(true).events()),
        ProcessHistory.of(PROSPECTIVE, closedAfterDeliveries(false).events()),
        ProcessHistory.of(
            OWNER_GRADES, inAction(assessedBy(proposals(OWNER_GRADES, INES), OWNER)).events()));
  }
}
