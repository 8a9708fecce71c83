package org.concertation.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StrategyTest {
  @Test
  void everyTimeDependentStrategyConcedesNothingAtTheStartAndEverythingAtTheEnd() {
    for (Strategy strategy :
        new Strategy[] {Strategy.BOULWARE, Strategy.LINEAR, Strategy.CONCEDER}) {
      assertThat(strategy.concession(0)).isZero();
      assertThat(strategy.concession(1)).isEqualTo(1.0);
    }
  }

  @Test
  void boulwareConcedesLessThanLinearWhichConcedesLessThanConcederMidway() {
    assertThat(Strategy.LINEAR.concession(0.5)).isCloseTo(0.5, within(1e-12));
    // 0.5^(1/0.2) = 0.5^5 = 1/32; 0.5^(1/5) = 0.8706
    assertThat(Strategy.BOULWARE.concession(0.5)).isCloseTo(1.0 / 32, within(1e-12));
    assertThat(Strategy.CONCEDER.concession(0.5)).isCloseTo(0.870550563, within(1e-9));
  }

  @Test
  void aSincereActorHoldsToItsReservationValueFromTheStart() {
    assertThat(Strategy.SINCERE.concession(0)).isEqualTo(1.0);
    assertThat(Strategy.SINCERE.concession(0.5)).isEqualTo(1.0);
  }
}
