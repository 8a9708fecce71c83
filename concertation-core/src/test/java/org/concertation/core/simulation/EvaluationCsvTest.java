package org.concertation.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.concertation.api.domain.ResourceKind;
import org.junit.jupiter.api.Test;

/** The runs' CSV gains the evaluation's columns, at its end, only when a run played it. */
class EvaluationCsvTest {
  private static List<String> lines(List<Batch.Cell> cells) {
    return Arrays.asList(Csv.runs(Batch.run(cells, 3, 5, 2, (done, total) -> {})).split("\n"));
  }

  @Test
  void aBatchWithoutTheEvaluationAheadHasNoEvaluationColumn() {
    SimulationConfig config = SimulationConfig.of(30).withDelivery(0.4, 0.2);
    List<String> lines =
        lines(ImmutableList.of(Batch.Cell.of("project", config), Batch.Cell.of("mission", config)));
    assertThat(lines.get(0)).isEqualTo(Csv.RUNS_HEADER);
    assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).endsWith(",charter"));
  }

  @Test
  void theEvaluationColumnsFollowTheOthersAndAreNotApplicableToRunsThatDidNotPlayIt() {
    SimulationConfig config = SimulationConfig.of(30).withDelivery(0.75, 0);
    List<String> lines =
        lines(
            ImmutableList.of(
                Batch.Cell.of("project", config), Batch.Cell.of(Batch.Cell.PROSPECTIVE, config)));
    assertThat(lines.get(0)).isEqualTo(Csv.RUNS_HEADER + "," + Csv.EVALUATION_COLUMNS);
    int columns = lines.get(0).split(",").length;
    assertThat(lines.subList(1, lines.size()))
        .hasSize(6)
        .allSatisfy(l -> assertThat(l.split(",", -1)).hasSize(columns));
    assertThat(lines.subList(1, 4))
        .allSatisfy(l -> assertThat(l).endsWith(",charter,NA,NA,NA,NA,NA,0.750000,0.000000"));
    assertThat(lines.subList(4, 7))
        .allSatisfy(
            l -> {
              assertThat(l).contains(",prospective,").endsWith(",0.750000,0.000000");
              // the project's runs and these have the same columns before: the same territory
              assertThat(l.split(",")[4]).isIn("true", "false");
            });
  }

  @Test
  void theDeliveryColumnsNameEveryKindOfMeansInItsOrder() {
    String kinds =
        Arrays.stream(ResourceKind.values())
            .map(k -> "delivery_" + k.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(","));
    assertThat(Csv.EVALUATION_COLUMNS)
        .isEqualTo("ex_ante_agreement," + kinds + ",delivery_share,delivery_variation");
  }
}
