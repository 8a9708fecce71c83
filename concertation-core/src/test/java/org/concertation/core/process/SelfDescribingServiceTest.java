package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.concertation.core.process.Fixture.ASSO;
import static org.concertation.core.process.Fixture.INES;
import static org.concertation.core.process.Fixture.OWNER;
import static org.concertation.core.process.Fixture.START;

import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Role;
import org.concertation.api.event.Event;
import org.concertation.api.rejection.Entity;
import org.concertation.api.rejection.Rejection;
import org.concertation.api.store.ConcurrencyConflictException;
import org.concertation.api.store.EventStore;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.Charters;
import org.concertation.core.store.InMemoryEventStore;
import org.junit.jupiter.api.Test;

/** The service over streams that describe themselves, at constant cost, under racing writers. */
class SelfDescribingServiceTest {
  private static final Charter CHARTER = Charters.projectLogic();
  private static final String STREAM = "square";

  /** A clock that moves one second each time it is read, from the fixture's start. */
  static final class TickingClock extends Clock {
    private final AtomicLong seconds = new AtomicLong();

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("a test clock keeps UTC");
    }

    @Override
    public Instant instant() {
      return START.plusSeconds(seconds.incrementAndGet());
    }
  }

  private final TickingClock clock = new TickingClock();
  private final InMemoryEventStore<Event> store = InMemoryEventStore.create();
  private final ProcessService service = ProcessService.of(store, clock);

  private void open(ProcessService on) {
    assertThat(on.handle(STREAM, at -> new Command.OpenProcess(OWNER.id(), at, CHARTER, "Square")))
        .isInstanceOf(Result.Accepted.class);
    assertThat(
            on.handle(
                STREAM,
                at ->
                    new Command.RegisterActor(
                        OWNER.id(), at, OWNER, Role.PROJECT_OWNER, Optional.empty())))
        .isInstanceOf(Result.Accepted.class);
  }

  private static Command join(Actor actor, Instant at) {
    return new Command.RegisterActor(actor.id(), at, actor, Role.PARTICIPANT, Optional.empty());
  }

  @Test
  void aStreamOpenedByItsFirstCommandRunsWithoutACharterLookup() {
    open(service);

    ProcessState state = service.state(STREAM);
    assertThat(state.charter()).isEqualTo(CHARTER);
    assertThat(state.title()).contains("Square");
    assertThat(store.read(STREAM).get(0).event()).isInstanceOf(Event.ProcessOpened.class);
    assertThat(service.check(STREAM)).isEmpty();
    ProcessService fresh = ProcessService.of(store, clock);
    assertThat(fresh.state(STREAM)).isEqualTo(state);
  }

  @Test
  void anyOtherCommandOnAnEmptyStreamIsRefusedAndAppendsNothing() {
    Result<Event> result = service.handle(STREAM, at -> join(INES, at));

    assertThat(result).isEqualTo(Result.rejected(new Rejection.Unknown(Entity.PROCESS, STREAM)));
    assertThat(store.version(STREAM)).isZero();
    assertThat(service.find(STREAM)).isEmpty();
    assertThatThrownBy(() -> service.state(STREAM))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Stream 'square' holds no process: open it with OpenProcess");
  }

  @Test
  void aStreamThatDoesNotOpenItselfNeedsALegacyCharter() {
    ProcessService legacy =
        ProcessService.builder(store).legacyCharters(stream -> CHARTER).clock(clock).build();
    legacy.handle(
        STREAM,
        at ->
            new Command.RegisterActor(OWNER.id(), at, OWNER, Role.PROJECT_OWNER, Optional.empty()));

    assertThat(legacy.state(STREAM).members()).containsOnlyKeys(OWNER.id());
    assertThatThrownBy(() -> service.state(STREAM))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not start with ProcessOpened");
  }

  @Test
  void eventsAppendedByAnotherWriterAreSeenAndCheckedOnce() {
    open(service);
    ProcessService other = ProcessService.of(store, clock);
    assertThat(other.handle(STREAM, at -> join(INES, at))).isInstanceOf(Result.Accepted.class);

    assertThat(service.state(STREAM).members()).containsKey(INES.id());
    assertThat(service.handle(STREAM, at -> join(INES, at)))
        .isEqualTo(Result.rejected(new Rejection.AlreadyExists(Entity.ACTOR, INES.id().value())));
    assertThat(service.handle(STREAM, at -> join(ASSO, at))).isInstanceOf(Result.Accepted.class);
    assertThat(other.state(STREAM)).isEqualTo(service.state(STREAM));
  }

  @Test
  void anImpossibleEventAppendedByAnotherWriterIsRefusedWhenRead() {
    open(service);
    Instant late = START.plus(Duration.ofDays(1));
    store.append(
        STREAM,
        store.version(STREAM),
        List.of(
            new Event.PhaseAdvanced(
                late, INES.id(), CHARTER.phases().get(0), CHARTER.phases().get(1))));

    assertThatThrownBy(() -> service.handle(STREAM, at -> join(ASSO, at)))
        .isInstanceOf(ImpossibleEventException.class);
    assertThat(service.check(STREAM)).map(ImpossibleEvent::position).contains(3L);
  }

  @Test
  void aCommandReadsOnlyTheEventsAfterTheVersionTheServiceSaw() {
    CountingStore counting = new CountingStore(store);
    ProcessService counted = ProcessService.of(counting, clock);
    open(counted);
    for (int i = 0; i < 50; i++) {
      Actor actor = Actor.of("neighbour-" + i, "Neighbour", ActorKind.INHABITANT);
      assertThat(counted.handle(STREAM, at -> join(actor, at))).isInstanceOf(Result.Accepted.class);
    }
    long before = counting.eventsRead.get();

    counted.handle(STREAM, at -> join(INES, at));

    assertThat(counting.eventsRead.get()).isEqualTo(before);
    assertThat(counting.wholeReads.get()).isEqualTo(1);
  }

  @Test
  void aRetryAfterALostRaceIsIssuedAgainAtAFreshInstant() {
    open(service);
    LosingOnce losing = new LosingOnce(store);
    ProcessService racing = ProcessService.builder(losing).clock(clock).build();
    Command command = join(INES, service.state(STREAM).lastAt().orElseThrow());

    Result<Event> result = racing.handle(STREAM, command);

    assertThat(result).isInstanceOf(Result.Accepted.class);
    assertThat(result.events().get(0).at()).isAfter(command.at());
    assertThat(losing.appends).isEqualTo(2);
  }

  @Test
  void sixteenRacingWritersAreEachAcceptedOrRefusedForARealReasonNeverForTime() throws Exception {
    ProcessService shared = ProcessService.builder(store).clock(clock).attempts(64).build();
    open(shared);
    int threads = 16;
    int joins = 300;
    List<Actor> actors = new ArrayList<>();
    for (int i = 0; i < joins; i++) {
      // every tenth actor joins twice, so that real refusals happen too
      actors.add(
          Actor.of("inhabitant-" + (i % 10 == 9 ? i - 1 : i), "Inhabitant", ActorKind.INHABITANT));
    }
    ConcurrentLinkedQueue<Result<Event>> results = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = thread; i < joins; i += threads) {
                  Actor actor = actors.get(i);
                  results.add(shared.handle(STREAM, at -> join(actor, at)));
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> future : done) {
      future.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    long distinct = actors.stream().map(Actor::id).distinct().count();
    assertThat(results).hasSize(joins);
    assertThat(results.stream().filter(r -> r instanceof Result.Accepted<Event>))
        .hasSize((int) distinct);
    assertThat(results.stream().filter(r -> r instanceof Result.Rejected<Event>))
        .allSatisfy(
            r ->
                assertThat(((Result.Rejected<Event>) r).rejection())
                    .isInstanceOf(Rejection.AlreadyExists.class));
    assertThat(store.version(STREAM)).isEqualTo(2 + distinct);
    assertThat(service.check(STREAM)).isEmpty();
  }

  /** A store that counts what it is asked to read. */
  private static final class CountingStore implements EventStore<Event> {
    private final EventStore<Event> delegate;
    final AtomicLong eventsRead = new AtomicLong();
    final AtomicLong wholeReads = new AtomicLong();

    CountingStore(EventStore<Event> delegate) {
      this.delegate = delegate;
    }

    @Override
    public long append(String stream, long expectedVersion, List<? extends Event> events) {
      return delegate.append(stream, expectedVersion, events);
    }

    @Override
    public ImmutableList<StoredEvent<Event>> read(String stream) {
      wholeReads.incrementAndGet();
      return count(delegate.read(stream));
    }

    @Override
    public ImmutableList<StoredEvent<Event>> read(String stream, long afterVersion) {
      return count(delegate.read(stream, afterVersion));
    }

    private ImmutableList<StoredEvent<Event>> count(ImmutableList<StoredEvent<Event>> events) {
      eventsRead.addAndGet(events.size());
      return events;
    }

    @Override
    public long version(String stream) {
      return delegate.version(stream);
    }
  }

  /** A store whose first append loses the race. */
  private static final class LosingOnce implements EventStore<Event> {
    private final EventStore<Event> delegate;
    int appends;

    LosingOnce(EventStore<Event> delegate) {
      this.delegate = delegate;
    }

    @Override
    public long append(String stream, long expectedVersion, List<? extends Event> events) {
      appends++;
      if (appends == 1) {
        throw new ConcurrencyConflictException(stream, expectedVersion, expectedVersion + 1);
      }
      return delegate.append(stream, expectedVersion, events);
    }

    @Override
    public ImmutableList<StoredEvent<Event>> read(String stream) {
      return delegate.read(stream);
    }

    @Override
    public ImmutableList<StoredEvent<Event>> read(String stream, long afterVersion) {
      return delegate.read(stream, afterVersion);
    }

    @Override
    public long version(String stream) {
      return delegate.version(stream);
    }
  }
}
