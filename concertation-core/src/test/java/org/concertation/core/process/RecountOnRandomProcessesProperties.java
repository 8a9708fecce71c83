package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.event.Event;
import org.concertation.core.ballot.Recount;
import org.concertation.core.testing.PropertyHarness;
import org.concertation.core.testing.PropertyHarness.Summary;
import org.junit.jupiter.api.Test;

/**
 * A recount of any closed ballot round under the round's own rule gives exactly the outcome its
 * close recorded, on random command sequences under random charters with ballot rounds of every
 * kind (quorums, ties, judging rules, later ballots replacing earlier ones).
 */
class RecountOnRandomProcessesProperties {
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();
  private static final int CHARTERS = 8;
  private static final int TRIES = 120;
  private static final int MAX_LENGTH = 300;
  private static final long CHARTER_SEED = 29;

  @Test
  void aRecountUnderTheRoundsOwnRuleGivesTheRecordedOutcome() {
    SplittableRandom charters = new SplittableRandom(CHARTER_SEED);
    AtomicLong recounted = new AtomicLong();
    boolean fullRun = true;
    for (int c = 0; c < CHARTERS; c++) {
      Charter charter = CommandGenerator.ballotCharter(charters.split());
      Summary summary =
          PropertyHarness.forAllSequences(
              "a recount under the round's own rule gives the recorded outcome, random charter "
                  + (c + 1),
              TRIES,
              random -> CommandGenerator.sequence(charter, random, MAX_LENGTH),
              (commands, random) -> {
                List<Event> events = events(charter, commands);
                for (Event event : events) {
                  if (event instanceof Event.RoundClosed closed && closed.ballot().isPresent()) {
                    Recount recount =
                        Recount.of(
                            charter,
                            events,
                            closed.round(),
                            charter.ballotRuleOfRound(closed.round()).orElseThrow());
                    assertThat(recount.outcome())
                        .as("round %s under %s", closed.round(), charter)
                        .isEqualTo(closed.ballot().get());
                    recounted.incrementAndGet();
                  }
                }
              });
      fullRun &= summary.isFullRun();
    }
    if (fullRun) {
      assertThat(recounted.get()).as("ballot rounds recounted").isGreaterThan(50);
    }
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
