package org.concertation.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.concertation.core.analysis.Gap;
import org.concertation.core.analysis.Iap2Level;
import org.concertation.core.analysis.ParticipationCriterion;
import org.concertation.core.analysis.RunAnalysis;
import org.concertation.core.analysis.RunReport;
import org.junit.jupiter.api.Test;

class FlagshipAnalysisTest {
  @Test
  void theMissionRunShowsTheDecisionItsOwnerOverruled() {
    DemoRun run = MissionScenario.run();
    RunReport report = RunAnalysis.of(run.state().charter(), run.events());
    assertThat(report.overruled()).extracting(Object::toString).containsExactly("fencing");
    assertThat(report.gaps())
        .extracting(Gap::criterion)
        .contains(ParticipationCriterion.NO_OVERRULE);
    assertThat(report.actual().iap2()).isLessThanOrEqualTo(Iap2Level.CONSULT);
  }

  @Test
  void theProjectRunKeepsItsPromises() {
    DemoRun run = ProjectScenario.run();
    RunReport report = RunAnalysis.of(run.state().charter(), run.events());
    assertThat(report.gaps()).isEmpty();
    assertThat(report.overruled()).isEmpty();
    assertThat(report.actual().iap2()).isGreaterThanOrEqualTo(Iap2Level.COLLABORATE);
  }
}
