package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.testing.PropertyHarness;
import org.concertation.core.testing.PropertyHarness.Summary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@link HistoryCheck} finds every history the decider makes possible, under both ready-made
 * charters: the events that random command sequences cause pass the check.
 *
 * <p>Runs {@value #TRIES} sequences per charter by default, on the {@link PropertyHarness}, which
 * shrinks a failing sequence and tells how to replay it.
 */
class HistoryCheckProperties {
  private static final HistoryCheck CHECK = HistoryCheck.create();
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();
  private static final int TRIES = 300;
  private static final int MAX_LENGTH = 300;

  /** The least mean number of events per history for the property to say much. */
  private static final int MIN_EVENTS_PER_HISTORY = 10;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"project", "mission"})
  void everyHistoryTheDeciderMakesIsPossible(String logic) {
    Charter charter = logic.equals("project") ? Charters.projectLogic() : Charters.missionLogic();
    AtomicLong events = new AtomicLong();
    Summary summary =
        PropertyHarness.forAllSequences(
            "every history the decider makes is possible, " + logic + " logic",
            TRIES,
            random -> CommandGenerator.sequence(charter, random, MAX_LENGTH),
            (commands, random) -> {
              List<Event> history = history(charter, commands);
              events.addAndGet(history.size());
              assertThat(CHECK.firstImpossible(charter, history))
                  .as("the check of %s events under %s", history.size(), charter.name())
                  .isEmpty();
            });
    if (summary.isFullRun()) {
      assertThat(events.get())
          .as("events checked under %s", charter.name())
          .isGreaterThan((long) summary.tries() * MIN_EVENTS_PER_HISTORY);
    }
  }

  /** The events that the commands cause, applied one by one without the check. */
  private static List<Event> history(Charter charter, List<Command> commands) {
    List<Event> events = new ArrayList<>();
    ProcessState state = DECIDER.initialState(charter);
    for (Command command : commands) {
      Result<Event> result = DECIDER.decide(command, state);
      for (Event event : result.events()) {
        state = DECIDER.apply(state, event);
        events.add(event);
      }
    }
    return events;
  }
}
