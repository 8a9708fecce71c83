package org.concertation.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.core.decision.Explained.explained;
import static org.concertation.core.testing.PropertyHarness.assume;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.concertation.api.decision.CollegeTally;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.decision.Electorate;
import org.concertation.api.decision.Fraction;
import org.concertation.api.decision.Method;
import org.concertation.api.decision.Outcome;
import org.concertation.api.decision.Quorum;
import org.concertation.api.decision.TieBreak;
import org.concertation.api.decision.Verdict;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.Position;
import org.concertation.api.domain.Stance;
import org.concertation.core.testing.PropertyHarness;
import org.concertation.core.testing.PropertyHarness.Property;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link PositionRules} on random rules, electorates and positions, {@value #TRIES}
 * cases each, on the {@link PropertyHarness}; a failing case is shrunk through {@link
 * DecisionCase#simplifications}.
 */
class PositionRulesProperties {
  /** Cases tried per property. */
  private static final int TRIES = 2_000;

  private static final Set<Method> THRESHOLD_METHODS =
      EnumSet.of(
          Method.MAJORITY,
          Method.ABSOLUTE_MAJORITY,
          Method.QUALIFIED_MAJORITY,
          Method.WEIGHTED_COLLEGES,
          Method.COLLEGE_MAJORITY);

  @Test
  void theTallyCountsExactlyThePositionsCast() {
    forAll(
        "tally counts exactly the positions cast",
        1000,
        (c, random) -> {
          Outcome outcome = c.decide();
          var tally = outcome.tally();
          assertThat(tally.counts()).isEqualTo(counts(c.positions()));
          assertThat(tally.cast()).isEqualTo(c.positions().size());
          assertThat(tally.eligible()).isEqualTo(c.electorate().voters().size());
          Map<CollegeId, CollegeTally> expected = new LinkedHashMap<>();
          int castInColleges = 0;
          for (Map.Entry<CollegeId, Integer> entry : c.electorate().weights().entrySet()) {
            CollegeId college = entry.getKey();
            List<Position> inside = inCollege(c, college);
            expected.put(
                college,
                new CollegeTally(
                    members(c, college), entry.getValue(), counts(inside), forShare(inside)));
            castInColleges += inside.size();
          }
          assertThat(tally.colleges().keySet()).containsExactlyElementsOf(expected.keySet());
          assertThat(tally.colleges()).isEqualTo(expected);
          long withoutCollege =
              c.positions().stream()
                  .filter(p -> c.electorate().college(p.actor()).isEmpty())
                  .count();
          assertThat(castInColleges + withoutCollege).isEqualTo(c.positions().size());
          assertThat(tally.objections())
              .containsExactlyElementsOf(
                  c.positions().stream().filter(p -> p.stance() == Stance.OBJECT).toList());
        });
  }

  @Test
  void theOutcomeDoesNotDependOnTheOrderOfPositions() {
    forAll(
        "outcome does not depend on the order of positions",
        1000,
        (c, random) -> {
          List<Position> shuffled = new ArrayList<>(c.positions());
          DecisionCase.shuffle(shuffled, random);
          Outcome original = c.decide();
          Outcome permuted = c.withPositions(shuffled).decide();
          assertThat(permuted.verdict()).isEqualTo(original.verdict());
          assertThat(permuted.tie()).isEqualTo(original.tie());
          assertThat(permuted.tally().counts()).isEqualTo(original.tally().counts());
          assertThat(permuted.tally().colleges()).isEqualTo(original.tally().colleges());
          assertThat(permuted.tally().share()).isEqualTo(original.tally().share());
          assertThat(permuted.tally().objections())
              .containsExactlyInAnyOrderElementsOf(original.tally().objections());
          if (original.verdict() != Verdict.BLOCKED) {
            assertThat(explained(permuted)).isEqualTo(explained(original));
          }
        });
  }

  // consent
  @Test
  void theGroundsRecomputedFromTheRuleAndTheTallyAreTheGroundsTheRuleGave() {
    forAll(
        "the grounds recomputed from the rule and the tally are those the rule gave",
        1000,
        (c, random) -> {
          Outcome outcome = c.decide();
          assertThat(PositionRules.grounds(outcome.rule(), outcome.tally()))
              .isEqualTo(outcome.grounds());
        });
  }

  @Test
  void decidingTwiceGivesEqualOutcomes() {
    forAll(
        "deciding twice gives equal outcomes",
        1000,
        (c, random) -> {
          assertThat(c.decide()).isEqualTo(c.decide());
        });
  }

  @Test
  void addingASupportNeverUndoesAnAdoption() {
    forAll(
        "adding a support never undoes an adoption",
        50,
        (c, random) -> {
          assume(c.decide().verdict() == Verdict.ADOPTED);
          DecisionCase more =
              c.withOneMore(random.nextBoolean() ? Stance.SUPPORT : Stance.ACCEPT, random);
          assertThat(more.decide().verdict())
              .as("after one more for:%n  %s", more)
              .isEqualTo(Verdict.ADOPTED);
        });
  }

  @Test
  void addingAnOppositionNeverTurnsARejectionIntoAnAdoptionOrATie() {
    forAll(
        "adding an opposition never turns a rejection into an adoption or a tie",
        100,
        (c, random) -> {
          assume(c.decide().verdict() == Verdict.REJECTED);
          DecisionCase more =
              c.withOneMore(random.nextBoolean() ? Stance.OPPOSE : Stance.OBJECT, random);
          assertThat(more.decide().verdict())
              .as("after one more against:%n  %s", more)
              .isIn(Verdict.REJECTED, Verdict.BLOCKED);
        });
  }

  @Test
  void aUnanimousAdoptionIsAnAdoptionUnderEveryRuleThatCountsTheSamePositions() {
    forAll(
        "a unanimous adoption is an adoption under every rule that counts the same positions",
        50,
        (c, random) -> {
          DecisionCase unanimous = c.withRule(DecisionRule.unanimity());
          assume(unanimous.decide().verdict() == Verdict.ADOPTED);
          for (Method method :
              List.of(Method.MAJORITY, Method.QUALIFIED_MAJORITY, Method.CONSENT)) {
            DecisionRule rule = withoutQuorum(DecisionCase.randomRule(method, random));
            assertThat(c.withRule(rule).decide().verdict())
                .as("under %s", rule)
                .isEqualTo(Verdict.ADOPTED);
          }
          boolean nobodyAbstained = count(c.positions(), Stance.ABSTAIN) == 0;
          Verdict absolute =
              c.withRule(withoutQuorum(DecisionCase.randomRule(Method.ABSOLUTE_MAJORITY, random)))
                  .decide()
                  .verdict();
          if (nobodyAbstained) {
            assertThat(absolute)
                .as("absolute majority with no abstention")
                .isEqualTo(Verdict.ADOPTED);
          }
          boolean aCollegeIsFor =
              c.positions().stream()
                  .anyMatch(
                      p -> p.stance().isFor() && c.electorate().college(p.actor()).isPresent());
          assertThat(
                  c.withRule(
                          withoutQuorum(DecisionCase.randomRule(Method.WEIGHTED_COLLEGES, random)))
                      .decide()
                      .verdict())
              .as("weighted colleges")
              .isEqualTo(aCollegeIsFor ? Verdict.ADOPTED : Verdict.REJECTED);
          boolean everyCollegeIsFor =
              collegesWithMembers(c).stream()
                  .allMatch(
                      college -> inCollege(c, college).stream().anyMatch(p -> p.stance().isFor()));
          assertThat(
                  c.withRule(
                          withoutQuorum(DecisionCase.randomRule(Method.COLLEGE_MAJORITY, random)))
                      .decide()
                      .verdict())
              .as("college majority")
              .isEqualTo(
                  everyCollegeIsFor && !collegesWithMembers(c).isEmpty()
                      ? Verdict.ADOPTED
                      : Verdict.REJECTED);
        });
  }

  @Test
  void aCollegeMajorityAdoptionIsAWeightedCollegesAdoption() {
    forAll(
        "a college majority adoption is a weighted colleges adoption",
        20,
        (c, random) -> {
          DecisionRule rule = DecisionCase.randomRule(Method.COLLEGE_MAJORITY, random);
          Outcome byColleges = c.withRule(rule).decide();
          assume(byColleges.verdict() == Verdict.ADOPTED || byColleges.tie());
          Outcome weighted = c.withRule(withMethod(rule, Method.WEIGHTED_COLLEGES)).decide();
          if (byColleges.verdict() == Verdict.ADOPTED) {
            assertThat(weighted.verdict()).isEqualTo(Verdict.ADOPTED);
          } else {
            assertThat(weighted.verdict() == Verdict.ADOPTED || weighted.tie())
                .as("weighted %s after a college tie", weighted)
                .isTrue();
          }
        });
  }

  @Test
  void anAbsoluteMajorityAdoptionIsASimpleMajorityAdoption() {
    forAll(
        "an absolute majority adoption is a simple majority adoption",
        50,
        (c, random) -> {
          DecisionRule rule = DecisionCase.randomRule(Method.ABSOLUTE_MAJORITY, random);
          assume(c.withRule(rule).decide().verdict() == Verdict.ADOPTED);
          assertThat(c.withRule(withMethod(rule, Method.MAJORITY)).decide().verdict())
              .isEqualTo(Verdict.ADOPTED);
        });
  }

  @Test
  void aLowerThresholdNeverUndoesAnAdoption() {
    forAll(
        "a lower threshold never undoes an adoption",
        30,
        (c, random) -> {
          assume(c.decide().verdict() == Verdict.ADOPTED);
          Fraction lower = DecisionCase.randomThreshold(random);
          assume(lower.compareTo(c.rule().threshold()) <= 0);
          DecisionRule rule = c.rule().withThreshold(lower);
          assertThat(c.withRule(rule).decide().verdict())
              .as("under %s", rule)
              .isEqualTo(Verdict.ADOPTED);
        });
  }

  @Test
  void theTieBreakDecidesOnlyExactTiesAtOneHalf() {
    forAll(
        "the tie-break decides only exact ties at one half",
        3,
        (c, random) -> {
          Outcome statusQuo = c.withRule(c.rule().withTieBreak(TieBreak.STATUS_QUO)).decide();
          Outcome carryOver = c.withRule(c.rule().withTieBreak(TieBreak.CARRY_OVER)).decide();
          assertThat(carryOver.tie()).isEqualTo(statusQuo.tie());
          if (statusQuo.tie()) {
            assertThat(statusQuo.verdict()).isEqualTo(Verdict.REJECTED);
            assertThat(carryOver.verdict()).isEqualTo(Verdict.TIED);
            assertThat(c.rule().threshold()).isEqualTo(Fraction.HALF);
            assertThat(statusQuo.tally().share()).isEqualTo(Fraction.HALF);
            assertThat(c.rule().method()).isIn(THRESHOLD_METHODS);
          } else {
            assertThat(carryOver.verdict())
                .isEqualTo(statusQuo.verdict())
                .isNotEqualTo(Verdict.TIED);
            assertThat(carryOver.tally()).isEqualTo(statusQuo.tally());
            assertThat(explained(carryOver)).isEqualTo(explained(statusQuo));
          }
          assume(statusQuo.tie());
        });
  }

  @Test
  void theShareInTheTallyExplainsTheVerdict() {
    forAll(
        "the share in the tally explains the verdict",
        300,
        (c, random) -> {
          Outcome outcome = c.decide();
          assume(
              THRESHOLD_METHODS.contains(c.rule().method())
                  && outcome.verdict() != Verdict.NO_QUORUM
                  && outcome.verdict() != Verdict.BLOCKED);
          Fraction share = outcome.tally().share();
          Fraction threshold = c.rule().threshold();
          int comparison = share.compareTo(threshold);
          if (outcome.tie()) {
            assertThat(share).isEqualTo(Fraction.HALF).isEqualTo(threshold);
          } else if (outcome.verdict() == Verdict.ADOPTED) {
            assertThat(
                    comparison > 0 || (comparison == 0 && threshold.compareTo(Fraction.HALF) > 0))
                .as("adopted with share %s against threshold %s", share, threshold)
                .isTrue();
          } else {
            assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
            assertThat(comparison)
                .as("rejected with share %s against %s", share, threshold)
                .isNegative();
          }
        });
  }

  @Test
  void theQuorumThenTheObjectionsAreCheckedBeforeTheCount() {
    forAll(
        "the quorum, then the objections, are checked before the count",
        1000,
        (c, random) -> {
          Outcome outcome = c.decide();
          Quorum quorum = c.rule().quorum();
          Electorate electorate = c.electorate();
          boolean quorate =
              Fraction.share(c.positions().size(), electorate.voters().size())
                          .compareTo(quorum.overall())
                      >= 0
                  && collegesWithMembers(c).stream()
                      .allMatch(
                          college ->
                              Fraction.share(inCollege(c, college).size(), members(c, college))
                                      .compareTo(quorum.perCollege())
                                  >= 0);
          boolean objected = c.positions().stream().anyMatch(p -> p.stance() == Stance.OBJECT);
          if (!quorate) {
            assertThat(outcome.verdict()).isEqualTo(Verdict.NO_QUORUM);
          } else if (c.rule().objectionsBlock() && objected) {
            assertThat(outcome.verdict()).isEqualTo(Verdict.BLOCKED);
          } else {
            assertThat(outcome.verdict()).isNotIn(Verdict.NO_QUORUM, Verdict.BLOCKED);
          }
        });
  }

  @Test
  void theExplanationIsOneLineThatStartsWithTheVerdictAndTheCounts() {
    forAll(
        "the explanation is one line that starts with the verdict and the counts",
        1000,
        (c, random) -> {
          Outcome outcome = c.decide();
          String phrase =
              switch (outcome.verdict()) {
                case ADOPTED -> "adopted";
                case REJECTED -> outcome.tie() ? "rejected on a tie (status quo)" : "rejected";
                case BLOCKED -> "blocked";
                case NO_QUORUM -> "no quorum";
                case TIED -> "tied, carried over";
              };
          var tally = outcome.tally();
          int inFavour = tally.count(Stance.SUPPORT) + tally.count(Stance.ACCEPT);
          int against = tally.count(Stance.OPPOSE) + tally.count(Stance.OBJECT);
          assertThat(explained(outcome))
              .startsWith(
                  String.format(
                      "%s: %d for, %d against, %d abstaining; ",
                      phrase, inFavour, against, tally.count(Stance.ABSTAIN)))
              .doesNotContain("\n");
        });
  }

  /**
   * Checks a property on {@link #TRIES} random cases, and that at least {@code
   * minimumRelevantPerMille} thousandths of them were ones it is about (not set aside by {@code
   * assume}), so that it is not passed vacuously.
   */
  private static void forAll(
      String name, int minimumRelevantPerMille, Property<DecisionCase> property) {
    PropertyHarness.forAll(
            name, TRIES, DecisionCase::random, DecisionCase::simplifications, property)
        .requireChecked(minimumRelevantPerMille / 1000.0);
  }

  private static DecisionRule withoutQuorum(DecisionRule rule) {
    return rule.withQuorum(Quorum.NONE);
  }

  private static DecisionRule withMethod(DecisionRule rule, Method method) {
    return new DecisionRule(
        method, rule.threshold(), rule.objectionsBlock(), rule.quorum(), rule.tieBreak());
  }

  private static ImmutableMap<Stance, Integer> counts(List<Position> positions) {
    Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
    for (Stance stance : Stance.values()) {
      counts.put(stance, count(positions, stance));
    }
    return ImmutableMap.copyOf(counts);
  }

  private static int count(List<Position> positions, Stance stance) {
    return (int) positions.stream().filter(p -> p.stance() == stance).count();
  }

  private static List<Position> inCollege(DecisionCase c, CollegeId college) {
    return c.positions().stream()
        .filter(p -> c.electorate().college(p.actor()).equals(Optional.of(college)))
        .toList();
  }

  private static int members(DecisionCase c, CollegeId college) {
    return (int) c.electorate().collegeOf().values().stream().filter(college::equals).count();
  }

  private static List<CollegeId> collegesWithMembers(DecisionCase c) {
    return c.electorate().weights().keySet().stream()
        .filter(college -> members(c, college) > 0)
        .collect(Collectors.toList());
  }

  private static Fraction forShare(List<Position> positions) {
    long inFavour = positions.stream().filter(p -> p.stance().isFor()).count();
    long against = positions.stream().filter(p -> p.stance().isAgainst()).count();
    return Fraction.share(inFavour, inFavour + against);
  }
}
