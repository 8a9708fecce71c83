package org.concertation.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.concertation.core.budget.BudgetRuleProperties.F;
import org.concertation.core.testing.PropertyHarness;
import org.junit.jupiter.api.Test;

/**
 * Seeded properties of equal shares completed by raising the voters' budgets, against a naive
 * implementation written from pabutools' definition (one voter at a time, rationals everywhere), on
 * small instances with cost-0 projects, many ties and ids beyond U+FFFF.
 */
class EqualSharesIncrementProperties {
  /** Random instances per property. */
  private static final int TRIES = 400;

  /** Ids whose UTF-16 order and code point order disagree, and plain ones. */
  private static final List<String> IDS =
      List.of("pa", "pb", "\uFF3A", "\uD835\uDD38", "pc", "\uE000", "pd");

  /** An instance with the increment to try. */
  record Case(BudgetRuleProperties.Instance instance, BudgetIncrement increment) {
    List<Case> simpler() {
      return instance.simpler().stream().map(i -> new Case(i, increment)).toList();
    }
  }

  static Case randomCase(SplittableRandom random) {
    int m = 1 + random.nextInt(IDS.size());
    List<Project> projects = new ArrayList<>();
    for (int p = 0; p < m; p++) {
      // Cost 0 now and then; few distinct costs so that ties are frequent.
      projects.add(Project.of(IDS.get(p), random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(4) * 2));
    }
    int voters = 1 + random.nextInt(8);
    List<List<Integer>> ballots = new ArrayList<>();
    for (int v = 0; v < voters; v++) {
      List<Integer> indexes = new ArrayList<>();
      for (int p = 0; p < m; p++) {
        if (random.nextInt(3) == 0) {
          indexes.add(p);
        }
      }
      ballots.add(indexes);
    }
    BudgetIncrement increment =
        random.nextBoolean()
            ? BudgetIncrement.perVoter(BigDecimal.valueOf(1 + random.nextInt(4), 1))
            : BudgetIncrement.percentOfBudget(BigDecimal.valueOf(1 + random.nextInt(40)));
    return new Case(
        BudgetRuleProperties.Instance.of(1 + random.nextInt(12), projects, ballots), increment);
  }

  private static PropertyHarness.Summary forAllCases(
      String name, PropertyHarness.Property<Case> property) {
    return PropertyHarness.forAll(
        name, TRIES, EqualSharesIncrementProperties::randomCase, Case::simpler, property);
  }

