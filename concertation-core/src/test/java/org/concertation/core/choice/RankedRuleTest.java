package org.concertation.core.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankedRuleTest {
  /**
   * The Tennessee capital example (Wikipedia): 42% Memphis > Nashville > Chattanooga > Knoxville,
   * 26% Nashville > Chattanooga > Knoxville > Memphis, 15% Chattanooga > Knoxville > Nashville >
   * Memphis, 17% Knoxville > Chattanooga > Nashville > Memphis.
   */
  private static final Profile TENNESSEE =
      Profile.of(
          List.of("Memphis", "Nashville", "Chattanooga", "Knoxville"),
          List.of(
              RankedBallot.strict(42, "Memphis", "Nashville", "Chattanooga", "Knoxville"),
              RankedBallot.strict(26, "Nashville", "Chattanooga", "Knoxville", "Memphis"),
              RankedBallot.strict(15, "Chattanooga", "Knoxville", "Nashville", "Memphis"),
              RankedBallot.strict(17, "Knoxville", "Chattanooga", "Nashville", "Memphis")));

  /** A Condorcet cycle: A > B > C, B > C > A, C > A > B, one voter each. */
  private static final Profile CYCLE =
      Profile.of(
          List.of("A", "B", "C"),
          List.of(
              RankedBallot.strict(1, "A", "B", "C"),
              RankedBallot.strict(1, "B", "C", "A"),
              RankedBallot.strict(1, "C", "A", "B")));

  /**
   * Schulze's example with 45 voters (Schulze 2011, also on Wikipedia). With complete strict
   * ballots a margin is 2 * winning votes - 45, so margins and winning votes give the ranking E > A
   * > C > B > D.
   */
  private static final Profile SCHULZE_45 =
      Profile.of(
          List.of("A", "B", "C", "D", "E"),
          List.of(
              RankedBallot.strict(5, "A", "C", "B", "E", "D"),
              RankedBallot.strict(5, "A", "D", "E", "C", "B"),
              RankedBallot.strict(8, "B", "E", "D", "A", "C"),
              RankedBallot.strict(3, "C", "A", "B", "E", "D"),
              RankedBallot.strict(7, "C", "A", "E", "B", "D"),
              RankedBallot.strict(2, "C", "B", "A", "D", "E"),
              RankedBallot.strict(7, "D", "C", "E", "B", "A"),
              RankedBallot.strict(8, "E", "B", "A", "D", "C")));

  private static List<String> flat(ChoiceOutcome outcome) {
    List<String> all = new ArrayList<>();
    outcome.ranking().forEach(all::addAll);
    return all;
  }

  @Test
  void tennesseePluralityElectsMemphis() {
    ChoiceOutcome outcome = RankedRule.PLURALITY.apply(TENNESSEE);
    assertThat(outcome.winners()).containsExactly("Memphis");
    assertThat(outcome.tie()).isFalse();
    assertThat(flat(outcome)).containsExactly("Memphis", "Nashville", "Knoxville", "Chattanooga");
  }

  @Test
  void tennesseeInstantRunoffElectsKnoxville() {
    // Round 1: Chattanooga (15) out; its voters go to Knoxville (32). Round 2: Nashville (26) out,
    // its
    // voters go to Chattanooga (gone) then Knoxville: 58 against Memphis's 42.
    ChoiceOutcome outcome = RankedRule.IRV.apply(TENNESSEE);
    assertThat(outcome.winners()).containsExactly("Knoxville");
    assertThat(flat(outcome)).containsExactly("Knoxville", "Memphis", "Nashville", "Chattanooga");
    assertThat(outcome.explanation())
        .contains("eliminated Chattanooga")
        .contains("eliminated Nashville");
  }

  @Test
  void tennesseeCondorcetMethodsElectNashville() {
    for (RankedRule rule :
        List.of(
            RankedRule.COPELAND,
            RankedRule.SCHULZE,
            RankedRule.RANKED_PAIRS,
            RankedRule.KEMENY,
            RankedRule.MINIMAX,
            RankedRule.BORDA)) {
      ChoiceOutcome outcome = rule.apply(TENNESSEE);
      assertThat(outcome.winners()).as(rule.label()).containsExactly("Nashville");
      assertThat(outcome.details())
          .as(rule.label())
          .containsEntry("condorcetWinner", "Nashville")
          .containsEntry("condorcetLoser", "Memphis");
    }
    // The pairwise order is Nashville > Chattanooga > Knoxville > Memphis.
    assertThat(flat(RankedRule.SCHULZE.apply(TENNESSEE)))
        .containsExactly("Nashville", "Chattanooga", "Knoxville", "Memphis");
    assertThat(flat(RankedRule.KEMENY.apply(TENNESSEE)))
        .containsExactly("Nashville", "Chattanooga", "Knoxville", "Memphis");
  }

  @Test
  void tennesseeBordaScoresAreTheTextbookOnes() {
    // Memphis 42*3 = 126; Nashville 42*2 + 26*3 + 15*1 + 17*1 = 194; Chattanooga 42 + 26*2 + 15*3 +
    // 17*2 = 173; Knoxville 26 + 15*2 + 17*3 = 107.
    assertThat(RankedRule.BORDA.apply(TENNESSEE).details().get("scores"))
        .isEqualTo(
            Map.of("Memphis", 126L, "Nashville", 194L, "Chattanooga", 173L, "Knoxville", 107L));
  }

  @Test
  void schulzeRanksTheFortyFiveVoterExampleAsPublished() {
    ChoiceOutcome outcome = RankedRule.SCHULZE.apply(SCHULZE_45);
    assertThat(flat(outcome)).containsExactly("E", "A", "C", "B", "D");
    assertThat(outcome.tie()).isFalse();
    assertThat(SCHULZE_45.pairwise().condorcetWinner()).isEmpty();
    // Published winning-vote strengths p[E][A] = 25, p[A][E] = 24, i.e. margins 5 and 3.
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Long>> paths =
        (Map<String, Map<String, Long>>) outcome.details().get("strongestPaths");
    assertThat(paths.get("E").get("A")).isEqualTo(5L);
    assertThat(paths.get("A").get("E")).isEqualTo(3L);
  }

  @Test
  void schulzeTiesCandidatesWhoseStrongestPathsAreEqual() {
    // 3 A>B>C>D, 2 D>A>B>C, 2 D>B>C>A, 2 C>B>D>A. Margins: A-B 1, B-C 5, C-D 1, D-A 3, A-C 1, B-D
    // 1.
    // Strongest paths: B->D 1 and D->B 1 (D>A>B: min(3, 1)); D->A 3 against A->D 1; B->C 5 against
    // C->B 1 (C>D>A>B); A, C: 1 both ways. So B beats C, D beats A, nothing else: B and D tie
    // first.
    Profile profile =
        Profile.of(
            List.of("A", "B", "C", "D"),
            List.of(
                RankedBallot.strict(3, "A", "B", "C", "D"),
                RankedBallot.strict(2, "D", "A", "B", "C"),
                RankedBallot.strict(2, "D", "B", "C", "A"),
                RankedBallot.strict(2, "C", "B", "D", "A")));
    ChoiceOutcome outcome = RankedRule.SCHULZE.apply(profile);
    assertThat(profile.pairwise().margin("D", "A")).isEqualTo(3);
    assertThat(profile.pairwise().margin("B", "C")).isEqualTo(5);
    assertThat(outcome.winners()).containsExactly("B", "D");
    assertThat(outcome.tie()).isTrue();
  }

  @Test
  void schulzeElectsEveryCandidateNoOtherBeatsEvenWhenOneBeatsMoreCandidates() {
    // 5 A>B>C, 4 B>C>A, 2 C>A=B. Margins: A-B 1 (5 to 4), B-C 7 (9 to 2), C-A 1 (6 to 5): a cycle.
    // Strongest paths: A->B 1, B->A 1 (B>C>A: min(7, 1)); B->C 7, C->B 1; A->C 1, C->A 1.
    // B beats C; nobody beats A or B. Both are potential winners, although B beats one candidate
    // and A none: counting the candidates each beats would wrongly elect B alone.
    Profile profile =
        Profile.of(
            List.of("A", "B", "C"),
            List.of(
                RankedBallot.strict(5, "A", "B", "C"),
                RankedBallot.strict(4, "B", "C", "A"),
                RankedBallot.of(2, List.of(List.of("C"), List.of("A", "B")))));
    ChoiceOutcome outcome = RankedRule.SCHULZE.apply(profile);
    assertThat(outcome.winners()).containsExactlyInAnyOrder("A", "B");
    assertThat(outcome.tie()).isTrue();
    assertThat(outcome.ranking())
        .containsExactly(ImmutableList.of("A", "B"), ImmutableList.of("C"));
  }

  @Test
  void aCondorcetCycleTiesEveryCandidateUnderTheSymmetricRules() {
    for (RankedRule rule :
        List.of(
            RankedRule.BORDA,
            RankedRule.COPELAND,
            RankedRule.SCHULZE,
            RankedRule.MINIMAX,
            RankedRule.PLURALITY,
            RankedRule.KEMENY)) {
      ChoiceOutcome outcome = rule.apply(CYCLE);
      assertThat(outcome.winners()).as(rule.label()).containsExactlyInAnyOrder("A", "B", "C");
      assertThat(outcome.tie()).as(rule.label()).isTrue();
    }
    assertThat(CYCLE.pairwise().condorcetWinner()).isEmpty();
    // Instant-runoff must eliminate one of three candidates tied in every round: C, last in the
    // file's order, goes and its ballot elects A; the tie is flagged.
    ChoiceOutcome irv = RankedRule.IRV.apply(CYCLE);
    assertThat(irv.winners()).containsExactly("A");
    assertThat(irv.tie()).isTrue();
    assertThat(RankedRule.KEMENY.apply(CYCLE).details()).containsEntry("optimalRankings", 3L);
  }

  @Test
  void rankedPairsReportsTheTieWhenEqualMarginsCloseACycle() {
    ChoiceOutcome outcome = RankedRule.RANKED_PAIRS.apply(CYCLE);
    assertThat(outcome.tie()).isTrue();
    // In the candidates' order A > B and B > C lock and C > A is skipped; each of the three pairs
    // is the one skipped in some order, so each candidate wins in some order and all three tie.
    assertThat(outcome.details().get("skipped")).isEqualTo(ImmutableList.of("C > A (1)"));
    assertThat(outcome.winners()).containsExactlyInAnyOrder("A", "B", "C");
    assertThat(outcome.details().get("possibleWinners")).isEqualTo(ImmutableList.of("A", "B", "C"));
  }

  @Test
  void rankedPairsLocksTheLargestMarginsFirst() {
    // Margins: A > B by 3 (6-3), B > C by 5 (7-2), C > A by 1 (5-4): lock B>C, A>B, skip C>A.
    Profile profile =
        Profile.of(
            List.of("A", "B", "C"),
            List.of(
                RankedBallot.strict(4, "A", "B", "C"),
                RankedBallot.strict(3, "B", "C", "A"),
                RankedBallot.strict(2, "C", "A", "B")));
    ChoiceOutcome outcome = RankedRule.RANKED_PAIRS.apply(profile);
    assertThat(flat(outcome)).containsExactly("A", "B", "C");
    assertThat(outcome.tie()).isFalse();
  }

  @Test
  void missingCandidatesAreTiedLast() {
    Profile profile = Profile.of(List.of("A", "B", "C"), List.of(RankedBallot.strict(2, "B")));
    assertThat(profile.pairwise().count("B", "A")).isEqualTo(2);
    assertThat(profile.pairwise().count("A", "C")).isZero();
    ChoiceOutcome borda = RankedRule.BORDA.apply(profile);
    // B gets 2 points per ballot, A and C share the last two places: 0.5 each per ballot.
    assertThat(borda.details().get("scores")).isEqualTo(Map.of("A", 1L, "B", 4L, "C", 1L));
  }

  @Test
  void instantRunoffExhaustsABallotWhoseNextPreferenceIsATieForGood() {
    // 4 A, 2 B > C = D, 3 C, 3 D. Round 1: B (2) out; its ballots' next preference C = D is a tie,
    // so
    // they are exhausted. Round 2: A 4, C 3, D 3 of 10 still counting; C and D were tied in round 1
    // too, so D (last in the file's order) goes, flagged as a tie. The B ballots stay exhausted
    // although
    // only C is left of their tie. Round 3: A 4 of 7 is a majority.
    Profile profile =
        Profile.of(
            List.of("A", "B", "C", "D"),
            List.of(
                RankedBallot.strict(4, "A"),
                RankedBallot.of(2, List.of(List.of("B"), List.of("C", "D"))),
                RankedBallot.strict(3, "C"),
                RankedBallot.strict(3, "D")));
    ChoiceOutcome outcome = RankedRule.IRV.apply(profile);
    assertThat(outcome.winners()).containsExactly("A");
    assertThat(outcome.tie()).isTrue();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rounds = (List<Map<String, Object>>) outcome.details().get("rounds");
    assertThat(rounds.get(1))
        .containsEntry("exhausted", 2L)
        .containsEntry("eliminated", List.of("D"));
    assertThat(outcome.explanation()).contains("eliminated D (tied with C in every round");
  }

  @Test
  void instantRunoffDeclaresTheLastTwoTiedWhenTheirVotesAreEqual() {
    Profile profile =
        Profile.of(
            List.of("A", "B", "C", "D"),
            List.of(
                RankedBallot.strict(5, "A"),
                RankedBallot.strict(4, "B"),
                RankedBallot.strict(3, "C", "B"),
                RankedBallot.strict(2, "D", "C")));
    // Round 1: A 5, B 4, C 3, D 2: D goes, C 5. Round 2: A 5, B 4, C 5: B goes. Round 3: A 5, C 5:
    // the C ballots list B after C, so nothing moves; the last two are tied.
    ChoiceOutcome outcome = RankedRule.IRV.apply(profile);
    assertThat(outcome.winners()).containsExactly("A", "C");
    assertThat(outcome.tie()).isTrue();
  }

  @Test
  void instantRunoffBreaksATieForEliminationByTheLatestRoundWhereTheyDiffer() {
    Profile profile =
        Profile.of(
            List.of("A", "B", "C", "D", "E"),
            List.of(
                RankedBallot.strict(6, "A"),
                RankedBallot.strict(3, "B"),
                RankedBallot.strict(2, "C"),
                RankedBallot.strict(1, "E", "C"),
                RankedBallot.strict(2, "D", "A")));
    // Round 1: A 6, B 3, C 2, D 2, E 1: E goes, C 3. Round 2: A 6, B 3, C 3, D 2: D goes, A 8 of
    // 14:
    // a majority, so A wins before B and C need separating; no tie.
    ChoiceOutcome outcome = RankedRule.IRV.apply(profile);
    assertThat(outcome.winners()).containsExactly("A");
    assertThat(outcome.tie()).isFalse();
    // Without the D ballots' transfer to A, B and C tie in round 2 after C had fewer in round 1.
    Profile tied =
        Profile.of(
            List.of("A", "B", "C", "E"),
            List.of(
                RankedBallot.strict(6, "A"),
                RankedBallot.strict(3, "B"),
                RankedBallot.strict(2, "C"),
                RankedBallot.strict(1, "E", "C")));
    // Round 1: A 6, B 3, C 2, E 1: E goes. Round 2: A 6, B 3, C 3 of 12, no majority; B and C tie,
    // C had fewer in round 1, so C goes. Round 3: A 6, B 3 of 9: A wins.
    ChoiceOutcome second = RankedRule.IRV.apply(tied);
    assertThat(second.winners()).containsExactly("A");
    assertThat(second.tie()).isFalse();
    assertThat(second.explanation())
        .contains("eliminated C (fewer votes than B in an earlier round)");
  }

  @Test
  void stvFillsTwoSeatsWithTheDroopQuota() {
    // 10 voters, 2 seats: quota floor(10/3) + 1 = 4. A has 6: elected, surplus 2 moves at 2/6 to B:
    // B 2 + 2 = 4 reaches the quota... C has 2, B has 2 first choices.
    Profile profile =
        Profile.of(
            List.of("A", "B", "C"),
            List.of(
                RankedBallot.strict(6, "A", "B"),
                RankedBallot.strict(2, "B"),
                RankedBallot.strict(2, "C")));
    ChoiceOutcome outcome = RankedRule.STV.apply(profile, 2);
    assertThat(outcome.winners()).containsExactly("A", "B");
    assertThat(outcome.details()).containsEntry("quota", 4L);
    assertThat(outcome.tie()).isFalse();
  }

  @Test
  void stvTransfersSurplusesAtTheirExactFraction() {
    // 9 voters, 2 seats: quota floor(9/3) + 1 = 4. Round 1: A 7, B 0, C 2: A elected; surplus 3 of
    // 7
    // moves on: the 7 A > B ballots now weigh 3/7 each, so B has 3. Round 2: B 3, C 2: nobody
    // reaches
    // 4; C is eliminated (its ballots end). Round 3: only B is left for the last seat.
    Profile profile =
        Profile.of(
            List.of("A", "B", "C"),
            List.of(RankedBallot.strict(7, "A", "B"), RankedBallot.strict(2, "C")));
    ChoiceOutcome outcome = RankedRule.STV.apply(profile, 2);
    assertThat(outcome.winners()).containsExactly("A", "B");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rounds = (List<Map<String, Object>>) outcome.details().get("rounds");
    assertThat(rounds.get(0).get("transferFactor").toString()).isEqualTo("0.4285714285714286");
    assertThat(((Map<?, ?>) rounds.get(1).get("votes")).get("B")).isEqualTo(3L);
  }

  @Test
  void stvWithOneSeatAgreesWithInstantRunoffOnTennessee() {
    assertThat(RankedRule.STV.apply(TENNESSEE).winners()).containsExactly("Knoxville");
  }

  @Test
  void kemenyRefusesMoreCandidatesThanItsLimit() {
    List<String> many = new ArrayList<>();
    for (int i = 0; i <= RankedRule.KEMENY_LIMIT; i++) {
      many.add("c" + i);
    }
    Profile profile = Profile.of(many, List.of(RankedBallot.strict(1, "c0")));
    assertThatThrownBy(() -> RankedRule.KEMENY.apply(profile))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most " + RankedRule.KEMENY_LIMIT);
  }

  @Test
  void kemenyIsExactForEightCandidates() {
    List<String> names = List.of("a", "b", "c", "d", "e", "f", "g", "h");
    Profile profile =
        Profile.of(
            names,
            List.of(
                RankedBallot.strict(3, "a", "b", "c", "d", "e", "f", "g", "h"),
                RankedBallot.strict(2, "h", "g", "f", "e", "d", "c", "b", "a")));
    assertThat(flat(RankedRule.KEMENY.apply(profile))).containsExactlyElementsOf(names);
  }

  @Test
  void rulesRejectMoreSeatsThanCandidates() {
    assertThatThrownBy(() -> RankedRule.STV.apply(CYCLE, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid seats '4'");
  }

  @Test
  void rulesAreFoundByTheirCommandLineName() {
    assertThat(RankedRule.fromLabel("ranked-pairs")).isEqualTo(RankedRule.RANKED_PAIRS);
    assertThatThrownBy(() -> RankedRule.fromLabel("dictator")).hasMessageContaining("'dictator'");
  }

  @Test
  void ballotsRejectACandidateListedTwice() {
    assertThatThrownBy(() -> RankedBallot.strict(1, "A", "A"))
        .hasMessageContaining("'A' appears twice");
  }
}
