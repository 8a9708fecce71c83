package org.concertation.core.store;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Ordering;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.Checks;
import org.concertation.api.domain.PersonalText;
import org.concertation.api.event.Event;
import org.concertation.api.store.CommandId;
import org.concertation.api.store.ConcurrencyConflictException;
import org.concertation.api.store.DuplicateCommandException;
import org.concertation.api.store.EventStore;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.personal.PersonalValues;
import org.concertation.core.personal.RoundKeys;
import org.concertation.core.personal.Salts;
import org.jspecify.annotations.Nullable;

/**
 * An {@link EventStore} in memory: for tests, simulations and hosts that keep their processes in
 * memory.
 *
 * <p>Each stream has its own lock, so writers on different streams never wait for each other; an
 * append checks the version and adds its events under the stream's lock, all or none. Reads copy
 * the events they return, so a snapshot never changes. Command ids are kept per stream under the
 * same lock: of two appends racing with one id, exactly one succeeds. It keeps the latest {@link
 * Snapshot} of each stream too ({@link SnapshotStore}). The append that holds the close of a secret
 * round erases the round's key from the opening it keeps ({@link RoundKeys}).
 *
 * <p>This class is thread-safe.
 *
 * @param <E> the type of the events
 */
public final class InMemoryEventStore<E> implements EventStore<E>, SnapshotStore {
  private final ConcurrentMap<String, Stream<E>> streams = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Snapshot> snapshots = new ConcurrentHashMap<>();

  private InMemoryEventStore() {}

  /**
   * An empty store.
   *
   * @param <E> the type of the events
   * @return the store
   */
  public static <E> InMemoryEventStore<E> create() {
    return new InMemoryEventStore<>();
  }

  @Override
  public long append(String stream, long expectedVersion, List<? extends E> events) {
    checkStream(stream);
    checkArgument(
        expectedVersion >= 0,
        "Invalid expected version %s for stream '%s': must be at least 0",
        expectedVersion,
        stream);
    checkNotNull(events, "events for stream '%s' must not be null", stream);
    List<E> copy = new ArrayList<>(events.size());
    for (E event : events) {
      copy.add(
          checkNotNull(event, "event #%s for stream '%s' must not be null", copy.size(), stream));
    }
    if (copy.isEmpty()) {
      long actual = version(stream);
      if (actual != expectedVersion) {
        throw new ConcurrencyConflictException(stream, expectedVersion, actual);
      }
      return actual;
    }
    return streams.computeIfAbsent(stream, Stream::new).append(expectedVersion, null, copy);
  }

  @Override
  public long append(
      String stream, long expectedVersion, CommandId command, List<? extends E> events) {
    checkStream(stream);
    checkArgument(
        expectedVersion >= 0,
        "Invalid expected version %s for stream '%s': must be at least 0",
        expectedVersion,
        stream);
    checkNotNull(command, "command id for stream '%s' must not be null", stream);
    checkNotNull(events, "events for stream '%s' must not be null", stream);
    List<E> copy = new ArrayList<>(events.size());
    for (E event : events) {
      copy.add(
          checkNotNull(event, "event #%s for stream '%s' must not be null", copy.size(), stream));
    }
    return streams.computeIfAbsent(stream, Stream::new).append(expectedVersion, command, copy);
  }

  @Override
  public Optional<ImmutableList<StoredEvent<E>>> readCommand(String stream, CommandId command) {
    checkStream(stream);
    checkNotNull(command, "command id for stream '%s' must not be null", stream);
    Stream<E> events = streams.get(stream);
    return events == null ? Optional.empty() : events.readCommand(command);
  }

  @Override
  public ImmutableList<StoredEvent<E>> read(String stream) {
    return read(stream, 0);
  }

  @Override
  public ImmutableList<StoredEvent<E>> read(String stream, long afterVersion) {
    checkStream(stream);
    checkArgument(
        afterVersion >= 0,
        "Invalid version %s to read stream '%s' after: must be at least 0",
        afterVersion,
        stream);
    Stream<E> events = streams.get(stream);
    return events == null ? ImmutableList.of() : events.readAfter(afterVersion);
  }

  @Override
  public long version(String stream) {
    checkStream(stream);
    Stream<E> events = streams.get(stream);
    return events == null ? 0 : events.version();
  }

