package org.concertation.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.concertation.api.domain.ActorId;
import org.concertation.api.event.Event;
import org.concertation.api.store.CommandId;
import org.concertation.api.store.ConcurrencyConflictException;
import org.concertation.api.store.DuplicateCommandException;
import org.concertation.api.store.EventStore;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.log.EventLog;
import org.concertation.core.log.VerifiedLog;
import org.concertation.core.process.ConcertationDecider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every event store of the library does, whatever keeps its events: a subclass says how to
 * open a store on fresh storage, and how to open it again on the same storage.
 *
 * @param <S> the store's type
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
public abstract class EventStoreContract<S extends EventStore<Event> & SnapshotStore> {
  private static final Logger LOG = LoggerFactory.getLogger(EventStoreContract.class);
  protected static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
  private static final CommandId ID = CommandId.of("request-1");

  /** Threads racing on one stream. */
  private static final int RACING_THREADS = 8;

  /** Events each racing thread appends, one per append. */
  private static final int EVENTS_PER_THREAD = 25;

  /** Command ids that every racing thread tries to apply. */
  private static final int SHARED_COMMANDS = 10;

  protected S store;

  /** Opens a store on fresh, empty storage; called before each test. */
  protected abstract S newStore() throws Exception;

  /** Opens the store again on the storage of the last {@link #newStore()}. */
  protected abstract S reopen() throws Exception;

  /** The streams of a store that hold events, in alphabetical order. */
  protected abstract ImmutableList<String> streams(S store);

  @BeforeEach
  void openStore() throws Exception {
    store = newStore();
  }

  protected static Event note(String text) {
    return new Event.ContributionMade(AT, ActorId.of("ines"), text, ImmutableSet.of());
  }

  private static String text(StoredEvent<Event> stored) {
    return ((Event.ContributionMade) stored.event()).text().orElseThrow();
  }

  protected static List<Long> versions(long count) {
    List<Long> versions = new ArrayList<>();
    for (long v = 1; v <= count; v++) {
      versions.add(v);
    }
    return versions;
  }

  @Test
  void readsBackWhatItAppendedInOrderWithVersions() {
    assertThat(store.append("a", 0, List.of(note("one"), note("two")))).isEqualTo(2);
    assertThat(store.append("a", 2, List.of(note("three")))).isEqualTo(3);
    assertThat(store.append("b", 0, List.of(note("other")))).isEqualTo(1);
    assertThat(store.read("a"))
        .containsExactly(
            new StoredEvent<>("a", 1, note("one")),
            new StoredEvent<>("a", 2, note("two")),
            new StoredEvent<>("a", 3, note("three")));
    assertThat(store.read("a", 2)).containsExactly(new StoredEvent<>("a", 3, note("three")));
    assertThat(store.read("a", 3)).isEmpty();
    assertThat(store.read("a", 99)).isEmpty();
    assertThat(store.version("a")).isEqualTo(3);
    assertThat(store.version("b")).isEqualTo(1);
    assertThat(store.version("none")).isZero();
    assertThat(store.read("none")).isEmpty();
  }

  @Test
  void refusesAStaleExpectedVersionWithTheActualOne() {
    store.append("a", 0, List.of(note("one"), note("two")));
    assertThatThrownBy(() -> store.append("a", 1, List.of(note("late"))))
        .isInstanceOf(ConcurrencyConflictException.class)
        .hasMessage(
            "Concurrency conflict on stream 'a': expected version 1 but it is at version 2");
    assertThatThrownBy(() -> store.append("a", 0, List.of(note("new"))))
        .isInstanceOfSatisfying(
            ConcurrencyConflictException.class,
            e -> {
              assertThat(e.expectedVersion()).isZero();
              assertThat(e.actualVersion()).isEqualTo(2);
            });
    assertThat(store.read("a")).extracting(EventStoreContract::text).containsExactly("one", "two");
  }

  @Test
  void refusesAnExpectedVersionBeyondTheStreamsEnd() {
    store.append("a", 0, List.of(note("one")));
    assertThatThrownBy(() -> store.append("a", 5, List.of(note("far"))))
        .isInstanceOf(ConcurrencyConflictException.class)
        .hasMessageContaining("expected version 5 but it is at version 1");
    assertThatThrownBy(() -> store.append("new", 2, List.of(note("far"))))
        .isInstanceOf(ConcurrencyConflictException.class)
        .hasMessageContaining("expected version 2 but it is at version 0");
    assertThat(store.version("a")).isEqualTo(1);
    assertThat(store.version("new")).isZero();
  }

  @Test
  void storesAllOrNoneOfAnAppend() {
    store.append("a", 0, List.of(note("one")));
    assertThatThrownBy(() -> store.append("a", 0, List.of(note("x"), note("y"), note("z"))))
        .isInstanceOf(ConcurrencyConflictException.class);
    assertThat(store.read("a")).extracting(StoredEvent::event).containsExactly(note("one"));
    assertThat(store.append("a", 1, List.of(note("x"), note("y")))).isEqualTo(3);
  }

