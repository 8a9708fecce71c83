package org.concertation.core.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BatchTest {
  private static final List<Batch.Cell> GRID =
      ImmutableList.of(
          Batch.Cell.of("project", SimulationConfig.of(40)),
          Batch.Cell.of("mission", SimulationConfig.of(40)),
          Batch.Cell.of("project", SimulationConfig.of(70).withStrategy(Strategy.BOULWARE)));

  private static String csv(long seed, int threads) {
    return Csv.runs(Batch.run(GRID, 6, seed, threads, (done, total) -> {}));
  }

  @Test
  void theSameSeedGivesTheSameCsvByteForByteWithOneThreadAndWithFour() {
    String one = csv(7, 1);
    String four = csv(7, 4);
    assertThat(four).isEqualTo(one);
    assertThat(one.lines()).hasSize(1 + GRID.size() * 6);
  }

  @Test
  void differentSeedsGiveDifferentRuns() {
    List<Batch.Row> a = Batch.run(GRID, 6, 1, 2, (done, total) -> {});
    List<Batch.Row> b = Batch.run(GRID, 6, 2, 2, (done, total) -> {});
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i).seed()).isNotEqualTo(b.get(i).seed());
    }
    assertThat(Csv.runs(a)).isNotEqualTo(Csv.runs(b));
  }

  @Test
  void everyRunRecordsItsSeedAndCellsOfOneRepetitionShareIt() {
    List<Batch.Row> rows = Batch.run(GRID, 3, 11, 2, (done, total) -> {});
    for (Batch.Row row : rows) {
      assertThat(row.seed()).isEqualTo(Seeds.ofRun(11, row.run() % 3));
      SimulationRun again = Simulation.run(row.cell().charter(), row.cell().config(), row.seed());
      assertThat(again.metrics()).isEqualTo(row.metrics());
    }
    assertThat(rows.get(0).seed()).isEqualTo(rows.get(3).seed());
  }

  @Test
  void progressIsToldOfEveryRun() {
    AtomicInteger calls = new AtomicInteger();
    AtomicInteger last = new AtomicInteger();
    Batch.run(
        GRID,
        4,
        3,
        3,
        (done, total) -> {
          calls.incrementAndGet();
          last.accumulateAndGet(done, Math::max);
          assertThat(total).isEqualTo(12);
        });
    assertThat(calls.get()).isEqualTo(12);
    assertThat(last.get()).isEqualTo(12);
  }

  @Test
  void theCsvStartsWithTheDocumentedColumnsInOrder() {
    String header = csv(5, 2).lines().findFirst().orElseThrow();
    assertThat(header)
        .startsWith(
            "run,seed,logic,actors,agreement,rounds,adopted,utilitarian,egalitarian,nash,gini,"
                + "bottom_up_share,transversality,participation,satisfaction_institution,"
                + "satisfaction_inhabitant,satisfaction_association");
    int columns = header.split(",", -1).length;
    csv(5, 2).lines().forEach(line -> assertThat(line.split(",", -1)).hasSize(columns));
  }

  @Test
  void undefinedMeasuresAreWrittenNaAndNumbersWithADot() {
    assertThat(Csv.number(Double.NaN)).isEqualTo("NA");
    assertThat(Csv.number(0.5)).isEqualTo("0.500000");
  }

  @Test
  void collegesAreWrittenOneRowPerRunAndCollege() {
    List<Batch.Row> rows = Batch.run(GRID.subList(0, 1), 2, 5, 1, (done, total) -> {});
    assertThat(Csv.colleges(rows).lines())
        .hasSize(1 + 2 * 3)
        .first()
        .isEqualTo(Csv.COLLEGES_HEADER);
  }

  @Test
  void rejectsAnEmptyGridAndAZeroThreadCount() {
    assertThatThrownBy(() -> Batch.run(ImmutableList.of(), 1, 0, 1, (d, t) -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no point");
    assertThatThrownBy(() -> Batch.run(GRID, 1, 0, 0, (d, t) -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'0'");
    assertThatThrownBy(() -> Batch.Cell.of("market", SimulationConfig.of(10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'market'");
  }
}
