package org.concertation.examples.demo;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.concertation.api.event.Event;
import org.concertation.core.process.ProcessState;

/**
 * One finished run of the demo: the logic it followed, every event in order, and the final state
 * (the fold of those events).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param logic the logic, and so the charter, of the run
 * @param events what happened, in order
 * @param state the state after the last event
 */
public record DemoRun(Logic logic, ImmutableList<Event> events, ProcessState state) {
  /**
   * Validates the run.
   *
   * @param logic the logic, and so the charter, of the run
   * @param events what happened, in order
   * @param state the state after the last event
   */
  public DemoRun {
    checkNotNull(logic, "logic must not be null");
    events = ImmutableList.copyOf(checkNotNull(events, "events must not be null"));
    checkNotNull(state, "state must not be null");
  }

  /**
   * The events of one type, in order.
   *
   * @param type the event type
   * @param <E> the event type
   * @return the events of that type
   */
  public <E extends Event> ImmutableList<E> eventsOf(Class<E> type) {
    return events.stream()
        .filter(type::isInstance)
        .map(type::cast)
        .collect(ImmutableList.toImmutableList());
  }
}
