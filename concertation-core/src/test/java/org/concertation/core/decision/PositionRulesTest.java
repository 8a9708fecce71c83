package org.concertation.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.concertation.core.decision.Explained.explained;
import static org.concertation.core.decision.Fixtures.abstain;
import static org.concertation.core.decision.Fixtures.accept;
import static org.concertation.core.decision.Fixtures.electorate;
import static org.concertation.core.decision.Fixtures.object;
import static org.concertation.core.decision.Fixtures.oppose;
import static org.concertation.core.decision.Fixtures.positions;
import static org.concertation.core.decision.Fixtures.support;
import static org.concertation.core.decision.Fixtures.take;
import static org.concertation.core.decision.Fixtures.voters;

import java.util.Arrays;
import java.util.List;
import org.concertation.api.decision.DecisionRule;
import org.concertation.api.decision.Electorate;
import org.concertation.api.decision.Fraction;
import org.concertation.api.decision.Outcome;
import org.concertation.api.decision.Quorum;
import org.concertation.api.decision.TieBreak;
import org.concertation.api.decision.Verdict;
import org.concertation.api.domain.Position;
import org.concertation.api.domain.Stance;
import org.junit.jupiter.api.Test;

class PositionRulesTest {
  private static final Electorate TEN = voters("v", 10);

  // simple majority

  @Test
  void adoptsBySimpleMajorityWhenMoreThanHalfOfThoseForOrAgainstAreFor() {
    List<Position> positions =
        positions(
            take(Stance.SUPPORT, "v", 1, 5),
            take(Stance.ACCEPT, "v", 6, 7),
            oppose("v8"),
            object("v9"),
            abstain("v10"));

    Outcome outcome = PositionRules.decide(DecisionRule.simpleMajority(), TEN, positions);

    assertThat(outcome.verdict()).isEqualTo(Verdict.ADOPTED);
    assertThat(outcome.tie()).isFalse();
    assertThat(outcome.tally().share()).isEqualTo(Fraction.of(7, 9));
    assertThat(explained(outcome))
        .isEqualTo("adopted: 7 for, 2 against, 1 abstaining; share 7/9 > 1/2");
  }

  @Test
  void simpleMajorityLeavesAbstentionsOutOfTheShare() {
    List<Position> positions =
        positions(take(Stance.SUPPORT, "v", 1, 2), oppose("v3"), take(Stance.ABSTAIN, "v", 4, 10));

    Outcome outcome = PositionRules.decide(DecisionRule.simpleMajority(), TEN, positions);

    assertThat(outcome.verdict()).isEqualTo(Verdict.ADOPTED);
    assertThat(outcome.tally().share()).isEqualTo(Fraction.of(2, 3));
  }

  @Test
  void rejectsBySimpleMajorityWhenLessThanHalfOfThoseForOrAgainstAreFor() {
    List<Position> positions =
        positions(take(Stance.SUPPORT, "v", 1, 3), take(Stance.OPPOSE, "v", 4, 8));

    Outcome outcome = PositionRules.decide(DecisionRule.simpleMajority(), TEN, positions);

    assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(outcome.tie()).isFalse();
    assertThat(explained(outcome))
        .isEqualTo("rejected: 3 for, 5 against, 0 abstaining; share 3/8 < 1/2");
  }

  @Test
  void rejectsRatherThanTiesWhenNobodyIsForOrAgainst() {
    Outcome outcome =
        PositionRules.decide(
            DecisionRule.simpleMajority().withTieBreak(TieBreak.CARRY_OVER),
            TEN,
            take(Stance.ABSTAIN, "v", 1, 3));

    assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(outcome.tie()).isFalse();
    assertThat(outcome.tally().share()).isEqualTo(Fraction.ZERO);
    assertThat(explained(outcome))
        .isEqualTo("rejected: 0 for, 0 against, 3 abstaining; no position for or against");
  }

