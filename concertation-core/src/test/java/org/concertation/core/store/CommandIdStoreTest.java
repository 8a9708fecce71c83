package org.concertation.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.concertation.api.store.CommandId;
import org.concertation.api.store.ConcurrencyConflictException;
import org.concertation.api.store.DuplicateCommandException;
import org.concertation.api.store.EventStore;
import org.concertation.api.store.StoredEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Command ids in the in-memory store: kept with their events, each applied once per stream. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class CommandIdStoreTest {
  private static final CommandId FIRST = CommandId.of("request-1");

  private final InMemoryEventStore<String> store = InMemoryEventStore.create();
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stopThreads() throws InterruptedException {
    threads.shutdownNow();
    assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void keepsTheEventsOfACommandUnderItsId() {
    store.append("s", 0, List.of("before"));
    assertThat(store.append("s", 1, FIRST, List.of("a", "b"))).isEqualTo(3);
    assertThat(store.readCommand("s", FIRST))
        .contains(ImmutableList.of(new StoredEvent<>("s", 2, "a"), new StoredEvent<>("s", 3, "b")));
    assertThat(store.readCommand("s", CommandId.of("other"))).isEmpty();
    assertThat(store.readCommand("none", FIRST)).isEmpty();
  }

  @Test
  void refusesASecondAppendOfOneIdEvenAtTheRightVersionAndWritesNothing() {
    store.append("s", 0, FIRST, List.of("a"));
    assertThatThrownBy(() -> store.append("s", 1, FIRST, List.of("a")))
        .isInstanceOf(DuplicateCommandException.class)
        .hasMessage("Command 'request-1' was already applied to stream 's'");
    assertThat(store.version("s")).isEqualTo(1);
  }

  @Test
  void oneIdMayBeAppliedOnceInEachStream() {
    store.append("s", 0, FIRST, List.of("a"));
    store.append("t", 0, FIRST, List.of("b"));
    assertThat(store.readCommand("t", FIRST))
        .contains(ImmutableList.of(new StoredEvent<>("t", 1, "b")));
  }

  @Test
  void aStaleVersionIsStillAConflictAndRecordsNoId() {
    store.append("s", 0, List.of("a"));
    assertThatThrownBy(() -> store.append("s", 0, FIRST, List.of("b")))
        .isInstanceOf(ConcurrencyConflictException.class);
    assertThat(store.readCommand("s", FIRST)).isEmpty();
  }

  @Test
  void threadsRacingOneIdApplyItExactlyOnce() throws Exception {
    for (int round = 0; round < 50; round++) {
      String stream = "race-" + round;
      CommandId id = CommandId.of("command-" + round);
      int writers = 8;
      AtomicInteger duplicates = new AtomicInteger();
      race(
          writers,
          () -> {
            for (int attempt = 0; ; attempt++) {
              try {
                long version = store.version(stream);
                store.append(stream, version, id, List.of("applied"));
                return true;
              } catch (DuplicateCommandException e) {
                duplicates.incrementAndGet();
                return false;
              } catch (ConcurrencyConflictException e) {
                // lost on the version: try again, and meet the id
              }
            }
          });
      assertThat(store.read(stream)).hasSize(1);
      assertThat(duplicates.get()).isEqualTo(writers - 1);
    }
  }

  @Test
  void anObservedStoreKeepsIdsThroughItsDelegateAndTellsOnlyTheFirstAppend() {
    ObservedEventStore<String> observed = ObservedEventStore.of(store);
    List<String> heard = new ArrayList<>();
    observed.subscribe((stream, events) -> events.forEach(e -> heard.add(e.event())));
    observed.append("s", 0, FIRST, List.of("a"));
    assertThatThrownBy(() -> observed.append("s", 1, FIRST, List.of("a")))
        .isInstanceOf(DuplicateCommandException.class);
    assertThat(heard).containsExactly("a");
    assertThat(observed.readCommand("s", FIRST))
        .contains(ImmutableList.of(new StoredEvent<>("s", 1, "a")));
  }

  @Test
  void aStoreThatKeepsNoIdsRefusesThemPlainly() {
    EventStore<String> plain =
        new EventStore<>() {
          @Override
          public long append(String stream, long expectedVersion, List<? extends String> events) {
            return store.append(stream, expectedVersion, events);
          }

          @Override
          public ImmutableList<StoredEvent<String>> read(String stream) {
            return store.read(stream);
          }

          @Override
          public ImmutableList<StoredEvent<String>> read(String stream, long afterVersion) {
            return store.read(stream, afterVersion);
          }

          @Override
          public long version(String stream) {
            return store.version(stream);
          }
        };
    assertThatThrownBy(() -> plain.append("s", 0, FIRST, List.of("a")))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("does not keep command ids");
    assertThat(store.version("s")).isZero();
  }

  private void race(int writers, Callable<Boolean> writer) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      results.add(
          threads.submit(
              () -> {
                start.await();
                return writer.call();
              }));
    }
    start.countDown();
    int applied = 0;
    for (Future<Boolean> result : results) {
      applied += result.get() ? 1 : 0;
    }
    assertThat(applied).as("writers that applied the command").isEqualTo(1);
  }
}
