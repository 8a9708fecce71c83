package org.concertation.core.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.testing.PropertyHarness.assume;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.concertation.core.exact.Q;
import org.concertation.core.testing.PropertyHarness;
import org.junit.jupiter.api.Test;

/**
 * Seeded properties of weighted ballots in the ranked and graded rules: equal weights count as
 * none, an integer weight counts as copies of the ballot, and scaling every weight changes nothing.
 */
class WeightedBallotsProperties {
  private static final int TRIES = 300;

  /** A ranked profile with one weight per ballot. */
  record Weighted(Profile profile, List<Q> weights) {
    Profile asWeighted() {
      return Profile.weighted(profile.candidates(), profile.ballots(), weights);
    }

    List<Weighted> simpler() {
      List<Weighted> simpler = new ArrayList<>();
      for (Profile p : RankedRuleProperties.simpler(profile)) {
        if (p.ballots().size() == weights.size()) {
          simpler.add(new Weighted(p, weights));
        }
      }
      for (int i = 0; i < weights.size(); i++) {
        if (!weights.get(i).equals(Q.ONE)) {
          List<Q> ones = new ArrayList<>(weights);
          ones.set(i, Q.ONE);
          simpler.add(new Weighted(profile, ones));
        }
      }
      return simpler;
    }

    @Override
    public String toString() {
      return profile.ballots() + " weighted " + weights;
    }
  }

  /** A positive rational with small numerator and denominator. */
  static Q randomWeight(SplittableRandom random) {
    return Q.of(
        BigInteger.valueOf(1 + random.nextInt(6)), BigInteger.valueOf(1 + random.nextInt(6)));
  }

  private static Weighted randomWeighted(SplittableRandom random) {
    Profile profile = RankedRuleProperties.randomProfile(random, random.nextBoolean());
    List<Q> weights = new ArrayList<>();
    for (int b = 0; b < profile.ballots().size(); b++) {
      weights.add(randomWeight(random));
    }
    return new Weighted(profile, weights);
  }

  /** What an outcome decides: the winners, the ranking and whether a tie blurred them. */
  private static List<Object> decision(ChoiceOutcome outcome) {
    return List.of(outcome.winners(), outcome.ranking(), outcome.tie());
  }

  /** The seats for a rule: several only for STV, the one rule that fills seats by quota. */
  private static int seats(RankedRule rule, Profile profile, SplittableRandom random) {
    return rule == RankedRule.STV ? 1 + random.nextInt(profile.size()) : 1;
  }

  @Test
  void rankedRulesGiveTheUnweightedOutcomeWhenAllWeightsAreEqual() {
    PropertyHarness.forAll(
        "ranked rules give the unweighted outcome when all weights are equal",
        TRIES,
        random -> {
          Weighted w = randomWeighted(random);
          return new Weighted(
              w.profile(), Collections.nCopies(w.weights().size(), w.weights().get(0)));
        },
        Weighted::simpler,
        (input, random) -> {
          Profile weighted = input.asWeighted();
          for (RankedRule rule : RankedRule.values()) {
            int seats = seats(rule, input.profile(), random);
            assertThat(decision(rule.apply(weighted, seats)))
                .as("%s, %s seats, on %s", rule.label(), seats, input)
                .isEqualTo(decision(rule.apply(input.profile(), seats)));
          }
        });
  }

