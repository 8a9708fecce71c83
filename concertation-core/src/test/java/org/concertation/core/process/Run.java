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
  private final List<Command> commands = new ArrayList<>();

  Run(Charter charter) {
    this.state = DECIDER.initialState(charter);
  }

  Run ok(Command... commands) {
    for (Command command : commands) {
      Result<Event> result = DECIDER.decide(command, state);
      assertThat(result)
          .as("command %s, got %s", command, result)
          .isInstanceOf(Result.Accepted.class);
      this.commands.add(command);
      events.addAll(result.events());
      state = DECIDER.fold(state, result.events());
    }
    return this;
  }

  ProcessState state() {
    return state;
  }

  /** The commands accepted so far, in order. */
  List<Command> commands() {
    return List.copyOf(commands);
  }

  List<Event> events() {
    return List.copyOf(events);
  }
}
