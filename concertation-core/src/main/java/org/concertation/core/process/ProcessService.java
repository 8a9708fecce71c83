package org.concertation.core.process;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;
import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.concertation.api.Result;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Checks;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Entity;
import org.concertation.api.rejection.Rejection;
import org.concertation.api.store.CommandId;
import org.concertation.api.store.ConcurrencyConflictException;
import org.concertation.api.store.DuplicateCommandException;
import org.concertation.api.store.EventStore;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.personal.RoundKeys;
import org.concertation.core.personal.Salts;
import org.concertation.core.store.Snapshot;
import org.concertation.core.store.SnapshotStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs processes kept in an {@link EventStore}: to handle a command on a stream, it takes the
 * stream's state at the version it last saw, reads only the events appended after that version (by
 * this service or by any other writer), decides, and appends the events with that version as the
 * expected version. When another writer appended in between, it reads the newer events and decides
 * again, up to a number of attempts, then lets the {@link ConcurrencyConflictException} through. A
 * rejected command appends nothing. A command costs the same however long its stream.
 *
 * <p><b>Streams describe themselves.</b> A stream's first event is {@link Event.ProcessOpened},
 * which carries the charter, caused by {@link Command.OpenProcess} on an empty stream; any other
 * command on an empty stream is refused ({@link Rejection.Unknown} {@link Entity#PROCESS}). Streams
 * written before, which start with a registration, still read when the service is given their
 * charters ({@link Builder#legacyCharters}).
 *
 * <p><b>What is trusted.</b> The service keeps, for a bounded number of streams (the most recently
 * used), the state at the version it has seen. The events it appended itself are applied without
 * being checked again (the decider made them from that state). Every event it reads from the store
 * is checked once, when it first reads it, through {@link HistoryCheck} ({@link
 * ConcertationDecider#fold}): a stream loaded for the first time is checked whole, then only the
 * events other writers append; an event that could not have happened where it stands makes {@link
 * #handle} throw {@link ImpossibleEventException}. A stream is never re-checked on every command;
 * {@link #check(String)} re-checks a whole stream on demand, from the store, bypassing the cache.
 *
 * <p><b>The host's duties.</b> The service trusts what a command says of its issuer: {@code by}
 * must be the authenticated actor, and the actor's kind in a registration must come from the host's
 * knowledge of that actor (authentication, a directory), never from the actor's own say-so; the
 * charter then decides what that actor may do through the activity each command needs (the table in
 * the README, checked against {@link #activityOf}). {@code at} must come from the host's clock:
 * {@link #handle(String, Function)} asks the service's {@link Clock} for the instant of each
 * attempt, never earlier than the stream's last event, so that a lost race is decided again at a
 * fresh instant and never refused as {@link Rejection.TimeWentBack}; {@link #handle(String,
 * Command)} decides the command at its own instant first and re-dates it only on the attempts after
 * a lost race.
 *
 * <p><b>Snapshots.</b> Given a {@link SnapshotStore} ({@link Builder#snapshots}), the service saves
 * a stream's state ({@link StateCodec}) each time an append it makes reaches a multiple of the
 * {@link SnapshotPolicy}'s interval, and loads a stream it has not seen from its latest snapshot
 * and the events after it, so a restart folds at most an interval's events instead of the whole
 * stream. A snapshot is trusted as the store is (the service that saved it had checked the events
 * before it); the events after it are checked. A snapshot that cannot be read (another format, a
 * damaged payload, another stream or version) or that the events after it do not fit is logged by
 * stream, version and reason, never its content, and the whole stream is folded instead; a failed
 * save is logged and leaves the command applied. A snapshot holds the state's names and free texts:
 * a host that erases a person's data must drop the snapshots of the streams that held them.
 *
 * <p>Give it an {@link org.concertation.core.store.ObservedEventStore} to have listeners told of
 * the events it appends.
 *
 * <p>This class is thread-safe when its store is.
 */
public final class ProcessService {
  private static final Logger LOG = LoggerFactory.getLogger(ProcessService.class);

  /** The default number of attempts per command. */
  public static final int DEFAULT_ATTEMPTS = 3;

  /** The default number of streams whose state is kept. */
  public static final int DEFAULT_CACHED_STREAMS = 1_000;

  private final EventStore<Event> store;
  private final @Nullable Function<String, Charter> legacyCharters;
  private final int attempts;
  private final Clock clock;
  private final StateCache cache;
  private final boolean redateRetries;
  private final @Nullable SnapshotStore snapshots;
  private final SnapshotPolicy snapshotPolicy;
  private final Salts roundKeys;
  private final StateCodec stateCodec = StateCodec.create();
  private final ConcertationDecider decider = ConcertationDecider.create();

  private ProcessService(Builder b) {
    this.store = b.store;
    this.legacyCharters = b.legacyCharters;
    this.attempts = b.attempts;
    this.clock = b.clock;
    this.cache = new StateCache(b.cachedStreams);
    this.redateRetries = b.redateRetries;
    this.snapshots = b.snapshots;
    this.snapshotPolicy = b.snapshotPolicy;
    this.roundKeys = b.roundKeys;
  }

  /**
   * A builder of a service over a store.
   *
   * @param store the store
   * @return the builder
   */
  public static Builder builder(EventStore<Event> store) {
    return new Builder(store);
  }

  /**
   * A service over a store of streams that describe themselves, dating the attempts of each command
   * by a clock, trying each command up to {@value #DEFAULT_ATTEMPTS} times on conflicts.
   *
   * @param store the store
   * @param clock the host's clock
   * @return the service
   */
  public static ProcessService of(EventStore<Event> store, Clock clock) {
    return builder(store).clock(clock).build();
  }

  /**
   * A service over a store whose streams may start without {@link Event.ProcessOpened}, trying each
   * command up to three times on conflicts.
   *
   * @param store the store
   * @param charters the charter of each stream that does not name its own
   * @return the service
   * @deprecated streams describe themselves: open each with {@link Command.OpenProcess} and use
   *     {@link #of(EventStore, Clock)}; give {@link Builder#legacyCharters} for streams written
   *     before. As before, a retry decides the same command at the same instant.
   */
  @Deprecated
  public static ProcessService of(EventStore<Event> store, Function<String, Charter> charters) {
    return of(store, charters, DEFAULT_ATTEMPTS);
  }

  /**
   * A service over a store whose streams may start without {@link Event.ProcessOpened}.
   *
   * @param store the store
   * @param charters the charter of each stream that does not name its own
   * @param attempts how many times to decide a command when other writers interleave, at least 1
   * @return the service
   * @deprecated streams describe themselves: open each with {@link Command.OpenProcess} and use
   *     {@link #builder}; give {@link Builder#legacyCharters} for streams written before. As
   *     before, a retry of {@link #handle(String, Command)} decides the same command at the same
   *     instant.
   */
  @Deprecated
  public static ProcessService of(
      EventStore<Event> store, Function<String, Charter> charters, int attempts) {
    Builder builder = builder(store).legacyCharters(charters).attempts(attempts);
    // as before: a retry decides the same command, so that a host's own timeline is kept
    builder.redateRetries = false;
    return builder.build();
  }

  /**
   * The activity of the charter that a command needs: its issuer must be granted it in the current
   * phase. Registration needs {@code JOIN} when the actor registers itself and {@code REGISTER}
   * otherwise; the first registration (the owner's own) and opening the process need none;
   * withdrawing needs none either, since it is the right of a proposal's authors, but belongs to
   * the phases of {@code PROPOSE}.
   *
   * @param command the type of command
   * @return the activity, or empty for {@link Command.OpenProcess}
   */
  public static Optional<Activity> activityOf(Class<? extends Command> command) {
    return Activities.of(command);
  }

  /**
   * The current state of a stream's process.
   *
   * @param stream the stream
   * @return the fold of its events
   * @throws IllegalStateException if the stream holds no process yet and no legacy charter
   */
  public ProcessState state(String stream) {
    return find(stream)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Stream '" + stream + "' holds no process: open it with OpenProcess"));
  }

  /**
   * The current state of a stream's process, if it holds one.
   *
   * @param stream the stream
   * @return the state, or empty for an empty stream (without a legacy charter for it)
   */
  public Optional<ProcessState> find(String stream) {
    Checks.text("stream", stream);
    return Optional.ofNullable(current(stream));
  }

  /**
   * Forgets the state the service keeps of a stream in memory: its next command, {@link #state} or
   * {@link #find} folds the stream again from the store (from its latest snapshot, if any, and the
   * events after it). Call it after erasing a person's data from the store ({@code
   * InMemoryEventStore.erase}, {@code JdbcEventStore.erase}, which drop the stream's snapshots
   * too): a state folded before holds her name and texts, and a secret round closed from it would
   * copy her reason back into the close. A command decided on the stream while it forgets may keep
   * the state it folded before: forget once no command on the stream is in flight. Another service
   * on the same store (another process, another machine) keeps its own state: restart it, or have
   * it forget the stream too.
   *
   * @param stream the stream
   */
  public void forget(String stream) {
    Checks.text("stream", stream);
    cache.remove(stream);
  }

  /**
   * Re-checks a whole stream, read afresh from the store: every event must be possible where it
   * stands, its versions numbered from 1 without gaps.
   *
   * @param stream the stream
   * @return the first impossible event, or empty when the stream is possible (or empty)
   */
  public Optional<ImpossibleEvent> check(String stream) {
    Checks.text("stream", stream);
    ImmutableList<StoredEvent<Event>> events = store.read(stream);
    Optional<Charter> charter = charterOf(stream, events);
    return charter.isEmpty()
        ? Optional.empty()
        : HistoryCheck.create().firstImpossibleStored(charter.get(), events);
  }

  /**
   * Decides a command on a stream and appends its events. The command is decided at its own
   * instant; after a lost race it is issued again at a fresh instant from the service's clock,
   * never earlier than the stream's last event.
   *
   * @param stream the stream
   * @param command the command
   * @return the decision: accepted with the events appended, or rejected with nothing appended
   * @throws ConcurrencyConflictException if other writers won every attempt
   * @throws ImpossibleEventException if the store holds an event that could not have happened
   */
  public Result<Event> handle(String stream, Command command) {
    checkNotNull(command, "command must not be null");
    return handle(stream, null, command, at -> again(command, at));
  }

  /** The command issued again at a fresh instant, or at its own if the host dated it later. */
  private Command again(Command command, Instant at) {
    return redateRetries && at.isAfter(command.at()) ? Redating.at(command, at) : command;
  }

  /**
   * Decides a command made at an instant that the service gives: each attempt asks the clock for
   * the instant (never earlier than the stream's last event), so that a command that lost a race is
   * issued again now, after the events that won it.
   *
   * @param stream the stream
   * @param command the command, made from the instant of the attempt
   * @return the decision: accepted with the events appended, or rejected with nothing appended
   * @throws ConcurrencyConflictException if other writers won every attempt
   * @throws ImpossibleEventException if the store holds an event that could not have happened
   */
  public Result<Event> handle(String stream, Function<? super Instant, ? extends Command> command) {
    checkNotNull(command, "command must not be null");
    return handle(stream, null, null, command);
  }

  /**
   * Decides a command that carries an id chosen by the host, and appends its events with the id,
   * once: when a command with that id was already applied to the stream (a retry, or another
   * instance driving the same work), it is answered with the events it caused then, and nothing is
   * decided or appended. The store keeps the id unique per stream even when writers race ({@link
   * EventStore#append(String, long, CommandId, java.util.List)}), so of several calls with one id
   * exactly one applies the command. A rejected command appends nothing and records no id: sent
   * again, it is decided again. After a lost race the command is issued again at a fresh instant.
   *
   * @param stream the stream
   * @param commandId the command's id, unique in the stream
   * @param command the command
   * @return the decision: accepted with the events appended now or then, or rejected
   * @throws ConcurrencyConflictException if other writers won every attempt
   * @throws UnsupportedOperationException if the store does not keep command ids
   */
  public Result<Event> handle(String stream, CommandId commandId, Command command) {
    checkNotNull(commandId, "command id must not be null");
    checkNotNull(command, "command must not be null");
    return handle(stream, commandId, command, at -> again(command, at));
  }

  private Result<Event> handle(
      String stream,
      @Nullable CommandId commandId,
      @Nullable Command first,
      Function<? super Instant, ? extends Command> made) {
    Checks.text("stream", stream);
    for (int attempt = 1; ; attempt++) {
      // the state first, then the id: an id missing now was missing when the state was read, so
      // the command is decided on a history without it (ids and events are stored together)
      @Nullable ProcessState state = current(stream);
      if (commandId != null) {
        Optional<Result<Event>> applied = applied(stream, commandId);
        if (applied.isPresent()) {
          return applied.get();
        }
      }
      Command command =
          attempt == 1 && first != null
              ? first
              : checkNotNull(made.apply(freshInstant(state)), "the command made must not be null");
      @Nullable ProcessState base = state != null ? state : initial(stream, command);
      if (base == null) {
        return Result.rejected(new Rejection.Unknown(Entity.PROCESS, stream));
      }
      command = keyed(command, base);
      Result<Event> result = decider.decide(command, base);
      if (result.events().isEmpty()) {
        return result;
      }
      try {
        if (commandId == null) {
          store.append(stream, base.version(), result.events());
        } else {
          store.append(stream, base.version(), commandId, result.events());
        }
        ProcessState after = decider.after(base, result);
        cache.offer(stream, after);
        saveIfDue(stream, base.version(), after);
        return result;
      } catch (DuplicateCommandException e) {
        // another writer applied the same command in between: answer with its events
        return applied(stream, requireId(commandId))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "The store refused " + e.getMessage() + " but does not return its events",
                        e));
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

  private static CommandId requireId(@Nullable CommandId commandId) {
    return checkNotNull(commandId, "checked: a duplicate needs a command id");
  }

  /** The clock's instant, or the stream's last when the clock is behind it. */
  private Instant freshInstant(@Nullable ProcessState state) {
    Instant now = clock.instant();
    Optional<Instant> last = state == null ? Optional.empty() : state.lastAt();
    return last.isPresent() && now.isBefore(last.get()) ? last.get() : now;
  }

  /** The state before the first event of an empty stream, for a command, if there is one. */
  private @Nullable ProcessState initial(String stream, Command command) {
    if (command instanceof Command.OpenProcess open) {
      return decider.initialState(open.charter());
    }
    Function<String, Charter> charters = legacyCharters;
    return charters == null ? null : decider.initialState(legacyCharter(charters, stream));
  }

  private static Charter legacyCharter(Function<String, Charter> charters, String stream) {
    return checkNotNull(charters.apply(stream), "no charter for stream '%s'", stream);
  }

  /** The stream's state as it stands in the store: the cached state, and the events after it. */
  private @Nullable ProcessState current(String stream) {
    @Nullable ProcessState known = cache.get(stream);
    if (known == null) {
      return load(stream);
    }
    ImmutableList<StoredEvent<Event>> newer = store.read(stream, known.version());
    if (newer.isEmpty()) {
      return known;
    }
    ProcessState state = fold(stream, known, newer);
    cache.offer(stream, state);
    return state;
  }

  /**
   * A stream seen for the first time: from its latest snapshot and the events after it, or else
   * read whole; the events read are checked.
   */
  private @Nullable ProcessState load(String stream) {
    @Nullable ProcessState restored = restore(stream);
    if (restored != null) {
      cache.offer(stream, restored);
      return restored;
    }
    ProcessState whole = loadWhole(stream);
    if (whole != null) {
      saveIfDue(stream, 0, whole);
    }
    return whole;
  }

  /**
   * The state from the stream's latest snapshot and the events after it, or null when there is no
   * snapshot, or it cannot be read, or the events after it do not fit it.
   */
  private @Nullable ProcessState restore(String stream) {
    SnapshotStore saved = snapshots;
    if (saved == null) {
      return null;
    }
    Optional<Snapshot> latest = saved.latestSnapshot(stream);
    if (latest.isEmpty()) {
      return null;
    }
    Snapshot snapshot = latest.get();
    ProcessState state;
    try {
      state = stateCodec.decode(snapshot);
    } catch (IllegalArgumentException e) {
      // its message names the stream, the version and the place of the fault, never a value
      LOG.warn("folding stream '{}' whole: {}", stream, e.getMessage());
      return null;
    }
    try {
      ProcessState current = fold(stream, state, store.read(stream, snapshot.version()));
      LOG.debug(
          "stream '{}' loaded from its snapshot at version {}, now at version {}",
          stream,
          snapshot.version(),
          current.version());
      saveIfDue(stream, snapshot.version(), current);
      return current;
    } catch (ImpossibleEventException e) {
      LOG.warn(
          "folding stream '{}' whole: an event after its snapshot at version {} does not fit it"
              + " ({})",
          stream,
          snapshot.version(),
          e.impossible().reason().getClass().getSimpleName());
      return null;
    }
  }

  // secret: the key of a secret round, drawn here, kept only by the store's erasable part

  /** The command, with a new pseudonym key when it opens a secret round without one. */
  private Command keyed(Command command, ProcessState base) {
    return RoundKeys.keyed(command, base.charter, base.roundsHeld, roundKeys);
  }

  /** Saves a stream's state when the policy says the move from a version to it calls for one. */
  private void saveIfDue(String stream, long before, ProcessState state) {
    SnapshotStore saved = snapshots;
    if (saved == null || !snapshotPolicy.isDue(before, state.version())) {
      return;
    }
    // secret: a snapshot would keep an open secret round's key after the store erased it
    if (state.openRound != null && state.openRound.isSecret()) {
      return;
    }
    try {
      Snapshot snapshot = stateCodec.encode(stream, state);
      boolean kept =
          saved.saveSnapshot(stream, snapshot.version(), snapshot.format(), snapshot.payload());
      LOG.debug("snapshot of stream '{}' at version {} saved: {}", stream, state.version(), kept);
    } catch (RuntimeException e) {
      // the command is applied whatever befalls its snapshot; the next one is tried later
      LOG.warn(
          "cannot save the snapshot of stream '{}' at version {}: {}",
          stream,
          state.version(),
          e.getClass().getName());
    }
  }

  /** A stream seen for the first time, read whole and checked. */
  private @Nullable ProcessState loadWhole(String stream) {
    ImmutableList<StoredEvent<Event>> events = store.read(stream);
    Optional<Charter> charter = charterOf(stream, events);
    if (charter.isEmpty()) {
      return null;
    }
    ProcessState state = fold(stream, decider.initialState(charter.get()), events);
    cache.offer(stream, state);
    return state;
  }

  /** The charter a stream runs under: its first event's, or the legacy lookup's. */
  private Optional<Charter> charterOf(String stream, ImmutableList<StoredEvent<Event>> events) {
    if (!events.isEmpty() && events.get(0).event() instanceof Event.ProcessOpened opened) {
      return Optional.of(opened.charter());
    }
    Function<String, Charter> charters = legacyCharters;
    if (charters == null) {
      checkState(
          events.isEmpty(),
          "Stream '%s' does not start with ProcessOpened and the service has no charter for it"
              + " (give legacy charters for streams written before)",
          stream);
      return Optional.empty();
    }
    return Optional.of(legacyCharter(charters, stream));
  }

  /** Checks and applies events read from the store, which follow the state's version. */
  private ProcessState fold(
      String stream, ProcessState state, ImmutableList<StoredEvent<Event>> events) {
    long expected = state.version() + 1;
    for (StoredEvent<Event> stored : events) {
      checkState(
          stored.version() == expected,
          "Stream '%s' returned version %s where %s was expected",
          stream,
          stored.version(),
          expected);
      expected++;
    }
    return decider.fold(state, events.stream().map(StoredEvent::event).collect(toImmutableList()));
  }

  /** The answer to a command applied before: the events it caused then. */
  private Optional<Result<Event>> applied(String stream, CommandId commandId) {
    Optional<ImmutableList<StoredEvent<Event>>> applied = store.readCommand(stream, commandId);
    if (applied.isEmpty()) {
      return Optional.empty();
    }
    LOG.debug("command '{}' on stream '{}' was applied before", commandId, stream);
    return Optional.of(
        Result.accepted(applied.get().stream().map(StoredEvent::event).collect(toImmutableList())));
  }

  @Override
  public String toString() {
    return "ProcessService{" + store + ", " + attempts + " attempts}";
  }

  /**
   * The states last seen, for a bounded number of streams, the least recently used dropped first; a
   * state replaces the one kept only when it is newer.
   */
  private static final class StateCache {
    private final Map<String, ProcessState> states;

    StateCache(int capacity) {
      this.states =
          new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ProcessState> eldest) {
              return size() > capacity;
            }
          };
    }

    synchronized @Nullable ProcessState get(String stream) {
      return states.get(stream);
    }

    synchronized void offer(String stream, ProcessState state) {
      ProcessState known = states.get(stream);
      if (known == null || known.version() < state.version()) {
        states.put(stream, state);
      }
    }

    synchronized void remove(String stream) {
      states.remove(stream);
    }
  }

  /** Builds a {@link ProcessService}. */
  public static final class Builder {
    private final EventStore<Event> store;
    private @Nullable Function<String, Charter> legacyCharters;
    private int attempts = DEFAULT_ATTEMPTS;
    private int cachedStreams = DEFAULT_CACHED_STREAMS;
    private Clock clock = Clock.systemUTC();
    private boolean redateRetries = true;
    private @Nullable SnapshotStore snapshots;
    private SnapshotPolicy snapshotPolicy = SnapshotPolicy.ofDefaults();
    private Salts roundKeys = Salts.secure();

    private Builder(EventStore<Event> store) {
      this.store = checkNotNull(store, "store must not be null");
    }

    /**
     * The charters of streams written before streams described themselves: a stream that does not
     * start with {@link Event.ProcessOpened} runs under the charter this lookup gives it.
     *
     * @param charters the charter of each such stream
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder legacyCharters(Function<String, Charter> charters) {
      this.legacyCharters = checkNotNull(charters, "charters must not be null");
      return this;
    }

    /**
     * How many times to decide a command when other writers interleave; {@value #DEFAULT_ATTEMPTS}
     * unless set.
     *
     * @param attempts at least 1
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder attempts(int attempts) {
      checkArgument(attempts >= 1, "Invalid attempts %s: must be at least 1", attempts);
      this.attempts = attempts;
      return this;
    }

    /**
     * How many streams' states the service keeps; {@value #DEFAULT_CACHED_STREAMS} unless set. A
     * stream whose state was dropped is read whole again when next used.
     *
     * @param streams at least 1
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder cachedStreams(int streams) {
      checkArgument(streams >= 1, "Invalid cached streams %s: must be at least 1", streams);
      this.cachedStreams = streams;
      return this;
    }

    /**
     * The host's clock, which dates each attempt of a command; the system's UTC clock unless set.
     *
     * @param clock the clock
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder clock(Clock clock) {
      this.clock = checkNotNull(clock, "clock must not be null");
      return this;
    }

    /**
     * Where the service saves and finds the streams' snapshots, and when it saves one: a stream it
     * has not seen is then loaded from its latest snapshot and the events after it. No snapshots
     * unless set. The snapshot store is usually the event store itself ({@link
     * org.concertation.core.store.jdbc.JdbcEventStore}, {@link
     * org.concertation.core.store.InMemoryEventStore}).
     *
     * @param store the snapshots' store
     * @param policy when to save one
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder snapshots(SnapshotStore store, SnapshotPolicy policy) {
      this.snapshots = checkNotNull(store, "snapshot store must not be null");
      this.snapshotPolicy = checkNotNull(policy, "snapshot policy must not be null");
      return this;
    }

    /**
     * The service.
     *
     * @return the service
     */
    public ProcessService build() {
      return new ProcessService(this);
    }

    // secret: where the keys of secret rounds come from

    /**
     * Where the pseudonym keys of secret rounds come from, when an {@link Command.OpenRound} of a
     * secret round comes without one: {@link Salts#secure()} unless set; {@link Salts#seeded(long)}
     * only for tests and examples, since whoever knows the seed can re-link every ballot.
     *
     * @param keys the source
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder roundKeys(Salts keys) {
      this.roundKeys = checkNotNull(keys, "round keys must not be null");
      return this;
    }
  }
}
