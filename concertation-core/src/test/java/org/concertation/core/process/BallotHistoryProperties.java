package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.event.BallotOutcome;
import org.concertation.api.event.Event;
import org.concertation.core.ballot.BallotRounds;
import org.concertation.core.history.DecisionFact;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.history.RoundFact;
import org.concertation.core.history.TurnoutFact;
import org.concertation.core.report.PublicReport;
import org.concertation.core.testing.PropertyHarness;
import org.concertation.core.testing.PropertyHarness.Summary;
import org.concertation.core.text.Texts;
import org.junit.jupiter.api.Test;

/**
 * The read model and the report of ballot rounds, on random command sequences under random charters
 * with ballot rounds of every kind: each closed ballot round gives every proposal of its agenda one
 * decision with the recorded status, its count is the recount from the events, its turnout counts
 * its ballots, and the report renders it in both languages.
 */
class BallotHistoryProperties {
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();
  private static final int CHARTERS = 6;
  private static final int TRIES = 60;
  private static final int MAX_LENGTH = 300;
  private static final long CHARTER_SEED = 41;
  private static final List<Texts> LANGUAGES =
      List.of(Texts.of(Locale.ENGLISH), Texts.of(Locale.FRENCH));

  @Test
  void everyClosedBallotRoundIsDecidedCountedAndReportedAsItsCloseRecordedIt() {
    SplittableRandom charters = new SplittableRandom(CHARTER_SEED);
    AtomicLong closed = new AtomicLong();
    boolean fullRun = true;
    for (int c = 0; c < CHARTERS; c++) {
      Charter charter = CommandGenerator.ballotCharter(charters.split());
      Summary summary =
          PropertyHarness.forAllSequences(
              "ballot rounds in the read model and the report, random charter " + (c + 1),
              TRIES,
              random -> CommandGenerator.sequence(charter, random, MAX_LENGTH),
              (commands, random) -> {
                List<Event> events = events(charter, commands);
                ProcessHistory history = ProcessHistory.of(charter, events);
                for (RoundFact round : history.ballotRounds()) {
                  if (round.ballotOutcome().isEmpty()) {
                    continue; // a round still open has decided nothing
                  }
                  check(history, round, events);
                  closed.incrementAndGet();
                }
                for (Texts t : LANGUAGES) {
                  PublicReport report = PublicReport.of("random", history, t);
                  assertThat(report.markdown().contains("## " + t.text("report.heading.ballots")))
                      .isEqualTo(!history.ballotRounds().isEmpty());
                  assertThat(report.html()).endsWith("</html>\n");
                }
              });
      fullRun &= summary.isFullRun();
    }
    if (fullRun) {
      assertThat(closed.get()).as("closed ballot rounds checked").isGreaterThan(50);
    }
  }

  private static void check(ProcessHistory history, RoundFact round, List<Event> events) {
    BallotOutcome outcome = round.ballotOutcome().orElseThrow();
    assertThat(round.decisions())
        .extracting(DecisionFact::proposal)
        .containsExactlyElementsOf(outcome.statuses().keySet());
    for (DecisionFact d : round.decisions()) {
      assertThat(d.byBallot()).isTrue();
      assertThat(d.status()).isEqualTo(outcome.statuses().get(d.proposal()));
      ProposalId id = d.proposal();
      assertThat(history.proposal(id).orElseThrow().decisions())
          .filteredOn(f -> f.round() == round.number())
          .containsExactly(d);
    }
    assertThat(round.count().isPresent()).isEqualTo(outcome.quorumMet());
    round
        .count()
        .ifPresent(
            count -> {
              assertThat(count).isEqualTo(BallotRounds.recount(events, round.number()));
              assertThat(count.chosen()).isEqualTo(outcome.chosen());
            });
    TurnoutFact turnout = round.turnout().orElseThrow();
    assertThat(turnout.cast()).isEqualTo(round.countedBallots().size());
    assertThat(turnout.cast()).isEqualTo(outcome.ballots());
    assertThat(turnout.colleges().stream().mapToInt(TurnoutFact.College::cast).sum())
        .isLessThanOrEqualTo(turnout.cast());
  }

  private static List<Event> events(Charter charter, List<Command> commands) {
    ProcessState state = DECIDER.initialState(charter);
    List<Event> events = new ArrayList<>();
    for (Command command : commands) {
      Result<Event> result = DECIDER.decide(command, state);
      if (result.isAccepted()) {
        events.addAll(result.events());
        state = DECIDER.after(state, result);
      }
    }
    return events;
  }
}
