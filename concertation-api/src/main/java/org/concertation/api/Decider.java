package org.concertation.api;

import com.google.errorprone.annotations.CheckReturnValue;
import java.util.List;

/**
 * A state machine in the decider style: {@link #decide} turns a command into the events it causes
 * (or a rejection), {@link #evolve} applies one event, and a process is the fold of its events from
 * {@link #initialState}. Implementations are pure and deterministic: no I/O, no clock, no
 * randomness.
 *
 * @param <I> what the initial state is made from (a charter)
 * @param <C> the commands
 * @param <E> the events
 * @param <S> the states
 */
@CheckReturnValue
public interface Decider<I, C, E, S> {
  /**
   * The state before any event.
   *
   * @param input what the process is made from
   * @return the initial state
   */
  S initialState(I input);

  /**
   * The events a command causes in a state, or why it is refused. Never changes the state.
   *
   * @param command the command
   * @param state the current state
   * @return the events, or a rejection
   */
  Result<E> decide(C command, S state);

  /**
   * The state after one event.
   *
   * @param state the current state
   * @param event the event
   * @return the next state
   */
  S evolve(S state, E event);

  /**
   * Tells whether no command can change the state any more.
   *
   * @param state the state
   * @return true when the process has ended
   */
  boolean isTerminal(S state);

  /**
   * The state after a sequence of events, from a given state.
   *
   * @param state the starting state
   * @param events the events, in order
   * @return the final state
   */
  default S fold(S state, List<? extends E> events) {
    S current = state;
    for (E event : events) {
      current = evolve(current, event);
    }
    return current;
  }
}
