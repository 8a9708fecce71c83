package org.concertation.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The simulation's seeded output does not drift: the same seed gives the very same CSV as the model
 * gave before its driver was split into one policy per phase.
 */
class SeededOutputTest {
  /**
   * SHA-256 of {@code Csv.runs} then {@code Csv.colleges} of {@link #batch()}, computed once from
   * the driver as it stood before it was split into phase policies (commit ee542a0), before any
   * change to the simulation. A change of model that is meant to change the results changes this
   * digest on purpose, and says so.
   */
  private static final String DIGEST =
      "ef75309415aef0d902a77a9be6da75d27490ad0ce9785bd2891d2b3efa965b18";

  /** Both logics, every strategy, two sizes and a behaviour that merges and objects more often. */
  private static ImmutableList<Batch.Row> batch() {
    ImmutableList.Builder<Batch.Cell> grid = ImmutableList.builder();
    for (String logic : new String[] {"project", "mission"}) {
      for (Strategy strategy : Strategy.values()) {
        grid.add(Batch.Cell.of(logic, SimulationConfig.of(30).withStrategy(strategy)));
      }
      grid.add(Batch.Cell.of(logic, SimulationConfig.of(90)));
      grid.add(
          Batch.Cell.of(
              logic,
              SimulationConfig.of(45)
                  .withBehaviour(0.4, 0.8, 0.3, 0.8)
                  .withStakesAndProposals(4, 12)
                  .withPropensities(0.7, 0.6, 0.9)));
    }
    return Batch.run(grid.build(), 6, 1, 2, (done, total) -> {});
  }

  /**
   * The runs' CSV without its last column, {@code rule}, added after the digest was computed: every
   * earlier column keeps its place and its bytes.
   */
  private static String withoutRuleColumn(String runs) {
    StringBuilder csv = new StringBuilder();
    for (String line : runs.split("\n", -1)) {
      if (!line.isEmpty()) {
        csv.append(line, 0, line.lastIndexOf(',')).append('\n');
      }
    }
    return csv.toString();
  }

  @Test
  void theSameSeedGivesTheSameCsvAsBeforeTheDriverWasSplit() {
    ImmutableList<Batch.Row> rows = batch();
    String csv = withoutRuleColumn(Csv.runs(rows)) + Csv.colleges(rows);
    assertThat(Hashing.sha256().hashString(csv, StandardCharsets.UTF_8).toString())
        .isEqualTo(DIGEST);
  }

  @Test
  void runsUnderTheCharterRoundsSayCharterInTheLastColumn() {
    String[] lines = Csv.runs(batch()).split("\n");
    assertThat(lines[0]).endsWith(",propensity_association,rule");
    assertThat(Arrays.asList(lines).subList(1, lines.length))
        .hasSize(72)
        .allSatisfy(line -> assertThat(line).endsWith(",charter"));
  }
}
