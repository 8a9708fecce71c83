package org.concertation.examples.demo;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.concertation.api.event.Event;
import org.concertation.core.process.ProcessState;

/**
 * One finished run of the participatory budget: every event in order, the final state, and the
 * story whose words it was told in.
 *
 * @param events what happened, in order
 * @param state the state after the last event
 * @param story the story's words, as the run used them
 */
record BudgetRun(ImmutableList<Event> events, ProcessState state, Story story) {
  BudgetRun {
    events = ImmutableList.copyOf(checkNotNull(events, "events must not be null"));
    checkNotNull(state, "state must not be null");
    checkNotNull(story, "story must not be null");
  }
}