  @Test
  void appendingNothingOnlyChecksTheVersion() {
    assertThat(store.append("a", 0, List.of())).isZero();
    assertThat(streams(store)).isEmpty();
    store.append("a", 0, List.of(note("one")));
    assertThat(store.append("a", 1, List.of())).isEqualTo(1);
    assertThatThrownBy(() -> store.append("a", 0, List.of()))
        .isInstanceOf(ConcurrencyConflictException.class);
    assertThat(store.read("a")).hasSize(1);
  }

  @Test
  void refusesBadArgumentsBeforeTouchingTheStore() {
    assertThatThrownBy(() -> store.append(" ", 0, List.of(note("x"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.append("a", -1, List.of(note("x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    List<Event> withNull = new ArrayList<>();
    withNull.add(note("x"));
    withNull.add(null);
    assertThatThrownBy(() -> store.append("a", 0, withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("event #1");
    assertThatThrownBy(() -> store.read("a", -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.version("")).isInstanceOf(IllegalArgumentException.class);
    assertThat(store.version("a")).isZero();
  }

  @Test
  void keepsACommandsEventsUnderItsIdAndRefusesItAgain() {
    store.append("a", 0, List.of(note("before")));
    assertThat(store.append("a", 1, ID, List.of(note("one"), note("two")))).isEqualTo(3);
    assertThat(store.readCommand("a", ID))
        .contains(
            ImmutableList.of(
                new StoredEvent<>("a", 2, note("one")), new StoredEvent<>("a", 3, note("two"))));
    assertThatThrownBy(() -> store.append("a", 3, ID, List.of(note("one"))))
        .isInstanceOfSatisfying(
            DuplicateCommandException.class,
            e -> {
              assertThat(e.stream()).isEqualTo("a");
              assertThat(e.command()).isEqualTo(ID);
            });
    // the id is checked before the version: a stale retry learns that it was applied
    assertThatThrownBy(() -> store.append("a", 1, ID, List.of(note("one"))))
        .isInstanceOf(DuplicateCommandException.class);
    assertThat(store.version("a")).isEqualTo(3);
    assertThat(store.readCommand("a", CommandId.of("other"))).isEmpty();
    assertThat(store.readCommand("b", ID)).isEmpty();
    assertThat(store.append("b", 0, ID, List.of(note("elsewhere")))).isEqualTo(1);
  }

  @Test
  void aConflictOnTheVersionRecordsNoId() {
    store.append("a", 0, List.of(note("one")));
    assertThatThrownBy(() -> store.append("a", 0, ID, List.of(note("two"))))
        .isInstanceOf(ConcurrencyConflictException.class);
    assertThat(store.readCommand("a", ID)).isEmpty();
    assertThat(store.append("a", 1, ID, List.of(note("two")))).isEqualTo(2);
  }

  @Test
  void aCommandThatCausedNoEventsIsRecordedAlone() {
    store.append("a", 0, List.of(note("one")));
    assertThat(store.append("a", 1, ID, List.of())).isEqualTo(1);
    assertThat(store.readCommand("a", ID)).contains(ImmutableList.of());
    assertThatThrownBy(() -> store.append("a", 1, ID, List.of(note("two"))))
        .isInstanceOf(DuplicateCommandException.class);
    assertThatThrownBy(() -> store.append("a", 0, CommandId.of("stale"), List.of()))
        .isInstanceOf(ConcurrencyConflictException.class);
    assertThat(store.readCommand("a", CommandId.of("stale"))).isEmpty();
  }

  @Test
  void listsTheStreamsThatHoldEventsInAlphabeticalOrder() {
    assertThat(streams(store)).isEmpty();
    store.append("square", 0, List.of(note("one")));
    store.append("Library", 0, List.of(note("two")));
    store.append("avenue", 0, List.of(note("three")));
    store.append("empty", 0, List.of());
    assertThat(streams(store)).containsExactly("Library", "avenue", "square");
  }

  @Test
  void keepsTheLatestSnapshotOfEachStream() {
    store.append("a", 0, List.of(note("one"), note("two"), note("three")));
    assertThat(store.latestSnapshot("a")).isEmpty();
    byte[] everyByte = new byte[256];
    for (int b = 0; b < everyByte.length; b++) {
      everyByte[b] = (byte) b;
    }
    assertThat(store.saveSnapshot("a", 2, "test/1", everyByte)).isTrue();
    assertThat(store.latestSnapshot("a")).contains(Snapshot.of("a", 2, "test/1", everyByte));
    assertThat(store.saveSnapshot("a", 1, "test/1", new byte[] {1})).as("an older one").isFalse();
    assertThat(store.latestSnapshot("a").map(Snapshot::version)).contains(2L);
    assertThat(store.saveSnapshot("a", 2, "test/2", new byte[] {2})).as("same version").isTrue();
    assertThat(store.latestSnapshot("a")).contains(Snapshot.of("a", 2, "test/2", new byte[] {2}));
    assertThat(store.saveSnapshot("a", 3, "test/2", new byte[0])).isTrue();
    assertThat(store.latestSnapshot("a")).contains(Snapshot.of("a", 3, "test/2", new byte[0]));
    assertThat(store.latestSnapshot("b")).isEmpty();
  }

  @Test
  void refusesASnapshotBeyondTheStreamsVersion() {
    store.append("a", 0, List.of(note("one")));
    assertThatThrownBy(() -> store.saveSnapshot("a", 2, "test/1", new byte[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid snapshot version 2 of stream 'a': the stream is at version 1");
    assertThatThrownBy(() -> store.saveSnapshot("none", 1, "test/1", new byte[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.saveSnapshot("a", 0, "test/1", new byte[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.saveSnapshot("a", 1, " test", new byte[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.latestSnapshot("a")).isEmpty();
  }

  @Test
  void aReopenedStoreReplaysEveryGoldenLogToTheSameState() throws Exception {
    List<Golden> logs = goldenLogs();
    assertThat(logs).hasSizeGreaterThanOrEqualTo(2);
    for (Golden golden : logs) {
      store.append(golden.stream(), 0, golden.log().events());
    }
    String first = logs.get(0).stream();
    store.saveSnapshot(first, 1, "test/1", new byte[] {7});
    S reopened = reopen();
    ConcertationDecider decider = ConcertationDecider.create();
    for (Golden golden : logs) {
      VerifiedLog log = golden.log();
      List<Event> events = reopened.read(golden.stream()).stream().map(StoredEvent::event).toList();
      assertThat(events).as(golden.stream()).isEqualTo(log.events());
      assertThat(decider.fold(decider.initialState(log.charter()), events))
          .as(golden.stream())
          .isEqualTo(log.state());
      assertThat(reopened.version(golden.stream())).isEqualTo(log.events().size());
    }
    assertThat(streams(reopened))
        .containsExactlyElementsOf(logs.stream().map(Golden::stream).sorted().toList());
    assertThat(reopened.latestSnapshot(first).map(Snapshot::version)).contains(1L);
  }

  /** A golden event log of the JSON mapping, in a stream named after its file. */
  private record Golden(String stream, VerifiedLog log) {}

  /** The golden event logs of the JSON mapping: together they hold every type of event. */
  private static List<Golden> goldenLogs() throws Exception {
    URL url = EventLog.class.getResource("/org/concertation/core/json/golden");
    Path dir = Path.of(Objects.requireNonNull(url, "the golden files").toURI());
    EventLog reader = EventLog.create();
    List<Golden> logs = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
        String name = file.getFileName().toString();
        logs.add(
            new Golden(name.substring(0, name.length() - ".jsonl".length()), reader.read(file)));
      }
    }
    return logs;
  }

  @Test
  void threadsRacingOnOneStreamLoseNoEventAndDuplicateNone() throws Exception {
    AtomicInteger conflicts = new AtomicInteger();
    AtomicInteger duplicates = new AtomicInteger();
    AtomicInteger sharedApplied = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(RACING_THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    long began = System.nanoTime();
    try {
      for (int t = 0; t < RACING_THREADS; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < EVENTS_PER_THREAD; i++) {
                    CommandId id = CommandId.of("writer-" + thread + "-" + i);
                    appendOnce(id, note("writer " + thread + " note " + i), conflicts, duplicates);
                    if (i < SHARED_COMMANDS
                        && appendOnce(
                            CommandId.of("shared-" + i),
                            note("shared " + i),
                            conflicts,
                            duplicates)) {
                      sharedApplied.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    long millis = (System.nanoTime() - began) / 1_000_000;
    LOG.info(
        "{}: {} threads appended {} events to one stream in {} ms, {} conflicts retried",
        getClass().getSimpleName(),
        RACING_THREADS,
        RACING_THREADS * EVENTS_PER_THREAD + SHARED_COMMANDS,
        millis,
        conflicts.get());
    int expected = RACING_THREADS * EVENTS_PER_THREAD + SHARED_COMMANDS;
    List<StoredEvent<Event>> stored = reopen().read("square");
    assertThat(stored)
        .extracting(StoredEvent::version)
        .containsExactlyElementsOf(versions(expected));
    assertThat(stored).extracting(EventStoreContract::text).doesNotHaveDuplicates();
    assertThat(sharedApplied.get()).as("shared commands applied").isEqualTo(SHARED_COMMANDS);
    assertThat(duplicates.get())
        .as("shared commands refused as duplicates")
        .isEqualTo(SHARED_COMMANDS * (RACING_THREADS - 1));
    for (int i = 0; i < SHARED_COMMANDS; i++) {
      assertThat(store.readCommand("square", CommandId.of("shared-" + i)).orElseThrow())
          .extracting(EventStoreContract::text)
          .containsExactly("shared " + i);
    }
  }

  /** Appends one command's event, retrying lost races; false if the command was applied before. */
  private boolean appendOnce(
      CommandId id, Event event, AtomicInteger conflicts, AtomicInteger duplicates) {
    while (true) {
      try {
        store.append("square", store.version("square"), id, List.of(event));
        return true;
      } catch (ConcurrencyConflictException e) {
        conflicts.incrementAndGet();
      } catch (DuplicateCommandException e) {
        duplicates.incrementAndGet();
        return false;
      }
    }
  }
}
