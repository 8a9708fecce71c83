package org.concertation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import java.nio.file.Path;
import org.concertation.core.simulation.SimulationConfig;
import org.junit.jupiter.api.Test;

class GridTest {
  private static final SimulationConfig BASE = SimulationConfig.of(100);
  private static final Path FILE = Path.of("grid.json");

  @Test
  void theBehaviourParametersOfEachPhaseAreGridKeys() {
    assertThat(Grid.with(FILE, BASE, "aspiration_gap", new DoubleNode(0.1)).aspirationGap())
        .isEqualTo(0.1);
    assertThat(Grid.with(FILE, BASE, "support_margin", new DoubleNode(0.7)).supportMargin())
        .isEqualTo(0.7);
    assertThat(Grid.with(FILE, BASE, "abstain_margin", new DoubleNode(0.2)).abstainMargin())
        .isEqualTo(0.2);
    assertThat(Grid.with(FILE, BASE, "negligible_effect", new DoubleNode(0.1)).negligibleEffect())
        .isEqualTo(0.1);
    assertThat(
            Grid.with(FILE, BASE, "proposal_effect_minimum", new DoubleNode(0.6))
                .proposalEffectMinimum())
        .isEqualTo(0.6);
    assertThat(
            Grid.with(FILE, BASE, "proposal_cost_minimum", new DoubleNode(0.2))
                .proposalCostMinimum())
        .isEqualTo(0.2);
    assertThat(
            Grid.with(FILE, BASE, "proposal_cost_spread", new DoubleNode(0.4)).proposalCostSpread())
        .isEqualTo(0.4);
    assertThat(Grid.with(FILE, BASE, "merged_cost_factor", new DoubleNode(1.0)).mergedCostFactor())
        .isEqualTo(1.0);
    assertThat(
            Grid.with(FILE, BASE, "money_share_minimum", new DoubleNode(0.2)).moneyShareMinimum())
        .isEqualTo(0.2);
    assertThat(Grid.with(FILE, BASE, "money_share_spread", new DoubleNode(0.3)).moneyShareSpread())
        .isEqualTo(0.3);
    assertThat(Grid.with(FILE, BASE, "money_minimum", new IntNode(5_000)).moneyMinimum())
        .isEqualTo(5_000);
    assertThat(Grid.with(FILE, BASE, "hours_minimum", new IntNode(2)).hoursMinimum()).isEqualTo(2);
    assertThat(Grid.with(FILE, BASE, "hours_spread", new IntNode(10)).hoursSpread()).isEqualTo(10);
    assertThat(Grid.with(FILE, BASE, "leaning_minimum", new DoubleNode(-1)).leaningMinimum())
        .isEqualTo(-1);
    assertThat(Grid.with(FILE, BASE, "leaning_spread", new DoubleNode(2)).leaningSpread())
        .isEqualTo(2);
    assertThat(
            Grid.with(FILE, BASE, "cost_aversion_minimum", new DoubleNode(0.1))
                .costAversionMinimum())
        .isEqualTo(0.1);
    assertThat(
            Grid.with(FILE, BASE, "cost_aversion_spread", new DoubleNode(0)).costAversionSpread())
        .isEqualTo(0);
    assertThat(
            Grid.with(FILE, BASE, "reservation_maximum", new DoubleNode(0.5)).reservationMaximum())
        .isEqualTo(0.5);
    assertThat(Grid.with(FILE, BASE, "competence_chance", new DoubleNode(1)).competenceChance())
        .isEqualTo(1);
  }

  @Test
  void aKeyChangesOnlyItsParameter() {
    assertThat(Grid.with(FILE, BASE, "aspiration_gap", new DoubleNode(0.3))).isEqualTo(BASE);
    assertThat(Grid.with(FILE, BASE, "hours_spread", new IntNode(35))).isEqualTo(BASE);
  }

  @Test
  void refusesAValueOutOfRangeNamingTheParameter() {
    assertThatThrownBy(() -> Grid.with(FILE, BASE, "abstain_margin", new DoubleNode(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("abstain margin '-1.0'");
    assertThatThrownBy(() -> Grid.with(FILE, BASE, "hours_minimum", new DoubleNode(2.5)))
        .isInstanceOf(InputException.class)
        .hasMessage("grid.json: expected grid.hours_minimum to be a whole number, found 2.5");
  }
}