  /**
   * Equal shares from its definition with each voter's budget {@code perVoter}: under the cost
   * utility a cost-0 project gives nothing and is never funded; under the approval utility it is
   * funded first.
   */
  static List<Integer> naiveEqualShares(
      BudgetElection e, List<List<Integer>> ballots, Utility utility, F perVoter) {
    int n = ballots.size();
    List<F> money = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      money.add(perVoter);
    }
    List<Integer> selected = new ArrayList<>();
    Set<Integer> open = new HashSet<>();
    for (int p = 0; p < e.size(); p++) {
      if (e.approvals[p] > 0) {
        if (e.cost(p) > 0) {
          open.add(p);
        } else if (utility == Utility.APPROVAL) {
          selected.add(p);
        }
      }
    }
    selected.sort((a, b) -> BudgetElection.compareIds(e.id(a), e.id(b)));
    while (true) {
      F best = null;
      int chosen = -1;
      for (int p : open) {
        List<F> supporters = new ArrayList<>();
        for (int v = 0; v < n; v++) {
          if (ballots.get(v).contains(p)) {
            supporters.add(money.get(v));
          }
        }
        supporters.sort(null);
        F remaining = F.of(e.cost(p));
        F rho = null;
        for (int i = 0; i < supporters.size(); i++) {
          F share = remaining.div(F.of(supporters.size() - i));
          if (share.compareTo(supporters.get(i)) <= 0) {
            rho = utility == Utility.COST ? share.div(F.of(e.cost(p))) : share;
            break;
          }
          remaining = remaining.minus(supporters.get(i));
        }
        if (rho != null
            && (best == null
                || rho.compareTo(best) < 0
                || (rho.compareTo(best) == 0
                    && BudgetElection.compareIds(e.id(p), e.id(chosen)) < 0))) {
          best = rho;
          chosen = p;
        }
      }
      if (chosen < 0) {
        return selected;
      }
      F price = utility == Utility.COST ? best.times(F.of(e.cost(chosen))) : best;
      for (int v = 0; v < n; v++) {
        if (ballots.get(v).contains(chosen)) {
          F have = money.get(v);
          money.set(v, have.compareTo(price) > 0 ? have.minus(price) : F.of(0));
        }
      }
      open.remove(chosen);
      selected.add(chosen);
    }
  }

  private static long cost(BudgetElection e, List<Integer> projects) {
    return projects.stream().mapToLong(e::cost).sum();
  }

  /** pabutools' loop, literally: raise, rerun, stop at the first overspending or full outcome. */
  static List<String> naiveIncrement(
      BudgetElection e, List<List<Integer>> ballots, Utility utility, BudgetIncrement step) {
    if (ballots.isEmpty()) {
      return List.of();
    }
    long n = ballots.size();
    F perVoter = new F(BigInteger.valueOf(e.budget()), BigInteger.valueOf(n));
    BigInteger scale = BigInteger.TEN.pow(step.value().scale());
    F increment =
        step.isPercent()
            ? new F(
                step.value().unscaledValue().multiply(BigInteger.valueOf(e.budget())),
                scale.multiply(BigInteger.valueOf(100 * n)))
            : new F(step.value().unscaledValue(), scale);
    List<Integer> previous = null;
    while (true) {
      List<Integer> outcome = naiveEqualShares(e, ballots, utility, perVoter);
      long cost = cost(e, outcome);
      if (cost > e.budget()) {
        List<String> ids = new ArrayList<>();
        previous.forEach(p -> ids.add(e.id(p)));
        return ids;
      }
      boolean full = true;
      for (int p = 0; p < e.size(); p++) {
        if (e.cost(p) > 0
            && e.approvals[p] > 0
            && !outcome.contains(p)
            && e.cost(p) + cost <= e.budget()) {
          full = false;
        }
      }
      if (full) {
        List<String> ids = new ArrayList<>();
        outcome.forEach(p -> ids.add(e.id(p)));
        return ids;
      }
      previous = outcome;
      perVoter = perVoter.plus(increment);
    }
  }

  @Test
  void completionByIncrementsAgreesWithPabutoolsDefinition() {
    PropertyHarness.Summary summary =
        forAllCases(
            "equal shares completed by increments agrees with its naive definition",
            (c, random) -> {
              BudgetElection e = c.instance().election();
              for (Utility utility : Utility.values()) {
                assertThat(
                        BudgetRule.equalShares(utility)
                            .withIncrement(c.increment())
                            .apply(e)
                            .selected())
                    .as(utility + " by " + c.increment() + " on " + c.instance())
                    .containsExactlyElementsOf(
                        naiveIncrement(e, c.instance().ballots(), utility, c.increment()));
              }
            });
    assertThat(summary.checked()).isEqualTo(summary.tries());
  }

  @Test
  void theCompletedOutcomeFitsAndGreedyThenLeavesNothingThatFits() {
    forAllCases(
        "the completed outcome fits, and greedy after it leaves nothing that fits",
        (c, random) -> {
          BudgetElection e = c.instance().election();
          for (Utility utility : Utility.values()) {
            BudgetRule rule = BudgetRule.equalShares(utility).withIncrement(c.increment());
            BudgetOutcome raised = rule.apply(e);
            BudgetOutcome completed = rule.withGreedyCompletion(true).apply(e);
            assertThat(raised.cost()).isLessThanOrEqualTo(e.budget());
            assertThat(completed.cost()).isLessThanOrEqualTo(e.budget());
            assertThat(completed.selected()).doesNotHaveDuplicates();
            assertThat(completed.selected().subList(0, raised.selected().size()))
                .isEqualTo(raised.selected());
            for (Project p : e.projects()) {
              if (!completed.selected().contains(p.id())) {
                assertThat(p.cost()).isGreaterThan(e.budget() - completed.cost());
              }
            }
          }
        });
  }

  @Test
  void plainEqualSharesCountsCostZeroProjectsAsPabutoolsDoes() {
    forAllCases(
        "plain equal shares agrees with its naive definition with cost-0 projects",
        (c, random) -> {
          BudgetElection e = c.instance().election();
          List<List<Integer>> ballots = c.instance().ballots();
          PropertyHarness.assume(!ballots.isEmpty());
          for (Utility utility : Utility.values()) {
            List<String> expected = new ArrayList<>();
            naiveEqualShares(
                    e,
                    ballots,
                    utility,
                    new F(BigInteger.valueOf(e.budget()), BigInteger.valueOf(ballots.size())))
                .forEach(p -> expected.add(e.id(p)));
            assertThat(BudgetRule.equalShares(utility).apply(e).selected())
                .as(utility + " on " + c.instance())
                .containsExactlyInAnyOrderElementsOf(expected);
          }
        });
  }
}
