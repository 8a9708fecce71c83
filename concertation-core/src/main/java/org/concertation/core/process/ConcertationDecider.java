package org.concertation.core.process;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.concertation.api.Decider;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Rejection;

/**
 * The concertation state machine, as a decider: {@link #decide} turns a command into events or a
 * typed {@link Rejection}, {@link #evolve} applies one event, and a process is the fold of its
 * events from {@link #initialState}.
 *
 * <p>Pure and deterministic: no I/O, no clock (time comes with each command), no randomness. A
 * refused command changes nothing. Deciding a command reads the state by identity and applying an
 * event updates it persistently, so neither grows with the length of the history (closing a round
 * counts the positions on its agenda).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ConcertationDecider implements Decider<Charter, Command, Event, ProcessState> {
  private static final ConcertationDecider INSTANCE = new ConcertationDecider();

  private ConcertationDecider() {}

  /**
   * The state machine.
   *
   * @return the shared instance
   */
  public static ConcertationDecider create() {
    return INSTANCE;
  }

  @Override
  public ProcessState initialState(Charter charter) {
    return ProcessState.initial(charter);
  }

  @Override
  public Result<Event> decide(Command command, ProcessState state) {
    checkNotNull(command, "command must not be null");
    checkNotNull(state, "state must not be null");
    if (state.isTerminal()) {
      return Result.rejected(new Rejection.ProcessEnded(state.phase()));
    }
    if (state.lastAt != null && command.at().isBefore(state.lastAt)) {
      return Result.rejected(new Rejection.TimeWentBack(state.lastAt, command.at()));
    }
    return command.accept(new Decisions(state));
  }

  @Override
  public ProcessState evolve(ProcessState state, Event event) {
    checkNotNull(state, "state must not be null");
    checkNotNull(event, "event must not be null");
    ProcessState.Builder next = state.toBuilder();
    new Evolution(next).apply(event);
    return next.build();
  }

  /**
   * The state after a sequence of events: the same as evolving one event after the other, but
   * builds a single state at the end.
   *
   * @param state the starting state
   * @param events the events, in order
   * @return the final state
   */
  @Override
  public ProcessState fold(ProcessState state, List<? extends Event> events) {
    checkNotNull(state, "state must not be null");
    checkNotNull(events, "events must not be null");
    if (events.isEmpty()) {
      return state;
    }
    ProcessState.Builder next = state.toBuilder();
    Evolution evolution = new Evolution(next);
    for (Event event : events) {
      evolution.apply(event);
    }
    return next.build();
  }

  @Override
  public boolean isTerminal(ProcessState state) {
    return state.isTerminal();
  }
}
