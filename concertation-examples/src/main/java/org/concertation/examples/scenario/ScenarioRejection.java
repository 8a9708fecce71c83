package org.concertation.examples.scenario;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Rejection;

/**
 * A scenario stopped by a command that the state machine refused. It keeps the events of the
 * commands before it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScenarioRejection extends RuntimeException {
  /** The serialized form's version. */
  private static final long serialVersionUID = 1L;

  private final transient Step step;
  private final transient Rejection rejection;
  private final transient ImmutableList<Event> before;

  ScenarioRejection(Step step, Rejection rejection, ImmutableList<Event> before) {
    super(
        String.format(
            "command %s (%s, %s) was refused: %s",
            step.position(),
            step.place(),
            step.command().getClass().getSimpleName(),
            rejection.message()));
    this.step = checkNotNull(step, "step must not be null");
    this.rejection = checkNotNull(rejection, "rejection must not be null");
    this.before = checkNotNull(before, "events must not be null");
  }

  /**
   * The refused command and its place.
   *
   * @return the step
   */
  public Step step() {
    return step;
  }

  /**
   * Why it was refused.
   *
   * @return the rejection
   */
  public Rejection rejection() {
    return rejection;
  }

  /**
   * The events of the commands accepted before it.
   *
   * @return the events
   */
  public ImmutableList<Event> eventsBefore() {
    return before;
  }
}
