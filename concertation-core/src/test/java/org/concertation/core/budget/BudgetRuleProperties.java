package org.concertation.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.concertation.core.testing.PropertyHarness;
import org.concertation.core.testing.PropertyHarness.Property;
import org.junit.jupiter.api.Test;

/**
 * Seeded properties of the budgeting rules, and a comparison with naive exact implementations
 * written straight from the definitions (one voter at a time, rationals everywhere), on random
 * small instances with many ties.
 */
class BudgetRuleProperties {
  /** Random instances per property. */
  private static final int TRIES = 500;

  /**
   * An instance of a budget election, with each voter's approvals as project indexes for the naive
   * implementations.
   */
  record Instance(BudgetElection election, List<List<Integer>> ballots) {
    static Instance of(long budget, List<Project> projects, List<List<Integer>> ballots) {
      BudgetElection.Builder builder = BudgetElection.builder(budget, projects);
      for (List<Integer> ballot : ballots) {
        builder.add(ballot.stream().map(p -> projects.get(p).id()).toList(), 1);
      }
      return new Instance(builder.build(), List.copyOf(ballots));
    }

    /** The same instance without one voter, for each voter while more than one is left. */
    List<Instance> simpler() {
      List<Instance> simpler = new ArrayList<>();
      for (int v = 0; ballots.size() > 1 && v < ballots.size(); v++) {
        List<List<Integer>> fewer = new ArrayList<>(ballots);
        fewer.remove(v);
        simpler.add(of(election.budget(), election.projects(), fewer));
      }
      return simpler;
    }

    @Override
    public String toString() {
      return "budget "
          + election.budget()
          + ", projects "
          + election.projects()
          + ", ballots "
          + election.ballots();
    }
  }

  /** A random instance: few distinct costs so that ties are frequent. */
  static Instance randomInstance(SplittableRandom random) {
    int m = 1 + random.nextInt(7);
    List<Project> projects = new ArrayList<>();
    for (int p = 0; p < m; p++) {
      projects.add(Project.of("p" + (char) ('a' + p), 1 + random.nextInt(4) * 2));
    }
    int voters = 1 + random.nextInt(9);
    int budget = 1 + random.nextInt(12);
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
    return Instance.of(budget, projects, ballots);
  }

  private static void forAllInstances(String name, Property<Instance> property) {
    PropertyHarness.forAll(
        name, TRIES, BudgetRuleProperties::randomInstance, Instance::simpler, property);
  }

  /** Exact fractions for the naive implementations. */
  record F(BigInteger n, BigInteger d) implements Comparable<F> {
    static F of(long n) {
      return new F(BigInteger.valueOf(n), BigInteger.ONE);
    }

    F plus(F o) {
      return norm(n.multiply(o.d).add(o.n.multiply(d)), d.multiply(o.d));
    }

    F minus(F o) {
      return norm(n.multiply(o.d).subtract(o.n.multiply(d)), d.multiply(o.d));
    }

    F times(F o) {
      return norm(n.multiply(o.n), d.multiply(o.d));
    }

    F div(F o) {
      return norm(n.multiply(o.d), d.multiply(o.n));
    }

    static F norm(BigInteger n, BigInteger d) {
      if (d.signum() < 0) {
        n = n.negate();
        d = d.negate();
      }
      BigInteger g = n.gcd(d);
      return g.signum() == 0
          ? new F(BigInteger.ZERO, BigInteger.ONE)
          : new F(n.divide(g), d.divide(g));
    }

    @Override
    public int compareTo(F o) {
      return n.multiply(o.d).compareTo(o.n.multiply(d));
    }
  }

  /**
   * Method of Equal Shares from its definition, one voter at a time, each voter holding an equal
   * share of the budget.
   */
  static List<String> naiveEqualShares(
      BudgetElection e, List<List<Integer>> ballots, Utility utility) {
    if (ballots.isEmpty()) {
      return List.of();
    }
    F perVoter = new F(BigInteger.valueOf(e.budget()), BigInteger.valueOf(ballots.size()));
    return EqualSharesIncrementProperties.naiveEqualShares(e, ballots, utility, perVoter).stream()
        .map(e::id)
        .toList();
  }

