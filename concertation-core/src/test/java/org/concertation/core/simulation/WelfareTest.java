package org.concertation.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WelfareTest {
  @Test
  void giniOfOneActorHoldingEverythingAmongFourIsThreeQuarters() {
    // sum of |xi - xj| over ordered pairs = 6; 2 n^2 mean = 2 * 16 * 0.25 = 8
    assertThat(Welfare.gini(new double[] {0, 0, 0, 1})).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void giniOfEqualSatisfactionsIsZero() {
    assertThat(Welfare.gini(new double[] {0.4, 0.4, 0.4})).isCloseTo(0.0, within(1e-12));
    assertThat(Welfare.gini(new double[] {0, 0})).isZero();
  }

  @Test
  void giniOfOneTwoThreeFourIsAQuarter() {
    // sum of |xi - xj| over ordered pairs = 2 * (1+2+3+1+2+1) = 20; 2 n^2 mean = 2 * 16 * 2.5 = 80
    assertThat(Welfare.gini(new double[] {4, 1, 3, 2})).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void utilitarianEgalitarianAndNashWelfareOfAKnownPopulation() {
    double[] s = {0.25, 1.0, 0.5, 0.5};
    assertThat(Welfare.utilitarian(s)).isCloseTo(0.5625, within(1e-12));
    assertThat(Welfare.egalitarian(s)).isEqualTo(0.25);
    // (0.25 * 1 * 0.5 * 0.5)^(1/4) = 0.0625^(1/4) = 0.5
    assertThat(Welfare.nash(s)).isCloseTo(0.5, within(1e-12));
    assertThat(Welfare.nash(new double[] {0.9, 0})).isZero();
  }

  @Test
  void nashPointOfTwoActorsMaximisesTheProductOfTheirSatisfactions() {
    double[][] outcomes = {{1.0, 0.0}, {0.6, 0.6}, {0.9, 0.3}, {0.0, 1.0}, {0.5, 0.5}};
    // products: 0, 0.36, 0.27, 0, 0.25
    assertThat(Welfare.nashPoint(outcomes)).isEqualTo(1);
  }

  @Test
  void paretoOptimalOutcomesAreThoseNoOtherDominates() {
    double[][] outcomes = {{1.0, 0.0}, {0.6, 0.6}, {0.9, 0.3}, {0.0, 1.0}, {0.5, 0.5}};
    assertThat(Welfare.paretoOptimal(outcomes)).containsExactly(true, true, true, true, false);
  }

  @Test
  void distanceToTheParetoFrontierIsTheRootMeanSquareToItsNearestPoint() {
    double[][] outcomes = {{1.0, 0.0}, {0.6, 0.6}, {0.9, 0.3}, {0.0, 1.0}, {0.5, 0.5}};
    // (0.5, 0.5) is 0.1 from (0.6, 0.6) on both axes
    assertThat(Welfare.distanceToPareto(outcomes, outcomes[4])).isCloseTo(0.1, within(1e-12));
    assertThat(Welfare.distanceToPareto(outcomes, outcomes[2])).isZero();
  }

  @Test
  void rejectsNegativeSatisfactionsQuotingThem() {
    assertThatThrownBy(() -> Welfare.gini(new double[] {0.5, -0.1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'-0.1'");
    assertThatThrownBy(() -> Welfare.nashPoint(new double[][] {{0.5}, {0.5, 0.5}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[0.5, 0.5]");
  }
}
