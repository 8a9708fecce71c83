package org.concertation.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Equal shares completed by raising each voter's budget step by step, as pabutools' {@code
 * voter_budget_increment} defines it; cost-0 projects and ties between ids beyond U+FFFF, as
 * pabutools treats them.
 */
class EqualSharesIncrementTest {
  /**
   * Budget 10, two voters: v1 {a, b}, v2 {a, c}; a costs 6, b 4, c 5. Stops when nothing more fits.
   */
  private static final BudgetElection FILLS =
      BudgetElection.of(
          10,
          List.of(Project.of("a", 6), Project.of("b", 4), Project.of("c", 5)),
          List.of(Set.of("a", "b"), Set.of("a", "c")));

  /**
   * Budget 10, two voters: v1 {a, b}, v2 {a, c}; a costs 6, b 4, c 4. Stops when the next step
   * would overspend.
   */
  private static final BudgetElection OVERSPENDS =
      BudgetElection.of(
          10,
          List.of(Project.of("a", 6), Project.of("b", 4), Project.of("c", 4)),
          List.of(Set.of("a", "b"), Set.of("a", "c")));

  private static BudgetRule mesCost(String increment) {
    return BudgetRule.equalShares(Utility.COST).withIncrement(BudgetIncrement.parse(increment));
  }

  @Test
  void raisesTheVotersBudgetsUntilNothingMoreFits() {
    // Step 0, 5 each: a costs 3 each (1/2 per unit of cost; b and c cost 1 per unit), 2 each
    // left; b (4) and c (5) are beyond one voter's 2: [a], 6, and b would still fit.
    // Step 1, 6 each: after a, 3 each: b and c still beyond reach: [a].
    // Step 2, 7 each: after a, 4 each: v1 pays b alone (4); c (5) beyond v2's 4: [a, b], 10,
    // and c no longer fits: kept, at 7 per voter after 2 steps.
    BudgetOutcome outcome = mesCost("1").apply(FILLS);
    assertThat(outcome.selected()).containsExactly("a", "b");
    assertThat(outcome.cost()).isEqualTo(10);
    assertThat(outcome.details().get("budgetPerVoter")).isEqualTo("7");
    assertThat(outcome.details().get("increment"))
        .isEqualTo(
            Map.of("step", "1", "stepPerVoter", "1", "steps", 2L, "stop", "nothing more fits"));
  }

  @Test
  void aPercentageOfTheBudgetIsSharedEquallyAmongTheVoters() {
    // 10% of 10 is 1, i.e. 1/2 per voter: 5, 5.5, 6, 6.5 leave b beyond v1's reach after a (at
    // 6.5, 3.5 left), 7 funds b as above: 4 steps.
    BudgetOutcome outcome = mesCost("10%").apply(FILLS);
    assertThat(outcome.selected()).containsExactly("a", "b");
    assertThat(outcome.details().get("budgetPerVoter")).isEqualTo("7");
    assertThat(outcome.details().get("increment"))
        .isEqualTo(
            Map.of("step", "10%", "stepPerVoter", "0.5", "steps", 4L, "stop", "nothing more fits"));
  }

  @Test
  void keepsTheLastOutcomeThatFitsWhenTheNextStepWouldOverspend() {
    // Step 0 (5 each) and step 1 (6 each): a, then 2 or 3 each left, below b's and c's 4: [a].
    // Step 2 (7 each): a, then 4 each: b and c tie at 1 per unit of cost, b first by id, then c
    // (v2 still has 4): [a, b, c] costs 14 > 10. Step 1's [a] is kept, at 6 per voter.
    BudgetOutcome outcome = mesCost("1").apply(OVERSPENDS);
    assertThat(outcome.selected()).containsExactly("a");
    assertThat(outcome.cost()).isEqualTo(6);
    assertThat(outcome.details().get("budgetPerVoter")).isEqualTo("6");
    assertThat(outcome.details().get("increment"))
        .isEqualTo(
            Map.of(
                "step",
                "1",
                "stepPerVoter",
                "1",
                "steps",
                1L,
                "stop",
                "the next step spends more than the budget"));
    assertThat(outcome.explanation())
        .contains("6 per voter after 1 step of 1 (the next step spends more than the budget)");
  }

  @Test
  void greedyCompletionSpendsWhatTheLastOutcomeThatFitsLeaves() {
    // [a] leaves 4; greedy by votes: b and c tie at 1 vote, b first by id fits, c no longer does.
    BudgetOutcome outcome = mesCost("1").withGreedyCompletion(true).apply(OVERSPENDS);
    assertThat(outcome.selected()).containsExactly("a", "b");
    assertThat(outcome.cost()).isEqualTo(10);
  }

  @Test
  void withoutAnIncrementTheRuleIsPlainEqualShares() {
    BudgetRule rule = mesCost("1");
    assertThat(rule.withoutIncrement()).isEqualTo(BudgetRule.equalShares(Utility.COST));
    assertThat(rule.withoutIncrement().apply(OVERSPENDS).selected()).containsExactly("a");
    assertThat(rule.increment()).contains(BudgetIncrement.perVoter(BigDecimal.ONE));
    assertThat(rule.withIncrement(BudgetIncrement.parse("1.0"))).isSameAs(rule);
  }

