package org.concertation.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.concertation.api.store.ConcurrencyConflictException;
import org.concertation.api.store.StoredEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Real threads on one {@link InMemoryEventStore}: no event lost or duplicated, versions gap-free.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class InMemoryEventStoreConcurrencyTest {
  /** An event that says who wrote it: writer, its own count, and the batch it came in. */
  private record Written(int writer, int sequence, int batch, int batchSize) {}

  private final InMemoryEventStore<Written> store = InMemoryEventStore.create();
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stopThreads() throws InterruptedException {
    threads.shutdownNow();
    assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void eightWritersRetryingOnConflictsLoseAndDuplicateNoEvent() throws Exception {
    int writers = 8;
    int appends = 500;
    AtomicInteger conflicts = new AtomicInteger();

    List<Integer> attempts =
        runTogether(
            writers,
            writer -> {
              int tries = 0;
              for (int sequence = 0; sequence < appends; sequence++) {
                tries +=
                    appendWithRetries(
                        "shared", List.of(new Written(writer, sequence, sequence, 1)), conflicts);
              }
              return tries;
            });

    ImmutableList<StoredEvent<Written>> events = store.read("shared");
    assertGapFree(events, "shared");
    assertThat(events).hasSize(writers * appends);
    assertEveryWriterCompleteAndInOrder(events, writers, appends);
    assertThat(attempts.stream().mapToInt(Integer::intValue).sum())
        .as("every attempt either appended or met a conflict")
        .isEqualTo(writers * appends + conflicts.get());
  }

  @Test
  void writersOnSeveralStreamsEachKeepTheirStreamWhole() throws Exception {
    int streams = 4;
    int writersPerStream = 4;
    int appends = 250;
    AtomicInteger conflicts = new AtomicInteger();

    runTogether(
        streams * writersPerStream,
        writer -> {
          String stream = "process-" + writer % streams;
          SplittableRandom random = new SplittableRandom(writer);
          int sequence = 0;
          for (int batch = 0; batch < appends; batch++) {
            int size = random.nextInt(1, 4);
            List<Written> events = new ArrayList<>();
            for (int i = 0; i < size; i++) {
              events.add(new Written(writer, sequence++, batch, size));
            }
            appendWithRetries(stream, events, conflicts);
          }
          return sequence;
        });

    for (int s = 0; s < streams; s++) {
      String stream = "process-" + s;
      ImmutableList<StoredEvent<Written>> events = store.read(stream);
      assertGapFree(events, stream);
      assertBatchesWhole(events);
      Set<Integer> writersSeen = new HashSet<>();
      events.forEach(stored -> writersSeen.add(stored.event().writer()));
      assertThat(writersSeen).allMatch(writer -> writer % streams == stream.charAt(8) - '0');
      assertThat(writersSeen).hasSize(writersPerStream);
      Map<Integer, Integer> lastSequence = new HashMap<>();
      for (StoredEvent<Written> stored : events) {
        Written event = stored.event();
        int expected = lastSequence.getOrDefault(event.writer(), -1) + 1;
        assertThat(event.sequence())
            .as("next event of writer %s", event.writer())
            .isEqualTo(expected);
        lastSequence.put(event.writer(), event.sequence());
      }
    }
  }

  @Test
  void ofManyWritersRacingForTheSameVersionExactlyOneWins() throws Exception {
    int writers = 16;
    for (int round = 0; round < 100; round++) {
      long expected = store.version("race");
      int thisRound = round;
      List<Integer> wins =
          runTogether(
              writers,
              writer -> {
                try {
                  store.append(
                      "race", expected, List.of(new Written(writer, thisRound, thisRound, 1)));
                  return 1;
                } catch (ConcurrencyConflictException conflict) {
                  assertThat(conflict.stream()).isEqualTo("race");
                  assertThat(conflict.expectedVersion()).isEqualTo(expected);
                  assertThat(conflict.actualVersion()).isEqualTo(expected + 1);
                  return 0;
                }
              });
      assertThat(wins.stream().mapToInt(Integer::intValue).sum())
          .as("winners of round %s", round)
          .isEqualTo(1);
      assertThat(store.version("race")).isEqualTo(expected + 1);
    }
    assertGapFree(store.read("race"), "race");
  }

  @Test
  void readersDuringAppendsSeeOnlyWholeBatchesWithoutGaps() throws Exception {
    int writers = 4;
    int readers = 4;
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger conflicts = new AtomicInteger();
    AtomicInteger writersLeft = new AtomicInteger(writers);

    List<Integer> results =
        runTogether(
            writers + readers,
            thread -> {
              if (thread < writers) {
                try {
                  for (int batch = 0; batch < 300; batch++) {
                    int size = 1 + (batch + thread) % 3;
                    List<Written> events = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                      events.add(new Written(thread, batch * 3 + i, batch, size));
                    }
                    appendWithRetries("watched", events, conflicts);
                  }
                  return 0;
                } finally {
                  if (writersLeft.decrementAndGet() == 0) {
                    writing.set(false);
                  }
                }
              }
              int snapshots = 0;
              long lastSeen = 0;
              while (writing.get() || snapshots == 0) {
                ImmutableList<StoredEvent<Written>> snapshot = store.read("watched");
                assertGapFree(snapshot, "watched");
                assertBatchesWhole(snapshot);
                assertThat((long) snapshot.size()).isGreaterThanOrEqualTo(lastSeen);
                ImmutableList<StoredEvent<Written>> tail = store.read("watched", snapshot.size());
                if (!tail.isEmpty()) {
                  assertThat(tail.get(0).version()).isEqualTo(snapshot.size() + 1L);
                }
                lastSeen = snapshot.size();
                snapshots++;
              }
              return snapshots;
            });

    assertThat(results.subList(writers, writers + readers)).allMatch(snapshots -> snapshots > 0);
    assertGapFree(store.read("watched"), "watched");
  }

  /**
   * Reads the version, appends, and on a conflict reads again and retries; returns the attempts.
   */
  private int appendWithRetries(String stream, List<Written> events, AtomicInteger conflicts) {
    int attempts = 0;
    while (true) {
      long version = store.version(stream);
      attempts++;
      try {
        long newVersion = store.append(stream, version, events);
        assertThat(newVersion).isEqualTo(version + events.size());
        return attempts;
      } catch (ConcurrencyConflictException conflict) {
        assertThat(conflict.stream()).isEqualTo(stream);
        assertThat(conflict.expectedVersion()).isEqualTo(version);
        assertThat(conflict.actualVersion()).isGreaterThan(version);
        conflicts.incrementAndGet();
      }
    }
  }

  /** Runs a task on as many threads, released together; returns their results in order. */
  private List<Integer> runTogether(int count, Task task) throws Exception {
    CountDownLatch ready = new CountDownLatch(count);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Integer>> futures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int index = i;
      Callable<Integer> callable =
          () -> {
            ready.countDown();
            go.await();
            return task.run(index);
          };
      futures.add(threads.submit(callable));
    }
    assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
    go.countDown();
    List<Integer> results = new ArrayList<>();
    for (Future<Integer> future : futures) {
      results.add(future.get(90, TimeUnit.SECONDS));
    }
    return results;
  }

  @FunctionalInterface
  private interface Task {
    int run(int index) throws Exception;
  }

  private static void assertGapFree(List<StoredEvent<Written>> events, String stream) {
    for (int i = 0; i < events.size(); i++) {
      StoredEvent<Written> stored = events.get(i);
      assertThat(stored.version()).as("version at index %s", i).isEqualTo(i + 1L);
      assertThat(stored.stream()).isEqualTo(stream);
    }
  }

  private static void assertEveryWriterCompleteAndInOrder(
      List<StoredEvent<Written>> events, int writers, int appends) {
    Set<Written> distinct = new HashSet<>();
    int[] next = new int[writers];
    for (StoredEvent<Written> stored : events) {
      Written event = stored.event();
      assertThat(distinct.add(event)).as("%s stored once", event).isTrue();
      assertThat(event.sequence())
          .as("next event of writer %s", event.writer())
          .isEqualTo(next[event.writer()]);
      next[event.writer()]++;
    }
    for (int writer = 0; writer < writers; writer++) {
      assertThat(next[writer]).as("events of writer %s", writer).isEqualTo(appends);
    }
  }

  /** The events of one append sit next to each other, in order, and no batch is cut. */
  private static void assertBatchesWhole(List<StoredEvent<Written>> events) {
    int i = 0;
    while (i < events.size()) {
      Written first = events.get(i).event();
      assertThat(i + first.batchSize())
          .as("batch at version %s complete", i + 1)
          .isLessThanOrEqualTo(events.size());
      for (int j = 0; j < first.batchSize(); j++) {
        Written member = events.get(i + j).event();
        assertThat(member.writer()).isEqualTo(first.writer());
        assertThat(member.batch()).isEqualTo(first.batch());
        assertThat(member.sequence()).isEqualTo(first.sequence() + j);
      }
      i += first.batchSize();
    }
  }
}
