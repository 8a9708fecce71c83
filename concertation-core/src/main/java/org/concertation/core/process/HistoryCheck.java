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
 * <p>A secret round's positions and ballots name their voters by pseudonyms, so no command can be
 * rebuilt from them: they are checked for everything but whose they are (see {@code SecretCheck}),
 * and its close, once the round's key was erased, by the participants it names, which must match
 * the pseudonyms in number in every college. The close names no pseudonym (its objections are
 * stand-ins); one written before it did is accepted when it names exactly the round's objectors.
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
    // secret: a secret vote names no actor, so no command can be rebuilt from it
    if (event instanceof Event.SecretBallotCast secretBallot) {
      return SecretCheck.ballot(state, secretBallot);
    }
    if (event instanceof Event.SecretPositionTaken secretPosition) {
      return SecretCheck.position(state, secretPosition);
    }
    if (event instanceof Event.RoundClosed closed) {
      Optional<ImpossibleEvent.Reason> claim = claimed(state, closed);
      if (claim.isPresent()) {
        return claim;
      }
      state = withClaim(state, closed);
    }
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
        || !(PersonalValues.sameButPersonal(result.events().get(0), event)
            || namedItsObjectors(state, result.events().get(0), event))) {
      return Optional.of(new ImpossibleEvent.NotCaused(result.events()));
    }
    return Optional.empty();
  }

  /**
   * Whether an event is the close of a secret round as written before its close named stand-ins:
   * the close the decider makes but for the objectors, who are exactly the pseudonyms that objected
   * in the round.
   */
  private static boolean namedItsObjectors(ProcessState state, Event caused, Event event) {
    RoundState round = state.openRound;
    return round != null
        && round.isSecret()
        && event instanceof Event.RoundClosed stored
        && PersonalValues.sameButPersonal(caused, SecretClose.withoutPseudonyms(stored))
        && SecretClose.namesTheRoundsObjectors(round, stored);
  }

  // secret: the close of a secret round whose key is gone says who took part

  /** Whether a close's participants fit its secret round, when only the close can say them. */
  private static Optional<ImpossibleEvent.Reason> claimed(ProcessState state, Event.RoundClosed e) {
    SecretRound secret = state.openRound == null ? null : state.openRound.secret();
    if (secret == null || secret.hasKey()) {
      return Optional.empty();
    }
    if (e.participants().isEmpty()) {
      return Optional.of(
          new ImpossibleEvent.Malformed(
              "the close of secret round " + e.round() + " does not say who took part"));
    }
    return SecretTurnout.misfit(state, e.participants().get()).map(ImpossibleEvent.Malformed::new);
  }

  /** The state with the close's participants claimed, when only the close can say them. */
  private static ProcessState withClaim(ProcessState state, Event.RoundClosed e) {
    RoundState round = state.openRound;
    SecretRound secret = round == null ? null : round.secret();
    if (round == null || secret == null || secret.hasKey() || e.participants().isEmpty()) {
      return state;
    }
    ProcessState.Builder claimed = state.toBuilder();
    claimed.openRound = round.withSecret(secret.withClaimed(e.participants().get()));
    return claimed.build();
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