  /**
   * The streams that hold at least one event.
   *
   * @return their ids, in alphabetical order
   */
  public ImmutableList<String> streams() {
    return streams.values().stream()
        .filter(s -> s.version() > 0)
        .map(s -> s.id)
        .sorted(Ordering.natural())
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  @CanIgnoreReturnValue
  public boolean saveSnapshot(String stream, long version, String format, byte[] payload) {
    Snapshot snapshot = Snapshot.of(stream, version, format, payload);
    long current = version(stream);
    checkArgument(
        version <= current,
        "Invalid snapshot version %s of stream '%s': the stream is at version %s",
        version,
        stream,
        current);
    // the stream's version only grows: once checked, the snapshot stays within the stream
    boolean[] saved = {false};
    snapshots.compute(
        stream,
        (id, kept) -> {
          if (kept != null && kept.version() > version) {
            return kept;
          }
          saved[0] = true;
          return snapshot;
        });
    return saved[0];
  }

  @Override
  public Optional<Snapshot> latestSnapshot(String stream) {
    checkStream(stream);
    return Optional.ofNullable(snapshots.get(stream));
  }

  private static void checkStream(String stream) {
    Checks.text("stream id", stream);
  }

  // personal: erasure

  /**
   * Erases one actor's personal values in a stream of {@link Event}s: each one is replaced by its
   * erased form ({@link PersonalText#erase()}; a value never sealed gets a salt first, drawn and
   * forgotten), and the stream's snapshots are dropped, since they may hold the values. Her values
   * under her pseudonym in a secret round whose key the stream still holds are hers too ({@link
   * RoundKeys#pseudonymsOf}). Other actors' values and every version stay as they were. A {@link
   * org.concertation.core.process.ProcessService} on this store keeps the state it folded before:
   * call its {@code forget(stream)} after the erasure.
   *
   * @param stream the stream
   * @param actor the actor
   * @return how many events held a value of the actor
   * @throws ClassCastException if the stream holds something else than events
   */
  @CanIgnoreReturnValue
  public int erase(String stream, ActorId actor) {
    checkNotNull(actor, "actor must not be null");
    Stream<E> events = streams.get(checkNotNull(stream, "stream must not be null"));
    snapshots.remove(stream);
    if (events == null) {
      return 0;
    }
    Salts salts = Salts.secure();
    // secret: her texts under her pseudonyms in the secret rounds still open are hers too
    List<Event> held = new ArrayList<>();
    events.readAfter(0).forEach(s -> held.add((Event) s.event()));
    ImmutableSet<ActorId> hers = RoundKeys.hers(held, actor);
    return events.replace(
        e -> {
          Event event = (Event) e;
          if (PersonalValues.of(event).stream().noneMatch(v -> hers.contains(v.actor()))) {
            return e;
          }
          @SuppressWarnings("unchecked") // an Event where an Event was
          E erased =
              (E)
                  PersonalValues.map(
                      event,
                      v ->
                          hers.contains(v.actor())
                              ? v.value().withSalt(salts.next()).erase()
                              : v.value());
          return erased;
        });
  }

  @Override
  public String toString() {
    return "InMemoryEventStore[" + streams.size() + " streams]";
  }

  /**
   * The events of one stream and the ids of the commands that appended them, guarded by the
   * stream's own lock, so that checking an id and appending are one step.
   */
  private static final class Stream<E> {
    private final String id;
    private final List<StoredEvent<E>> events = new ArrayList<>();

    /** For each command id, the versions of its events: from {@code [0]}, {@code [1]} of them. */
    private final Map<CommandId, int[]> commands = new HashMap<>();

    Stream(String id) {
      this.id = id;
    }

    synchronized long append(long expectedVersion, @Nullable CommandId command, List<E> newEvents) {
      if (command != null && commands.containsKey(command)) {
        throw new DuplicateCommandException(id, command);
      }
      long actual = events.size();
      if (actual != expectedVersion) {
        throw new ConcurrencyConflictException(id, expectedVersion, actual);
      }
      int first = events.size();
      int closes = 0; // how many events up to the last close of a secret round
      for (E event : newEvents) {
        events.add(new StoredEvent<>(id, events.size() + 1L, event));
        if (RoundKeys.closesSecretRound(event)) {
          closes = events.size();
        }
      }
      if (closes > 0) { // secret: a round key is kept only while its round is open
        Salts salts = Salts.secure();
        for (int i = 0; i < closes; i++) { // a round opened after the close, in this append, stays
          StoredEvent<E> stored = events.get(i);
          if (stored.event() instanceof Event event) {
            Event erased = RoundKeys.withoutKey(event, salts);
            if (erased != event) {
              @SuppressWarnings("unchecked") // an Event where an Event was
              E now = (E) erased;
              events.set(i, new StoredEvent<>(id, stored.version(), now));
            }
          }
        }
      }
      if (command != null) {
        commands.put(command, new int[] {first, newEvents.size()});
      }
      return events.size();
    }

    synchronized Optional<ImmutableList<StoredEvent<E>>> readCommand(CommandId command) {
      int[] range = commands.get(command);
      return range == null
          ? Optional.empty()
          : Optional.of(ImmutableList.copyOf(events.subList(range[0], range[0] + range[1])));
    }

    synchronized ImmutableList<StoredEvent<E>> readAfter(long afterVersion) {
      return afterVersion >= events.size()
          ? ImmutableList.of()
          : ImmutableList.copyOf(events.subList((int) afterVersion, events.size()));
    }

    synchronized long version() {
      return events.size();
    }

    synchronized int replace(java.util.function.UnaryOperator<E> change) {
      int changed = 0;
      for (int i = 0; i < events.size(); i++) {
        StoredEvent<E> stored = events.get(i);
        E now = change.apply(stored.event());
        if (now != stored.event()) {
          events.set(i, new StoredEvent<>(id, stored.version(), now));
          changed++;
        }
      }
      return changed;
    }
  }
}
