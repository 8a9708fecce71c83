package org.concertation.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.concertation.core.budget.BudgetElection;
import org.concertation.core.budget.BudgetIncrement;
import org.concertation.core.budget.BudgetOutcome;
import org.concertation.core.budget.BudgetRule;
import org.concertation.core.budget.Project;
import org.concertation.core.budget.Utility;
import org.concertation.core.choice.ChoiceOutcome;
import org.concertation.core.choice.GradedProfile;
import org.concertation.core.choice.GradedRule;
import org.concertation.core.choice.Profile;
import org.concertation.core.choice.RankedBallot;
import org.concertation.core.choice.RankedRule;
import org.concertation.core.exact.Q;
import org.junit.jupiter.api.Test;

/**
 * The account of every voting and budgeting rule, rendered from its facts in English, is the
 * outcome's own explanation byte for byte, on seeded random profiles and elections (weighted ones
 * too); in French it renders every fact without an English word of the stored form.
 */
class CountTextProperties {
  private static final long SEED = 20261201L;

  private static final int TRIES = 400;

  private static final Texts ENGLISH = Texts.of(Locale.ENGLISH);

  private static final Texts FRENCH = Texts.of(Locale.FRENCH);

  private static final List<String> NAMES = List.of("a", "b", "c", "d", "e");

  private static List<String> candidates(SplittableRandom random) {
    return NAMES.subList(0, 2 + random.nextInt(NAMES.size() - 1));
  }

  private static Profile ranked(SplittableRandom random) {
    List<String> names = candidates(random);
    List<RankedBallot> ballots = new ArrayList<>();
    int n = 1 + random.nextInt(12);
    for (int b = 0; b < n; b++) {
      List<String> order = new ArrayList<>(names);
      Collections.shuffle(order, new java.util.Random(random.nextLong()));
      List<Set<String>> tiers = new ArrayList<>();
      int listed = 1 + random.nextInt(order.size());
      for (int i = 0; i < listed; i++) {
        // a tie with the tier above now and then
        if (!tiers.isEmpty() && random.nextInt(4) == 0) {
          tiers.get(tiers.size() - 1).add(order.get(i));
        } else {
          tiers.add(new TreeSet<>(Set.of(order.get(i))));
        }
      }
      ballots.add(RankedBallot.of(1 + random.nextInt(5), tiers));
    }
    if (random.nextInt(4) == 0) {
      List<Q> weights = new ArrayList<>();
      ballots.forEach(b -> weights.add(Q.of(1 + random.nextInt(3)).dividedBy(Q.of(2))));
      return Profile.weighted(names, ballots, weights);
    }
    return Profile.of(names, ballots);
  }

  private static GradedProfile graded(SplittableRandom random, int lowest, int highest) {
    List<String> names = candidates(random);
    List<GradedProfile.Ballot> ballots = new ArrayList<>();
    int n = 1 + random.nextInt(10);
    for (int b = 0; b < n; b++) {
      int[] grades = new int[names.size()];
      for (int c = 0; c < grades.length; c++) {
        grades[c] = lowest + random.nextInt(highest - lowest + 1);
      }
      ballots.add(GradedProfile.Ballot.of(1 + random.nextInt(4), grades));
    }
    if (random.nextInt(4) == 0) {
      List<Q> weights = new ArrayList<>();
      ballots.forEach(b -> weights.add(Q.of(1 + random.nextInt(3)).dividedBy(Q.of(3))));
      return GradedProfile.weighted(names, ballots, weights);
    }
    return GradedProfile.of(names, ballots);
  }

  private static BudgetElection election(SplittableRandom random) {
    List<Project> projects = new ArrayList<>();
    List<String> ids = candidates(random);
    for (String id : ids) {
      projects.add(new Project(id, 1 + random.nextInt(8), id));
    }
    BudgetElection.Builder builder = BudgetElection.builder(4 + random.nextInt(12), projects);
    int voters = 1 + random.nextInt(8);
    for (int v = 0; v < voters; v++) {
      List<String> approved = new ArrayList<>();
      for (String id : ids) {
        if (random.nextBoolean()) {
          approved.add(id);
        }
      }
      if (random.nextInt(5) == 0) {
        builder.add(approved, Q.of(1 + random.nextInt(3)).dividedBy(Q.of(2)));
      } else {
        builder.add(approved, 1 + random.nextInt(3));
      }
    }
    return builder.build();
  }