  @Test
  void rejectsWhenNoPositionIsTaken() {
    Outcome outcome = PositionRules.decide(DecisionRule.simpleMajority(), TEN, List.of());

    assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(outcome.tally().cast()).isZero();
  }

  // ties

  @Test
  void anExactTieAtOneHalfGoesToTheStatusQuo() {
    List<Position> positions =
        positions(take(Stance.SUPPORT, "v", 1, 2), take(Stance.OPPOSE, "v", 3, 4));

    Outcome outcome =
        PositionRules.decide(
            DecisionRule.simpleMajority().withTieBreak(TieBreak.STATUS_QUO), TEN, positions);

    assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(outcome.tie()).isTrue();
    assertThat(explained(outcome))
        .isEqualTo(
            "rejected on a tie (status quo): 2 for, 2 against, 0 abstaining; share 1/2 = 1/2");
  }

  @Test
  void anExactTieAtOneHalfIsCarriedOverUnderCarryOver() {
    List<Position> positions =
        positions(take(Stance.SUPPORT, "v", 1, 2), take(Stance.OPPOSE, "v", 3, 4));

    Outcome outcome =
        PositionRules.decide(
            DecisionRule.simpleMajority().withTieBreak(TieBreak.CARRY_OVER), TEN, positions);

    assertThat(outcome.verdict()).isEqualTo(Verdict.TIED);
    assertThat(outcome.tie()).isTrue();
    assertThat(explained(outcome))
        .isEqualTo("tied, carried over: 2 for, 2 against, 0 abstaining; share 1/2 = 1/2");
  }

  // absolute majority

