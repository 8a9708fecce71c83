package org.concertation.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.concertation.api.domain.DeadlineTarget;
import org.concertation.api.domain.Phase;
import org.concertation.api.event.Event;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.log.EventLog;
import org.junit.jupiter.api.Test;

/** Deadlines moved away from the charter's calendar are gaps of the run. */
class CalendarGapTest {
  private static List<Event> golden() throws Exception {
    Path file =
        Path.of(
            CalendarGapTest.class
                .getResource("/org/concertation/core/json/golden/v3-events-self-described.jsonl")
                .toURI());
    return EventLog.create().read(file).events();
  }

  @Test
  void aPhasesAndARoundsDeadlinesMovedLaterThanTheCharterSaidAreGaps() throws Exception {
    ProcessHistory history = ProcessHistory.of(golden());

    assertThat(RunAnalysis.calendarGaps(history))
        .extracting(g -> g.change().target(), CalendarGap::promised, CalendarGap::kind)
        .containsExactly(
            tuple(
                DeadlineTarget.phase(Phase.NEGOTIATION),
                Optional.of(Instant.parse("2026-05-24T08:00:00Z")),
                CalendarGap.Kind.LATER),
            tuple(
                DeadlineTarget.round(1),
                Optional.of(Instant.parse("2026-05-16T08:00:00Z")),
                CalendarGap.Kind.LATER));
    assertThat(history.title()).contains("Place des Terreaux, together");
    assertThat(history.deadlineChanges()).allMatch(c -> c.isExtension() && !c.afterExpiry());
  }

  @Test
  void aRunWithoutDeadlineChangesHasNoCalendarGap() throws Exception {
    List<Event> events = golden();
    List<Event> without = events.stream().filter(e -> !(e instanceof Event.DeadlineSet)).toList();

    assertThat(RunAnalysis.calendarGaps(ProcessHistory.of(without))).isEmpty();
  }
}
