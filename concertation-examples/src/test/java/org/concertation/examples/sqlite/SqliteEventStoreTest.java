package org.concertation.examples.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.concertation.api.domain.ActorId;
import org.concertation.api.event.Event;
import org.concertation.api.store.ConcurrencyConflictException;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.Charters;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;
import org.concertation.examples.demo.Demo;
import org.concertation.examples.demo.DemoRun;
import org.concertation.examples.demo.Logic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class SqliteEventStoreTest {
  private static final Logger LOG = LoggerFactory.getLogger(SqliteEventStoreTest.class);
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

  @TempDir Path dir;

  private static Event note(String text) {
    return new Event.ContributionMade(AT, ActorId.of("ines"), text, ImmutableSet.of());
  }

  @Test
  void readsBackWhatItAppendedInOrderWithVersions() {
    SqliteEventStore store = SqliteEventStore.open(dir.resolve("events.db"));
    assertThat(store.append("a", 0, List.of(note("one"), note("two")))).isEqualTo(2);
    assertThat(store.append("a", 2, List.of(note("three")))).isEqualTo(3);
    assertThat(store.append("b", 0, List.of(note("other")))).isEqualTo(1);
    assertThat(store.read("a"))
        .containsExactly(
            new StoredEvent<>("a", 1, note("one")),
            new StoredEvent<>("a", 2, note("two")),
            new StoredEvent<>("a", 3, note("three")));
    assertThat(store.read("a", 2)).extracting(StoredEvent::version).containsExactly(3L);
    assertThat(store.version("a")).isEqualTo(3);
    assertThat(store.version("none")).isZero();
    assertThat(store.streams()).containsExactly("a", "b");
  }

  @Test
  void refusesAStaleExpectedVersionWithTheActualOne() {
    SqliteEventStore store = SqliteEventStore.open(dir.resolve("events.db"));
    store.append("a", 0, List.of(note("one"), note("two")));
    assertThatThrownBy(() -> store.append("a", 1, List.of(note("late"))))
        .isInstanceOf(ConcurrencyConflictException.class)
        .hasMessage(
            "Concurrency conflict on stream 'a': expected version 1 but it is at version 2");
    assertThat(store.read("a")).hasSize(2);
  }

  @Test
  void refusesAnExpectedVersionBeyondTheStreamsEnd() {
    SqliteEventStore store = SqliteEventStore.open(dir.resolve("events.db"));
    store.append("a", 0, List.of(note("one")));
    assertThatThrownBy(() -> store.append("a", 5, List.of(note("far"))))
        .isInstanceOf(ConcurrencyConflictException.class)
        .hasMessageContaining("expected version 5 but it is at version 1");
  }

  @Test
  void storesAllOrNoneOfAnAppend() {
    SqliteEventStore store = SqliteEventStore.open(dir.resolve("events.db"));
    store.append("a", 0, List.of(note("one")));
    assertThatThrownBy(() -> store.append("a", 0, List.of(note("x"), note("y"), note("z"))))
        .isInstanceOf(ConcurrencyConflictException.class);
    assertThat(store.read("a")).extracting(StoredEvent::event).containsExactly(note("one"));
  }

  @Test
  void theDatabaseRefusesASecondEventAtTheSameStreamAndVersion() throws SQLException {
    Path file = dir.resolve("events.db");
    SqliteEventStore.open(file).append("a", 0, List.of(note("one")));
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO events VALUES ('a', 1, '{}')"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("UNIQUE constraint failed");
    }
  }

  @Test
  void concurrentWritersInThreadsLoseNoEventAndDuplicateNone() throws Exception {
    Path file = dir.resolve("events.db");
    SqliteEventStore.open(file);
    int threads = 4;
    int each = 50;
    AtomicInteger conflicts = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    long began = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      done.add(
          pool.submit(
              () -> {
                SqliteEventStore store = SqliteEventStore.open(file);
                start.await();
                for (int i = 0; i < each; i++) {
                  Event event = note("writer " + thread + " note " + i);
                  while (true) {
                    long version = store.version("square");
                    try {
                      store.append("square", version, List.of(event));
                      break;
                    } catch (ConcurrencyConflictException e) {
                      conflicts.incrementAndGet();
                    }
                  }
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> future : done) {
      future.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    long millis = (System.nanoTime() - began) / 1_000_000;
    LOG.info(
        "{} threads appended {} events to one stream of a SQLite file in {} ms, {} conflicts"
            + " retried",
        threads,
        threads * each,
        millis,
        conflicts.get());
    List<StoredEvent<Event>> stored = SqliteEventStore.open(file).read("square");
    assertThat(stored)
        .extracting(StoredEvent::version)
        .containsExactlyElementsOf(versions(threads * each));
    assertThat(stored)
        .extracting(s -> ((Event.ContributionMade) s.event()).text())
        .doesNotHaveDuplicates()
        .hasSize(threads * each);
  }

  private static List<Long> versions(int count) {
    List<Long> versions = new ArrayList<>();
    for (long v = 1; v <= count; v++) {
      versions.add(v);
    }
    return versions;
  }

  @Test
  void aReopenedFileReplaysTheFlagshipProcessToTheSameState() {
    Path file = dir.resolve("events.db");
    DemoRun run = Demo.run(Logic.PROJECT);
    SqliteEventStore.open(file).append("saint-aubin", 0, run.events());
    SqliteEventStore reopened = SqliteEventStore.open(file);
    List<Event> events = reopened.read("saint-aubin").stream().map(StoredEvent::event).toList();
    assertThat(events).isEqualTo(run.events());
    ConcertationDecider decider = ConcertationDecider.create();
    ProcessState state = decider.fold(decider.initialState(Charters.projectLogic()), events);
    assertThat(state).isEqualTo(run.state());
  }
}
