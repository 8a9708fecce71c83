package org.concertation.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.io.StringWriter;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.concertation.core.exact.Q;
import org.junit.jupiter.api.Test;

/** Weighted voters in the budgeting rules, counted by hand. */
class WeightedBudgetTest {
  private static final List<Project> PROJECTS = List.of(Project.of("p1", 60), Project.of("p2", 60));

  /**
   * Budget 100. Inhabitants' college of weight 1: three voters of 1/3 approve p1. Associations'
   * college of weight 2: one voter of weight 2 approves p2. Total weight 3.
   */
  private static BudgetElection colleges() {
    Q third = Q.of(BigInteger.ONE, BigInteger.valueOf(3));
    return BudgetElection.builder(100, PROJECTS)
        .add(List.of("p1"), third)
        .add(List.of("p1"), third)
        .add(List.of("p1"), third)
        .add(List.of("p2"), Q.of(2))
        .build();
  }

  /** The same voters unweighted. */
  private static BudgetElection heads() {
    return BudgetElection.builder(100, PROJECTS)
        .add(List.of("p1"), 3)
        .add(List.of("p2"), 1)
        .build();
  }

  @Test
  void identicalBallotsAreStoredOnceWithTheirTotalWeight() {
    BudgetElection e = colleges();
    assertThat(e.isWeighted()).isTrue();
    assertThat(e.voters()).isEqualTo(4);
    assertThat(e.totalWeight()).isEqualTo(Q.of(3));
    // gcd(3 * 1/3, 2) = gcd(1, 2) = 1.
    assertThat(e.weightUnit()).isEqualTo(Q.ONE);
    assertThat(e.approvals("p1")).isEqualTo(3);
    assertThat(e.approvalWeight("p1")).isEqualTo(Q.ONE);
    assertThat(e.approvalWeight("p2")).isEqualTo(Q.of(2));
    assertThat(e.ballots()).isEqualTo(Map.of(ImmutableSet.of("p1"), 3L, ImmutableSet.of("p2"), 1L));
    assertThat(e.ballotWeights())
        .isEqualTo(Map.of(ImmutableSet.of("p1"), Q.ONE, ImmutableSet.of("p2"), Q.of(2)));
    assertThat(heads().isWeighted()).isFalse();
    assertThat(heads().totalWeight()).isEqualTo(Q.of(4));
  }

  @Test
  void greedyRanksProjectsByTheWeightOfTheirVotes() {
    // By weight p2 has 2 against p1's 1 and is funded first; p1 (60) no longer fits in 40. By
    // heads p1 has 3 votes against 1.
    assertThat(BudgetRule.greedy(Utility.COST).apply(colleges()).selected()).containsExactly("p2");
    assertThat(BudgetRule.greedy(Utility.COST).apply(heads()).selected()).containsExactly("p1");
  }

  @Test
  void equalSharesGivesEachVoterABudgetShareProportionalToItsWeight() {
    // Each inhabitant gets 100 * (1/3) / 3 = 100/9, together 100/3 < 60: p1 is not affordable. The
    // association gets 100 * 2 / 3 = 200/3 >= 60 and pays p2 alone (price 60). By heads each gets
    // 25: p1's three supporters have 75 >= 60, p2's one has 25 < 60.
    BudgetOutcome weighted = BudgetRule.equalShares(Utility.COST).apply(colleges());
    assertThat(weighted.selected()).containsExactly("p2");
    assertThat(weighted.details().get("totalWeight")).isEqualTo(3L);
    assertThat(BudgetRule.equalShares(Utility.COST).apply(heads()).selected())
        .containsExactly("p1");
  }

  @Test
  void phragmenLetsVotersEarnMoneyAtTheRateOfTheirWeight() {
    // p1's supporters earn at rate 1 together, p2's at 2: p2 is paid first at time 60 / 2 = 30;
    // then p1 (60) has the least load but 40 is left, so the rule stops. By heads p1 comes first at
    // 60 / 3 = 20.
    BudgetOutcome weighted = BudgetRule.phragmen().apply(colleges());
    assertThat(weighted.selected()).containsExactly("p2");
    assertThat(weighted.details().get("stop").toString()).startsWith("stopped: p1");
    assertThat(BudgetRule.phragmen().apply(heads()).selected()).containsExactly("p1");
  }

  @Test
  void theLeastApprovalsCountsVotersWhateverTheirWeights() {
    // p2 weighs 2 but has 1 voter: below 2 approvals it is not eligible; p1 has 3 voters.
    BudgetOutcome outcome = BudgetRule.greedy(Utility.COST).withMinApprovals(2).apply(colleges());
    assertThat(outcome.selected()).containsExactly("p1");
    assertThat(outcome.details().get("ineligible")).isEqualTo(List.of("p2"));
  }

  @Test
  void refusesNonPositiveOrMissingWeightsAndPabulibCannotWriteThem() {
    BudgetElection.Builder builder = BudgetElection.builder(100, PROJECTS);
    assertThatThrownBy(() -> builder.add(List.of("p1"), Q.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid weight '0'");
    assertThatThrownBy(() -> builder.add(List.of("p1"), (Q) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Pabulib.write(colleges(), new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot write weighted voters");
  }
}
