package org.concertation.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.analysis.Drive.A1;
import static org.concertation.core.analysis.Drive.ASSO;
import static org.concertation.core.analysis.Drive.FACILITATOR;
import static org.concertation.core.analysis.Drive.INES;
import static org.concertation.core.analysis.Drive.LANDLORD;
import static org.concertation.core.analysis.Drive.OWNER;
import static org.concertation.core.analysis.Drive.P1;

import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.util.List;
import org.concertation.api.charter.Charter;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.AnswerKind;
import org.concertation.core.Charters;
import org.junit.jupiter.api.Test;

class RunAnalysisTest {
  private static final Charter PROJECT = Charters.projectLogic();
  private static final Charter MISSION = Charters.missionLogic();

  @Test
  void anOwnerDecliningAnAdoptedProposalShowsTheGap() {
    Drive run = Drive.missionP1Adopted(MISSION).answer(OWNER, P1, AnswerKind.DECLINED);
    RunReport report = RunAnalysis.of(MISSION, run.events());
    assertThat(report.overruled()).containsExactly(P1);
    assertThat(report.gaps())
        .singleElement()
        .satisfies(
            gap -> {
              assertThat(gap.criterion()).isEqualTo(ParticipationCriterion.NO_OVERRULE);
              assertThat(gap.observed().english()).contains("declined p1");
            });
    assertThat(report.actual().finding(ParticipationCriterion.NO_OVERRULE).met()).isFalse();
  }

  @Test
  void anOwnerAcceptingWhatTheRoundAdoptedShowsNoGap() {
    Drive run = Drive.missionP1Adopted(MISSION).answer(OWNER, P1, AnswerKind.ACCEPTED);
    RunReport report = RunAnalysis.of(MISSION, run.events());
    assertThat(report.overruled()).isEmpty();
    assertThat(report.gaps()).isEmpty();
  }

  @Test
  void theAnswerDelayRunsFromTheDecision() {
    Drive run = Drive.missionP1Adopted(MISSION).answer(OWNER, P1, AnswerKind.ACCEPTED);
    assertThat(RunAnalysis.of(MISSION, run.events()).answerDelays())
        .containsEntry(P1, Duration.ofHours(1));
  }

  @Test
  void aDecidedProposalWithoutAnswerIsUnansweredAndAGapWhereAnswersAreOwed() {
    RunReport report = RunAnalysis.of(PROJECT, Drive.projectP1Adopted(PROJECT).events());
    assertThat(report.unanswered()).containsExactly(P1);
    assertThat(report.gaps())
        .extracting(Gap::criterion)
        .containsExactly(ParticipationCriterion.ANSWERS);
    assertThat(report.actual().iap2()).isEqualTo(Iap2Level.INFORM);
  }

  @Test
  void aProjectRunKeepingItsPromisesCollaborates() {
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
    RunReport report = RunAnalysis.of(PROJECT, run.events());
    assertThat(report.gaps()).isEmpty();
    assertThat(report.actual().iap2()).isEqualTo(Iap2Level.COLLABORATE);
    assertThat(report.adoptedBy()).containsEntry(P1, ImmutableSet.of(ActorKind.INHABITANT));
    assertThat(report.carriers().get(A1))
        .containsExactly(ActorKind.INHABITANT, ActorKind.INSTITUTION);
    assertThat(report.evaluators()).containsExactly(ActorKind.ASSOCIATION, ActorKind.INHABITANT);
    assertThat(report.observed()).doesNotContain(ParticipationCriterion.WEIGHT);
  }

  @Test
  void aMissionRunWhereInstitutionsDecideStaysAtConsult() {
    Drive run = Drive.missionP1Adopted(MISSION).answer(OWNER, P1, AnswerKind.ACCEPTED);
    RunReport report = RunAnalysis.of(MISSION, run.events());
    assertThat(report.actual().iap2()).isEqualTo(Iap2Level.CONSULT);
    assertThat(report.actual().finding(ParticipationCriterion.PROPOSALS).evidence().english())
        .isEqualTo("0 of 1 adopted proposals have a citizen among their authors");
    assertThat(report.promised()).isEqualTo(CharterAnalysis.level(MISSION));
  }

  @Test
  void anEmptyRunKeepsEveryPromise() {
    RunReport report = RunAnalysis.of(PROJECT, List.of());
    assertThat(report.actual()).isEqualTo(report.promised());
    assertThat(report.observed()).isEmpty();
    assertThat(report.gaps()).isEmpty();
  }
}