  @Test
  void anIntegerWeightCountsAsThatManyCopiesOfTheBallot() {
    PropertyHarness.forAll(
        "an integer weight counts as that many copies of the ballot",
        TRIES,
        random -> {
          Profile profile = RankedRuleProperties.randomProfile(random, random.nextBoolean());
          List<Q> weights = new ArrayList<>();
          for (int b = 0; b < profile.ballots().size(); b++) {
            weights.add(Q.of(1 + random.nextInt(4)));
          }
          return new Weighted(profile, weights);
        },
        Weighted::simpler,
        (input, random) -> {
          List<RankedBallot> copies = new ArrayList<>();
          for (int b = 0; b < input.weights().size(); b++) {
            RankedBallot ballot = input.profile().ballots().get(b);
            long k = input.weights().get(b).longValueExact();
            copies.add(new RankedBallot(ballot.count() * k, ballot.tiers()));
          }
          Profile copied = Profile.of(input.profile().candidates(), copies);
          Profile weighted = input.asWeighted();
          for (RankedRule rule : RankedRule.values()) {
            // STV's quota counts in the weights' greatest common divisor: copies are a theorem
            // when it is one, i.e. whole voters.
            if (rule == RankedRule.STV && !weighted.weightUnit().equals(Q.ONE)) {
              continue;
            }
            int seats = seats(rule, input.profile(), random);
            ChoiceOutcome byWeight = rule.apply(weighted, seats);
            ChoiceOutcome byCopies = rule.apply(copied, seats);
            assertThat(decision(byWeight))
                .as("%s, %s seats, on %s", rule.label(), seats, input)
                .isEqualTo(decision(byCopies));
            assertThat(byWeight.explanation())
                .as("%s, %s seats, on %s", rule.label(), seats, input)
                .isEqualTo(byCopies.explanation());
          }
        });
  }

  @Test
  void scalingEveryWeightChangesNoRankedOutcome() {
    PropertyHarness.forAll(
        "scaling every weight changes no ranked outcome",
        TRIES,
        WeightedBallotsProperties::randomWeighted,
        Weighted::simpler,
        (input, random) -> {
          Q factor = randomWeight(random);
          List<Q> scaled = input.weights().stream().map(w -> w.times(factor)).toList();
          Profile weighted = input.asWeighted();
          Profile rescaled =
              Profile.weighted(input.profile().candidates(), input.profile().ballots(), scaled);
          assertThat(rescaled.totalWeight()).isEqualTo(weighted.totalWeight().times(factor));
          for (RankedRule rule : RankedRule.values()) {
            int seats = seats(rule, input.profile(), random);
            assertThat(decision(rule.apply(rescaled, seats)))
                .as("%s, %s seats, on %s scaled by %s", rule.label(), seats, input, factor)
                .isEqualTo(decision(rule.apply(weighted, seats)));
          }
        });
  }

  /** A graded profile with one weight per ballot. */
  record WeightedGrades(GradedProfile profile, List<Q> weights) {
    GradedProfile asWeighted() {
      return GradedProfile.weighted(profile.candidates(), profile.ballots(), weights);
    }

    List<WeightedGrades> simpler() {
      List<WeightedGrades> simpler = new ArrayList<>();
      for (int i = 0; profile.ballots().size() > 1 && i < profile.ballots().size(); i++) {
        List<GradedProfile.Ballot> fewer = new ArrayList<>(profile.ballots());
        fewer.remove(i);
        List<Q> w = new ArrayList<>(weights);
        w.remove(i);
        simpler.add(new WeightedGrades(GradedProfile.of(profile.candidates(), fewer), w));
      }
      return simpler;
    }

    @Override
    public String toString() {
      return profile.ballots() + " weighted " + weights;
    }
  }