  @Test
  void absoluteMajorityCountsAbstentionsInTheWhole() {
    List<Position> positions =
        positions(take(Stance.SUPPORT, "v", 1, 4), oppose("v5"), take(Stance.ABSTAIN, "v", 6, 9));

    Outcome absolute = PositionRules.decide(DecisionRule.absoluteMajority(), TEN, positions);
    Outcome simple = PositionRules.decide(DecisionRule.simpleMajority(), TEN, positions);

    assertThat(absolute.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(absolute.tally().share()).isEqualTo(Fraction.of(4, 9));
    assertThat(explained(absolute))
        .isEqualTo(
            "rejected: 4 for, 1 against, 4 abstaining; share of all positions cast 4/9 < 1/2");
    assertThat(simple.verdict()).isEqualTo(Verdict.ADOPTED);
  }

  @Test
  void absoluteMajorityAdoptsWithMoreThanHalfOfAllPositionsCast() {
    List<Position> positions =
        positions(take(Stance.SUPPORT, "v", 1, 5), oppose("v6"), take(Stance.ABSTAIN, "v", 7, 9));

    Outcome outcome = PositionRules.decide(DecisionRule.absoluteMajority(), TEN, positions);

    assertThat(outcome.verdict()).isEqualTo(Verdict.ADOPTED);
    assertThat(outcome.tally().share()).isEqualTo(Fraction.of(5, 9));
  }

  @Test
  void absoluteMajorityTiesAtExactlyHalfOfAllPositionsCast() {
    List<Position> positions =
        positions(take(Stance.SUPPORT, "v", 1, 2), take(Stance.ABSTAIN, "v", 3, 4));

    Outcome outcome =
        PositionRules.decide(
            DecisionRule.absoluteMajority().withTieBreak(TieBreak.CARRY_OVER), TEN, positions);

    assertThat(outcome.verdict()).isEqualTo(Verdict.TIED);
    assertThat(outcome.tie()).isTrue();
  }

  // qualified majority

  @Test
  void qualifiedMajorityAdoptsAtExactlyItsThreshold() {
    List<Position> positions =
        positions(take(Stance.SUPPORT, "v", 1, 6), take(Stance.OPPOSE, "v", 7, 9));

    Outcome outcome =
        PositionRules.decide(DecisionRule.qualifiedMajority(Fraction.of(2, 3)), TEN, positions);

    assertThat(outcome.verdict()).isEqualTo(Verdict.ADOPTED);
    assertThat(outcome.tie()).isFalse();
    assertThat(explained(outcome))
        .isEqualTo("adopted: 6 for, 3 against, 0 abstaining; share 2/3 = 2/3");
  }

  @Test
  void qualifiedMajorityRejectsJustBelowItsThreshold() {
    List<Position> positions =
        positions(take(Stance.SUPPORT, "v", 1, 5), take(Stance.OPPOSE, "v", 6, 8));

    Outcome outcome =
        PositionRules.decide(DecisionRule.qualifiedMajority(Fraction.of(2, 3)), TEN, positions);

    assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(outcome.tally().share()).isEqualTo(Fraction.of(5, 8));
  }

  @Test
  void qualifiedMajorityOfOneHalfTiesLikeASimpleMajority() {
    List<Position> positions = positions(support("v1"), oppose("v2"));

    Outcome outcome =
        PositionRules.decide(DecisionRule.qualifiedMajority(Fraction.HALF), TEN, positions);

    assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(outcome.tie()).isTrue();
  }

  @Test
  void qualifiedMajorityOfOneAdoptsWhenEveryoneForOrAgainstIsFor() {
    List<Position> positions = positions(take(Stance.ACCEPT, "v", 1, 3), abstain("v4"));

    Outcome outcome =
        PositionRules.decide(DecisionRule.qualifiedMajority(Fraction.ONE), TEN, positions);

    assertThat(outcome.verdict()).isEqualTo(Verdict.ADOPTED);
    assertThat(explained(outcome)).endsWith("share 1/1 = 1/1");
  }

  // unanimity

  @Test
  void unanimityAdoptsWhenSomeoneIsForAndNobodyIsAgainst() {
    List<Position> positions =
        positions(take(Stance.SUPPORT, "v", 1, 4), accept("v5"), abstain("v6"));

    Outcome outcome = PositionRules.decide(DecisionRule.unanimity(), TEN, positions);

    assertThat(outcome.verdict()).isEqualTo(Verdict.ADOPTED);
    assertThat(outcome.tally().share()).isEqualTo(Fraction.ONE);
    assertThat(explained(outcome)).isEqualTo("adopted: 5 for, 0 against, 1 abstaining; unanimous");
  }

  @Test
  void unanimityIsBrokenByASingleOpposition() {
    List<Position> positions = positions(take(Stance.SUPPORT, "v", 1, 9), oppose("v10"));

    Outcome outcome = PositionRules.decide(DecisionRule.unanimity(), TEN, positions);

    assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(outcome.tie()).isFalse();
    assertThat(outcome.tally().share()).isEqualTo(Fraction.of(9, 10));
    assertThat(explained(outcome))
        .isEqualTo("rejected: 9 for, 1 against, 0 abstaining; 1 against, no unanimity");
  }

  @Test
  void unanimityRejectsWhenEveryoneAbstains() {
    Outcome outcome =
        PositionRules.decide(DecisionRule.unanimity(), TEN, take(Stance.ABSTAIN, "v", 1, 10));

    assertThat(outcome.verdict()).isEqualTo(Verdict.REJECTED);
    assertThat(explained(outcome)).endsWith("; no position for");
  }

  // consent

  @Test
  void consentAdoptsDespiteOppositionWhenNoReasonedObjectionStands() {
    List<Position> positions =
        positions(support("v1"), take(Stance.OPPOSE, "v", 2, 8), abstain("v9"));

    Outcome outcome = PositionRules.decide(DecisionRule.consent(), TEN, positions);

    assertThat(outcome.verdict()).isEqualTo(Verdict.ADOPTED);
    assertThat(outcome.tally().share()).isEqualTo(Fraction.of(1, 8));
    assertThat(explained(outcome))
        .isEqualTo("adopted: 1 for, 7 against, 1 abstaining; no reasoned objection");
  }

  @Test
  void consentIsBlockedByOneReasonedObjection() {
    List<Position> positions = positions(take(Stance.SUPPORT, "v", 1, 9), object("v10"));

    Outcome outcome = PositionRules.decide(DecisionRule.consent(), TEN, positions);

    assertThat(outcome.verdict()).isEqualTo(Verdict.BLOCKED);
    assertThat(outcome.tally().objections()).containsExactly(object("v10"));
    assertThat(explained(outcome))
        .isEqualTo(
            "blocked: 9 for, 1 against, 0 abstaining; 1 reasoned objection stands (by 'v10')");
  }

  @Test
  void consentWithoutAnyPositionIsAdoptedWhenTheRuleHasNoQuorum() {
    Outcome outcome = PositionRules.decide(DecisionRule.consent(), TEN, List.of());

    assertThat(outcome.verdict()).isEqualTo(Verdict.ADOPTED);
  }

  @Test
  void consentWithoutAnyPositionLacksAQuorumWhenTheRuleHasOne() {
    DecisionRule rule = DecisionRule.consent().withQuorum(Quorum.overall(Fraction.of(1, 10)));

    Outcome outcome = PositionRules.decide(rule, TEN, List.of());

    assertThat(outcome.verdict()).isEqualTo(Verdict.NO_QUORUM);
  }

  // objections

  @Test
  void aReasonedObjectionBlocksAMajorityWhoseObjectionsBlock() {
    List<Position> positions = positions(take(Stance.SUPPORT, "v", 1, 9), object("v10"));

    Outcome outcome =
        PositionRules.decide(
            DecisionRule.simpleMajority().withObjectionsBlocking(true), TEN, positions);

    assertThat(outcome.verdict()).isEqualTo(Verdict.BLOCKED);
    assertThat(outcome.tally().share()).isEqualTo(Fraction.of(9, 10));
  }

  @Test
  void aReasonedObjectionOnlyCountsAgainstWhenObjectionsDoNotBlock() {
    List<Position> positions = positions(take(Stance.SUPPORT, "v", 1, 9), object("v10"));

    Outcome outcome = PositionRules.decide(DecisionRule.simpleMajority(), TEN, positions);

    assertThat(outcome.verdict()).isEqualTo(Verdict.ADOPTED);
    assertThat(outcome.tally().objections()).containsExactly(object("v10"));
  }

  @Test
  void tallyListsTheReasonedObjectionsInTheOrderGiven() {
    List<Position> positions = positions(object("v3"), support("v1"), object("v2"), oppose("v4"));

    Outcome outcome = PositionRules.decide(DecisionRule.consent(), TEN, positions);

    assertThat(outcome.tally().objections()).containsExactly(object("v3"), object("v2"));
    assertThat(explained(outcome)).endsWith("2 reasoned objections stand (by 'v3', 'v2')");
  }

  @Test
  void theQuorumIsCheckedBeforeObjections() {
    DecisionRule rule = DecisionRule.consent().withQuorum(Quorum.overall(Fraction.HALF));

    Outcome outcome = PositionRules.decide(rule, TEN, positions(object("v1")));

    assertThat(outcome.verdict()).isEqualTo(Verdict.NO_QUORUM);
  }

  // quorum

  @Test
  void lacksAQuorumWhenTooFewEligibleVotersTakeAPosition() {
    DecisionRule rule = DecisionRule.simpleMajority().withQuorum(Quorum.overall(Fraction.HALF));

    Outcome outcome = PositionRules.decide(rule, TEN, take(Stance.SUPPORT, "v", 1, 4));

    assertThat(outcome.verdict()).isEqualTo(Verdict.NO_QUORUM);
    assertThat(outcome.tie()).isFalse();
    assertThat(outcome.tally().share()).isEqualTo(Fraction.ONE);
    assertThat(explained(outcome))
        .isEqualTo(
            "no quorum: 4 for, 0 against, 0 abstaining;"
                + " 4 of 10 eligible took a position, 2/5 < quorum 1/2");
  }

  @Test
  void aQuorumIsMetAtExactlyItsShare() {
    DecisionRule rule = DecisionRule.simpleMajority().withQuorum(Quorum.overall(Fraction.HALF));

    Outcome outcome = PositionRules.decide(rule, TEN, take(Stance.SUPPORT, "v", 1, 5));

    assertThat(outcome.verdict()).isEqualTo(Verdict.ADOPTED);
  }

  @Test
  void abstentionsCountTowardsTheQuorum() {
    DecisionRule rule = DecisionRule.simpleMajority().withQuorum(Quorum.overall(Fraction.HALF));
    List<Position> positions =
        positions(take(Stance.SUPPORT, "v", 1, 2), take(Stance.ABSTAIN, "v", 3, 5));

    Outcome outcome = PositionRules.decide(rule, TEN, positions);

    assertThat(outcome.verdict()).isEqualTo(Verdict.ADOPTED);
  }

  @Test
  void lacksAQuorumWhenOneCollegeStaysAwayThoughTheOverallQuorumIsMet() {
    Electorate electorate =
        electorate().college("inhabitants", 1, "i", 6).college("institutions", 1, "m", 4).build();
    DecisionRule rule =
        DecisionRule.simpleMajority().withQuorum(Quorum.of(Fraction.HALF, Fraction.of(1, 3)));
    List<Position> positions = positions(take(Stance.SUPPORT, "i", 1, 5), support("m1"));

    Outcome outcome = PositionRules.decide(rule, electorate, positions);

    assertThat(outcome.verdict()).isEqualTo(Verdict.NO_QUORUM);
    assertThat(explained(outcome))
        .isEqualTo(
            "no quorum: 6 for, 0 against, 0 abstaining;"
                + " in college 'institutions' 1 of 4 took a position, 1/4 < quorum 1/3");
  }

  @Test
  void theQuorumPerCollegeIgnoresCollegesWithoutMembersAndVotersWithoutCollege() {
    Electorate electorate =
        electorate()
            .college("inhabitants", 1, "i", 2)
            .college("empty", 1, "e", 0)
            .voters("free", 3)
            .build();
    DecisionRule rule =
        DecisionRule.simpleMajority().withQuorum(Quorum.of(Fraction.ZERO, Fraction.ONE));

    Outcome outcome = PositionRules.decide(rule, electorate, take(Stance.SUPPORT, "i", 1, 2));

    assertThat(outcome.verdict()).isEqualTo(Verdict.ADOPTED);
  }

  @Test
  void votersWithoutACollegeCountTowardsTheOverallQuorum() {
    Electorate electorate =
        electorate().college("inhabitants", 1, "i", 2).voters("free", 2).build();
    DecisionRule rule = DecisionRule.simpleMajority().withQuorum(Quorum.overall(Fraction.of(3, 4)));

    Outcome outcome =
        PositionRules.decide(
            rule, electorate, positions(support("i1"), take(Stance.SUPPORT, "free", 1, 2)));

    assertThat(outcome.verdict()).isEqualTo(Verdict.ADOPTED);
  }

  @Test
  void anEmptyElectorateMeetsOnlyAZeroQuorum() {
    Electorate nobody = electorate().build();

    Outcome withoutQuorum = PositionRules.decide(DecisionRule.consent(), nobody, List.of());
    Outcome withQuorum =
        PositionRules.decide(
            DecisionRule.consent().withQuorum(Quorum.overall(Fraction.of(1, 100))),
            nobody,
            List.of());

    assertThat(withoutQuorum.verdict()).isEqualTo(Verdict.ADOPTED);
    assertThat(withQuorum.verdict()).isEqualTo(Verdict.NO_QUORUM);
    assertThat(explained(withQuorum))
        .endsWith("0 of 0 eligible took a position, 0/1 < quorum 1/100");
  }

  // tally

  @Test
  void tallyCountsEveryStanceEvenThoseNobodyTook() {
    Outcome outcome =
        PositionRules.decide(
            DecisionRule.simpleMajority(), TEN, positions(support("v1"), oppose("v2")));

    assertThat(outcome.tally().counts())
        .containsOnlyKeys(Stance.values())
        .containsEntry(Stance.SUPPORT, 1)
        .containsEntry(Stance.ACCEPT, 0)
        .containsEntry(Stance.ABSTAIN, 0)
        .containsEntry(Stance.OPPOSE, 1)
        .containsEntry(Stance.OBJECT, 0);
    assertThat(outcome.tally().cast()).isEqualTo(2);
    assertThat(outcome.tally().eligible()).isEqualTo(10);
  }

  @Test
  void tallyHasACollegeTallyForEveryWeighedCollegeInTheElectoratesOrder() {
    Electorate electorate =
        electorate()
            .college("inhabitants", 3, "i", 3)
            .college("associations", 2, "a", 0)
            .college("institutions", 1, "m", 2)
            .voters("free", 1)
            .build();
    List<Position> positions =
        positions(support("i1"), oppose("i2"), abstain("i3"), accept("m1"), support("free1"));

    Outcome outcome = PositionRules.decide(DecisionRule.simpleMajority(), electorate, positions);

    assertThat(outcome.tally().colleges().keySet())
        .extracting(Object::toString)
        .containsExactly("inhabitants", "associations", "institutions");
    var inhabitants = outcome.tally().colleges().values().asList().get(0);
    assertThat(inhabitants.eligible()).isEqualTo(3);
    assertThat(inhabitants.weight()).isEqualTo(3);
    assertThat(inhabitants.cast()).isEqualTo(3);
    assertThat(inhabitants.share()).isEqualTo(Fraction.HALF);
    var associations = outcome.tally().colleges().values().asList().get(1);
    assertThat(associations.eligible()).isZero();
    assertThat(associations.counts()).containsOnlyKeys(Stance.values());
    assertThat(associations.share()).isEqualTo(Fraction.ZERO);
    var institutions = outcome.tally().colleges().values().asList().get(2);
    assertThat(institutions.cast()).isEqualTo(1);
    assertThat(institutions.share()).isEqualTo(Fraction.ONE);
    assertThat(outcome.tally().cast()).isEqualTo(5);
  }

  @Test
  void outcomeCarriesTheRuleApplied() {
    DecisionRule rule = DecisionRule.qualifiedMajority(Fraction.of(3, 5));

    Outcome outcome = PositionRules.decide(rule, TEN, List.of(support("v1")));

    assertThat(outcome.rule()).isSameAs(rule);
  }

  @Test
  void explanationIsOneLine() {
    Outcome outcome =
        PositionRules.decide(
            DecisionRule.consent().withQuorum(Quorum.overall(Fraction.ONE)),
            TEN,
            positions(object("v1"), object("v2")));

    assertThat(explained(outcome)).doesNotContain("\n").doesNotContain("\r");
  }

  // defensive checks

  @Test
  void refusesAPositionFromAnActorOutsideTheElectorate() {
    assertThatThrownBy(
            () ->
                PositionRules.decide(
                    DecisionRule.simpleMajority(), TEN, List.of(support("mallory"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'mallory'")
        .hasMessageContaining("not in the electorate");
  }

  @Test
  void refusesASecondPositionFromTheSameActor() {
    assertThatThrownBy(
            () ->
                PositionRules.decide(
                    DecisionRule.simpleMajority(), TEN, List.of(support("v3"), oppose("v3"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'v3'")
        .hasMessageContaining("more than one position");
  }

  @Test
  void refusesNulls() {
    assertThatThrownBy(() -> PositionRules.decide(null, TEN, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("rule");
    assertThatThrownBy(() -> PositionRules.decide(DecisionRule.consent(), null, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("electorate");
    assertThatThrownBy(() -> PositionRules.decide(DecisionRule.consent(), TEN, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("positions");
    assertThatThrownBy(
            () ->
                PositionRules.decide(
                    DecisionRule.consent(), TEN, Arrays.asList(support("v1"), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("position #1");
  }
}
