package org.concertation.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules on real Pabulib files from {@code ../shared/data/pabulib}, skipped where that folder is
 * absent. The expected selections are those of pabutools 1.2.3 (exact fractions, lexicographic
 * tie-breaking) on the same files, recorded once; the comparison of every rule on every file is in
 * the benchmark notes.
 */
class PabulibDataTest {
  static Path dataFolder() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null
        && !Files.isDirectory(dir.resolve(".git"))
        && !Files.isRegularFile(dir.resolve(".git"))) {
      dir = dir.getParent();
    }
    return dir == null ? Path.of("absent") : dir.resolve("../shared/data").normalize();
  }

  private static BudgetElection read(String name) {
    Path file = dataFolder().resolve("pabulib").resolve(name);
    assumeTrue(Files.isRegularFile(file), "no data at " + file);
    return Pabulib.read(file);
  }

  private static final Map<String, BudgetRule> RULES =
      Map.of(
          "greedy-cost", BudgetRule.greedy(Utility.COST),
          "greedy-approval", BudgetRule.greedy(Utility.APPROVAL),
          "mes-cost", BudgetRule.equalShares(Utility.COST),
          "mes-approval", BudgetRule.equalShares(Utility.APPROVAL),
          "mes-cost-greedy", BudgetRule.equalShares(Utility.COST).withGreedyCompletion(true),
          "phragmen", BudgetRule.phragmen());

  private static void assertSelections(
      BudgetElection election, Map<String, List<String>> expected) {
    expected.forEach(
        (rule, selected) -> {
          BudgetOutcome outcome = RULES.get(rule).apply(election);
          assertThat(outcome.selected()).as(rule).containsExactlyInAnyOrderElementsOf(selected);
          assertThat(outcome.cost()).as(rule).isLessThanOrEqualTo(election.budget());
        });
  }

  @Test
  void readsTheMechanicalTurkFile() {
    BudgetElection election = read("Worldwide_Mechanical_Turk_Knapsack_7.pb");
    assertThat(election.voters()).isEqualTo(69);
    assertThat(election.projects()).hasSize(20);
    assertThat(election.budget()).isEqualTo(500000);
  }

  @Test
  void mechanicalTurkSelectionsMatchPabutools() {
    assertSelections(
        read("Worldwide_Mechanical_Turk_Knapsack_7.pb"),
        Map.of(
            "greedy-cost", List.of("12", "13", "14", "2", "21", "23", "3", "31", "33", "41"),
            "greedy-approval",
                List.of("12", "13", "14", "15", "2", "21", "23", "3", "31", "33", "36"),
            "mes-cost", List.of("12", "13", "14", "15", "2", "21", "23", "3", "31"),
            "mes-approval", List.of("12", "13", "14", "15", "2", "23", "3", "31", "33", "41"),
            "mes-cost-greedy",
                List.of("12", "13", "14", "15", "2", "21", "23", "3", "31", "33", "36"),
            "phragmen", List.of("12", "13", "14", "15", "2", "23", "3", "31", "33", "41")));
  }

  @Test
  void sluzewSelectionsMatchPabutoolsAndTheCitysGreedyOutcome() {
    BudgetElection election = read("Poland_Warszawa_2019_Sluzew.pb");
    assertThat(election.voters()).isEqualTo(663);
    // The file's "selected" column (the city used greedy by votes) funds 1842 and 388.
    assertSelections(
        election,
        Map.of(
            "greedy-cost", List.of("1842", "388"),
            "greedy-approval", List.of("1253", "1492", "2210", "2213", "2269", "384"),
            "mes-cost", List.of("1253", "1492", "1842", "2213", "2269"),
            "mes-approval", List.of("1253", "1492", "2210", "2213", "2269"),
            "mes-cost-greedy", List.of("1253", "1492", "1842", "2213", "2269", "384"),
            "phragmen", List.of("1253", "1492", "1842", "2210", "2213", "2269")));
  }

  @Test
  void zoliborzSelectionsMatchPabutools() {
    assertSelections(
        read("Poland_Warszawa_2023_Zoliborz.pb"),
        Map.of(
            "greedy-cost",
                List.of(
                    "1009", "1010", "1019", "1076", "1139", "1390", "1685", "1798", "371", "378",
                    "505", "525", "669", "682", "685", "735", "788", "856"),
            "mes-cost",
                List.of(
                    "1009", "1010", "1019", "1139", "1390", "1685", "352", "371", "374", "378",
                    "401", "505", "525", "562", "669", "681", "682", "685", "735", "788", "856"),
            "mes-approval",
                List.of(
                    "1009", "1010", "1019", "1139", "1151", "1390", "1685", "352", "371", "374",
                    "378", "401", "505", "562", "613", "669", "681", "682", "685", "735", "788",
                    "856"),
            "mes-cost-greedy",
                List.of(
                    "1009", "1010", "1019", "1076", "1139", "1151", "1390", "1685", "352", "371",
                    "372", "374", "378", "401", "505", "525", "562", "613", "669", "681", "682",
                    "685", "735", "788", "856"),
            "phragmen",
                List.of(
                    "1009", "1010", "1019", "1139", "1151", "1390", "1685", "1768", "352", "371",
                    "372", "374", "378", "401", "505", "525", "562", "613", "669", "681", "682",
                    "685", "735", "788", "856", "896", "905")));
  }
}
