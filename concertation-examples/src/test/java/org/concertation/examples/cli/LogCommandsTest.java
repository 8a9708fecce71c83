package org.concertation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.examples.cli.CliRun.execute;

import com.google.common.collect.ImmutableSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.concertation.api.domain.ActorId;
import org.concertation.api.event.Event;
import org.concertation.core.log.EventLog;
import org.concertation.core.log.VerifiedLog;
import org.concertation.examples.cli.CliRun.Outcome;
import org.concertation.examples.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that reads an event log refuses one cut short, even at a line end, and one whose
 * events could not have happened, its hashes recomputed after the edit.
 */
class LogCommandsTest {
  private static final List<String> READERS = List.of("replay", "report", "analyse");

  @TempDir Path dir;

  private static Scenario flagship() {
    return Scenario.sample("saint-aubin-project.json");
  }

  /** The flagship's log, its events edited and its hashes and seal recomputed. */
  private Path edited(UnaryOperator<List<Event>> edit) {
    Scenario scenario = flagship();
    List<Event> events = edit.apply(new ArrayList<>(scenario.run()));
    Path log = dir.resolve("edited.jsonl");
    EventLog.create().write(log, scenario.stream(), scenario.charter(), events);
    return log;
  }

  private static void assertEveryReaderRefuses(Path log, String expected) {
    for (String command : READERS) {
      Outcome outcome = execute(command, log.toString());
      assertThat(outcome.exitCode()).as("%s: %s", command, outcome.err()).isEqualTo(1);
      assertThat(outcome.err())
          .as(command)
          .startsWith("error: ")
          .contains(expected)
          .doesNotContain("Exception", "\tat ");
      assertThat(outcome.err().lines()).as(command).hasSize(1);
    }
  }

  @Test
  void aLogCutExactlyAtALineEndIsRefusedAsTruncatedWhereItStops() throws Exception {
    Scenario scenario = flagship();
    Path log = dir.resolve("events.jsonl");
    EventLog.create().write(log, scenario.stream(), scenario.charter(), scenario.run());
    List<String> lines = Files.readAllLines(log);
    int kept = 100;
    Files.write(log, lines.subList(0, kept + 1));
    assertEveryReaderRefuses(
        log, "line " + (kept + 2) + ": truncated: the log stops after event " + kept);
  }

  @Test
  void aLogWithAnEventByAnActorWhoNeverRegisteredIsRefused() {
    Path log =
        edited(
            events -> {
              Event before = events.get(30);
              events.add(
                  31,
                  new Event.ContributionMade(
                      before.at(),
                      ActorId.of("nobody"),
                      "a forged observation",
                      ImmutableSet.of()));
              return events;
            });
    assertEveryReaderRefuses(log, "event 32 (line 33): it could not have happened here: ");
  }

  @Test
  void aLogWithAnActorRegisteredTwiceIsRefused() {
    Path log =
        edited(
            events -> {
              Event.ActorRegistered second = (Event.ActorRegistered) events.get(1);
              Event last = events.get(5);
              events.add(
                  6,
                  new Event.ActorRegistered(
                      last.at(), second.by(), second.actor(), second.role(), second.college()));
              return events;
            });
    assertEveryReaderRefuses(log, "event 7 (line 8): it could not have happened here: ");
  }

  @Test
  void aLogWhoseCloseWasMovedToTheMiddleIsRefusedWithoutAStackTrace() {
    Path log =
        edited(
            events -> {
              Event.ProcessClosed close = (Event.ProcessClosed) events.remove(events.size() - 1);
              Event before = events.get(99);
              events.add(100, new Event.ProcessClosed(before.at(), close.by(), close.summary()));
              return events;
            });
    assertEveryReaderRefuses(log, "event 101 (line 102): it could not have happened here: ");
  }

  @Test
  void aLogWhoseDatesGoBackIsRefused() {
    Path log =
        edited(
            events -> {
              Event.ContributionMade contribution = null;
              int at = -1;
              for (int i = 0; i < events.size() && contribution == null; i++) {
                if (events.get(i) instanceof Event.ContributionMade c && i > 10) {
                  contribution = c;
                  at = i;
                }
              }
              assertThat(contribution).isNotNull();
              events.set(
                  at,
                  new Event.ContributionMade(
                      events.get(0).at().minusSeconds(60),
                      contribution.by(),
                      contribution.text(),
                      contribution.stakes()));
              return events;
            });
    assertEveryReaderRefuses(log, "it could not have happened here: ");
  }

  @Test
  void replaySaysWhetherALogIsSealed() throws Exception {
    Scenario scenario = flagship();
    Path log = dir.resolve("events.jsonl");
    EventLog.create().write(log, scenario.stream(), scenario.charter(), scenario.run());
    VerifiedLog read = EventLog.create().read(log);
    Outcome outcome = execute("replay", log.toString());
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out())
        .startsWith("log: sealed, " + read.events().size() + " events, head " + read.head());
  }
}
