package org.concertation.core.process;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.event.Event;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.personal.PersonalValues;

/**
 * Re-checks that every event of a history could have happened where it stands. A valid hash chain
 * proves the order of a log, not its sense: a history edited with its hashes recomputed, or one
 * written by something other than the decider, may hold an event by an actor who never registered,
 * an actor registered twice, a close in the middle, dates going back, a round's decisions that its
 * positions do not give.
 *
 * <p>The check replays the history through the decider: each event records the one command that
 * caused it, so that command is rebuilt from the event and decided again in the state reached so
 * far. The event is possible when the decider accepts the command and causes exactly that event;
 * otherwise the history is impossible at that position, for a typed {@link ImpossibleEvent.Reason}:
 * the decider's {@link ImpossibleEvent.Refused rejection}, the {@link ImpossibleEvent.NotCaused
 * events it would have caused instead}, or a {@link ImpossibleEvent.Malformed malformed} event. So
 * every rule the decider applies is re-checked, and none is written twice.
 *
 * <p>{@link ConcertationDecider#evolve} and {@link ConcertationDecider#fold} apply this check and
 * throw {@link ImpossibleEventException}; the event log applies it when it verifies a log; a host
 * reading its own store calls {@link #firstImpossibleStored} to check a stream before using it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HistoryCheck {
  private static final HistoryCheck INSTANCE = new HistoryCheck();

  private final ConcertationDecider decider = ConcertationDecider.create();

  private HistoryCheck() {}

  /**
   * The check.
   *
   * @return the shared instance
   */
  public static HistoryCheck create() {
    return INSTANCE;
  }

  /**
   * The command that an event records: each command the decider accepts causes exactly one event,
   * which keeps everything the command said, so the command can be rebuilt from it (to decide it
   * again, or to write a scenario that replays a history).
   *
   * @param event the event
   * @return the command that caused it
   * @throws IllegalArgumentException if the event holds values that no command carries
   */
  public static Command commandOf(Event event) {
    checkNotNull(event, "event must not be null");
    return event.accept(Reenactment.INSTANCE);
  }

  /**
   * Why an event could not follow a state, if it could not.
   *
   * @param state the state the history had reached
   * @param event the next event
   * @return why it is impossible there, or empty when it is possible
   */
  public Optional<ImpossibleEvent.Reason> check(ProcessState state, Event event) {
    checkNotNull(state, "state must not be null");
    checkNotNull(event, "event must not be null");
    Command command;
    try {
      command = event.accept(Reenactment.INSTANCE);
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.of(new ImpossibleEvent.Malformed(String.valueOf(e.getMessage())));
    }
    Result<Event> result = decider.decide(command, state);
    if (result instanceof Result.Rejected<Event> rejected) {
      return Optional.of(new ImpossibleEvent.Refused(rejected.rejection()));
    }
    // personal values are compared by nothing: a stored history keeps each copy of a text sealed
    // apart, and an erased text must not make its history impossible
    if (result.events().size() != 1
        || !PersonalValues.sameButPersonal(result.events().get(0), event)) {
      return Optional.of(new ImpossibleEvent.NotCaused(result.events()));
    }
    return Optional.empty();
  }

  /**
   * The first event of a history that could not have happened, from its charter's initial state.
   *
   * @param charter the charter the process runs under
   * @param events the history, in order
   * @return the first impossible event, or empty when the whole history is possible
   */
  public Optional<ImpossibleEvent> firstImpossible(Charter charter, List<? extends Event> events) {
    checkNotNull(events, "events must not be null");
    ProcessState state = decider.initialState(checkNotNull(charter, "charter must not be null"));
    long position = 1;
    for (Event event : events) {
      Optional<ImpossibleEvent> impossible = at(state, position, event);
      if (impossible.isPresent()) {
        return impossible;
      }
      state = decider.apply(state, event);
      position++;
    }
    return Optional.empty();
  }

  /**
   * The first event of a stored stream that could not have happened, or that is not numbered as the
   * one after its predecessor (versions run from 1 without gaps).
   *
   * @param charter the charter the process runs under
   * @param events the stream's events, as the store returns them
   * @return the first impossible event, or empty when the whole stream is possible
   */
  public Optional<ImpossibleEvent> firstImpossibleStored(
      Charter charter, List<? extends StoredEvent<? extends Event>> events) {
    checkNotNull(events, "events must not be null");
    ProcessState state = decider.initialState(checkNotNull(charter, "charter must not be null"));
    long position = 1;
    for (StoredEvent<? extends Event> stored : events) {
      Event event = checkNotNull(stored, "stored event %s must not be null", position).event();
      if (stored.version() != position) {
        return Optional.of(
            new ImpossibleEvent(
                position, event, new ImpossibleEvent.OutOfSequence(position, stored.version())));
      }
      Optional<ImpossibleEvent> impossible = at(state, position, event);
      if (impossible.isPresent()) {
        return impossible;
      }
      state = decider.apply(state, event);
      position++;
    }
    return Optional.empty();
  }

  /** The event at a position, when it is impossible there. */
  private Optional<ImpossibleEvent> at(ProcessState state, long position, Event event) {
    return check(state, checkNotNull(event, "event %s must not be null", position))
        .map(reason -> new ImpossibleEvent(position, event, reason));
  }

  /** Throws when an event could not follow a state; the event's position is the state's next. */
  void require(ProcessState state, Event event) {
    Optional<ImpossibleEvent.Reason> reason = check(state, event);
    if (reason.isPresent()) {
      throw new ImpossibleEventException(
          new ImpossibleEvent(state.version() + 1, event, reason.get()));
    }
  }

  @Override
  public String toString() {
    return "HistoryCheck";
  }
}
