package org.concertation.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SimulationConfigTest {
  @Test
  void theDefaultsAreTheDocumentedValues() {
    SimulationConfig c = SimulationConfig.of(50);
    assertThat(c.actors()).isEqualTo(50);
    assertThat(c.aspirationGap()).isEqualTo(0.3);
    assertThat(c.supportMargin()).isEqualTo(0.5);
    assertThat(c.abstainMargin()).isEqualTo(0.25);
    assertThat(c.negligibleEffect()).isEqualTo(0.05);
    assertThat(c.proposalEffectMinimum()).isEqualTo(0.5);
    assertThat(c.proposalCostMinimum()).isEqualTo(0.3);
    assertThat(c.proposalCostSpread()).isEqualTo(0.9);
    assertThat(c.mergedCostFactor()).isEqualTo(0.8);
    assertThat(c.moneyShareMinimum()).isEqualTo(0.1);
    assertThat(c.moneyShareSpread()).isEqualTo(0.4);
    assertThat(c.moneyMinimum()).isEqualTo(1_000);
    assertThat(c.hoursMinimum()).isEqualTo(5);
    assertThat(c.hoursSpread()).isEqualTo(35);
    assertThat(c.leaningMinimum()).isEqualTo(-0.5);
    assertThat(c.leaningSpread()).isEqualTo(1.5);
    assertThat(c.costAversionMinimum()).isEqualTo(0.05);
    assertThat(c.costAversionSpread()).isEqualTo(0.3);
    assertThat(c.reservationMaximum()).isEqualTo(0.2);
    assertThat(c.competenceChance()).isEqualTo(0.3);
    assertThat(c.deliveryShare()).isEqualTo(1.0);
    assertThat(c.deliveryVariation()).isEqualTo(0.0);
  }

  @Test
  void theDeliveryParametersChangeTogetherAndRefuseValuesOutsideZeroToOne() {
    SimulationConfig base = SimulationConfig.of(50);
    SimulationConfig delivery = base.withDelivery(0.6, 0.2);
    assertThat(delivery.deliveryShare()).isEqualTo(0.6);
    assertThat(delivery.deliveryVariation()).isEqualTo(0.2);
    assertThat(delivery.withDelivery(1, 0)).isEqualTo(base);
    assertThat(base.withDelivery(1, 0)).isSameAs(base);
    assertThat(base.toBuilder().deliveryShare(0).deliveryVariation(1).build().deliveryShare())
        .isZero();
    assertThatThrownBy(() -> base.withDelivery(1.5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid delivery share '1.5': from 0 to 1");
    assertThatThrownBy(() -> base.withDelivery(-0.1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid delivery share '-0.1': from 0 to 1");
    assertThatThrownBy(() -> base.withDelivery(Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid delivery share 'NaN': from 0 to 1");
    assertThatThrownBy(() -> base.withDelivery(0.5, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid delivery variation '2.0': from 0 to 1");
  }

  @Test
  void aBuilderStartsFromTheDefaultsOrFromAConfiguration() {
    assertThat(SimulationConfig.builder(50).build()).isEqualTo(SimulationConfig.of(50));
    SimulationConfig c = SimulationConfig.of(50).withPositions(0.2, 0.4, 0.1);
    assertThat(c.toBuilder().build()).isEqualTo(c);
    assertThat(c.toBuilder().aspirationGap(0.3).supportMargin(0.5).abstainMargin(0.25).build())
        .isEqualTo(SimulationConfig.of(50));
  }

  @Test
  void withersChangeOnlyTheirParameters() {
    SimulationConfig base = SimulationConfig.of(50);
    SimulationConfig drafting = base.withDrafting(0.6, 0.2, 0.5, 0.9, 0.1);
    assertThat(drafting.proposalEffectMinimum()).isEqualTo(0.6);
    assertThat(drafting.proposalCostMinimum()).isEqualTo(0.2);
    assertThat(drafting.proposalCostSpread()).isEqualTo(0.5);
    assertThat(drafting.mergedCostFactor()).isEqualTo(0.9);
    assertThat(drafting.negligibleEffect()).isEqualTo(0.1);
    assertThat(drafting.withDrafting(0.5, 0.3, 0.9, 0.8, 0.05)).isEqualTo(base);
    SimulationConfig commitments = base.withCommitments(0.2, 0.1, 500, 2, 6);
    assertThat(commitments.moneyShareMinimum()).isEqualTo(0.2);
    assertThat(commitments.moneyShareSpread()).isEqualTo(0.1);
    assertThat(commitments.moneyMinimum()).isEqualTo(500);
    assertThat(commitments.hoursMinimum()).isEqualTo(2);
    assertThat(commitments.hoursSpread()).isEqualTo(6);
    assertThat(commitments.withCommitments(0.1, 0.4, 1_000, 5, 35)).isEqualTo(base);
    SimulationConfig preferences = base.withPreferences(-1, 2, 0.1, 0.2, 0.4);
    assertThat(preferences.leaningMinimum()).isEqualTo(-1);
    assertThat(preferences.leaningSpread()).isEqualTo(2);
    assertThat(preferences.costAversionMinimum()).isEqualTo(0.1);
    assertThat(preferences.costAversionSpread()).isEqualTo(0.2);
    assertThat(preferences.reservationMaximum()).isEqualTo(0.4);
    assertThat(preferences.withPreferences(-0.5, 1.5, 0.05, 0.3, 0.2)).isEqualTo(base);
    assertThat(base.withCompetenceChance(0.3)).isSameAs(base);
    assertThat(base.withCompetenceChance(1).competenceChance()).isEqualTo(1);
    assertThat(base.withActors(50)).isSameAs(base);
    assertThat(base.withStrategy(Strategy.LINEAR)).isSameAs(base);
  }

  @Test
  void rejectsOutOfRangeParametersNamingThemAndTheirValue() {
    SimulationConfig base = SimulationConfig.of(50);
    assertThatThrownBy(() -> base.withPositions(-0.1, 0.5, 0.25))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid aspiration gap '-0.1': must not be negative");
    assertThatThrownBy(() -> base.withPositions(0.3, Double.NaN, 0.25))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid support margin 'NaN': must not be negative");
    assertThatThrownBy(() -> base.withDrafting(0, 0.3, 0.9, 0.8, 0.05))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid proposal effect minimum '0.0': above 0, at most 1");
    assertThatThrownBy(() -> base.withDrafting(0.5, 0.3, 0.9, 0.8, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid negligible effect '1.5': above 0, at most 1");
    assertThatThrownBy(() -> base.withDrafting(0.5, 0.3, 0.9, -1, 0.05))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid merged cost factor '-1.0': must not be negative");
    assertThatThrownBy(() -> base.withCommitments(0.1, 0.4, 0, 5, 40))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid money minimum '0': at least 1");
    assertThatThrownBy(() -> base.withCommitments(0.1, 0.4, 1_000, 0, 40))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid hours minimum '0': at least 1");
    assertThatThrownBy(() -> base.withCommitments(0.1, 0.4, 1_000, 10, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid hours spread '-1': from 0 to 2147483636");
    assertThatThrownBy(() -> base.withCommitments(0.1, 0.4, 1_000, 10, Integer.MAX_VALUE - 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid hours spread '2147483637': from 0 to 2147483636");
    assertThat(base.withCommitments(0.1, 0.4, 1_000, 10, Integer.MAX_VALUE - 11).hoursSpread())
        .isEqualTo(Integer.MAX_VALUE - 11);
    assertThatThrownBy(() -> base.withPreferences(-1.5, 1.5, 0.05, 0.3, 0.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid leaning minimum '-1.5': from -1 to 1");
    assertThatThrownBy(() -> base.withPreferences(-0.5, 1.5, 0.05, 0.3, -0.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid reservation maximum '-0.2': must not be negative");
    assertThatThrownBy(() -> base.withCompetenceChance(1.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid competence chance '1.2': from 0 to 1");
    assertThatThrownBy(() -> SimulationConfig.builder(50).strategy(null))
        .isInstanceOf(NullPointerException.class);
  }
}
