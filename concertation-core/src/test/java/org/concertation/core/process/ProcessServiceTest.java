package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.concertation.core.process.Fixture.ASSO;
import static org.concertation.core.process.Fixture.INES;
import static org.concertation.core.process.Fixture.OWNER;
import static org.concertation.core.process.Fixture.YOUTH;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Role;
import org.concertation.api.event.Event;
import org.concertation.api.store.ConcurrencyConflictException;
import org.concertation.api.store.EventStore;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.Charters;
import org.concertation.core.store.InMemoryEventStore;
import org.concertation.core.store.ObservedEventStore;
import org.junit.jupiter.api.Test;

// the factory of streams that start without ProcessOpened, deprecated, must keep working
@SuppressWarnings("deprecation")
class ProcessServiceTest {
  private static final Charter CHARTER = Charters.projectLogic();
  private final Fixture f = new Fixture();

  /** Commands that bring a process into diagnosis. */
  private List<Command> setUp() {
    Run run = f.inDiagnosis(CHARTER);
    return run.commands();
  }

  @Test
  void appendsTheEventsOfAnAcceptedCommandAtTheNextVersion() {
    InMemoryEventStore<Event> store = InMemoryEventStore.create();
    ProcessService service = ProcessService.of(store, stream -> CHARTER);
    List<Command> commands = setUp();
    for (Command command : commands) {
      assertThat(service.handle("square", command)).isInstanceOf(Result.Accepted.class);
    }
    assertThat(store.version("square")).isEqualTo(commands.size());
    assertThat(service.state("square")).isEqualTo(new Fixture().inDiagnosis(CHARTER).state());
  }

  @Test
  void appendsNothingForARejectedCommand() {
    InMemoryEventStore<Event> store = InMemoryEventStore.create();
    ProcessService service = ProcessService.of(store, stream -> CHARTER);
    Result<Event> result = service.handle("square", f.advance(INES));
    assertThat(result).isInstanceOf(Result.Rejected.class);
    assertThat(store.version("square")).isZero();
  }

  @Test
  void listenersOfAnObservedStoreHearWhatTheServiceAppends() {
    ObservedEventStore<Event> store = ObservedEventStore.of(InMemoryEventStore.create());
    List<Event> heard = new ArrayList<>();
    store.subscribe((stream, events) -> events.forEach(e -> heard.add(e.event())));
    ProcessService service = ProcessService.of(store, stream -> CHARTER);
    setUp().forEach(command -> service.handle("square", command));
    assertThat(heard).isEqualTo(store.read("square").stream().map(StoredEvent::event).toList());
  }

  @Test
  void aLoadedStreamIsReadOnlyAfterTheVersionTheServiceSaw() {
    InMemoryEventStore<Event> store = InMemoryEventStore.create();
    ProcessService writer = ProcessService.of(store, stream -> CHARTER);
    setUp().forEach(command -> writer.handle("square", command));
    long written = store.version("square");
    List<Long> readFrom = new ArrayList<>();
    List<Integer> readEvents = new ArrayList<>();
    EventStore<Event> counting =
        new EventStore<>() {
          @Override
          public long append(String stream, long expectedVersion, List<? extends Event> events) {
            return store.append(stream, expectedVersion, events);
          }

          @Override
          public ImmutableList<StoredEvent<Event>> read(String stream) {
            return read(stream, 0);
          }

          @Override
          public ImmutableList<StoredEvent<Event>> read(String stream, long afterVersion) {
            ImmutableList<StoredEvent<Event>> events = store.read(stream, afterVersion);
            readFrom.add(afterVersion);
            readEvents.add(events.size());
            return events;
          }

          @Override
          public long version(String stream) {
            return store.version(stream);
          }
        };
    ProcessService service = ProcessService.of(counting, stream -> CHARTER);
    for (int i = 0; i < 5; i++) {
      assertThat(service.handle("square", f.contribute(INES, YOUTH)).isAccepted()).isTrue();
    }
    // another writer appends two contributions: the service reads those two, and no others
    assertThat(writer.handle("square", f.contribute(ASSO, YOUTH)).isAccepted()).isTrue();
    assertThat(writer.handle("square", f.contribute(ASSO, YOUTH)).isAccepted()).isTrue();
    assertThat(service.handle("square", f.contribute(INES, YOUTH)).isAccepted()).isTrue();
    // the stream is read whole once, when the service first sees it; then after each version
    assertThat(readFrom)
        .containsExactly(0L, written + 1, written + 2, written + 3, written + 4, written + 5);
    assertThat(readEvents).containsExactly((int) written, 0, 0, 0, 0, 2);
  }

