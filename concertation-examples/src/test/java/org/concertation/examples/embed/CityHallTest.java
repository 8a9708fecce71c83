package org.concertation.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.concertation.api.Result;
import org.concertation.api.command.Command;
import org.concertation.api.domain.DeadlineTarget;
import org.concertation.api.domain.Phase;
import org.concertation.api.event.Event;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.Due;
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
    int events = SAMPLES.stream().mapToInt(s -> expected(s).size()).sum();
    assertThat(hall.heard()).isEqualTo(events);
    assertThat(hall.board()).containsOnlyKeys("saint-aubin-project", "small-square");
    assertThat(hall.board().get("saint-aubin-project"))
        .startsWith("#" + (Demo.run(Logic.PROJECT).events().size() + 1) + " ProcessClosed");
    assertThat(hall.state("saint-aubin-project").phase()).isEqualTo(Phase.CLOSED);
    assertThat(JdbcEventStore.forEvents(CityHall.sqlite(dir.resolve("city.db"))).streams())
        .containsExactly("saint-aubin-project", "small-square");
  }

  @Test
  void aReopenedCityHallFindsItsProcessesWhereTheyWereWithoutBeingToldTheirCharters() {
    CityHall.open(dir.resolve("city.db")).drive(SAMPLES);
    CityHall reopened = CityHall.open(dir.resolve("city.db"));
    Scenario flagship = SAMPLES.get(0);
    ConcertationDecider decider = ConcertationDecider.create();
    assertThat(reopened.state(flagship.stream()))
        .isEqualTo(decider.fold(decider.initialState(flagship.charter()), expected(flagship)));
    assertThat(reopened.heard()).isZero();
  }

  @Test
  void everyProcessOpensItsStreamWithItsCharterAndTitle() {
    CityHall.open(dir.resolve("city.db")).drive(SAMPLES);
    for (Scenario sample : SAMPLES) {
      Event first = events(sample.stream()).get(0);
      assertThat(first).isInstanceOf(Event.ProcessOpened.class);
      assertThat(((Event.ProcessOpened) first).charter()).isEqualTo(sample.charter());
    }
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
      assertThat(events(sample.stream())).isEqualTo(expected(sample));
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
      assertThat(events(sample.stream())).as(sample.stream()).isEqualTo(expected(sample));
    }
    assertThat(events("saint-aubin-project")).hasSize(Demo.run(Logic.PROJECT).events().size() + 1);
  }

  /** The golden self-described process without its opening, up to its first round, open. */
  private static Scenario withARoundOpen() throws Exception {
    Scenario golden =
        Scenario.read(Path.of(CityHallTest.class.getResource("/golden/v3-scenario.json").toURI()));
    List<Step> steps = new ArrayList<>();
    for (Step step : golden.steps().subList(1, 9)) {
      steps.add(new Step(steps.size() + 1, step.place(), step.command()));
    }
    return new Scenario("Square", "square", golden.charter(), ImmutableList.copyOf(steps));
  }

  @Test
  void theSchedulerPostsWhatIsDueInEachProcess() throws Exception {
    Scenario square = withARoundOpen();
    Instant late = Instant.parse("2026-05-17T08:00:00Z");
    CityHall hall = CityHall.open(dir.resolve("city.db"), Clock.fixed(late, ZoneOffset.UTC));
    assertThat(hall.drive(List.of(square))).isZero();

    ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    try {
      hall.schedule(executor, Duration.ofHours(1));
      for (int i = 0; i < 200 && hall.reminders().isEmpty(); i++) {
        Thread.sleep(10);
      }
    } finally {
      executor.shutdownNow();
    }

    assertThat(hall.reminders())
        .containsExactly(
            Map.entry(
                "square",
                ImmutableList.of(
                    new Due.RoundToClose(1, Instant.parse("2026-05-16T08:00:00Z")),
                    new Due.DeadlineAhead(
                        DeadlineTarget.phase(Phase.NEGOTIATION),
                        Instant.parse("2026-06-13T08:00:00Z")))));
    assertThat(hall.due(Instant.parse("2026-05-10T08:00:00Z")).get("square"))
        .containsExactly(
            new Due.DeadlineAhead(DeadlineTarget.round(1), Instant.parse("2026-05-16T08:00:00Z")),
            new Due.DeadlineAhead(
                DeadlineTarget.phase(Phase.NEGOTIATION), Instant.parse("2026-06-13T08:00:00Z")));
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

  private List<Event> events(String stream) {
    return JdbcEventStore.forEvents(CityHall.sqlite(dir.resolve("city.db"))).read(stream).stream()
        .map(StoredEvent::event)
        .toList();
  }
}
