package org.concertation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concertation.core.Charters;
import org.concertation.core.simulation.Batch;
import org.concertation.core.simulation.SimulationConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void theDeliveryShareAndVariationAreGridKeys() {
    SimulationConfig share = Grid.with(FILE, BASE, "delivery_share", new DoubleNode(0.7));
    assertThat(share.deliveryShare()).isEqualTo(0.7);
    assertThat(share.deliveryVariation()).isZero();
    SimulationConfig both = Grid.with(FILE, share, "delivery_variation", new DoubleNode(0.2));
    assertThat(both.deliveryShare()).isEqualTo(0.7);
    assertThat(both.deliveryVariation()).isEqualTo(0.2);
    assertThat(Grid.with(FILE, BASE, "delivery_share", new IntNode(1))).isEqualTo(BASE);
    assertThatThrownBy(() -> Grid.with(FILE, BASE, "delivery_share", new DoubleNode(1.5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid delivery share '1.5': from 0 to 1");
    assertThatThrownBy(() -> Grid.with(FILE, BASE, "delivery_variation", new TextNode("0.2")))
        .isInstanceOf(InputException.class)
        .hasMessage("grid.json: expected grid.delivery_variation to be a number, found \"0.2\"");
  }

  @Test
  void theProspectiveLogicIsAGridValueAndTheDeliveryKeysVaryWithIt(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("grid.json");
    Files.writeString(
        file,
        "{\"seed\": 3, \"runs\": 2, \"grid\": {\"logic\": [\"project\", \"prospective\"],"
            + " \"delivery_share\": [1.0, 0.5], \"delivery_variation\": 0.1}}");
    Grid grid = Grid.read(file);
    assertThat(grid.cells()).hasSize(4);
    assertThat(grid.cells())
        .extracting(Batch.Cell::logic)
        .containsExactly("project", "project", "prospective", "prospective");
    assertThat(grid.cells().get(2).charter()).isEqualTo(Charters.prospectiveProjectLogic());
    assertThat(grid.cells())
        .extracting(c -> c.config().deliveryShare())
        .containsExactly(1.0, 0.5, 1.0, 0.5);
    assertThat(grid.cells())
        .allSatisfy(c -> assertThat(c.config().deliveryVariation()).isEqualTo(0.1));
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
