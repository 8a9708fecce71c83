package org.concertation.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.concertation.core.analysis.Drive.ASSO;
import static org.concertation.core.analysis.Drive.FACILITATOR;
import static org.concertation.core.analysis.Drive.INES;
import static org.concertation.core.analysis.Drive.LANDLORD;
import static org.concertation.core.analysis.Drive.OWNER;
import static org.concertation.core.analysis.Drive.P1;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.concertation.api.charter.Charter;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.CollegeId;
import org.concertation.core.Charters;
import org.junit.jupiter.api.Test;

class EquityTest {
  private static final Charter PROJECT = Charters.projectLogic();

  private static CollegeEquity of(ImmutableList<CollegeEquity> equity, String college) {
    return equity.stream()
        .filter(e -> e.college().equals(CollegeId.of(college)))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void eachCollegeSharesVoiceAgainstItsPopulation() {
    ImmutableList<CollegeEquity> equity =
        Equity.of(PROJECT, Drive.projectP1Adopted(PROJECT).events());
    assertThat(equity)
        .extracting(e -> e.college().value())
        .containsExactly("institutions", "inhabitants", "associations");
    CollegeEquity institutions = of(equity, "institutions");
    assertThat(institutions.members()).isEqualTo(3);
    assertThat(institutions.populationShare()).isEqualTo(0.6);
    assertThat(institutions.voiceShare()).isCloseTo(2.0 / 7, within(1e-12));
    CollegeEquity inhabitants = of(equity, "inhabitants");
    assertThat(inhabitants.contributions()).isEqualTo(1);
    assertThat(inhabitants.proposals()).isEqualTo(1);
    assertThat(inhabitants.positions()).isEqualTo(1);
    assertThat(inhabitants.voiceShare()).isCloseTo(3.0 / 7, within(1e-12));
    assertThat(inhabitants.voiceGap()).isCloseTo(3.0 / 7 - 0.2, within(1e-12));
  }

  @Test
  void satisfactionGapsCompareEachCollegeWithEveryone() {
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
            .rate(INES, 4)
            .rate(LANDLORD, 2);
    ImmutableList<CollegeEquity> equity = Equity.of(PROJECT, run.events());
    assertThat(of(equity, "inhabitants").satisfactionGap()).hasValue(1.0);
    assertThat(of(equity, "institutions").satisfactionGap()).hasValue(-1.0);
    assertThat(of(equity, "associations").meanRating()).isEmpty();
    assertThat(of(equity, "associations").satisfactionGap()).isEmpty();
  }

  @Test
  void aRunWithoutEventsHasNoVoiceAndNoPopulation() {
    assertThat(Equity.of(PROJECT, List.of()))
        .allSatisfy(
            e -> {
              assertThat(e.members()).isZero();
              assertThat(e.voiceShare()).isZero();
              assertThat(e.populationShare()).isZero();
            });
  }
}
