package org.concertation.api;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.concertation.api.rejection.Rejection;

/**
 * What a decider answers to a command: the events it causes, or the rejection that says why it was
 * refused.
 *
 * @param <E> the events
 */
public sealed interface Result<E> {
  /**
   * Tells whether the command was accepted.
   *
   * @return true for {@link Accepted}
   */
  boolean isAccepted();

  /**
   * The events, empty for a rejection.
   *
   * @return the events
   */
  ImmutableList<E> events();

  /**
   * An accepted command's result.
   *
   * @param events what the command caused
   * @param <E> the events
   * @return the result
   */
  static <E> Result<E> accepted(List<? extends E> events) {
    return new Accepted<>(ImmutableList.copyOf(events));
  }

  /**
   * An accepted command's result, with one event.
   *
   * @param event what the command caused
   * @param <E> the events
   * @return the result
   */
  static <E> Result<E> accepted(E event) {
    return new Accepted<>(ImmutableList.of(event));
  }

  /**
   * A refused command's result.
   *
   * @param rejection why
   * @param <E> the events
   * @return the result
   */
  static <E> Result<E> rejected(Rejection rejection) {
    return new Rejected<>(rejection);
  }

  /**
   * The command was accepted and caused these events.
   *
   * @param events at least one event
   * @param <E> the events
   */
  record Accepted<E>(ImmutableList<E> events) implements Result<E> {
    /**
     * Validates the result.
     *
     * @param events at least one event
     */
    public Accepted {
      events = ImmutableList.copyOf(checkNotNull(events, "events must not be null"));
      checkArgument(!events.isEmpty(), "an accepted command causes at least one event");
    }

    @Override
    public boolean isAccepted() {
      return true;
    }
  }

  /**
   * The command was refused.
   *
   * @param rejection why
   * @param <E> the events
   */
  record Rejected<E>(Rejection rejection) implements Result<E> {
    /**
     * Validates the result.
     *
     * @param rejection why
     */
    public Rejected {
      checkNotNull(rejection, "rejection must not be null");
    }

    @Override
    public boolean isAccepted() {
      return false;
    }

    @Override
    public ImmutableList<E> events() {
      return ImmutableList.of();
    }
  }
}