  @Test
  void onlyEqualSharesRaisesTheVotersBudgets() {
    assertThatThrownBy(
            () -> BudgetRule.greedy(Utility.COST).withIncrement(BudgetIncrement.parse("1%")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only mes");
  }

  @Test
  void readsAnAmountOrAPercentageWithinBounds() {
    assertThat(BudgetIncrement.parse("2.50")).hasToString("2.5");
    assertThat(BudgetIncrement.parse(" 1% ").isPercent()).isTrue();
    assertThat(BudgetIncrement.parse("100%").value()).isEqualByComparingTo("100");
    for (String bad :
        List.of("0", "0%", "-1", "101%", "1e3", "abc", "%", "", "1.5.2", "0.0000000001")) {
      assertThatThrownBy(() -> BudgetIncrement.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Invalid increment");
    }
  }

  /** Budget 10, v1 {a, z}, v2 {a}; a costs 6, z nothing. */
  private static final BudgetElection FREE =
      BudgetElection.of(
          10,
          List.of(Project.of("a", 6), Project.of("z", 0)),
          List.of(Set.of("a", "z"), Set.of("a")));

  @Test
  void underTheCostUtilityEqualSharesNeverFundsACostZeroProject() {
    // Cost utility: z's supporter gains its cost, 0, so pabutools never funds it: [a].
    assertThat(BudgetRule.equalShares(Utility.COST).apply(FREE).selected()).containsExactly("a");
    assertThat(mesCost("1").apply(FREE).selected()).containsExactly("a");
    // Approval utility: z gives its supporter 1 for nothing, funded before the first round.
    assertThat(BudgetRule.equalShares(Utility.APPROVAL).apply(FREE).selected())
        .containsExactly("z", "a");
    // Greedy then funds z, of density 0, as it funds everything else that fits.
    assertThat(
            BudgetRule.equalShares(Utility.COST).withGreedyCompletion(true).apply(FREE).selected())
        .containsExactly("a", "z");
  }

  /** U+1D538 (a surrogate pair, D835 DD38) and U+FF3A: UTF-16 and code points disagree. */
  private static final String DOUBLE_STRUCK_A = "\uD835\uDD38";

  private static final String FULLWIDTH_Z = "\uFF3A";

  @Test
  void tiesFollowTheCodePointOrderOfIdsAsPythonStringsDo() {
    assertThat(DOUBLE_STRUCK_A.compareTo(FULLWIDTH_Z)).isNegative();
    assertThat(BudgetElection.compareIds(DOUBLE_STRUCK_A, FULLWIDTH_Z)).isPositive();
    assertThat(BudgetElection.compareIds("ab", "a")).isPositive();
    assertThat(BudgetElection.compareIds("a", "a")).isZero();
    // Budget 4, two voters approving both projects of cost 4: every rule ties, and the id first
    // by code points, U+FF3A, is funded; nothing is left for the other.
    BudgetElection tie =
        BudgetElection.of(
            4,
            List.of(Project.of(DOUBLE_STRUCK_A, 4), Project.of(FULLWIDTH_Z, 4)),
            List.of(Set.of(DOUBLE_STRUCK_A, FULLWIDTH_Z), Set.of(DOUBLE_STRUCK_A, FULLWIDTH_Z)));
    for (BudgetRule rule :
        List.of(
            BudgetRule.greedy(Utility.COST),
            BudgetRule.greedy(Utility.APPROVAL),
            BudgetRule.equalShares(Utility.COST),
            BudgetRule.equalShares(Utility.APPROVAL),
            mesCost("1%"),
            BudgetRule.phragmen())) {
      assertThat(rule.apply(tie).selected()).as(rule.toString()).containsExactly(FULLWIDTH_Z);
    }
  }

  /** One line of pabutools' selections: file;utility;increment;complete;ids. */
  private record Expected(
      String file, Utility utility, String increment, boolean greedy, List<String> ids) {}

  private static List<Expected> pabutoolsSelections() throws IOException {
    List<Expected> rows = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    EqualSharesIncrementTest.class.getResourceAsStream(
                        "pabutools-increment-selections.csv")),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(";", -1);
        rows.add(
            new Expected(
                f[0],
                Utility.fromLabel(f[1]),
                f[2],
                f[3].equals("greedy"),
                f[4].isEmpty() ? List.of() : Arrays.asList(f[4].split(","))));
      }
    }
    return rows;
  }

  @Test
  void selectionsMatchPabutoolsOnEveryPabulibFile() throws IOException {
    Path folder = PabulibDataTest.dataFolder().resolve("pabulib");
    assumeTrue(Files.isDirectory(folder), "no data at " + folder);
    List<Expected> rows = pabutoolsSelections();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
    Map<String, BudgetElection> elections = new HashMap<>();
    for (Expected row : rows) {
      Path file = folder.resolve(row.file() + ".pb");
      assumeTrue(Files.isRegularFile(file), "no data at " + file);
      BudgetElection election = elections.computeIfAbsent(row.file(), f -> Pabulib.read(file));
      BudgetOutcome outcome =
          BudgetRule.equalShares(row.utility())
              .withIncrement(BudgetIncrement.parse(row.increment()))
              .withGreedyCompletion(row.greedy())
              .apply(election);
      assertThat(outcome.selected())
          .as(row.toString())
          .containsExactlyInAnyOrderElementsOf(row.ids());
      assertThat(outcome.cost()).as(row.toString()).isLessThanOrEqualTo(election.budget());
    }
  }
}