  /** Sequential Phragmén from its definition (pabutools' stopping rule), one voter at a time. */
  static List<String> naivePhragmen(BudgetElection e, List<List<Integer>> ballots) {
    List<F> load = new ArrayList<>();
    ballots.forEach(b -> load.add(F.of(0)));
    Set<Integer> open = new HashSet<>();
    for (int p = 0; p < e.size(); p++) {
      if (e.cost(p) <= e.budget()) {
        open.add(p);
      }
    }
    List<String> selected = new ArrayList<>();
    long spent = 0;
    while (!open.isEmpty()) {
      F best = null;
      List<Integer> tied = new ArrayList<>();
      boolean anyFinite = open.stream().anyMatch(p -> e.approvals[p] > 0);
      for (int p : open) {
        if (anyFinite && e.approvals[p] == 0) {
          continue;
        }
        F value = null;
        if (anyFinite) {
          F sum = F.of(e.cost(p));
          for (int v = 0; v < ballots.size(); v++) {
            if (ballots.get(v).contains(p)) {
              sum = sum.plus(load.get(v));
            }
          }
          value = sum.div(F.of(e.approvals[p]));
        }
        int c = tied.isEmpty() ? -1 : anyFinite ? value.compareTo(best) : 0;
        if (c < 0) {
          best = value;
          tied.clear();
        }
        if (c <= 0) {
          tied.add(p);
        }
      }
      for (int p : tied) {
        if (spent + e.cost(p) > e.budget()) {
          return selected;
        }
      }
      tied.sort((a, b) -> e.id(a).compareTo(e.id(b)));
      int chosen = tied.get(0);
      if (best != null) {
        for (int v = 0; v < ballots.size(); v++) {
          if (ballots.get(v).contains(chosen)) {
            load.set(v, best);
          }
        }
      }
      open.remove(chosen);
      selected.add(e.id(chosen));
      spent += e.cost(chosen);
    }
    return selected;
  }

  @Test
  void equalSharesAgreesWithTheNaiveDefinition() {
    forAllInstances(
        "the Method of Equal Shares agrees with its naive definition",
        (instance, random) -> {
          BudgetElection e = instance.election();
          List<List<Integer>> ballots = instance.ballots();
          for (Utility utility : Utility.values()) {
            assertThat(BudgetRule.equalShares(utility).apply(e).selected())
                .as(
                    utility
                        + " on "
                        + e.ballots()
                        + " with "
                        + e.projects()
                        + ", budget "
                        + e.budget())
                .containsExactlyElementsOf(naiveEqualShares(e, ballots, utility));
          }
        });
  }

  @Test
  void phragmenAgreesWithTheNaiveDefinition() {
    forAllInstances(
        "sequential Phragmén agrees with its naive definition",
        (instance, random) -> {
          BudgetElection e = instance.election();
          List<List<Integer>> ballots = instance.ballots();
          assertThat(BudgetRule.phragmen().apply(e).selected())
              .as(e.ballots() + " with " + e.projects() + ", budget " + e.budget())
              .containsExactlyElementsOf(naivePhragmen(e, ballots));
        });
  }

  @Test
  void everyRuleStaysWithinTheBudgetAndGreedyLeavesNothingThatFits() {
    forAllInstances(
        "every rule stays within the budget, and greedy leaves nothing that fits",
        (instance, random) -> {
          BudgetElection e = instance.election();
          for (BudgetRule rule :
              List.of(
                  BudgetRule.greedy(Utility.COST),
                  BudgetRule.greedy(Utility.APPROVAL),
                  BudgetRule.equalShares(Utility.COST),
                  BudgetRule.equalShares(Utility.APPROVAL).withGreedyCompletion(true),
                  BudgetRule.phragmen())) {
            BudgetOutcome outcome = rule.apply(e);
            assertThat(outcome.cost()).as(rule.toString()).isLessThanOrEqualTo(e.budget());
            assertThat(outcome.selected()).as(rule.toString()).doesNotHaveDuplicates();
            if (rule.label().equals("greedy") || rule.greedyCompletion()) {
              for (Project p : e.projects()) {
                if (!outcome.selected().contains(p.id())) {
                  assertThat(p.cost())
                      .as(rule + ": " + p.id() + " still fits")
                      .isGreaterThan(e.budget() - outcome.cost());
                }
              }
            }
          }
        });
  }
}
