package org.concertation.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.event.Event;
import org.concertation.core.ballot.BallotRounds;
import org.concertation.core.history.BallotTally;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.history.RoundFact;
import org.concertation.core.history.TurnoutFact;
import org.concertation.core.report.PublicReport;
import org.concertation.core.text.Texts;
import org.concertation.examples.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The public report of the sample ballot round: four designs of a square ranked by Schulze. */
class BallotRoundReportTest {
  private static final Scenario SCENARIO = Scenario.sample("square-designs.json");
  private static final List<Event> EVENTS = SCENARIO.run();
  private static final ProcessHistory HISTORY = ProcessHistory.of(SCENARIO.charter(), EVENTS);
  private static final RoundFact ROUND = HISTORY.ballotRounds().get(0);
  private static final List<Texts> LANGUAGES =
      List.of(Texts.of(Locale.ENGLISH), Texts.of(Locale.FRENCH));

  private static String markdown(Texts t) {
    return PublicReport.of(SCENARIO.title(), HISTORY, t).markdown();
  }

  @Test
  void theRoundIsCountedAgainFromItsBallotsExactlyAsItsCloseCountedIt() {
    assertThat(ROUND.count()).contains(BallotRounds.recount(EVENTS, 1));
    assertThat(ROUND.count().orElseThrow().chosen())
        .isEqualTo(ROUND.ballotOutcome().orElseThrow().chosen())
        .containsExactly(ProposalId.of("trees"));
  }

  @Test
  void everyDesignCountsTheRoundsDecisionAmongItsDecisions() {
    for (ProposalId id : ROUND.opening().agenda()) {
      assertThat(HISTORY.proposal(id).orElseThrow().decisions())
          .singleElement()
          .satisfies(d -> assertThat(d.byBallot()).isTrue());
    }
    assertThat(HISTORY.proposal(ProposalId.of("trees")).orElseThrow().adoptedByARound()).isTrue();
    assertThat(HISTORY.proposal(ProposalId.of("market")).orElseThrow().status())
        .isEqualTo(ProposalStatus.REJECTED);
  }

  @Test
  void theTurnoutCountsEveryCollegeOfTheElectorate() {
    TurnoutFact turnout = ROUND.turnout().orElseThrow();
    assertThat(turnout.cast()).isEqualTo(7);
    assertThat(turnout.eligible()).isEqualTo(7);
    assertThat(turnout.colleges())
        .extracting(c -> c.college().value())
        .containsExactly("institutions", "inhabitants", "associations");
    for (Texts t : LANGUAGES) {
      for (TurnoutFact.College c : turnout.colleges()) {
        assertThat(markdown(t))
            .contains("| " + c.college().value() + " | " + c.eligible() + " | " + c.cast() + " |");
      }
    }
  }

  @Test
  void theReportShowsThePairwiseMatrixAndTheStrongestPathsOfTheCountInBothLanguages() {
    BallotTally tally = ROUND.tally().orElseThrow();
    assertThat(tally.condorcetWinner()).contains(ProposalId.of("trees"));
    for (Texts t : LANGUAGES) {
      String md = markdown(t);
      assertThat(md)
          .contains("## " + t.text("report.heading.ballots"))
          .contains(
              "### " + t.text("report.ballot.heading", 1, t.text("report.ballot.rule.schulze")))
          .contains(t.text("report.ballot.pairwise"), t.text("report.ballot.paths"))
          .contains(t.text("report.ballot.condorcet", "trees"))
          .contains(t.text("report.ballot.status.ADOPTED", "trees", 1));
      for (var matrix : List.of(tally.pairwise(), tally.strongestPaths())) {
        for (ProposalId row : matrix.keySet()) {
          StringBuilder line = new StringBuilder("| " + row.value() + " |");
          for (ProposalId column : matrix.keySet()) {
            BigDecimal n = matrix.get(row).get(column);
            line.append(' ').append(n == null ? "—" : t.number(n)).append(" |");
          }
          assertThat(md).contains(line);
        }
      }
    }
  }

  @Test
  void theTimelineAndTheDiagramSayTheRoundIsDecidedByBallot() {
    for (Texts t : LANGUAGES) {
      String md = markdown(t);
      String rule = t.text("report.ballot.rule.schulze");
      assertThat(md)
          .contains(
              t.text(
                  "report.timeline.round.opened.ballot",
                  1,
                  "trees, market, playground, open",
                  rule))
          .contains("note left of NEGOTIATION : " + t.text("report.diagram.ballot", 1, rule));
      assertThat(PublicReport.of(SCENARIO.title(), HISTORY, t).html())
          .contains(t.text("report.diagram.ballot", 1, rule));
    }
  }
}
