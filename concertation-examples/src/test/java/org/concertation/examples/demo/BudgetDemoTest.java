package org.concertation.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.examples.demo.BudgetScenario.BENCHES;
import static org.concertation.examples.demo.BudgetScenario.BIKES;
import static org.concertation.examples.demo.BudgetScenario.FOOTBRIDGE;
import static org.concertation.examples.demo.BudgetScenario.MARKET_HALL;
import static org.concertation.examples.demo.BudgetScenario.PLAYGROUND;
import static org.concertation.examples.demo.BudgetScenario.TREES;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.ResourceKind;
import org.concertation.api.event.BallotOutcome;
import org.concertation.api.event.Event;
import org.concertation.core.ballot.Recount;
import org.concertation.core.budget.BudgetOutcome;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.text.Texts;
import org.junit.jupiter.api.Test;

/**
 * The participatory budget of the demo, checked against figures worked out by hand.
 *
 * <p>The ballots: 10 voters, 6 of Le Vieux Bourg and 4 of Les Tilleuls. Every voter approves
 * shade-trees (10,000). Five Bourg voters approve market-hall (48,000) and bourg-benches (30,000),
 * the sixth market-hall alone. Three Tilleuls voters approve playground (36,000) and bike-workshop
 * (5,250), the fourth playground alone. The envelope is 100,000.
 *
 * <p><b>Greedy</b> (by approvals): shade-trees 10 (spent 10,000), market-hall 6 (58,000),
 * bourg-benches 5 (88,000), playground 4 does not fit (124,000 &gt; 100,000), bike-workshop 3 fits
 * (93,250). Greedy funds shade-trees, market-hall, bourg-benches, bike-workshop for 93,250: 78,000
 * to projects of Le Vieux Bourg, 5,250 to those of Les Tilleuls.
 *
 * <p><b>Equal Shares</b> (cost utility: a project costs each supporter the same part while they can
 * pay, the cheapest part per supporter first), each voter holding {@code b}, from 10,000:
 *
 * <ol>
 *   <li>shade-trees: 10 supporters pay 1,000 each (the least part, 1/10 of its cost);
 *   <li>market-hall: 6 pay 8,000 each (1/6), leaving the Bourg voters {@code b - 9,000};
 *   <li>bourg-benches would need 6,000 from each of 5 voters holding {@code b - 9,000}, so {@code b
 *       >= 15,000}; playground: 4 pay 9,000 each (1/4), leaving the Tilleuls voters {@code b -
 *       10,000};
 *   <li>bike-workshop needs 1,750 from each of its 3 supporters: {@code b >= 11,750}.
 * </ol>
 *
 * At {@code b = 10,000} Equal Shares funds 94,000 and leaves 6,000, enough for bike-workshop: the
 * outcome is not exhaustive, so each voter's share grows by 1% of the envelope shared among the 10
 * voters, 100, at each step. The first share that funds bike-workshop is 11,800 (18 steps): 99,250
 * fits the envelope, and the 750 left fit nothing, so the completion stops there, and greedy
 * completion funds nothing more. Equal Shares funds shade-trees, market-hall, playground,
 * bike-workshop for 99,250: 48,000 to Le Vieux Bourg (whose 6 voters hold 60,000 of the envelope),
 * 41,250 to Les Tilleuls (whose 4 voters hold 40,000), 10,000 to the project of both.
 */
class BudgetDemoTest {
  private static final BudgetRun RUN = BudgetScenario.run(Story.english());
  private static final Texts ENGLISH = RunView.texts(Locale.ENGLISH, ZoneOffset.UTC);
  private static final Texts FRENCH = RunView.texts(Locale.FRENCH, ZoneId.of("Europe/Paris"));
  private static final String ACCOUNT = Demo.budget(RUN, ENGLISH);

  @Test
  void runsToTheClosedPhaseWithoutARejectionAndTheStateIsTheFoldOfTheEvents() {
    // A rejected command would have thrown in BudgetScenario.run.
    assertThat(RUN.state().phase()).isEqualTo(Phase.CLOSED);
    ConcertationDecider decider = ConcertationDecider.create();
    assertThat(decider.fold(decider.initialState(BudgetScenario.charter()), RUN.events()))
        .isEqualTo(RUN.state());
  }

