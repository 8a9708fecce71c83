package org.concertation.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Role;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.process.ProcessService;
import org.concertation.core.process.ProcessState;
import org.concertation.core.process.SnapshotPolicy;
import org.concertation.core.store.jdbc.JdbcEventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's recipe for a host: a pool of connections, the store over it, a service that saves
 * snapshots, and a restart that starts from the latest one; on a SQLite file.
 */
class ReadmePoolTest {
  private static final int INTERVAL = 5;

  @TempDir Path dir;

  @Test
  void aPooledServiceSavesSnapshotsAndARestartStartsFromTheLatest() {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:sqlite:" + dir.resolve("city.db") + "?journal_mode=WAL");
    config.setMaximumPoolSize(4);
    Actor town = Actor.of("town-hall", "Town hall", ActorKind.INSTITUTION);
    ProcessState before;
    try (HikariDataSource pool = new HikariDataSource(config)) {
      JdbcEventStore<Event> store = JdbcEventStore.forEvents(pool);
      ProcessService processes =
          ProcessService.builder(store)
              .clock(Clock.systemUTC())
              .snapshots(store, SnapshotPolicy.everyEvents(INTERVAL))
              .build();
      accept(
          processes, at -> new Command.OpenProcess(town.id(), at, Charters.projectLogic(), "Sq"));
      accept(
          processes,
          at ->
              new Command.RegisterActor(town.id(), at, town, Role.PROJECT_OWNER, Optional.empty()));
      accept(processes, at -> new Command.AdvancePhase(town.id(), at));
      for (int i = 0; i < 8; i++) {
        accept(processes, at -> new Command.Contribute(town.id(), at, "a note", ImmutableSet.of()));
      }
      before = processes.state("square");
      assertThat(store.latestSnapshot("square").orElseThrow().version())
          .isEqualTo(before.version() / INTERVAL * INTERVAL);
    }
    try (HikariDataSource pool = new HikariDataSource(config)) {
      JdbcEventStore<Event> store = JdbcEventStore.forEvents(pool);
      ProcessService restarted =
          ProcessService.builder(store)
              .snapshots(store, SnapshotPolicy.everyEvents(INTERVAL))
              .build();

      assertThat(restarted.state("square")).isEqualTo(before);
    }
  }

  private static void accept(ProcessService processes, Function<Instant, Command> command) {
    assertThat(processes.handle("square", command).isAccepted()).isTrue();
  }
}
