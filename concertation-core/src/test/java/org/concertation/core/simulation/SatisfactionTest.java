package org.concertation.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SatisfactionTest {
  @Test
  void satisfactionPlacesTheAdoptedUtilityBetweenTheWorstAndBestSets() {
    // utilities 2, -1, 1: worst set {-1} = -1, best set {2, 1} = 3; adopting {2, -1} gives 1
    assertThat(Satisfaction.scale(1, -1, 3)).isCloseTo(0.5, within(1e-12));
    assertThat(Satisfaction.scale(3, -1, 3)).isEqualTo(1.0);
    assertThat(Satisfaction.scale(-1, -1, 3)).isEqualTo(0.0);
  }

  @Test
  void anActorIndifferentToEveryProposalIsFullySatisfied() {
    assertThat(Satisfaction.scale(0, 0, 0)).isEqualTo(1.0);
  }
}
