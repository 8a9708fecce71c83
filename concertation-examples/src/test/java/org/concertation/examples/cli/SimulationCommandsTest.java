package org.concertation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.examples.cli.CliRun.execute;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.concertation.examples.cli.CliRun.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationCommandsTest {
  private static final String COLUMNS =
      "run,seed,logic,actors,agreement,rounds,adopted,utilitarian,egalitarian,nash,gini,"
          + "bottom_up_share,transversality,participation,satisfaction_institution,"
          + "satisfaction_inhabitant,satisfaction_association";
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

  @TempDir Path dir;

  @BeforeAll
  static void headless() {
    System.setProperty("java.awt.headless", "true");
  }

  private static byte[] head(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return java.util.Arrays.copyOf(bytes, 4);
  }

  @Test
  void simulatePrintsASummaryAndWritesOneCsvRowPerRunAndAPlot() throws IOException {
    Path csv = dir.resolve("runs.csv");
    Path plot = dir.resolve("runs.png");
    Outcome outcome =
        execute(
            "simulate",
            "--logic",
            "mission",
            "--actors",
            "40",
            "--runs",
            "5",
            "--seed",
            "3",
            "--csv",
            csv.toString(),
            "--plot",
            plot.toString());
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).contains("| measure | mission (5 runs) |").contains("| gini |");
    assertThat(outcome.err()).isEmpty();
    assertThat(Files.readAllLines(csv)).hasSize(6).first().asString().startsWith(COLUMNS);
    assertThat(Files.readAllLines(csv).get(1)).contains(",mission,40,");
    assertThat(head(plot)).isEqualTo(PNG);
  }

  @Test
  void simulateWritesTheSameCsvWithOneThreadAndWithFour() throws IOException {
    Path one = dir.resolve("one.csv");
    Path four = dir.resolve("four.csv");
    execute(
        "simulate",
        "--logic",
        "project",
        "--actors",
        "30",
        "--runs",
        "8",
        "--seed",
        "9",
        "--threads",
        "1",
        "--csv",
        one.toString());
    execute(
        "simulate",
        "--logic",
        "project",
        "--actors",
        "30",
        "--runs",
        "8",
        "--seed",
        "9",
        "--threads",
        "4",
        "--csv",
        four.toString());
    assertThat(Files.readAllBytes(four)).isEqualTo(Files.readAllBytes(one));
    assertThat(dir.resolve("one-colleges.csv")).exists();
  }

  @Test
  void compareRunsBothLogicsOnTheSameSeedsAndPlotsThemSideBySide() throws IOException {
    Path plot = dir.resolve("compare.png");
    Path csv = dir.resolve("compare.csv");
    Outcome outcome =
        execute(
            "compare",
            "--actors",
            "30",
            "--runs",
            "4",
            "--seed",
            "1",
            "--plot",
            plot.toString(),
            "--csv",
            csv.toString());
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).contains("| project (4 runs) | mission (4 runs) |");
    assertThat(head(plot)).isEqualTo(PNG);
    var lines = Files.readAllLines(csv);
    assertThat(lines).hasSize(9);
    // run r of each logic has the same seed
    assertThat(lines.get(1).split(",")[1]).isEqualTo(lines.get(5).split(",")[1]);
  }

  @Test
  void sweepRunsEveryPointOfTheGrid() throws IOException {
    Path grid = dir.resolve("grid.json");
    Files.writeString(
        grid,
        "{\"seed\": 5, \"runs\": 2, \"grid\": {\"logic\": [\"project\", \"mission\"], \"actors\":"
            + " [20, 30], \"strategy\": \"boulware\", \"harm_threshold\": [1.0, 2.0]}}");
    Path csv = dir.resolve("sweep.csv");
    Outcome outcome = execute("sweep", grid.toString(), "--csv", csv.toString());
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).contains("8 grid points x 2 runs = 16 rows");
    var lines = Files.readAllLines(csv);
    assertThat(lines).hasSize(17);
    assertThat(lines.get(1)).contains(",project,20,").contains(",boulware,");
    assertThat(lines.get(16)).contains(",mission,30,");
  }

  @Test
  void sweepComparesRoundRulesOnTheSameSeedsAndNamesTheRuleInTheLastColumn() throws IOException {
    Path grid = dir.resolve("rules.json");
    Files.writeString(
        grid,
        "{\"seed\": 5, \"runs\": 3, \"grid\": {\"rule\": [\"charter\", \"schulze\","
            + " {\"label\": \"mes\", \"envelope\": 250000}], \"actors\": 25}}");
    Path csv = dir.resolve("rules.csv");
    Outcome outcome = execute("sweep", grid.toString(), "--csv", csv.toString());
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    var lines = Files.readAllLines(csv);
    assertThat(lines).hasSize(10);
    assertThat(lines.get(0)).endsWith(",propensity_association,rule");
    for (int r = 0; r < 3; r++) {
      String seed = lines.get(1 + r).split(",")[1];
      assertThat(lines.get(1 + r)).endsWith(",charter");
      assertThat(lines.get(4 + r).split(",")[1]).isEqualTo(seed);
      assertThat(lines.get(4 + r)).endsWith(",schulze");
      assertThat(lines.get(7 + r).split(",")[1]).isEqualTo(seed);
      assertThat(lines.get(7 + r)).endsWith(",mes");
    }
  }

  @Test
  void sweepRefusesARuleTheRoundsCannotCountAndAnEnvelopeOutsideABudgetRule() throws IOException {
    Path unknown = dir.resolve("unknown.json");
    Files.writeString(unknown, "{\"seed\": 1, \"grid\": {\"rule\": \"dictator\"}}");
    Outcome refused =
        execute("sweep", unknown.toString(), "--csv", dir.resolve("x.csv").toString());
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("grid.rule: 'dictator' is not a rule the rounds can count");
    Path envelope = dir.resolve("envelope.json");
    Files.writeString(
        envelope, "{\"seed\": 1, \"grid\": {\"rule\": {\"label\": \"borda\", \"envelope\": 5}}}");
    Outcome misplaced =
        execute("sweep", envelope.toString(), "--csv", dir.resolve("y.csv").toString());
    assertThat(misplaced.exitCode()).isEqualTo(1);
    assertThat(misplaced.err()).contains("grid.rule.envelope: rule 'borda' is not a budget rule");
  }

  @Test
  void sweepRefusesAnUnknownGridKeyQuotingIt() throws IOException {
    Path grid = dir.resolve("bad.json");
    Files.writeString(grid, "{\"seed\": 1, \"grid\": {\"budget\": [1, 2]}}");
    Outcome outcome = execute("sweep", grid.toString(), "--csv", dir.resolve("x.csv").toString());
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err()).contains("'budget'");
  }

  @Test
  void simulateUnderTheProspectiveLogicAddsTheEvaluationColumnsAndMeasures() throws IOException {
    Path csv = dir.resolve("prospective.csv");
    Path plot = dir.resolve("prospective.png");
    Outcome outcome =
        execute(
            "simulate",
            "--logic",
            "prospective",
            "--actors",
            "40",
            "--runs",
            "4",
            "--seed",
            "3",
            "--delivery-share",
            "0.5",
            "--csv",
            csv.toString(),
            "--plot",
            plot.toString());
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out())
        .contains("| measure | prospective (4 runs) |")
        .contains("| ex_ante_agreement |")
        .contains("| delivery_hours | 0.500 ± 0.000");
    var lines = Files.readAllLines(csv);
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0))
        .endsWith(
            ",rule,ex_ante_agreement,delivery_money,delivery_hours,delivery_competence,"
                + "delivery_material,delivery_share,delivery_variation");
    assertThat(lines.subList(1, 5))
        .allSatisfy(l -> assertThat(l).contains(",prospective,40,").endsWith(",0.500000,0.000000"));
    assertThat(head(plot)).isEqualTo(PNG);
  }

  @Test
  void simulateUnderTheProjectLogicPrintsNoEvaluationMeasure() {
    Outcome outcome =
        execute(
            "simulate",
            "--logic",
            "project",
            "--actors",
            "30",
            "--runs",
            "2",
            "--seed",
            "3",
            "--delivery-share",
            "0.5");
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).contains("| nash_distance |").doesNotContain("delivery");
  }

  @Test
  void simulateRefusesADeliveryShareOutsideZeroToOneQuotingIt() {
    Outcome outcome =
        execute(
            "simulate",
            "--logic",
            "prospective",
            "--actors",
            "10",
            "--runs",
            "1",
            "--seed",
            "1",
            "--delivery-share",
            "1.5");
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err())
        .contains("Invalid value for option '--delivery-share': '1.5', expected from 0 to 1");
    Outcome variation =
        execute(
            "simulate",
            "--logic",
            "prospective",
            "--actors",
            "10",
            "--runs",
            "1",
            "--seed",
            "1",
            "--delivery-variation",
            "-0.2");
    assertThat(variation.exitCode()).isEqualTo(2);
    assertThat(variation.err()).contains("'--delivery-variation': '-0.2'");
  }

  @Test
  void sweepVariesTheDeliveryShareUnderTheProspectiveLogicOnTheSameSeeds() throws IOException {
    Path grid = dir.resolve("delivery.json");
    Files.writeString(
        grid,
        "{\"seed\": 5, \"runs\": 2, \"grid\": {\"logic\": [\"project\", \"prospective\"],"
            + " \"delivery_share\": [1.0, 0.25], \"actors\": 30}}");
    Path csv = dir.resolve("delivery.csv");
    Outcome outcome = execute("sweep", grid.toString(), "--csv", csv.toString());
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    var lines = Files.readAllLines(csv);
    assertThat(lines).hasSize(9);
    assertThat(lines.get(0)).endsWith(",delivery_share,delivery_variation");
    // the project logic plays no evaluation ahead: its evaluation cells are not applicable
    assertThat(lines.subList(1, 5)).allSatisfy(l -> assertThat(l).contains(",NA,NA,NA,NA,NA,"));
    assertThat(lines.get(5)).contains(",prospective,").endsWith(",1.000000,0.000000");
    assertThat(lines.get(7)).contains(",prospective,").endsWith(",0.250000,0.000000");
    assertThat(lines.get(5).split(",")[1]).isEqualTo(lines.get(1).split(",")[1]);
  }

  @Test
  void sweepRefusesADeliveryShareOutsideZeroToOneNamingTheKey() throws IOException {
    Path grid = dir.resolve("share.json");
    Files.writeString(grid, "{\"seed\": 1, \"grid\": {\"delivery_share\": 2}}");
    Outcome outcome = execute("sweep", grid.toString(), "--csv", dir.resolve("x.csv").toString());
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err()).contains("grid.delivery_share: Invalid delivery share '2.0'");
  }

  @Test
  void simulateRefusesAnUnknownLogicAsAUsageError() {
    Outcome outcome =
        execute("simulate", "--logic", "market", "--actors", "10", "--runs", "1", "--seed", "1");
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("'market'");
  }

  @Test
  void noProgressBarWhenStandardErrorIsNotATerminal() {
    Outcome outcome =
        execute("simulate", "--logic", "project", "--actors", "10", "--runs", "30", "--seed", "1");
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.err()).isEmpty();
  }

  @Test
  void theProgressBarOnlyMovesForwardWhenThreadsReportOutOfOrder() {
    StringWriter text = new StringWriter();
    var bar = Simulations.bar(new PrintWriter(text), LanguageOptions.english());
    bar.done(1, 4);
    bar.done(3, 4);
    bar.done(2, 4);
    bar.done(4, 4);
    assertThat(text.toString().split("\r"))
        .containsExactly(
            "",
            "[##########                              ] 25% 1/4 runs",
            "[##############################          ] 75% 3/4 runs",
            "[########################################] 100% 4/4 runs\n");
  }
}
