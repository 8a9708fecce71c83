package org.concertation.core.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Role;
import org.concertation.api.event.Event;
import org.concertation.api.store.CommandId;
import org.concertation.core.Charters;
import org.concertation.core.process.ProcessService;
import org.concertation.core.store.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's use of a database, as written there, on a SQLite file. */
class ReadmeEmbeddingTest {
  @TempDir Path dir;

  @Test
  void theReadmeKeepsAProcessInASqliteFile() {
    Charter charter = Charters.projectLogic();
    Actor townHall = Actor.of("town-hall", "Town hall", ActorKind.INSTITUTION);
    Command command =
        new Command.RegisterActor(
            townHall.id(),
            Instant.parse("2026-03-02T09:00:00Z"),
            townHall,
            Role.PROJECT_OWNER,
            Optional.empty());
    byte[] bytes = "the state".getBytes(StandardCharsets.UTF_8);
    String city = dir.resolve("city.db").toString();

    DataSource file =
        DriverDataSource.of("jdbc:sqlite:" + city + "?journal_mode=WAL&busy_timeout=30000");
    JdbcEventStore<Event> store = JdbcEventStore.forEvents(file);
    ProcessService processes = ProcessService.of(store, stream -> charter);
    Result<Event> result = processes.handle("square", CommandId.of("request-42"), command);
    ImmutableList<String> kept = store.streams();
    store.saveSnapshot("square", 1, "my-state/1", bytes);
    Optional<Snapshot> latest = store.latestSnapshot("square");

    assertThat(result).isInstanceOf(Result.Accepted.class);
    assertThat(kept).containsExactly("square");
    assertThat(latest.map(Snapshot::payload)).contains(bytes);
    assertThat(processes.handle("square", CommandId.of("request-42"), command).events())
        .as("the same request, answered with the events it caused")
        .isEqualTo(result.events());
    assertThat(store.version("square")).isEqualTo(1);
  }
}
