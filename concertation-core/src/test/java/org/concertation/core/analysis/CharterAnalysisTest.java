package org.concertation.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.charter.Grant;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.College;
import org.concertation.api.domain.Role;
import org.concertation.core.Charters;
import org.junit.jupiter.api.Test;

class CharterAnalysisTest {
  private static final Charter PROJECT = Charters.projectLogic();
  private static final Charter MISSION = Charters.missionLogic();

  /** The charter with the grants of one activity replaced. */
  private static Charter regrant(Charter charter, Activity activity, Grant... grants) {
    ImmutableList.Builder<Grant> kept = ImmutableList.builder();
    charter.grants().stream().filter(g -> g.activity() != activity).forEach(kept::add);
    kept.add(grants);
    return Charter.builder().from(charter).grants(kept.build()).build();
  }

  private static Grant toInstitutions(Activity activity) {
    return new Grant(
        activity,
        ImmutableSet.of(Role.PARTICIPANT, Role.PROJECT_OWNER),
        ImmutableSet.of(ActorKind.INSTITUTION),
        ImmutableSet.of());
  }

  private static Iap2Level iap2(Charter charter) {
    return CharterAnalysis.level(charter).iap2();
  }

  @Test
  void theProjectLogicCollaboratesAsAPartnership() {
    ParticipationLevel level = CharterAnalysis.level(PROJECT);
    assertThat(level.iap2()).isGreaterThanOrEqualTo(Iap2Level.COLLABORATE);
    assertThat(level.iap2()).isEqualTo(Iap2Level.COLLABORATE);
    assertThat(level.arnstein()).isEqualTo(ArnsteinRung.PARTNERSHIP);
  }

  @Test
  void theMissionLogicConsultsAtMost() {
    ParticipationLevel level = CharterAnalysis.level(MISSION);
    assertThat(level.iap2()).isLessThanOrEqualTo(Iap2Level.CONSULT);
    assertThat(level.iap2()).isEqualTo(Iap2Level.CONSULT);
    assertThat(level.arnstein()).isEqualTo(ArnsteinRung.CONSULTATION);
  }

  @Test
  void theProjectLogicIsPlacedByItsMetCriteriaAndKeptFromEmpowerByTheAgenda() {
    ParticipationLevel level = CharterAnalysis.level(PROJECT);
    assertThat(level.placedBy())
        .extracting(Finding::criterion)
        .containsExactly(ParticipationCriterion.values());
    assertThat(level.finding(ParticipationCriterion.AGENDA).met()).isFalse();
    assertThat(level.finding(ParticipationCriterion.AGENDA).evidence().english())
        .contains("'chair' open to facilitator (any kind)");
  }

  @Test
  void theMissionLogicIsPlacedByTheAnswersOwedAndKeptDownByInstitutionalProposals() {
    ParticipationLevel level = CharterAnalysis.level(MISSION);
    assertThat(level.placedBy())
        .extracting(Finding::criterion, Finding::met)
        .containsExactly(
            tuple(ParticipationCriterion.ANSWERS, true),
            tuple(ParticipationCriterion.PROPOSALS, false));
    assertThat(level.finding(ParticipationCriterion.PROPOSALS).evidence().english())
        .contains("'propose' open to participant, project owner (institution)");
  }

  @Test
  void citizensChairingRoundsLiftTheProjectLogicToDelegatedPower() {
    Charter charter =
        Charter.builder()
            .from(PROJECT)
            .addGrants(Grant.toRoles(Activity.CHAIR, Role.PARTICIPANT))
            .build();
    ParticipationLevel level = CharterAnalysis.level(charter);
    assertThat(level.iap2()).isEqualTo(Iap2Level.EMPOWER);
    assertThat(level.arnstein()).isEqualTo(ArnsteinRung.DELEGATED_POWER);
  }

  @Test
  void citizensDecidingAloneWithTheAgendaIsCitizenControl() {
    Grant citizens =
        new Grant(
            Activity.TAKE_POSITION,
            ImmutableSet.of(Role.PARTICIPANT),
            ImmutableSet.of(ActorKind.INHABITANT, ActorKind.ASSOCIATION),
            ImmutableSet.of());
    Charter charter =
        Charter.builder()
            .from(regrant(PROJECT, Activity.TAKE_POSITION, citizens))
            .addGrants(Grant.toRoles(Activity.CHAIR, Role.PARTICIPANT))
            .build();
    assertThat(CharterAnalysis.level(charter).arnstein()).isEqualTo(ArnsteinRung.CITIZEN_CONTROL);
  }

  @Test
  void noAnswerOwedDropsTheProjectLogicToInform() {
    assertThat(iap2(Charter.builder().from(PROJECT).answersOwed(false).build()))
        .isEqualTo(Iap2Level.INFORM);
  }

  @Test
  void aVoteWithNoAnswerOwedAndAnOverrulingOwnerIsManipulation() {
    Charter charter =
        Charter.builder().from(PROJECT).answersOwed(false).ownerMayOverrule(true).build();
    assertThat(CharterAnalysis.level(charter).arnstein()).isEqualTo(ArnsteinRung.MANIPULATION);
  }

