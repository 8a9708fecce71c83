package org.concertation.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.concertation.core.budget.BudgetRuleProperties.Instance;
import org.concertation.core.exact.Q;
import org.concertation.core.testing.PropertyHarness;
import org.junit.jupiter.api.Test;

/**
 * Seeded properties of weighted voters in the budgeting rules: equal weights count as none, an
 * integer weight counts as copies of the voter, scaling every weight changes nothing, and no rule
 * spends more than the budget.
 */
class WeightedBudgetProperties {
  private static final int TRIES = 400;

  /** Every rule and variant, increments by a percentage included. */
  private static List<BudgetRule> rules() {
    List<BudgetRule> rules = new ArrayList<>();
    for (Utility utility : Utility.values()) {
      rules.add(BudgetRule.greedy(utility));
      rules.add(BudgetRule.equalShares(utility));
      rules.add(BudgetRule.equalShares(utility).withGreedyCompletion(true));
      rules.add(
          BudgetRule.equalShares(utility)
              .withIncrement(BudgetIncrement.parse("10%"))
              .withGreedyCompletion(true));
    }
    rules.add(BudgetRule.phragmen());
    rules.add(BudgetRule.phragmen().withMinApprovals(2));
    rules.add(BudgetRule.greedy(Utility.COST).withMinApprovals(2));
    return rules;
  }

  /** An instance with one weight per voter. */
  record Weighted(Instance instance, List<Q> weights) {
    BudgetElection election() {
      return election(weights);
    }

    BudgetElection election(List<Q> voterWeights) {
      BudgetElection e = instance.election();
      BudgetElection.Builder builder = BudgetElection.builder(e.budget(), e.projects());
      for (int v = 0; v < instance.ballots().size(); v++) {
        builder.add(ids(v), voterWeights.get(v));
      }
      return builder.build();
    }

    List<String> ids(int voter) {
      return instance.ballots().get(voter).stream()
          .map(p -> instance.election().projects().get(p).id())
          .toList();
    }

    List<Weighted> simpler() {
      List<Weighted> simpler = new ArrayList<>();
      for (int v = 0; instance.ballots().size() > 1 && v < instance.ballots().size(); v++) {
        List<List<Integer>> fewer = new ArrayList<>(instance.ballots());
        fewer.remove(v);
        List<Q> w = new ArrayList<>(weights);
        w.remove(v);
        BudgetElection e = instance.election();
        simpler.add(new Weighted(Instance.of(e.budget(), e.projects(), fewer), w));
      }
      return simpler;
    }

    @Override
    public String toString() {
      return instance + " weighted " + weights;
    }
  }

  private static Q randomWeight(SplittableRandom random) {
    return Q.of(
        BigInteger.valueOf(1 + random.nextInt(6)), BigInteger.valueOf(1 + random.nextInt(6)));
  }

  private static Weighted randomWeighted(SplittableRandom random) {
    Instance instance = BudgetRuleProperties.randomInstance(random);
    List<Q> weights = new ArrayList<>();
    for (int v = 0; v < instance.ballots().size(); v++) {
      weights.add(randomWeight(random));
    }
    return new Weighted(instance, weights);
  }

  @Test
  void equalWeightsGiveTheUnweightedSelection() {
    PropertyHarness.forAll(
        "equal weights give the unweighted selection",
        TRIES,
        random -> {
          Weighted w = randomWeighted(random);
          Q same = w.weights().get(0);
          return new Weighted(w.instance(), w.weights().stream().map(x -> same).toList());
        },
        Weighted::simpler,
        (input, random) -> {
          BudgetElection weighted = input.election();
          for (BudgetRule rule : rules()) {
            assertThat(rule.apply(weighted).selected())
                .as("%s on %s", rule, input)
                .isEqualTo(rule.apply(input.instance().election()).selected());
          }
        });
  }

  @Test
  void anIntegerWeightCountsAsThatManyCopiesOfTheVoter() {
    PropertyHarness.forAll(
        "an integer weight counts as that many copies of the voter",
        TRIES,
        random -> {
          Instance instance = BudgetRuleProperties.randomInstance(random);
          List<Q> weights = new ArrayList<>();
          for (int v = 0; v < instance.ballots().size(); v++) {
            weights.add(Q.of(1 + random.nextInt(4)));
          }
          return new Weighted(instance, weights);
        },
        Weighted::simpler,
        (input, random) -> {
          BudgetElection e = input.instance().election();
          BudgetElection.Builder copies = BudgetElection.builder(e.budget(), e.projects());
          for (int v = 0; v < input.weights().size(); v++) {
            copies.add(input.ids(v), input.weights().get(v).longValueExact());
          }
          BudgetElection copied = copies.build();
          BudgetElection weighted = input.election();
          for (BudgetRule rule : rules()) {
            // A least number of approvals counts voters, not weight: copies are more voters.
            if (rule.minApprovals() > 0) {
              continue;
            }
            BudgetOutcome byWeight = rule.apply(weighted);
            BudgetOutcome byCopies = rule.apply(copied);
            assertThat(byWeight.selected())
                .as("%s on %s", rule, input)
                .isEqualTo(byCopies.selected());
            assertThat(byWeight.ties()).as("%s on %s", rule, input).isEqualTo(byCopies.ties());
          }
        });
  }

  @Test
  void scalingEveryWeightChangesNoSelection() {
    PropertyHarness.forAll(
        "scaling every weight changes no selection",
        TRIES,
        WeightedBudgetProperties::randomWeighted,
        Weighted::simpler,
        (input, random) -> {
          Q factor = randomWeight(random);
          BudgetElection weighted = input.election();
          BudgetElection scaled =
              input.election(input.weights().stream().map(w -> w.times(factor)).toList());
          assertThat(scaled.totalWeight()).isEqualTo(weighted.totalWeight().times(factor));
          for (BudgetRule rule : rules()) {
            assertThat(rule.apply(scaled).selected())
                .as("%s on %s scaled by %s", rule, input, factor)
                .isEqualTo(rule.apply(weighted).selected());
          }
        });
  }

  @Test
  void noRuleSpendsMoreThanTheBudgetWithWeightedVoters() {
    PropertyHarness.forAll(
        "no rule spends more than the budget with weighted voters",
        TRIES,
        WeightedBudgetProperties::randomWeighted,
        Weighted::simpler,
        (input, random) -> {
          BudgetElection weighted = input.election();
          for (BudgetRule rule : rules()) {
            BudgetOutcome outcome = rule.apply(weighted);
            long cost =
                outcome.selected().stream()
                    .mapToLong(
                        id ->
                            weighted.projects().stream()
                                .filter(p -> p.id().equals(id))
                                .findFirst()
                                .orElseThrow()
                                .cost())
                    .sum();
            assertThat(cost).as("%s on %s", rule, input).isEqualTo(outcome.cost());
            assertThat(cost).as("%s on %s", rule, input).isLessThanOrEqualTo(weighted.budget());
          }
        });
  }
}
