package org.concertation.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.decision.Fraction;
import org.concertation.api.decision.Method;
import org.concertation.api.domain.ProposalId;
import org.junit.jupiter.api.Test;

/** The summary's rule labels are stable and distinct, and a round decides a proposal once. */
class ProcessSummaryTest {
  @Test
  void labelsEveryReadyMadeRuleByItsMethod() {
    assertThat(ProcessSummary.label(DecisionRule.simpleMajority())).isEqualTo("simple-majority");
    assertThat(ProcessSummary.label(DecisionRule.absoluteMajority()))
        .isEqualTo("absolute-majority");
    assertThat(ProcessSummary.label(DecisionRule.unanimity())).isEqualTo("unanimity");
    assertThat(ProcessSummary.label(DecisionRule.consent())).isEqualTo("consent");
    assertThat(ProcessSummary.label(DecisionRule.weightedColleges()))
        .isEqualTo("weighted-colleges");
    assertThat(ProcessSummary.label(DecisionRule.collegeMajority())).isEqualTo("college-majority");
  }

  @Test
  void aQualifiedMajorityCarriesItsThreshold() {
    assertThat(ProcessSummary.label(DecisionRule.qualifiedMajority(Fraction.of(2, 3))))
        .isEqualTo("qualified-majority-2/3");
    assertThat(ProcessSummary.label(DecisionRule.qualifiedMajority(Fraction.HALF)))
        .isEqualTo("qualified-majority-1/2");
  }

  @Test
  void aThresholdOtherThanOneHalfShowsOnlyWhereTheMethodComparesWithIt() {
    assertThat(ProcessSummary.label(DecisionRule.simpleMajority().withThreshold(Fraction.of(3, 5))))
        .isEqualTo("simple-majority-3/5");
    assertThat(ProcessSummary.label(DecisionRule.consent().withThreshold(Fraction.of(3, 5))))
        .isEqualTo("consent");
  }

  @Test
  void everyMethodHasItsOwnLabel() {
    assertThat(
            Arrays.stream(Method.values())
                .map(m -> ProcessSummary.label(ruleOf(m)))
                .distinct()
                .count())
        .isEqualTo(Method.values().length);
  }

  @Test
  void refusesARoundThatDecidesAProposalTwice() {
    ProposalId p = ProposalId.of("p1");
    assertThatThrownBy(
            () ->
                new ProcessSummary.Round(
                    1,
                    "consent",
                    ImmutableList.of(p),
                    ImmutableList.of(),
                    ImmutableList.of(p),
                    false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("p1");
  }

  private static DecisionRule ruleOf(Method method) {
    return new DecisionRule(
        method,
        Fraction.HALF,
        method == Method.CONSENT,
        DecisionRule.simpleMajority().quorum(),
        DecisionRule.simpleMajority().tieBreak());
  }
}
