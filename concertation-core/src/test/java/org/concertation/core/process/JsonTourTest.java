package org.concertation.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.concertation.api.command.Command;
import org.concertation.api.event.Event;
import org.concertation.core.json.JsonCodec;
import org.junit.jupiter.api.Test;

/** The JSON codec on the events and commands of whole processes, every type of them. */
class JsonTourTest {
  private static final JsonCodec CODEC = JsonCodec.create();

  private static List<Event> events() {
    List<Event> events = new ArrayList<>(new HierarchiesSpec().tour().events());
    events.addAll(new HierarchiesSpec().abandoned().events());
    events.addAll(new HierarchiesSpec().ballotTour().events());
    events.addAll(new HierarchiesSpec().secretTour().events()); // secret
    events.addAll(new HierarchiesSpec().meansTour().events()); // means:
    // exante: criteria early and prospective assessment
    events.addAll(new HierarchiesSpec().prospectiveTour().events());
    return events;
  }

  private static List<Command> commands() {
    List<Command> commands = new ArrayList<>(new HierarchiesSpec().tour().commands());
    commands.addAll(new HierarchiesSpec().abandoned().commands());
    commands.addAll(new HierarchiesSpec().ballotTour().commands());
    commands.addAll(new HierarchiesSpec().secretTour().commands()); // secret
    commands.addAll(new HierarchiesSpec().meansTour().commands()); // means:
    // exante: criteria early and prospective assessment
    commands.addAll(new HierarchiesSpec().prospectiveTour().commands());
    return commands;
  }

  @Test
  void theToursCoverEveryEventType() {
    Set<String> types =
        events().stream().map(e -> e.getClass().getSimpleName()).collect(Collectors.toSet());
    assertThat(types).containsExactlyInAnyOrderElementsOf(CODEC.eventTypes());
  }

  @Test
  void readingTheWrittenEventsOfWholeProcessesGivesThemBack() {
    for (Event event : events()) {
      assertThat(CODEC.readEvent(CODEC.writeEvent(event))).isEqualTo(event);
    }
  }

  @Test
  void readingTheWrittenCommandsOfWholeProcessesGivesThemBack() {
    for (Command command : commands()) {
      assertThat(CODEC.readCommand(CODEC.writeCommand(command))).isEqualTo(command);
    }
  }

  @Test
  void theFoldOfReadEventsEqualsTheLiveState() {
    Run run = new HierarchiesSpec().tour();
    ConcertationDecider decider = ConcertationDecider.create();
    List<Event> read =
        run.events().stream().map(e -> CODEC.readEvent(CODEC.writeEvent(e))).toList();
    ProcessState initial = decider.initialState(run.state().charter());
    assertThat(decider.fold(initial, read)).isEqualTo(run.state());
  }
}
