package org.concertation.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.concertation.api.domain.Phase;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.examples.demo.Demo;
import org.concertation.examples.demo.Logic;
import org.concertation.examples.scenario.Scenario;
import org.concertation.examples.sqlite.SqliteEventStore;
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
    assertThat(SqliteEventStore.open(dir.resolve("city.db")).streams())
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
    assertThat(hall.drive(List.of(small))).isPositive();
    assertThat(hall.heard()).isEqualTo(before);
  }
}
