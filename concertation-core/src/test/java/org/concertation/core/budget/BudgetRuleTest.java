package org.concertation.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BudgetRuleTest {
  /**
   * Budget 10. Projects a 6, b 5, c 4, d 1. Voters {a, b}, {a, b, c}, {a, b, c}, {d}: approvals a
   * 3, b 3, c 2, d 1.
   */
  private static final BudgetElection GREEDY =
      BudgetElection.of(
          10,
          List.of(Project.of("a", 6), Project.of("b", 5), Project.of("c", 4), Project.of("d", 1)),
          List.of(Set.of("a", "b"), Set.of("a", "b", "c"), Set.of("a", "b", "c"), Set.of("d")));

  /**
   * Budget 8, 4 voters with 2 each under equal shares. Projects w 3, x 3, y 3, z 2. Voters v1 {x,
   * w}, v2 {x}, v3 {x, y}, v4 {y, z}.
   */
  private static final BudgetElection SHARES =
      BudgetElection.of(
          8,
          List.of(Project.of("w", 3), Project.of("x", 3), Project.of("y", 3), Project.of("z", 2)),
          List.of(Set.of("x", "w"), Set.of("x"), Set.of("x", "y"), Set.of("y", "z")));

  @Test
  void greedyByVotesBreaksATieByIdAndReportsIt() {
    // By votes: a 3 and b 3 tie, a first by id: a funded (4 left), b (5) no longer fits, c (4)
    // fits,
    // d (1) does not: [a, c], cost 10.
    BudgetOutcome outcome = BudgetRule.greedy(Utility.COST).apply(GREEDY);
    assertThat(outcome.selected()).containsExactly("a", "c");
    assertThat(outcome.cost()).isEqualTo(10);
    assertThat(outcome.ties()).singleElement().asString().contains("a and b tied at 3");
  }

  @Test
  void greedyByVotesPerUnitOfCostFundsTheDensestProjectsFirst() {
    // Votes per unit of cost: d 1, b 3/5, a 3/6, c 2/4. d (9 left), b (4 left); a (6) does not fit
    // and would not have at the start of its group either, so no tie; c (4) fits: [d, b, c].
    BudgetOutcome outcome = BudgetRule.greedy(Utility.APPROVAL).apply(GREEDY);
    assertThat(outcome.selected()).containsExactly("d", "b", "c");
    assertThat(outcome.cost()).isEqualTo(10);
    assertThat(outcome.tie()).isFalse();
  }

  @Test
  void greedyLeavesOutProjectsBelowTheMinimumApprovals() {
    // Only a (3) and b (3) have 3 approvals: a funded, b no longer fits.
    BudgetOutcome outcome = BudgetRule.greedy(Utility.COST).withMinApprovals(3).apply(GREEDY);
    assertThat(outcome.selected()).containsExactly("a");
    assertThat(outcome.details().get("ineligible")).isEqualTo(List.of("c", "d"));
  }

  @Test
  void equalSharesWithApprovalUtilityFollowsTheHandCount() {
    // Each voter has 2. Round 1: w unaffordable (v1 has 2 < 3); x: 3 supporters pay 1 each (rho 1);
    // y: 1.5 each; z: 2. x funded; v1, v2, v3 keep 1. Round 2: y: v3 pays its 1, v4 pays 2 (rho 2);
    // z: v4 pays 2 (rho 2): tie, y funded by id. v3, v4 have 0. Round 3: z unaffordable. [x, y].
    BudgetOutcome outcome = BudgetRule.equalShares(Utility.APPROVAL).apply(SHARES);
    assertThat(outcome.selected()).containsExactly("x", "y");
    assertThat(outcome.cost()).isEqualTo(6);
    assertThat(outcome.ties()).singleElement().asString().contains("round 2: y, z tied");
    // v1 and v2 paid 1 for x; v3 paid 1 for x and 1 for y; v4 paid 2 for y.
    assertThat(outcome.details().get("spendingPerVoter"))
        .isEqualTo(
            java.util.Map.of(
                "leastSpentByAVoter", "1", "mostSpentByAVoter", "2", "votersWhoSpentNothing", 0L));
  }

  @Test
  void equalSharesWithCostUtilityComparesPricesPerUnitOfCost() {
    // Round 1: x 1/3, y 1.5/3 = 1/2, z 2/2 = 1: x. Round 2: y 2/3 against z 1: y, no tie. [x, y].
    BudgetOutcome outcome = BudgetRule.equalShares(Utility.COST).apply(SHARES);
    assertThat(outcome.selected()).containsExactly("x", "y");
    assertThat(outcome.tie()).isFalse();
  }

  @Test
  void greedyCompletionSpendsWhatEqualSharesLeaves() {
    // After [x, y], 2 is left; greedy by votes per unit of cost: z 1/2 (fits), w 1/3 (does not).
    BudgetOutcome outcome =
        BudgetRule.equalShares(Utility.APPROVAL).withGreedyCompletion(true).apply(SHARES);
    assertThat(outcome.selected()).containsExactly("x", "y", "z");
    assertThat(outcome.cost()).isEqualTo(8);
  }

  @Test
  void phragmenStopsWhenATiedProjectNoLongerFits() {
    // Loads start at 0. Round 1: w 3/1, x 3/3 = 1, y 3/2, z 2/1: x; v1, v2, v3 carry 1.
    // Round 2: w (1 + 3)/1 = 4, y (1 + 0 + 3)/2 = 2, z (0 + 2)/1 = 2: y and z tie, y by id; v3, v4
    // carry 2. Round 3: w (1 + 3)/1 = 4 and z (2 + 2)/1 = 4 tie; w costs 3 with 2 left, so the rule
    // stops although z would fit, as pabutools does. [x, y].
    BudgetOutcome outcome = BudgetRule.phragmen().apply(SHARES);
    assertThat(outcome.selected()).containsExactly("x", "y");
    assertThat(outcome.ties()).hasSize(1);
    assertThat(outcome.details().get("stop").toString()).contains("w has the least load 4");
  }

  @Test
  void equalSharesFundsAFreeProjectWithSupportersFirst() {
    BudgetElection election =
        BudgetElection.of(
            4,
            List.of(Project.of("free", 0), Project.of("paid", 4)),
            List.of(Set.of("free", "paid"), Set.of("paid")));
    assertThat(BudgetRule.equalShares(Utility.COST).apply(election).selected())
        .containsExactly("free", "paid");
  }

  @Test
  void onlyEqualSharesCanBeCompleted() {
    assertThatThrownBy(() -> BudgetRule.phragmen().withGreedyCompletion(true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not phragmen");
  }

  @Test
  void electionsRejectUnknownProjectsInBallots() {
    assertThatThrownBy(
            () -> BudgetElection.of(1, List.of(Project.of("a", 1)), List.of(Set.of("b"))))
        .hasMessageContaining("unknown project 'b'");
  }

  @Test
  void rulesAreFoundByTheirCommandLineName() {
    assertThat(BudgetRule.fromLabel("mes", Utility.COST))
        .isEqualTo(BudgetRule.equalShares(Utility.COST));
    assertThatThrownBy(() -> BudgetRule.fromLabel("lottery", Utility.COST))
        .hasMessageContaining("'lottery'");
  }
}
