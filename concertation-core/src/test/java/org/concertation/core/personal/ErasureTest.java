package org.concertation.core.personal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.concertation.api.Result;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.log.EventLog;
import org.concertation.core.log.VerifiedLog;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;
import org.concertation.core.report.PublicReport;
import org.concertation.core.simulation.Simulation;
import org.concertation.core.simulation.SimulationConfig;
import org.concertation.core.simulation.SimulationRun;
import org.concertation.core.store.InMemoryEventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErasureTest {
  private static final Instant AT = Instant.parse("2026-06-01T10:00:00Z");
  private static final long SEED = 11;

  @TempDir Path dir;

  private static List<Event> events(SimulationRun run) {
    ConcertationDecider decider = ConcertationDecider.create();
    ProcessState state = decider.initialState(Charters.projectLogic());
    List<Event> events = new ArrayList<>();
    for (Command command : run.commands()) {
      Result<Event> result = decider.decide(command, state);
      state = decider.after(state, result);
      events.addAll(result.events());
    }
    return events;
  }

  /** An inhabitant's values that no other actor's value holds (those could not be told apart). */
  private static Set<String> valuesOnlyOf(List<Event> events, ActorId actor) {
    Set<String> hers = new LinkedHashSet<>();
    Set<String> others = new LinkedHashSet<>();
    for (Event event : events) {
      for (PersonalValues.Value v : PersonalValues.of(event)) {
        (v.actor().equals(actor) ? hers : others).add(v.value().orElseThrow());
      }
    }
    hers.removeIf(h -> others.stream().anyMatch(o -> o.contains(h)));
    return hers;
  }

  private static ActorId someInhabitant(List<Event> events) {
    return events.stream()
        .filter(
            e -> e instanceof Event.ActorRegistered r && r.actor().kind() == ActorKind.INHABITANT)
        .map(e -> ((Event.ActorRegistered) e).actor().id())
        .reduce((first, last) -> last) // the last one's name stands inside no other's
        .orElseThrow();
  }

  @Test
  void erasingAnInhabitantOfASimulatedRunKeepsTheHeadAndLeavesNoneOfHerValues() throws Exception {
    SimulationRun run = Simulation.run(Charters.projectLogic(), SimulationConfig.of(60), SEED);
    List<Event> events = events(run);
    ActorId actor = someInhabitant(events);
    Set<String> values = valuesOnlyOf(events, actor);
    assertThat(values).isNotEmpty();
    Path file = dir.resolve("run.jsonl");
    EventLog log = EventLog.create();
    log.write(file, "run", Charters.projectLogic(), events);
    VerifiedLog before = log.read(file);

    Erasure.Result erased = Erasure.ofLog(file, actor, AT, "request of 2026-05-30");

    VerifiedLog after = log.read(file);
    assertThat(erased.head()).isEqualTo(before.head()).isEqualTo(after.head());
    assertThat(erased.values()).isGreaterThanOrEqualTo(values.size());
    assertThat(log.verify(file).isIntact()).isTrue();
    assertThat(after.state().phase()).isEqualTo(before.state().phase());
    PublicReport report =
        PublicReport.of("run", ProcessHistory.of(after.charter(), after.events()));
    String all =
        Files.readString(file)
            + Files.readString(EventLog.personalFile(file))
            + report.markdown()
            + report.html();
    for (String value : values) {
      assertThat(all.contains(value))
          .as("an erased value (%s characters)", value.length())
          .isFalse();
    }
    assertThat(log.erasures(file))
        .singleElement()
        .extracting(EventLog.ErasureRecord::actor)
        .isEqualTo(actor);
    assertThat(new String(Files.readAllBytes(EventLog.personalFile(file)), StandardCharsets.UTF_8))
        .contains("request of 2026-05-30");
  }

  @Test
  void anInMemoryStoreReplacesHerValuesByTheirErasedFormAndDropsTheSnapshots() {
    SimulationRun run = Simulation.run(Charters.projectLogic(), SimulationConfig.of(40), SEED);
    List<Event> events = events(run);
    ActorId actor = someInhabitant(events);
    InMemoryEventStore<Event> store = InMemoryEventStore.create();
    long unused = store.append("run", 0, events);
    boolean saved = store.saveSnapshot("run", events.size(), "test", new byte[] {1});
    assertThat(saved).isTrue();

    assertThat(Erasure.inMemory(store, "run", actor)).isPositive();

    assertThat(store.latestSnapshot("run")).isEmpty();
    assertThat(store.read("run")).hasSameSizeAs(events);
    for (var stored : store.read("run")) {
      for (PersonalValues.Value v : PersonalValues.of(stored.event())) {
        assertThat(v.value().isErased()).as(v.field()).isEqualTo(v.actor().equals(actor));
      }
    }
  }

  @Test
  void refusesAnActorTheLogNeverRegistered() {
    SimulationRun run = Simulation.run(Charters.projectLogic(), SimulationConfig.of(20), SEED);
    Path file = dir.resolve("run.jsonl");
    EventLog.create().write(file, "run", Charters.projectLogic(), events(run));
    assertThatThrownBy(() -> Erasure.ofLog(file, ActorId.of("nobody"), AT, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid actor 'nobody': the log never registered it");
  }

  @Test
  void refusesALogOfAFormatThatKeepsItsValuesInline() throws Exception {
    Path file = dir.resolve("old.jsonl");
    try (var in =
        getClass().getResourceAsStream("/org/concertation/core/json/golden/v2-events.jsonl")) {
      Files.write(file, in.readAllBytes());
    }
    ActorId someone =
        EventLog.create().read(file).events().stream()
            .filter(Event.ActorRegistered.class::isInstance)
            .map(e -> ((Event.ActorRegistered) e).actor().id())
            .findFirst()
            .orElseThrow();
    assertThatThrownBy(() -> Erasure.ofLog(file, someone, AT, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("keeps personal values inline");
  }
}
