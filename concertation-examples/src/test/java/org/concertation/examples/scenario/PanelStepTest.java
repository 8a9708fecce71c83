package org.concertation.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.concertation.api.command.Command;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.event.Event;
import org.concertation.core.panel.Algorithm;
import org.concertation.core.panel.Draw;
import org.concertation.core.panel.Panels;
import org.concertation.core.panel.Pool;
import org.concertation.core.panel.Quota;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario's {@code drawPanel} step draws a college's members and becomes the process's commands:
 * the draw's record, then the members' registrations in the college.
 */
class PanelStepTest {
  private static final String SAMPLE = "citizens-council.json";
  private static final String POOL = "citizens-council-pool.csv";
  private static final String QUOTAS = "citizens-council-quotas.csv";
  private static final CollegeId INHABITANTS = CollegeId.of("inhabitants");

  @TempDir Path dir;

  private Path copy(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/scenarios/" + name)) {
      assertThat(in).as(name).isNotNull();
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  @Test
  void theSampleRecordsTheDrawThenRegistersEachMemberInTheCollege() throws IOException {
    ImmutableList<Event> events = Scenario.sample(SAMPLE).run();

    List<Event.PanelDrawn> draws =
        events.stream()
            .filter(Event.PanelDrawn.class::isInstance)
            .map(Event.PanelDrawn.class::cast)
            .toList();
    assertThat(draws)
        .singleElement()
        .satisfies(d -> assertThat(d.college()).isEqualTo(INHABITANTS));
    Event.PanelDrawn drawn = draws.get(0);
    int at = events.indexOf(drawn);
    List<Event.ActorRegistered> members =
        events.subList(at + 1, at + 1 + drawn.draw().size()).stream()
            .map(Event.ActorRegistered.class::cast)
            .toList();
    assertThat(members)
        .extracting(m -> m.actor().id().value())
        .containsExactlyElementsOf(
            drawn.draw().panel().stream().map(id -> "inhabitants-" + id).toList());
    assertThat(members).allSatisfy(m -> assertThat(m.college()).contains(INHABITANTS));
    assertThat(drawn.draw().minimumProbability()).isPresent();

    // anyone with the pool and the quotas redoes the draw from the log alone
    ImmutableList<Quota> quotas = Quota.read(copy(QUOTAS));
    Pool pool = Pool.read(copy(POOL), quotas, Optional.empty());
    assertThat(Draw.quotas(drawn.draw())).isEqualTo(quotas);
    assertThat(
            Draw.fromEvent(drawn)
                .verify(pool, quotas, Panels.allocate(pool, quotas, 6, Algorithm.LEXIMIN)))
        .isEmpty();
  }

  @Test
  void theFilesAreReadRelativeToTheScenarioFile() throws IOException {
    copy(POOL);
    copy(QUOTAS);
    Path scenario = copy(SAMPLE);

    assertThat(Scenario.read(scenario).run()).isEqualTo(Scenario.sample(SAMPLE).run());
  }

  @Test
  void aStepBecomesOneRecordAndOneRegistrationPerMemberAtTheStepsInstant() throws IOException {
    copy(POOL);
    copy(QUOTAS);
    Scenario scenario = Scenario.read(copy(SAMPLE));

    List<Step> fromTheStep =
        scenario.steps().stream().filter(s -> s.place().equals("commands[0]")).toList();
    assertThat(fromTheStep).hasSize(1 + 6);
    assertThat(fromTheStep.get(0).command()).isInstanceOf(Command.RecordPanelDraw.class);
    assertThat(fromTheStep.subList(1, 7))
        .allSatisfy(s -> assertThat(s.command()).isInstanceOf(Command.RegisterActor.class));
    assertThat(fromTheStep)
        .extracting(s -> s.command().at())
        .containsOnly(fromTheStep.get(0).command().at());
  }

  @Test
  void aMissingPoolFileIsRefusedWithItsPlace() throws IOException {
    copy(QUOTAS);
    Path scenario = copy(SAMPLE);

    assertThatThrownBy(() -> Scenario.read(scenario))
        .isInstanceOf(ScenarioException.class)
        .hasMessage(
            "Invalid scenario at $.commands[0].pool: cannot read "
                + dir.resolve(POOL)
                + ": no such file");
  }

  @Test
  void quotasThatNoPanelMeetsAreRefusedNamingTheConflict() throws IOException {
    copy(POOL);
    copy(QUOTAS);
    Files.writeString(
        dir.resolve(QUOTAS),
        Files.readString(dir.resolve(QUOTAS)).replace("gender,male,3,3", "gender,male,5,5"));
    Path scenario = copy(SAMPLE);

    assertThatThrownBy(() -> Scenario.read(scenario))
        .isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith("Invalid scenario at $.commands[0]: cannot draw the panel: ")
        .hasMessageContaining("gender/male");
  }

  @Test
  void anUnknownAlgorithmIsRefused() throws IOException {
    copy(POOL);
    copy(QUOTAS);
    Path scenario = dir.resolve(SAMPLE);
    Files.writeString(
        scenario, Files.readString(copy(SAMPLE)).replace("\"leximin\"", "\"lottery\""));

    assertThatThrownBy(() -> Scenario.read(scenario))
        .isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith("Invalid scenario at $.commands[0].algorithm: Invalid algorithm");
  }
}
