package org.concertation.examples.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
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
import org.concertation.api.domain.ActorId;
import org.concertation.api.event.Event;
import org.concertation.api.store.CommandId;
import org.concertation.api.store.ConcurrencyConflictException;
import org.concertation.api.store.DuplicateCommandException;
import org.concertation.api.store.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Command ids in SQLite: kept in the append's transaction, unique per stream by the database. */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class SqliteCommandIdTest {
  private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
  private static final CommandId ID = CommandId.of("request-1");

  @TempDir Path dir;

  private static Event note(String text) {
    return new Event.ContributionMade(AT, ActorId.of("ines"), text, ImmutableSet.of());
  }

  @Test
  void keepsACommandsEventsUnderItsIdAndRefusesItAgain() {
    SqliteEventStore store = SqliteEventStore.open(dir.resolve("events.db"));
    store.append("a", 0, List.of(note("before")));
    assertThat(store.append("a", 1, ID, List.of(note("one"), note("two")))).isEqualTo(3);
    assertThat(store.readCommand("a", ID))
        .contains(
            ImmutableList.of(
                new StoredEvent<>("a", 2, note("one")), new StoredEvent<>("a", 3, note("two"))));
    assertThatThrownBy(() -> store.append("a", 3, ID, List.of(note("one"))))
        .isInstanceOf(DuplicateCommandException.class);
    assertThat(store.version("a")).isEqualTo(3);
    assertThat(store.readCommand("a", CommandId.of("other"))).isEmpty();
    assertThat(store.append("b", 0, ID, List.of(note("elsewhere")))).isEqualTo(1);
  }

  @Test
  void aConflictOnTheVersionRecordsNoId() {
    SqliteEventStore store = SqliteEventStore.open(dir.resolve("events.db"));
    store.append("a", 0, List.of(note("one")));
    assertThatThrownBy(() -> store.append("a", 0, ID, List.of(note("two"))))
        .isInstanceOf(ConcurrencyConflictException.class);
    assertThat(store.readCommand("a", ID)).isEmpty();
  }

  @Test
  void theDatabaseRefusesASecondRowForOneStreamAndCommandId() throws SQLException {
    Path file = dir.resolve("events.db");
    SqliteEventStore.open(file).append("a", 0, ID, List.of(note("one")));
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(
              () -> statement.executeUpdate("INSERT INTO commands VALUES ('a', 'request-1', 2, 1)"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("UNIQUE constraint failed");
    }
  }

  @Test
  void writersOnTwoConnectionsRacingOneIdApplyItExactlyOnce() throws Exception {
    Path file = dir.resolve("events.db");
    List<SqliteEventStore> stores =
        List.of(SqliteEventStore.open(file), SqliteEventStore.open(file));
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 10; round++) {
        String stream = "race-" + round;
        CommandId id = CommandId.of("command-" + round);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          SqliteEventStore store = stores.get(i % 2);
          results.add(
              threads.submit(
                  () -> {
                    start.await();
                    while (true) {
                      try {
                        store.append(stream, store.version(stream), id, List.of(note("once")));
                        return true;
                      } catch (DuplicateCommandException e) {
                        return false;
                      } catch (ConcurrencyConflictException e) {
                        // lost on the version: try again, and meet the id
                      }
                    }
                  }));
        }
        start.countDown();
        int applied = 0;
        for (Future<Boolean> result : results) {
          applied += result.get() ? 1 : 0;
        }
        assertThat(applied).as("round %s", round).isEqualTo(1);
        assertThat(stores.get(0).read(stream)).hasSize(1);
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
