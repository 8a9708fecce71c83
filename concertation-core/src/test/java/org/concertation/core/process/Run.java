package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.event.Event;

/** A process driven command by command in a test; every command must be accepted. */
final class Run {
  private static final ConcertationDecider DECIDER = ConcertationDecider.create();
  private ProcessState state;
  private final List<Event> events = new ArrayList<>();

  Run(Charter charter) {
    this.state = DECIDER.initialState(charter);
  }

  Run ok(Command... commands) {
    for (Command command : commands) {
      Result<Event> result = DECIDER.decide(command, state);
      assertThat(result).as("command %s", command).isInstanceOf(Result.Accepted.class);
      events.addAll(result.events());
      state = DECIDER.fold(state, result.events());
    }
    return this;
  }

  ProcessState state() {
    return state;
  }

  List<Event> events() {
    return List.copyOf(events);
  }
}
