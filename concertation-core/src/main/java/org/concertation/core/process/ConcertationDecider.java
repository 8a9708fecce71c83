package org.concertation.core.process;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.concertation.api.Decider;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.ballot.BallotRules;

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

  /**
   * The state of a process under a charter before its first event.
   *
   * @param charter the charter
   * @return the initial state
   * @throws IllegalArgumentException when a ballot rule of the charter cannot be counted (see
   *     {@link BallotRules#check(Charter)})
   */
  @Override
  public ProcessState initialState(Charter charter) {
    return ProcessState.initial(BallotRules.check(charter));
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
    // consent: an actor who left can no longer act, whatever the command
    Member issuer = state.members.get(command.by());
    if (issuer != null && issuer.hasLeft()) {
      return Result.rejected(new Rejection.HasLeft(command.by(), issuer.left().orElseThrow()));
    }
    return command.accept(new Decisions(state));
  }

  /**
   * The state after one event, once {@link HistoryCheck} found that the event could have happened
   * in the given state.
   *
   * @param state the current state
   * @param event the event
   * @return the next state
   * @throws ImpossibleEventException if the event could not have happened in that state
   */
  @Override
  public ProcessState evolve(ProcessState state, Event event) {
    checkNotNull(state, "state must not be null");
    checkNotNull(event, "event must not be null");
    HistoryCheck.create().require(state, event);
    return apply(state, event);
  }

  /** Applies an event already found possible in the state. */
  ProcessState apply(ProcessState state, Event event) {
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
   * @throws ImpossibleEventException at the first event that could not have happened where it
   *     stands
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
    HistoryCheck check = HistoryCheck.create();
    for (Event event : events) {
      check.require(next.build(), event);
      evolution.apply(event);
    }
    return next.build();
  }

  /**
   * The state after a result that {@link #decide} gave on this same state: the events of an
   * accepted result are applied without being checked again, since the decider made them from this
   * state; a rejected result leaves the state as it is.
   *
   * <p>This is the fast path of a host that decides and then moves on (a simulation, a script, a
   * service after a successful append): {@link #fold} would decide each event's command a second
   * time to check it. Events read from a store or a file go through {@link #fold} or {@link
   * #evolve}, which check them.
   *
   * @param state the state the result was decided on
   * @param result what {@link #decide} returned on that state
   * @return the next state
   */
  public ProcessState after(ProcessState state, Result<Event> result) {
    checkNotNull(state, "state must not be null");
    checkNotNull(result, "result must not be null");
    if (result.events().isEmpty()) {
      return state;
    }
    ProcessState.Builder next = state.toBuilder();
    Evolution evolution = new Evolution(next);
    for (Event event : result.events()) {
      evolution.apply(event);
    }
    return next.build();
  }

  @Override
  public boolean isTerminal(ProcessState state) {
    return state.isTerminal();
  }
}
