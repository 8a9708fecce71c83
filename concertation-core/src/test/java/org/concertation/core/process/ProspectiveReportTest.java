package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.process.Fixture.A1;
import static org.concertation.core.process.Fixture.ASSO;
import static org.concertation.core.process.Fixture.C1;
import static org.concertation.core.process.Fixture.P1;
import static org.concertation.core.process.Fixture.P2;
import static org.concertation.core.process.ProspectiveSpec.C2;
import static org.concertation.core.process.ProspectiveSpec.MENTIONS;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import org.concertation.api.decision.GradeScale;
import org.concertation.core.Charters;
import org.concertation.core.history.CriterionEvaluation;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.report.PublicReport;
import org.concertation.core.text.Texts;
import org.junit.jupiter.api.Test;

/** The read model and the public report of a process assessed ex ante and graded ex post. */
class ProspectiveReportTest {
  private static ProcessHistory history() {
    Run run = new ProspectiveSpec().wholePath();
    return ProcessHistory.of(run.state().charter(), run.events());
  }

  @Test
  void theReadModelSetsEachCriterionsExAnteGradesAgainstItsExPostGrades() {
    ProcessHistory history = history();
    assertThat(history.criterionEvaluations())
        .extracting(CriterionEvaluation::id)
        .containsExactly(C1, C2);
    CriterionEvaluation c1 = history.criterionEvaluations().get(0);
    CriterionEvaluation c2 = history.criterionEvaluations().get(1);
    // c1: weighed 5 by Ivan, 2 by Inès, 4 by the association: the middle grade, 4
    assertThat(c1.weight()).contains(4);
    assertThat(c1.scale()).isEqualTo(GradeScale.rating());
    assertThat(c1.exAnte()).containsExactly(entry(P1, 4), entry(P2, 2));
    assertThat(c1.exPost()).isEmpty();
    // c2: chosen by the association; weighed 3 and 4: the lower of the two, 3
    assertThat(c2.chosenBy()).isEqualTo(ASSO.id());
    assertThat(c2.scale()).isEqualTo(MENTIONS);
    assertThat(c2.weight()).contains(3);
    assertThat(c2.exAnte()).containsExactly(entry(P1, 2), entry(P2, 1));
    // a1 graded 3, 2 and 1 after the fact: the middle grade, 2 ("good"), as p1 was before
    assertThat(c2.exPost()).isEqualTo(ImmutableMap.of(A1, 2));
    assertThat(c2.cameOf()).isEqualTo(ImmutableMap.of(A1, ImmutableSet.of(P1)));
    assertThat(c2.gradeName(c2.exPost().get(A1))).isEqualTo("good");
    assertThat(history.assessments()).hasSize(1);
    assertThat(history.assessments().get(0).results()).isEqualTo(ProspectiveSpec.results());
    assertThat(history.assessments().get(0).gradings()).hasSize(6);
    assertThat(history.weighings()).hasSize(3);
    assertThat(history.actionRatings()).hasSize(3);
  }

  private static <K, V> java.util.Map.Entry<K, V> entry(K key, V value) {
    return java.util.Map.entry(key, value);
  }

  @Test
  void theReportShowsTheAssessmentAndTheComparisonInEnglish() {
    String md = PublicReport.of("The square", history()).markdown();
    assertThat(md)
        .contains("## Ex-ante assessment")
        .contains("### Criteria chosen by the participants")
        .contains(
            "| c2 | criterion c2 | Residents' association | insufficient, fair, good, very good | 3 |")
        .contains(
            "| p1 | c2 | good | insufficient: 1, good: 1, very good: 1 | institutions: insufficient, inhabitants: very good, associations: good | 3 |")
        .contains("| c2 | a1 | good | p1: good |");
  }

  @Test
  void theReportShowsTheAssessmentInFrenchAsAPractitionerWritesIt() {
    Texts french = Texts.of(Locale.FRENCH);
    String md = PublicReport.of("La place", history(), french).markdown();
    assertThat(md)
        .contains("## Évaluation ex ante")
        .contains("### Critères choisis par les participants")
        .contains("mention majoritaire")
        .contains("Ex ante et ex post");
    String html = PublicReport.of("La place", history(), french).html();
    assertThat(html)
        .contains("Évaluation ex ante")
        .contains("Critères choisis par les participants");
  }

  @Test
  void aReportOfAProcessWithoutAssessmentHasNoSuchSection() {
    Run run = new Fixture().inEvaluation(Charters.projectLogic());
    String md =
        PublicReport.of("The square", ProcessHistory.of(run.state().charter(), run.events()))
            .markdown();
    assertThat(md).doesNotContain("Ex-ante assessment");
  }
}