  @Test
  void theOwnerAnswersEveryProjectBeforeTheVoteAndTheInfeasibleOneLeavesTheBallot() {
    int opened = indexOf(Event.RoundOpened.class);
    List<Event.ProposalAnswered> answers =
        RUN.events().subList(0, opened).stream()
            .filter(Event.ProposalAnswered.class::isInstance)
            .map(Event.ProposalAnswered.class::cast)
            .toList();
    assertThat(answers)
        .extracting(Event.ProposalAnswered::proposal)
        .containsExactlyInAnyOrder(TREES, MARKET_HALL, BENCHES, PLAYGROUND, BIKES, FOOTBRIDGE);
    assertThat(answers)
        .filteredOn(a -> a.answer() == AnswerKind.DECLINED)
        .extracting(Event.ProposalAnswered::proposal)
        .containsExactly(FOOTBRIDGE);
    Event.RoundOpened round = (Event.RoundOpened) RUN.events().get(opened);
    assertThat(round.agenda()).containsExactly(TREES, MARKET_HALL, BENCHES, PLAYGROUND, BIKES);
    assertThat(round.ballotRule()).isEqualTo(BudgetScenario.charter().ballotRuleOfRound(1));
  }

  @Test
  void equalSharesFundsTheFourProjectsWorkedOutByHandAfterEighteenSteps() {
    BallotOutcome outcome = closed().ballot().orElseThrow();
    assertThat(outcome.ballots()).isEqualTo(10);
    assertThat(outcome.chosen()).containsExactly(TREES, MARKET_HALL, PLAYGROUND, BIKES);
    assertThat(outcome.statuses())
        .containsEntry(BENCHES, ProposalStatus.REJECTED)
        .containsEntry(PLAYGROUND, ProposalStatus.ADOPTED);
    BudgetOutcome shares =
        recount(BudgetScenario.charter().ballotRuleOfRound(1).orElseThrow())
            .count()
            .budget()
            .orElseThrow();
    assertThat(shares.cost()).isEqualTo(99_250);
    Map<?, ?> increment = (Map<?, ?>) shares.details().get("increment");
    assertThat(((Number) increment.get("steps")).longValue()).isEqualTo(18);
    assertThat(new BigDecimal(String.valueOf(shares.details().get("budgetPerVoter"))))
        .isEqualByComparingTo("11800");
  }

  @Test
  void greedyOnTheSameBallotsWouldHaveFundedTheBenchesInsteadOfThePlaygroundAndTheLogIsUnchanged() {
    List<Event> before = List.copyOf(RUN.events());
    Recount greedy = recount(BallotRule.budget(BudgetAccount.GREEDY, BudgetScenario.ENVELOPE));
    BudgetOutcome byVotes = greedy.count().budget().orElseThrow();
    assertThat(byVotes.selected())
        .containsExactly("shade-trees", "market-hall", "bourg-benches", "bike-workshop");
    assertThat(byVotes.cost()).isEqualTo(93_250);
    assertThat(greedy.agrees()).isFalse();
    assertThat(RUN.events()).isEqualTo(before);
    assertThat(ACCOUNT)
        .contains(
            "would have funded shade-trees, market-hall, bourg-benches, bike-workshop, for 93,250"
                + " of 100,000")
        .contains("| Le Vieux Bourg | 6 | 60,000 | 48,000 | 78,000 |")
        .contains("| Les Tilleuls | 4 | 40,000 | 41,250 | 5,250 |");
  }

  @Test
  void theAccountGivesTheEnvelopeTurnoutPerNeighbourhoodAndWhoProposedWhat() {
    assertThat(ACCOUNT)
        .contains("puts **100,000** to the vote")
        .contains("| Le Vieux Bourg | 8 | 6 | 75% |")
        .contains("| Les Tilleuls | 6 | 4 | 67% |")
        .contains("| all | 14 | 10 | 71% |")
        .contains(
            "| shade-trees | Shade trees along the school street | Marcel R. (Le Vieux Bourg),"
                + " Amina B. (Les Tilleuls) | Le Vieux Bourg, Les Tilleuls | 10,000 |")
        .contains("| footbridge | A footbridge over the ring road | Yanis K. (Les Tilleuls) |")
        .contains("not feasible: off the ballot")
        .contains(
            "each voter's share was raised 18 times by 100 (1% of the envelope shared among the"
                + " voters), to 11,800, where nothing more fits.")
        .contains("| 4 | bike-workshop | 5,250 | 3 | 1,750 |")
        .contains("Greedy completion funded 0 more projects.")
        .contains(
            "Funded: shade-trees, market-hall, playground, bike-workshop, for 99,250 of 100,000.");
  }

