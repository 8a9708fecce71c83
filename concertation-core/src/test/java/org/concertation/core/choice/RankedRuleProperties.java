package org.concertation.core.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.testing.PropertyHarness.assume;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.concertation.core.testing.PropertyHarness;
import org.concertation.core.testing.PropertyHarness.Generator;
import org.concertation.core.testing.PropertyHarness.Property;
import org.concertation.core.testing.PropertyHarness.Summary;
import org.junit.jupiter.api.Test;

class RankedRuleProperties {
  private static final List<RankedRule> CONDORCET_RULES =
      List.of(
          RankedRule.COPELAND,
          RankedRule.SCHULZE,
          RankedRule.RANKED_PAIRS,
          RankedRule.KEMENY,
          RankedRule.MINIMAX);

  /** A random profile of strict complete orders, or truncated weak orders when {@code ties}. */
  static Profile randomProfile(SplittableRandom random, boolean ties) {
    return randomProfile(random, 2 + random.nextInt(6), 1 + random.nextInt(12), 5, ties);
  }

  /**
   * A random profile over {@code n} candidates of {@code kinds} ballots, each cast 1 to {@code
   * maxCount} times: strict complete orders, or truncated weak orders when {@code ties}.
   */
  static Profile randomProfile(
      SplittableRandom random, int n, int kinds, int maxCount, boolean ties) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add(String.valueOf((char) ('A' + i)));
    }
    List<RankedBallot> list = new ArrayList<>();
    for (int b = 0; b < kinds; b++) {
      List<String> order = new ArrayList<>(names);
      Collections.shuffle(order, new java.util.Random(random.nextLong()));
      int keep = ties ? 1 + random.nextInt(n) : n;
      List<List<String>> tiers = new ArrayList<>();
      for (int i = 0; i < keep; i++) {
        if (ties && !tiers.isEmpty() && random.nextInt(4) == 0) {
          tiers.get(tiers.size() - 1).add(order.get(i));
        } else {
          tiers.add(new ArrayList<>(List.of(order.get(i))));
        }
      }
      list.add(RankedBallot.of(1 + random.nextInt(maxCount), tiers));
    }
    return Profile.of(names, list);
  }

  /** Random ballots, each cast a random number of times, over two to seven candidates. */
  private static Profile anyProfile(SplittableRandom random) {
    return randomProfile(random, random.nextBoolean());
  }

  /** Simpler profiles over the same candidates: one kind of ballot fewer, or one cast only once. */
  static List<Profile> simpler(Profile profile) {
    List<Profile> simpler = new ArrayList<>();
    List<RankedBallot> ballots = profile.ballots();
    for (int i = 0; ballots.size() > 1 && i < ballots.size(); i++) {
      List<RankedBallot> fewer = new ArrayList<>(ballots);
      fewer.remove(i);
      simpler.add(Profile.of(profile.candidates(), fewer));
    }
    for (int i = 0; i < ballots.size(); i++) {
      if (ballots.get(i).count() > 1) {
        List<RankedBallot> once = new ArrayList<>(ballots);
        once.set(i, RankedBallot.of(1, ballots.get(i).tiers()));
        simpler.add(Profile.of(profile.candidates(), once));
      }
    }
    return simpler;
  }

  /** Whether every ballot ranks every candidate, one per tier. */
  private static boolean strictAndComplete(Profile profile) {
    return profile.ballots().stream()
        .allMatch(
            ballot ->
                ballot.tiers().size() == profile.size()
                    && ballot.tiers().stream().allMatch(tier -> tier.size() == 1));
  }

  @CanIgnoreReturnValue
  private static Summary forAllProfiles(
      String name, int tries, Generator<Profile> generator, Property<Profile> property) {
    return PropertyHarness.forAll(name, tries, generator, RankedRuleProperties::simpler, property);
  }

  @Test
  void condorcetMethodsElectTheCondorcetWinnerWhenOneExists() {
    forAllProfiles(
            "Condorcet methods elect the Condorcet winner when one exists",
            400,
            RankedRuleProperties::anyProfile,
            (profile, random) -> {
              Optional<String> winner = profile.pairwise().condorcetWinner();
              assume(winner.isPresent());
              for (RankedRule rule : CONDORCET_RULES) {
                ChoiceOutcome outcome = rule.apply(profile);
                assertThat(outcome.winners())
                    .as(rule.label() + " on " + profile.ballots())
                    .containsExactly(winner.get());
                assertThat(outcome.tie()).as(rule.label()).isFalse();
              }
            })
        // most random profiles have one, or the property proves little
        .requireChecked(0.5);
  }

  @Test
  void theCondorcetLoserNeverWinsACondorcetConsistentRule() {
    forAllProfiles(
            "the Condorcet loser never wins a Condorcet-consistent rule",
            400,
            RankedRuleProperties::anyProfile,
            (profile, random) -> {
              Optional<String> loser = profile.pairwise().condorcetLoser();
              assume(loser.isPresent());
              // Instant-runoff only meets the criterion on complete strict ballots: tied or
              // truncated
              // ballots are exhausted and stop counting against the loser.
              List<RankedRule> rules =
                  strictAndComplete(profile)
                      ? List.of(
                          RankedRule.SCHULZE,
                          RankedRule.RANKED_PAIRS,
                          RankedRule.KEMENY,
                          RankedRule.COPELAND,
                          RankedRule.BORDA,
                          RankedRule.IRV)
                      : List.of(
                          RankedRule.SCHULZE,
                          RankedRule.RANKED_PAIRS,
                          RankedRule.KEMENY,
                          RankedRule.COPELAND,
                          RankedRule.BORDA);
              for (RankedRule rule : rules) {
                assertThat(rule.apply(profile).winners())
                    .as(rule.label() + " on " + profile.ballots())
                    .doesNotContain(loser.get());
              }
            })
        // most random profiles have one, or the property proves little
        .requireChecked(0.5);
  }

  @Test
  void aCandidateEveryoneRanksFirstAloneWinsEveryRule() {
    forAllProfiles(
        "a candidate everyone ranks first alone wins every rule",
        300,
        random -> {
          Profile base = randomProfile(random, true);
          String top = base.candidates().get(random.nextInt(base.size()));
          List<RankedBallot> ballots = new ArrayList<>();
          for (RankedBallot ballot : base.ballots()) {
            List<List<String>> tiers = new ArrayList<>();
            tiers.add(List.of(top));
            for (var tier : ballot.tiers()) {
              List<String> rest = new ArrayList<>(tier);
              rest.remove(top);
              if (!rest.isEmpty()) {
                tiers.add(rest);
              }
            }
            ballots.add(RankedBallot.of(ballot.count(), tiers));
          }
          return Profile.of(base.candidates(), ballots);
        },
        (profile, random) -> {
          String top = profile.ballots().get(0).tiers().get(0).iterator().next();
          for (RankedRule rule : RankedRule.values()) {
            ChoiceOutcome outcome = rule.apply(profile);
            assertThat(outcome.winners())
                .as(rule.label() + " on " + profile.ballots())
                .containsExactly(top);
            assertThat(outcome.tie()).as(rule.label()).isFalse();
          }
        });
  }

  @Test
  void bordaScoresSumToNTimesNMinusOneOverTwoPerBallot() {
    forAllProfiles(
        "Borda scores sum to n(n-1)/2 per ballot",
        400,
        random -> randomProfile(random, true),
        (profile, random) -> {
          int n = profile.size();
          @SuppressWarnings("unchecked")
          Map<String, Number> scores =
              (Map<String, Number>) RankedRule.BORDA.apply(profile).details().get("scores");
          double sum = scores.values().stream().mapToDouble(Number::doubleValue).sum();
          assertThat(sum)
              .as("on %s", profile.ballots())
              .isEqualTo(profile.voters() * n * (n - 1) / 2.0);
        });
  }

  @Test
  void everyRuleRanksEveryCandidateExactlyOnce() {
    forAllProfiles(
        "every rule ranks every candidate exactly once",
        300,
        random -> randomProfile(random, true),
        (profile, random) -> {
          int seats = 1 + random.nextInt(profile.size());
          for (RankedRule rule : RankedRule.values()) {
            ChoiceOutcome outcome = rule.apply(profile, seats);
            String why = rule.label() + ", " + seats + " seats, on " + profile.ballots();
            List<String> all = new ArrayList<>();
            outcome.ranking().forEach(all::addAll);
            assertThat(all).as(why).containsExactlyInAnyOrderElementsOf(profile.candidates());
            assertThat(outcome.winners().size()).as(why).isGreaterThanOrEqualTo(seats);
            if (!outcome.tie()) {
              assertThat(outcome.winners()).as(why).hasSize(seats);
            }
          }
        });
  }

  @Test
  void pairwiseCountsOfAPairNeverExceedTheVoters() {
    forAllProfiles(
        "pairwise counts of a pair never exceed the voters",
        300,
        random -> randomProfile(random, true),
        (profile, random) -> {
          PairwiseMatrix m = profile.pairwise();
          for (String a : profile.candidates()) {
            for (String b : profile.candidates()) {
              if (!a.equals(b)) {
                String why = a + " and " + b + " on " + profile.ballots();
                assertThat(m.count(a, b) + m.count(b, a))
                    .as(why)
                    .isLessThanOrEqualTo(profile.voters());
                assertThat(m.margin(a, b)).as(why).isEqualTo(-m.margin(b, a));
              }
            }
          }
        });
  }

  @Test
  void kemenyRankingAgreesWithAtLeastAsManyPreferencesAsAnyOtherRulesRanking() {
    forAllProfiles(
        "Kemeny's ranking agrees with at least as many preferences as any other ranking",
        200,
        random -> randomProfile(random, false),
        (profile, random) -> {
          PairwiseMatrix m = profile.pairwise();
          ChoiceOutcome kemeny = RankedRule.KEMENY.apply(profile);
          long best = (Long) kemeny.details().get("agreement");
          List<String> order = new ArrayList<>(profile.candidates());
          for (int t = 0; t < 20; t++) {
            Collections.shuffle(order, new java.util.Random(random.nextLong()));
            long agreement = 0;
            for (int i = 0; i < order.size(); i++) {
              for (int j = i + 1; j < order.size(); j++) {
                agreement += m.count(order.get(i), order.get(j));
              }
            }
            assertThat(agreement)
                .as("%s on %s", order, profile.ballots())
                .isLessThanOrEqualTo(best);
          }
        });
  }

  @Test
  void kemenyAgreementIsTheBruteForceMaximumOverAllRankings() {
    forAllProfiles(
        "Kemeny's agreement is the brute-force maximum over all rankings",
        150,
        RankedRuleProperties::anyProfile,
        (profile, random) -> {
          PairwiseMatrix m = profile.pairwise();
          long best = Long.MIN_VALUE;
          long count = 0;
          for (List<String> order : permutations(profile.candidates())) {
            long agreement = 0;
            for (int i = 0; i < order.size(); i++) {
              for (int j = i + 1; j < order.size(); j++) {
                agreement += m.count(order.get(i), order.get(j));
              }
            }
            if (agreement > best) {
              best = agreement;
              count = 1;
            } else if (agreement == best) {
              count++;
            }
          }
          ChoiceOutcome kemeny = RankedRule.KEMENY.apply(profile);
          assertThat(kemeny.details().get("agreement"))
              .as("on %s", profile.ballots())
              .isEqualTo(best);
          assertThat(kemeny.details().get("optimalRankings"))
              .as("on %s", profile.ballots())
              .isEqualTo(count);
        });
  }

  private static List<List<String>> permutations(List<String> items) {
    if (items.isEmpty()) {
      return List.of(List.of());
    }
    List<List<String>> all = new ArrayList<>();
    for (String first : items) {
      List<String> rest = new ArrayList<>(items);
      rest.remove(first);
      for (List<String> tail : permutations(rest)) {
        List<String> order = new ArrayList<>();
        order.add(first);
        order.addAll(tail);
        all.add(order);
      }
    }
    return all;
  }

  @Test
  void stvElectsExactlyTheSeatsAndEachWinnerOnceOnStrictBallots() {
    forAllProfiles(
        "STV elects exactly the seats, each winner once, on strict ballots",
        300,
        random -> randomProfile(random, false),
        (profile, random) -> {
          int seats = 1 + random.nextInt(profile.size());
          ChoiceOutcome outcome = RankedRule.STV.apply(profile, seats);
          assertThat(outcome.winners())
              .as("%s seats on %s", seats, profile.ballots())
              .doesNotHaveDuplicates()
              .hasSize(seats);
        });
  }
}
