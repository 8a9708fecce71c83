package org.concertation.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.concertation.core.budget.BudgetElection;
import org.concertation.core.budget.BudgetIncrement;
import org.concertation.core.budget.BudgetRule;
import org.concertation.core.budget.Project;
import org.concertation.core.budget.Utility;
import org.concertation.core.choice.GradedRule;
import org.concertation.core.choice.PlainBallots;
import org.concertation.core.choice.Profile;
import org.concertation.core.choice.RankedRule;
import org.junit.jupiter.api.Test;

/** The French accounts of each family of rules, as a French practitioner writes them. */
class CountTextTest {
  private static final Texts FRENCH = Texts.of(Locale.FRENCH);

  private static final Optional<Currency> EURO = Optional.of(Currency.getInstance("EUR"));

  private static final String NL = System.lineSeparator();

  private static final String TENNESSEE =
      "42: Memphis > Nashville > Chattanooga > Knoxville\n"
          + "26: Nashville > Chattanooga > Knoxville > Memphis\n"
          + "15: Chattanooga > Knoxville > Nashville > Memphis\n"
          + "17: Knoxville > Chattanooga > Nashville > Memphis\n";

  private static final String CYCLE = "3: a > b > c\n3: b > c > a\n3: c > a > b\n";

  private static Profile ranked(String text) {
    return PlainBallots.parseRanked("t.txt", new StringReader(text));
  }

  private static BudgetElection square() {
    return BudgetElection.of(
        10,
        List.of(
            new Project("a", 6, "a"),
            new Project("b", 5, "b"),
            new Project("c", 4, "c"),
            new Project("d", 1, "d")),
        List.of(List.of("a", "b"), List.of("a", "b", "c"), List.of("a", "b", "c"), List.of("d")));
  }

  private static String euros(String amount) {
    return FRENCH.money(new BigDecimal(amount), EURO);
  }

  @Test
  void instantRunoffSaysEachRoundAndWhoIsEliminated() {
    assertThat(CountText.explanation(RankedRule.IRV.apply(ranked(TENNESSEE), 1), FRENCH))
        .isEqualTo(
            "tour 1\u00a0: Memphis (42), Nashville (26), Chattanooga (15), Knoxville (17)"
                + "\u00a0; élimination de Chattanooga"
                + NL
                + "tour 2\u00a0: Memphis (42), Nashville (26), Knoxville (32)"
                + "\u00a0; élimination de Nashville"
                + NL
                + "tour 3\u00a0: Memphis (42), Knoxville (58)"
                + "\u00a0; Knoxville obtient la majorité des 100 bulletins encore en jeu");
  }

  @Test
  void instantRunoffSaysHowATieForEliminationWasSettled() {
    assertThat(CountText.explanation(RankedRule.IRV.apply(ranked(CYCLE), 1), FRENCH))
        .startsWith(
            "tour 1\u00a0: a (3), b (3), c (3)\u00a0; élimination de c (à égalité avec a, b à"
                + " chaque tour\u00a0; le départage élimine le dernier dans l’ordre du fichier)");
  }

  @Test
  void singleTransferableVoteSaysItsQuotientAndItsTransfersInTheFrenchFormat() {
    assertThat(CountText.explanation(RankedRule.STV.apply(ranked(TENNESSEE), 1), FRENCH))
        .startsWith("quotient de Droop\u00a0: 51" + NL)
        .endsWith(
            "tour 3\u00a0: Memphis (42), Knoxville (58)\u00a0; Knoxville atteint le quotient, son"
                + " excédent est transféré au coefficient 0,1206896551724138");
  }

  @Test
  void singleTransferableVoteListsTheTiesTheCandidatesOrderSettled() {
    assertThat(CountText.explanation(RankedRule.STV.apply(ranked(CYCLE), 2), FRENCH))
        .contains("les 2 candidats restants occupent les sièges restants")
        .endsWith(
            "égalités départagées par l’ordre des candidats\u00a0: a, b, c à égalité à 3 voix,"
                + " c éliminé");
  }

  @Test
  void aTieAcrossTheLastSeatIsSaidWithItsPlural() {
    assertThat(CountText.explanation(RankedRule.BORDA.apply(ranked(CYCLE), 1), FRENCH))
        .isEqualTo(
            "points de Borda\u00a0: a (9), b (9), c (9)"
                + NL
                + "égalité\u00a0: 3 candidats se partagent le siège");
    assertThat(CountText.explanation(RankedRule.BORDA.apply(ranked(CYCLE), 2), FRENCH))
        .endsWith("égalité\u00a0: 3 candidats se partagent les 2 sièges");
  }