  @Test
  void everyFundedProjectBecomesAnObjectiveAndAnActionFundedAtItsCost() {
    List<ProposalId> funded = closed().ballot().orElseThrow().chosen();
    assertThat(RUN.state().objectives().values())
        .flatExtracting(o -> List.copyOf(o.from()))
        .containsExactlyInAnyOrderElementsOf(funded);
    assertThat(RUN.state().actions()).hasSize(funded.size());
    BigDecimal money =
        RUN.events().stream()
            .filter(Event.CommitmentMade.class::isInstance)
            .map(e -> ((Event.CommitmentMade) e).commitment().resource())
            .filter(r -> r.kind() == ResourceKind.MONEY)
            .map(r -> r.quantity())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(money).isEqualByComparingTo("99250");
  }

  @Test
  void theAccountHasItsSectionsInOrderInBothLanguages() {
    for (Texts texts : List.of(ENGLISH, FRENCH)) {
      String account = Demo.budget(BudgetScenario.run(Story.of(texts.locale())), texts);
      List<String> headings = account.lines().filter(l -> l.startsWith("#")).toList();
      assertThat(headings.get(0)).isEqualTo(texts.text("demo.budget.title", Territory.TOWN));
      assertThat(headings.subList(1, headings.size()))
          .containsExactlyElementsOf(BudgetAccount.HEADINGS.stream().map(texts::text).toList());
    }
  }

  @Test
  void theFrenchBudgetIsTheSameBudgetToldInFrench() {
    BudgetRun french = BudgetScenario.run(Story.of(Locale.FRENCH));
    String account = Demo.budget(french, FRENCH);
    assertThat(account)
        .contains("Enveloppe soumise au vote par Mairie de Saint-Aubin\u00a0: **100\u202f000**")
        .contains("| Le Vieux Bourg | 8 | 6 | 75\u00a0% |")
        .contains("| Les Tilleuls | 4 | 40\u202f000 | 41\u202f250 | 5\u202f250 |")
        .contains("Financés\u00a0: arbres, halles, aire-de-jeux, atelier-velo, pour 99\u202f250");
    Story english = RUN.story();
    assertThat(english.texts()).isNotEmpty().noneMatch(account::contains);
    assertThat(english.ids()).isNotEmpty().noneMatch(id -> account.contains("| " + id + " |"));
    assertThat(Demo.budget(Locale.ENGLISH, ZoneOffset.UTC)).isEqualTo(ACCOUNT);
  }

  @Test
  void twoRunsTellTheSameBudget() {
    assertThat(Demo.budget(BudgetScenario.run(Story.english()), ENGLISH)).isEqualTo(ACCOUNT);
    assertThat(BudgetScenario.run(Story.english()).events()).isEqualTo(RUN.events());
  }

  @Test
  void theRuleOfTheRoundIsTheCharters() {
    assertThat(closed().ballot().orElseThrow().rule()).isEqualTo("mes");
    BallotRule rule = BudgetScenario.charter().ballotRuleOfRound(1).orElseThrow();
    assertThat(rule.budget().orElseThrow().envelope()).isEqualTo(BudgetScenario.ENVELOPE);
  }

  private static Recount recount(BallotRule rule) {
    return Recount.of(BudgetScenario.charter(), RUN.events(), 1, rule);
  }

  private static Event.RoundClosed closed() {
    return (Event.RoundClosed) RUN.events().get(indexOf(Event.RoundClosed.class));
  }

  private static int indexOf(Class<? extends Event> type) {
    for (int i = 0; i < RUN.events().size(); i++) {
      if (type.isInstance(RUN.events().get(i))) {
        return i;
      }
    }
    throw new AssertionError("No " + type.getSimpleName());
  }
}
