package org.concertation.core.process;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.function.Function;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Checks;
import org.concertation.api.event.Event;
import org.concertation.api.store.ConcurrencyConflictException;
import org.concertation.api.store.EventStore;
import org.concertation.api.store.StoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs processes kept in an {@link EventStore}: to handle a command on a stream, it reads the
 * stream's events, folds them from the charter's initial state, decides, and appends the events
 * with the version it read as the expected version. When another writer appended in between, it
 * reads and decides again, up to a number of attempts, then lets the {@link
 * ConcurrencyConflictException} through. A rejected command appends nothing.
 *
 * <p>Give it an {@link org.concertation.core.store.ObservedEventStore} to have listeners told of
 * the events it appends.
 *
 * <p>This class is immutable and thread-safe when its store and charter lookup are.
 */
public final class ProcessService {
  private static final Logger LOG = LoggerFactory.getLogger(ProcessService.class);

  private final EventStore<Event> store;
  private final Function<String, Charter> charters;
  private final int attempts;
  private final ConcertationDecider decider = ConcertationDecider.create();

  private ProcessService(
      EventStore<Event> store, Function<String, Charter> charters, int attempts) {
    this.store = store;
    this.charters = charters;
    this.attempts = attempts;
  }

  /**
   * A service over a store, trying each command up to three times on conflicts.
   *
   * @param store the store
   * @param charters the charter of each stream
   * @return the service
   */
  public static ProcessService of(EventStore<Event> store, Function<String, Charter> charters) {
    return of(store, charters, 3);
  }

  /**
   * A service over a store.
   *
   * @param store the store
   * @param charters the charter of each stream
   * @param attempts how many times to decide a command when other writers interleave, at least 1
   * @return the service
   */
  public static ProcessService of(
      EventStore<Event> store, Function<String, Charter> charters, int attempts) {
    checkNotNull(store, "store must not be null");
    checkNotNull(charters, "charters must not be null");
    checkArgument(attempts >= 1, "Invalid attempts %s: must be at least 1", attempts);
    return new ProcessService(store, charters, attempts);
  }

  /**
   * The current state of a stream's process.
   *
   * @param stream the stream
   * @return the fold of its events from its charter's initial state
   */
  public ProcessState state(String stream) {
    return fold(stream, store.read(Checks.text("stream", stream)));
  }

  /**
   * Decides a command on a stream and appends its events.
   *
   * @param stream the stream
   * @param command the command
   * @return the decision: accepted with the events appended, or rejected with nothing appended
   * @throws ConcurrencyConflictException if other writers won every attempt
   */
  public Result<Event> handle(String stream, Command command) {
    Checks.text("stream", stream);
    checkNotNull(command, "command must not be null");
    for (int attempt = 1; ; attempt++) {
      ImmutableList<StoredEvent<Event>> history = store.read(stream);
      long version = history.isEmpty() ? 0 : history.get(history.size() - 1).version();
      Result<Event> result = decider.decide(command, fold(stream, history));
      if (result.events().isEmpty()) {
        return result;
      }
      try {
        store.append(stream, version, result.events());
        return result;
      } catch (ConcurrencyConflictException e) {
        if (attempt >= attempts) {
          throw e;
        }
        // ids, types and numbers only: a command may carry names and free texts
        LOG.debug(
            "attempt {} of {} to decide {} on stream '{}' lost a race: {}",
            attempt,
            attempts,
            command.getClass().getSimpleName(),
            stream,
            e.getMessage());
      }
    }
  }

  private ProcessState fold(String stream, ImmutableList<StoredEvent<Event>> history) {
    Charter charter = checkNotNull(charters.apply(stream), "no charter for stream '%s'", stream);
    ProcessState state = decider.initialState(charter);
    for (StoredEvent<Event> stored : history) {
      state = decider.evolve(state, stored.event());
    }
    return state;
  }

  @Override
  public String toString() {
    return "ProcessService{" + store + ", " + attempts + " attempts}";
  }
}