  @Test
  void rankedPairsSaysThePairsItLockedAndWhoMightWin() {
    assertThat(CountText.explanation(RankedRule.RANKED_PAIRS.apply(ranked(CYCLE), 1), FRENCH))
        .startsWith("paires verrouillées, de la plus forte marge à la plus faible\u00a0: a > b (3)")
        .contains("élisent d’autres gagnants\u00a0; tous les gagnants possibles (a, b, c)");
  }

  @Test
  void schulzeAndMinimaxNameWhatTheirScoresCount() {
    assertThat(CountText.explanation(RankedRule.SCHULZE.apply(ranked(TENNESSEE), 1), FRENCH))
        .isEqualTo(
            "nombre de candidats que chacun bat par le chemin le plus fort\u00a0: Memphis (0),"
                + " Nashville (3), Chattanooga (2), Knoxville (1)");
    assertThat(CountText.explanation(RankedRule.MINIMAX.apply(ranked(TENNESSEE), 1), FRENCH))
        .startsWith("pire marge de défaite de chacun\u00a0: Memphis (16), Nashville (-16)");
  }

  @Test
  void kemenySaysItsBestRankingAndATieOfRankings() {
    assertThat(CountText.explanation(RankedRule.KEMENY.apply(ranked(CYCLE), 1), FRENCH))
        .startsWith(
            "meilleur classement a > b > c, en accord avec 15 préférences par paires\u00a0; 3"
                + " classements y parviennent (égalité), le premier dans l’ordre des candidats"
                + " est affiché");
  }

  @Test
  void majorityJudgmentSaysItsMediansAndHowEqualOnesAreSettled() {
    String grades = "count,a,b,c\n3,5,3,1\n2,2,5,4\n4,1,2,5\n";
    assertThat(
            CountText.explanation(
                GradedRule.MAJORITY_JUDGMENT.apply(
                    PlainBallots.parseGrades("g.csv", new StringReader(grades)), 1),
                FRENCH))
        .isEqualTo(
            "mentions majoritaires\u00a0: a (2), b (3), c (4)\u00a0; à mention majoritaire égale,"
                + " départage en retirant les mentions médianes une à une");
  }

  @Test
  void gradientsOfAgreementSayEachCountWithItsPlural() {
    String grades = "count,a,b\n1,1,8\n2,2,7\n";
    assertThat(
            CountText.explanation(
                GradedRule.GRADIENTS_OF_AGREEMENT.apply(
                    PlainBallots.parseGrades("g.csv", new StringReader(grades)), 1),
                FRENCH))
        .isEqualTo(
            "a\u00a0: 3 soutiens, 0 désaccord sérieux, 0 veto (consensus)\u00a0; b\u00a0: 0"
                + " soutien, 2 désaccords sérieux, 1 veto");
  }

  @Test
  void equalSharesSaysEachVotersShareInTheCharterCurrencyAndItsSteps() {
    String text =
        CountText.explanation(
            BudgetRule.equalShares(Utility.COST)
                .withIncrement(BudgetIncrement.percentOfBudget(BigDecimal.valueOf(5)))
                .withGreedyCompletion(true)
                .apply(square()),
            FRENCH,
            EURO);
    assertThat(text)
        .startsWith(
            "parts égales (utilité\u00a0: coût), part de chaque votant "
                + euros("2.50")
                + " après 0 palier"
                + " de 5\u00a0% (plus rien ne tient dans le budget)\u00a0: 2 projets financés"
                + "\u00a0; le complément glouton en finance 0 de plus"
                + NL
                + "projets financés\u00a0: a, d, pour "
                + euros("7")
                + " sur "
                + euros("10")
                + NL)
        .endsWith(
            "égalité\u00a0: parts égales, tour 1\u00a0: a, b à égalité, prix par unité de coût"
                + " 0,3333333333333333\u00a0; a financé selon l’ordre des identifiants");
  }

  @Test
  void greedyAndPhragmenSayTheirTiesAndWhereTheyStopped() {
    assertThat(CountText.explanation(BudgetRule.greedy(Utility.COST).apply(square()), FRENCH, EURO))
        .endsWith(
            "égalité\u00a0: glouton\u00a0: a et b à égalité à 3 voix par unité de coût\u00a0; a"
                + " financé d’abord selon l’ordre des identifiants, puis b ne tient plus dans le"
                + " budget");
    assertThat(CountText.explanation(BudgetRule.phragmen().apply(square()), FRENCH, EURO))
        .startsWith(
            "Phragmén séquentiel\u00a0; arrêt\u00a0: a a la plus petite charge"
                + " (3,666666666666667) mais coûte "
                + euros("6")
                + " quand il reste "
                + euros("4"));
  }
}