  @Test
  void institutionalProposalsDropTheProjectLogicToConsult() {
    assertThat(iap2(regrant(PROJECT, Activity.PROPOSE, toInstitutions(Activity.PROPOSE))))
        .isEqualTo(Iap2Level.CONSULT);
  }

  @Test
  void institutionalPositionsDropTheProjectLogicToInvolve() {
    assertThat(
            iap2(regrant(PROJECT, Activity.TAKE_POSITION, toInstitutions(Activity.TAKE_POSITION))))
        .isEqualTo(Iap2Level.INVOLVE);
  }

  @Test
  void anInstitutionalCollegeOutweighingTheOthersDropsTheProjectLogicToInvolve() {
    Charter charter =
        Charter.builder()
            .from(PROJECT)
            .colleges(
                ImmutableList.of(
                    College.of("institutions", "Institutions", 3, ActorKind.INSTITUTION),
                    College.of("inhabitants", "Inhabitants", 1, ActorKind.INHABITANT),
                    College.of("associations", "Associations", 1, ActorKind.ASSOCIATION)))
            .build();
    ParticipationLevel level = CharterAnalysis.level(charter);
    assertThat(level.iap2()).isEqualTo(Iap2Level.INVOLVE);
    assertThat(level.finding(ParticipationCriterion.WEIGHT).evidence().english())
        .isEqualTo("college majority: colleges open to citizens weigh 2 of 5");
  }

  @Test
  void anOwnerWhoMayOverruleDropsTheProjectLogicToInvolve() {
    assertThat(iap2(Charter.builder().from(PROJECT).ownerMayOverrule(true).build()))
        .isEqualTo(Iap2Level.INVOLVE);
  }

  @Test
  void actionsCarriedByOneKindDropTheProjectLogicToInvolve() {
    assertThat(iap2(Charter.builder().from(PROJECT).minCarrierKinds(1).build()))
        .isEqualTo(Iap2Level.INVOLVE);
  }

  @Test
  void criteriaChosenByTheOwnerDropTheProjectLogicToInvolve() {
    assertThat(
            iap2(
                regrant(
                    PROJECT,
                    Activity.DEFINE_CRITERION,
                    Grant.toRoles(Activity.DEFINE_CRITERION, Role.PROJECT_OWNER))))
        .isEqualTo(Iap2Level.INVOLVE);
  }

  @Test
  void everyCriterionFlippedAloneMovesTheProjectLogic() {
    Charter[] flipped = {
      Charter.builder().from(PROJECT).answersOwed(false).build(),
      regrant(PROJECT, Activity.PROPOSE, toInstitutions(Activity.PROPOSE)),
      regrant(PROJECT, Activity.TAKE_POSITION, toInstitutions(Activity.TAKE_POSITION)),
      Charter.builder()
          .from(PROJECT)
          .colleges(ImmutableList.of(College.of("all", "All", 1, ActorKind.INSTITUTION)))
          .build(),
      Charter.builder().from(PROJECT).ownerMayOverrule(true).build(),
      Charter.builder().from(PROJECT).minCarrierKinds(1).build(),
      regrant(
          PROJECT,
          Activity.DEFINE_CRITERION,
          Grant.toRoles(Activity.DEFINE_CRITERION, Role.PROJECT_OWNER)),
      Charter.builder().from(PROJECT).addGrants(Grant.toAll(Activity.VALIDATE_STAKE)).build()
    };
    ParticipationCriterion[] criteria = ParticipationCriterion.values();
    for (int i = 0; i < criteria.length; i++) {
      ParticipationLevel level = CharterAnalysis.level(flipped[i]);
      assertThat(level.finding(criteria[i]).met())
          .as("%s flipped", criteria[i])
          .isNotEqualTo(CharterAnalysis.level(PROJECT).finding(criteria[i]).met());
      assertThat(level.iap2()).as("%s flipped", criteria[i]).isNotEqualTo(Iap2Level.COLLABORATE);
    }
  }

  @Test
  void noAnswerOwedDropsTheMissionLogicToInforming() {
    ParticipationLevel level =
        CharterAnalysis.level(Charter.builder().from(MISSION).answersOwed(false).build());
    assertThat(level.iap2()).isEqualTo(Iap2Level.INFORM);
    assertThat(level.arnstein()).isEqualTo(ArnsteinRung.INFORMING);
  }

  @Test
  void citizensProposingLiftTheMissionLogicToInvolve() {
    ParticipationLevel level =
        CharterAnalysis.level(
            regrant(MISSION, Activity.PROPOSE, Grant.toRoles(Activity.PROPOSE, Role.PARTICIPANT)));
    assertThat(level.iap2()).isEqualTo(Iap2Level.INVOLVE);
    assertThat(level.arnstein()).isEqualTo(ArnsteinRung.PLACATION);
  }

  @Test
  void labelsAreLowerCase() {
    assertThat(Iap2Level.COLLABORATE.label()).isEqualTo("collaborate");
    assertThat(ArnsteinRung.DELEGATED_POWER.label()).isEqualTo("delegated power");
    assertThat(ParticipationCriterion.NO_OVERRULE.label()).isEqualTo("no-overrule");
  }

  @Test
  void rejectsANullCharter() {
    assertThatThrownBy(() -> CharterAnalysis.level(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("charter must not be null");
  }
}
