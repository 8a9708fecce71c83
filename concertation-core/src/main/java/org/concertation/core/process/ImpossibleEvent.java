package org.concertation.core.process;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;
import org.concertation.api.domain.Checks;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Rejection;

/**
 * An event that could not have happened where a history puts it: its position, the event, and why.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param position the event's position in its history, from 1
 * @param event the event
 * @param reason why it could not have happened there
 */
public record ImpossibleEvent(long position, Event event, ImpossibleEvent.Reason reason) {
  /**
   * Validates the impossible event.
   *
   * @param position the event's position in its history, from 1
   * @param event the event
   * @param reason why it could not have happened there
   */
  public ImpossibleEvent {
    checkArgument(position >= 1, "Invalid position %s: must be at least 1", position);
    checkNotNull(event, "event must not be null");
    checkNotNull(reason, "reason must not be null");
  }

  /**
   * The impossibility in one line, such as {@code event 7 (ContributionMade): actor 'ghost' is
   * unknown}.
   *
   * @return the description
   */
  public String describe() {
    return "event " + position + " (" + event.getClass().getSimpleName() + "): " + reason.message();
  }

  /** Why an event could not have happened in the state its history had reached. */
  public sealed interface Reason {
    /**
     * A readable explanation that names the values involved.
     *
     * @return the message
     */
    String message();
  }

  /**
   * The command the event records would have been refused in that state: an actor unknown or
   * registered twice, a phase out of order, a date going back, anything after the close...
   *
   * @param rejection the decider's reason for refusing it
   */
  public record Refused(Rejection rejection) implements Reason {
    /**
     * Validates the reason.
     *
     * @param rejection the decider's reason for refusing it
     */
    public Refused {
      checkNotNull(rejection, "rejection must not be null");
    }

    @Override
    public String message() {
      return rejection.message();
    }
  }

  /**
   * The command the event records would have been accepted, but would have caused other events: a
   * round's decisions that its positions do not give, a version number skipped, a phase advanced to
   * one the charter does not name next...
   *
   * @param caused the events the command causes in that state
   */
  public record NotCaused(ImmutableList<Event> caused) implements Reason {
    /**
     * Validates the reason.
     *
     * @param caused the events the command causes in that state
     */
    public NotCaused {
      caused = ImmutableList.copyOf(checkNotNull(caused, "caused must not be null"));
    }

    @Override
    public String message() {
      return "its command would have caused "
          + caused.stream()
              .map(e -> e.getClass().getSimpleName())
              .collect(Collectors.joining(", ", "[", "]"))
          + ", not this event: "
          + caused;
    }
  }

  /**
   * The event holds values that no command carries, such as a proposal without authors.
   *
   * @param detail what is wrong with it
   */
  public record Malformed(String detail) implements Reason {
    /**
     * Validates the reason.
     *
     * @param detail what is wrong with it
     */
    public Malformed {
      Checks.text("detail", detail);
    }

    @Override
    public String message() {
      return "no command records this event: " + detail;
    }
  }

  /**
   * A stored event whose version is not the one that follows its predecessor's.
   *
   * @param expected the version that follows
   * @param found the version stored
   */
  public record OutOfSequence(long expected, long found) implements Reason {
    @Override
    public String message() {
      return "its version is " + found + " where " + expected + " follows its predecessor";
    }
  }
}