  @Test
  void concurrentWritersOnOneStreamLoseNoEventAndDuplicateNone() throws Exception {
    InMemoryEventStore<Event> store = InMemoryEventStore.create();
    ProcessService service = ProcessService.of(store, stream -> CHARTER, 1_000);
    setUp().forEach(command -> service.handle("square", command));
    long before = store.version("square");
    Instant at = f.at();
    int threads = 4;
    int each = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < each; i++) {
                  Command command =
                      new Command.Contribute(
                          (thread % 2 == 0 ? INES : ASSO).id(),
                          at,
                          "note " + thread + "/" + i,
                          ImmutableSet.of(YOUTH));
                  assertThat(service.handle("square", command)).isInstanceOf(Result.Accepted.class);
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> future : done) {
      future.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    List<String> texts =
        store.read("square", before).stream()
            .map(s -> ((Event.ContributionMade) s.event()).text().orElseThrow())
            .toList();
    assertThat(texts).hasSize(threads * each).doesNotHaveDuplicates();
  }

  @Test
  void letsTheConflictThroughWhenEveryAttemptLosesTheRace() {
    InMemoryEventStore<Event> delegate = InMemoryEventStore.create();
    EventStore<Event> racing =
        new EventStore<>() {
          @Override
          public long append(String stream, long expectedVersion, List<? extends Event> events) {
            throw new ConcurrencyConflictException(stream, expectedVersion, expectedVersion + 1);
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
        };
    ProcessService service = ProcessService.of(racing, stream -> CHARTER, 2);
    assertThatThrownBy(() -> service.handle("square", f.register(OWNER, OWNER, Role.PROJECT_OWNER)))
        .isInstanceOf(ConcurrencyConflictException.class);
  }

  @Test
  void triesACommandAsManyTimesAsItsAttemptsThenLetsTheConflictThrough() {
    LosingStore store = new LosingStore(Integer.MAX_VALUE);
    ProcessService service = ProcessService.of(store, stream -> CHARTER, 3);

    assertThatThrownBy(() -> service.handle("square", f.register(OWNER, OWNER, Role.PROJECT_OWNER)))
        .isInstanceOf(ConcurrencyConflictException.class);
    assertThat(store.appends).isEqualTo(3);
  }

  @Test
  void aCommandThatLosesSomeRacesIsAppendedByALaterAttempt() {
    LosingStore store = new LosingStore(2);
    ProcessService service = ProcessService.of(store, stream -> CHARTER, 3);

    Result<Event> result = service.handle("square", f.register(OWNER, OWNER, Role.PROJECT_OWNER));

    assertThat(result).isInstanceOf(Result.Accepted.class);
    assertThat(store.appends).isEqualTo(3);
    assertThat(store.version("square")).isEqualTo(1);
  }

  @Test
  void byDefaultACommandIsTriedThreeTimes() {
    LosingStore store = new LosingStore(Integer.MAX_VALUE);
    ProcessService service = ProcessService.of(store, stream -> CHARTER);

    assertThatThrownBy(() -> service.handle("square", f.register(OWNER, OWNER, Role.PROJECT_OWNER)))
        .isInstanceOf(ConcurrencyConflictException.class);
    assertThat(store.appends).isEqualTo(3);
    assertThat(service.toString()).isEqualTo("ProcessService{" + store + ", 3 attempts}");
  }

  @Test
  void oneAttemptIsEnoughAndNoneIsRefused() {
    InMemoryEventStore<Event> store = InMemoryEventStore.create();

    assertThat(
            ProcessService.of(store, stream -> CHARTER, 1)
                .handle("square", f.register(OWNER, OWNER, Role.PROJECT_OWNER)))
        .isInstanceOf(Result.Accepted.class);
    assertThatThrownBy(() -> ProcessService.of(store, stream -> CHARTER, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid attempts 0: must be at least 1");
  }

  /** A store that loses the race on its first appends, then appends as an in-memory store. */
  private static final class LosingStore implements EventStore<Event> {
    private final InMemoryEventStore<Event> delegate = InMemoryEventStore.create();
    private final int losses;
    private int appends;

    LosingStore(int losses) {
      this.losses = losses;
    }

    @Override
    public long append(String stream, long expectedVersion, List<? extends Event> events) {
      appends++;
      if (appends <= losses) {
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

    @Override
    public String toString() {
      return "LosingStore{" + appends + " appends}";
    }
  }
}