  private static BudgetRule budgetRule(SplittableRandom random) {
    Utility utility = random.nextBoolean() ? Utility.COST : Utility.APPROVAL;
    BudgetRule rule;
    switch (random.nextInt(3)) {
      case 0:
        rule = BudgetRule.greedy(utility);
        break;
      case 1:
        rule = BudgetRule.equalShares(utility).withGreedyCompletion(random.nextBoolean());
        if (random.nextBoolean()) {
          rule =
              rule.withIncrement(
                  random.nextBoolean()
                      ? BudgetIncrement.percentOfBudget(BigDecimal.valueOf(5 + random.nextInt(20)))
                      : BudgetIncrement.perVoter(BigDecimal.valueOf(1 + random.nextInt(3))));
        }
        break;
      default:
        rule = BudgetRule.phragmen();
    }
    return random.nextInt(4) == 0 ? rule.withMinApprovals(1 + random.nextInt(2)) : rule;
  }

  private static void check(ChoiceOutcome outcome, long seed) {
    assertThat(CountText.explanation(outcome, ENGLISH))
        .as("seed %s, %s", seed, outcome.rule())
        .isEqualTo(outcome.explanation());
    assertThat(CountText.explanation(outcome, FRENCH))
        .as("seed %s, %s", seed, outcome.rule())
        .doesNotContain("round ", "eliminated", "tie:", "quota ", "locked", "points:");
  }

  @Test
  void everyRankedRuleSaysInEnglishWhatItsExplanationSays() {
    SplittableRandom seeds = new SplittableRandom(SEED);
    for (int i = 0; i < TRIES; i++) {
      long seed = seeds.nextLong();
      SplittableRandom random = new SplittableRandom(seed);
      Profile profile = ranked(random);
      for (RankedRule rule : RankedRule.values()) {
        check(rule.apply(profile, 1 + random.nextInt(profile.candidates().size())), seed);
      }
    }
  }

  @Test
  void everyGradedRuleSaysInEnglishWhatItsExplanationSays() {
    SplittableRandom seeds = new SplittableRandom(SEED + 1);
    for (int i = 0; i < TRIES; i++) {
      long seed = seeds.nextLong();
      SplittableRandom random = new SplittableRandom(seed);
      GradedProfile approvals = graded(random, 0, 1);
      GradedProfile grades = graded(random, 0, 5);
      GradedProfile gradients = graded(random, 1, 8);
      check(
          GradedRule.APPROVAL.apply(approvals, 1 + random.nextInt(approvals.candidates().size())),
          seed);
      check(GradedRule.SCORE.apply(grades, 1), seed);
      check(
          GradedRule.MAJORITY_JUDGMENT.apply(
              grades, 1 + random.nextInt(grades.candidates().size())),
          seed);
      check(GradedRule.GRADIENTS_OF_AGREEMENT.apply(gradients, 1), seed);
    }
  }

  @Test
  void everyBudgetRuleSaysInEnglishWhatItsExplanationSays() {
    SplittableRandom seeds = new SplittableRandom(SEED + 2);
    for (int i = 0; i < TRIES * 2; i++) {
      long seed = seeds.nextLong();
      SplittableRandom random = new SplittableRandom(seed);
      BudgetElection election = election(random);
      BudgetRule rule = budgetRule(random);
      BudgetOutcome outcome = rule.apply(election);
      assertThat(CountText.explanation(outcome, ENGLISH, Optional.empty()))
          .as("seed %s, %s", seed, rule)
          .isEqualTo(outcome.explanation());
      assertThat(CountText.explanation(outcome, FRENCH, Optional.empty()))
          .as("seed %s, %s", seed, rule)
          .doesNotContain("funded", "tie:", "per voter", "round ", "stopped");
    }
  }
}
