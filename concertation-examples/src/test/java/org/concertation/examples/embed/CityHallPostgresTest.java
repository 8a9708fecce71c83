package org.concertation.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Phase;
import org.concertation.api.event.Event;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.store.jdbc.JdbcEventStore;
import org.concertation.examples.scenario.Scenario;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The city hall on the host's PostgreSQL: a real one, started for this class. */
class CityHallPostgresTest {
  private static final List<Scenario> SAMPLES =
      List.of(Scenario.sample("saint-aubin-project.json"), Scenario.sample("small-square.json"));

  private static @Nullable EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() {
    try {
      postgres = EmbeddedPostgres.builder().start();
    } catch (IOException | RuntimeException e) {
      Assumptions.abort("PostgreSQL could not start here, its tests are skipped: " + e);
    }
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    if (postgres != null) {
      postgres.close();
    }
  }

  private static DataSource database() {
    return Objects.requireNonNull(postgres, "PostgreSQL started").getPostgresDatabase();
  }

  @Test
  void twoCityHallsOnOnePostgresqlEndWithEachSampleStreamsEventsExactlyOnce() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> refused = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        CityHall hall = CityHall.open(database());
        refused.add(
            threads.submit(
                () -> {
                  start.await();
                  return hall.drive(SAMPLES);
                }));
      }
      start.countDown();
      for (Future<Integer> count : refused) {
        assertThat(count.get(2, TimeUnit.MINUTES)).as("commands refused").isZero();
      }
    } finally {
      threads.shutdownNow();
    }
    JdbcEventStore<Event> store = JdbcEventStore.forEvents(database());
    for (Scenario sample : SAMPLES) {
      assertThat(store.read(sample.stream()).stream().map(StoredEvent::event).toList())
          .as(sample.stream())
          .isEqualTo(expected(sample));
    }
    assertThat(store.streams()).containsExactly("saint-aubin-project", "small-square");
    CityHall reopened = CityHall.open(database());
    Scenario flagship = SAMPLES.get(0);
    assertThat(reopened.state(flagship.stream()).phase()).isEqualTo(Phase.CLOSED);
  }

  /** The events a city hall writes for a scenario: its opening, then the scenario's. */
  private static List<Event> expected(Scenario scenario) {
    Command.OpenProcess opening = CityHall.opening(scenario);
    List<Event> events = new ArrayList<>();
    events.add(
        new Event.ProcessOpened(opening.at(), opening.by(), opening.charter(), opening.title()));
    events.addAll(scenario.run());
    return events;
  }
}
