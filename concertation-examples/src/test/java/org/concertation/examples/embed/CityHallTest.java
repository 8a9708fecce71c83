package org.concertation.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.concertation.api.Result;
import org.concertation.api.domain.Phase;
import org.concertation.api.event.Event;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.store.jdbc.JdbcEventStore;
import org.concertation.examples.demo.Demo;
import org.concertation.examples.demo.Logic;
import org.concertation.examples.scenario.Scenario;
import org.concertation.examples.scenario.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CityHallTest {
  @TempDir Path dir;

  private static final List<Scenario> SAMPLES =
      List.of(Scenario.sample("saint-aubin-project.json"), Scenario.sample("small-square.json"));

  @Test
  void drivesSeveralProcessesInOneDatabaseAndHearsEveryEvent() {
    CityHall hall = CityHall.open(dir.resolve("city.db"));
    assertThat(hall.drive(SAMPLES)).isZero();
    int events = SAMPLES.stream().mapToInt(s -> s.run().size()).sum();
    assertThat(hall.heard()).isEqualTo(events);
    assertThat(hall.board()).containsOnlyKeys("saint-aubin-project", "small-square");
    assertThat(hall.board().get("saint-aubin-project"))
        .startsWith("#" + Demo.run(Logic.PROJECT).events().size() + " ProcessClosed");
    assertThat(hall.state("saint-aubin-project").phase()).isEqualTo(Phase.CLOSED);
    assertThat(JdbcEventStore.forEvents(CityHall.sqlite(dir.resolve("city.db"))).streams())
        .containsExactly("saint-aubin-project", "small-square");
  }

  @Test
  void aReopenedCityHallFindsItsProcessesWhereTheyWere() {
    CityHall.open(dir.resolve("city.db")).drive(SAMPLES);
    CityHall reopened = CityHall.open(dir.resolve("city.db"));
    Scenario flagship = SAMPLES.get(0);
    reopened.openProcess(flagship.stream(), flagship.charter());
    ConcertationDecider decider = ConcertationDecider.create();
    assertThat(reopened.state(flagship.stream()))
        .isEqualTo(decider.fold(decider.initialState(flagship.charter()), flagship.run()));
    assertThat(reopened.heard()).isZero();
  }

  @Test
  void aRefusedCommandIsCountedAndAppendsNothing() {
    CityHall hall = CityHall.open(dir.resolve("city.db"));
    Scenario small = SAMPLES.get(1);
    hall.drive(List.of(small));
    long before = hall.heard();
    Step first = small.steps().get(0);
    Step again = new Step(small.steps().size() + 1, "again", first.command());
    assertThat(hall.handle(small.stream(), again)).isInstanceOf(Result.Rejected.class);
    assertThat(hall.heard()).isEqualTo(before);
  }

  @Test
  void drivingTheSameScenariosAgainAppliesNoCommandTwice() {
    CityHall hall = CityHall.open(dir.resolve("city.db"));
    hall.drive(SAMPLES);
    long before = hall.heard();
    assertThat(hall.drive(SAMPLES)).as("commands refused").isZero();
    assertThat(hall.heard()).isEqualTo(before);
    for (Scenario sample : SAMPLES) {
      assertThat(events(sample.stream())).isEqualTo(sample.run());
    }
  }

  @Test
  void twoCityHallsOnOneDatabaseEndWithEachSampleStreamsEventsExactlyOnce() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> refused = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        CityHall hall = CityHall.open(dir.resolve("city.db"));
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
    for (Scenario sample : SAMPLES) {
      assertThat(events(sample.stream())).as(sample.stream()).isEqualTo(sample.run());
    }
    assertThat(events("saint-aubin-project")).hasSize(Demo.run(Logic.PROJECT).events().size());
  }

  private List<Event> events(String stream) {
    return JdbcEventStore.forEvents(CityHall.sqlite(dir.resolve("city.db"))).read(stream).stream()
        .map(StoredEvent::event)
        .toList();
  }
}