  /** Random grades from 1 to 8 (so that every graded rule accepts them), random weights. */
  private static WeightedGrades randomGrades(SplittableRandom random) {
    int n = 1 + random.nextInt(5);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add(String.valueOf((char) ('A' + i)));
    }
    int levels = 1 + random.nextInt(8);
    List<GradedProfile.Ballot> ballots = new ArrayList<>();
    List<Q> weights = new ArrayList<>();
    for (int b = 1 + random.nextInt(8); b > 0; b--) {
      int[] grades = new int[n];
      for (int c = 0; c < n; c++) {
        grades[c] = 1 + random.nextInt(levels);
      }
      ballots.add(GradedProfile.Ballot.of(1 + random.nextInt(3), grades));
      weights.add(randomWeight(random));
    }
    return new WeightedGrades(GradedProfile.of(names, ballots), weights);
  }

  @Test
  void gradedRulesGiveTheUnweightedOutcomeWhenAllWeightsAreEqualAndIgnoreScaling() {
    PropertyHarness.forAll(
        "graded rules give the unweighted outcome when all weights are equal and ignore scaling",
        TRIES,
        WeightedBallotsProperties::randomGrades,
        WeightedGrades::simpler,
        (input, random) -> {
          Q factor = randomWeight(random);
          GradedProfile equal =
              GradedProfile.weighted(
                  input.profile().candidates(),
                  input.profile().ballots(),
                  Collections.nCopies(input.weights().size(), factor));
          GradedProfile weighted = input.asWeighted();
          GradedProfile rescaled =
              GradedProfile.weighted(
                  input.profile().candidates(),
                  input.profile().ballots(),
                  input.weights().stream().map(w -> w.times(factor)).toList());
          for (GradedRule rule : GradedRule.values()) {
            assertThat(decision(rule.apply(equal)))
                .as("%s on %s", rule.label(), input)
                .isEqualTo(decision(rule.apply(input.profile())));
            assertThat(decision(rule.apply(rescaled)))
                .as("%s on %s scaled by %s", rule.label(), input, factor)
                .isEqualTo(decision(rule.apply(weighted)));
          }
        });
  }

  @Test
  void gradedRulesCountAnIntegerWeightAsCopiesOfTheBallot() {
    PropertyHarness.forAll(
        "graded rules count an integer weight as copies of the ballot",
        TRIES,
        random -> {
          WeightedGrades base = randomGrades(random);
          List<Q> weights = new ArrayList<>();
          for (int b = 0; b < base.weights().size(); b++) {
            // One weight one keeps the unit one, the whole voter majority judgment removes.
            weights.add(b == 0 ? Q.ONE : Q.of(1 + random.nextInt(4)));
          }
          return new WeightedGrades(base.profile(), weights);
        },
        WeightedGrades::simpler,
        (input, random) -> {
          assume(input.weights().contains(Q.ONE));
          List<GradedProfile.Ballot> copies = new ArrayList<>();
          for (int b = 0; b < input.weights().size(); b++) {
            GradedProfile.Ballot ballot = input.profile().ballots().get(b);
            copies.add(
                new GradedProfile.Ballot(
                    ballot.count() * input.weights().get(b).longValueExact(), ballot.grades()));
          }
          GradedProfile copied = GradedProfile.of(input.profile().candidates(), copies);
          for (GradedRule rule : GradedRule.values()) {
            ChoiceOutcome byWeight = rule.apply(input.asWeighted());
            ChoiceOutcome byCopies = rule.apply(copied);
            assertThat(decision(byWeight))
                .as("%s on %s", rule.label(), input)
                .isEqualTo(decision(byCopies));
            assertThat(byWeight.explanation())
                .as("%s on %s", rule.label(), input)
                .isEqualTo(byCopies.explanation());
          }
        });
  }

  @Test
  void majorityValuesCompareAsRemovingOneMedianGradeAtATimeDoes() {
    PropertyHarness.forAll(
        "majority values compare as removing one median grade at a time does",
        2000,
        random -> {
          int total = 1 + random.nextInt(12);
          int levels = 1 + random.nextInt(5);
          List<TreeMap<Integer, Long>> pair = new ArrayList<>();
          for (int k = 0; k < 2; k++) {
            TreeMap<Integer, Long> histogram = new TreeMap<>();
            for (int v = 0; v < total; v++) {
              histogram.merge(random.nextInt(levels), 1L, Long::sum);
            }
            pair.add(histogram);
          }
          return pair;
        },
        (pair, random) ->
            assertThat(Integer.signum(GradedRule.compareMajorityValues(pair.get(0), pair.get(1))))
                .as("%s vs %s", pair.get(0), pair.get(1))
                .isEqualTo(Integer.signum(GradedRule.compareByRemoval(pair.get(0), pair.get(1)))));
  }
}
