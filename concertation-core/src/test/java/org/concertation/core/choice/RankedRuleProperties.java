package org.concertation.core.choice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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

  @Test
  void condorcetMethodsElectTheCondorcetWinnerWhenOneExists() {
    Seeded.forAll(
        400,
        (random, seed) -> {
          Profile profile = randomProfile(random, random.nextBoolean());
          profile
              .pairwise()
              .condorcetWinner()
              .ifPresent(
                  winner -> {
                    for (RankedRule rule : CONDORCET_RULES) {
                      ChoiceOutcome outcome = rule.apply(profile);
                      assertThat(outcome.winners())
                          .as(rule.label() + " on " + profile.ballots())
                          .containsExactly(winner);
                      assertThat(outcome.tie()).as(rule.label()).isFalse();
                    }
                  });
        });
  }

  @Test
  void theCondorcetLoserNeverWinsACondorcetConsistentRule() {
    Seeded.forAll(
        400,
        (random, seed) -> {
          // Instant-runoff only meets the criterion on complete strict ballots: tied or truncated
          // ballots are
          // exhausted and stop counting against the loser.
          boolean strict = random.nextBoolean();
          Profile profile = randomProfile(random, !strict);
          profile
              .pairwise()
              .condorcetLoser()
              .ifPresent(
                  loser -> {
                    for (RankedRule rule :
                        strict
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
                                RankedRule.BORDA)) {
                      assertThat(rule.apply(profile).winners())
                          .as(rule.label() + " on " + profile.ballots())
                          .doesNotContain(loser);
                    }
                  });
        });
  }

  @Test
  void aCandidateEveryoneRanksFirstAloneWinsEveryRule() {
    Seeded.forAll(
        300,
        (random, seed) -> {
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
          Profile profile = Profile.of(base.candidates(), ballots);
          for (RankedRule rule : RankedRule.values()) {
            ChoiceOutcome outcome = rule.apply(profile);
            assertThat(outcome.winners()).as(rule.label() + " on " + ballots).containsExactly(top);
            assertThat(outcome.tie()).as(rule.label()).isFalse();
          }
        });
  }

  @Test
  void bordaScoresSumToNTimesNMinusOneOverTwoPerBallot() {
    Seeded.forAll(
        400,
        (random, seed) -> {
          Profile profile = randomProfile(random, true);
          int n = profile.size();
          @SuppressWarnings("unchecked")
          Map<String, Number> scores =
              (Map<String, Number>) RankedRule.BORDA.apply(profile).details().get("scores");
          double sum = scores.values().stream().mapToDouble(Number::doubleValue).sum();
          assertThat(sum).isEqualTo(profile.voters() * n * (n - 1) / 2.0);
        });
  }

  @Test
  void everyRuleRanksEveryCandidateExactlyOnce() {
    Seeded.forAll(
        300,
        (random, seed) -> {
          Profile profile = randomProfile(random, true);
          int seats = 1 + random.nextInt(profile.size());
          for (RankedRule rule : RankedRule.values()) {
            ChoiceOutcome outcome = rule.apply(profile, seats);
            List<String> all = new ArrayList<>();
            outcome.ranking().forEach(all::addAll);
            assertThat(all)
                .as(rule.label())
                .containsExactlyInAnyOrderElementsOf(profile.candidates());
            assertThat(outcome.winners().size()).as(rule.label()).isGreaterThanOrEqualTo(seats);
            if (!outcome.tie()) {
              assertThat(outcome.winners()).as(rule.label()).hasSize(seats);
            }
          }
        });
  }

  @Test
  void pairwiseCountsOfAPairNeverExceedTheVoters() {
    Seeded.forAll(
        300,
        (random, seed) -> {
          Profile profile = randomProfile(random, true);
          PairwiseMatrix m = profile.pairwise();
          for (String a : profile.candidates()) {
            for (String b : profile.candidates()) {
              if (!a.equals(b)) {
                assertThat(m.count(a, b) + m.count(b, a)).isLessThanOrEqualTo(profile.voters());
                assertThat(m.margin(a, b)).isEqualTo(-m.margin(b, a));
              }
            }
          }
        });
  }

  @Test
  void kemenyRankingAgreesWithAtLeastAsManyPreferencesAsAnyOtherRulesRanking() {
    Seeded.forAll(
        200,
        (random, seed) -> {
          Profile profile = randomProfile(random, false);
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
            assertThat(agreement).isLessThanOrEqualTo(best);
          }
        });
  }

  @Test
  void kemenyAgreementIsTheBruteForceMaximumOverAllRankings() {
    Seeded.forAll(
        150,
        (random, seed) -> {
          Profile profile = randomProfile(random, random.nextBoolean());
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
          assertThat(kemeny.details().get("agreement")).isEqualTo(best);
          assertThat(kemeny.details().get("optimalRankings")).isEqualTo(count);
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
    Seeded.forAll(
        300,
        (random, seed) -> {
          Profile profile = randomProfile(random, false);
          int seats = 1 + random.nextInt(profile.size());
          ChoiceOutcome outcome = RankedRule.STV.apply(profile, seats);
          assertThat(outcome.winners()).doesNotHaveDuplicates().hasSize(seats);
        });
  }
}
