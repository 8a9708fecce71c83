package org.concertation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.examples.cli.CliRun.execute;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.event.BallotOutcome;
import org.concertation.api.event.Event;
import org.concertation.core.ballot.BallotCount;
import org.concertation.core.ballot.BallotRounds;
import org.concertation.core.log.EventLog;
import org.concertation.examples.cli.CliRun.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} on a scenario with a ballot round: four designs of a square ranked by Schulze. */
class BallotScenarioTest {
  @TempDir Path dir;

  private Path sample(String name) throws Exception {
    Path file = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/scenarios/" + name)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  private List<Event> run() throws Exception {
    Path events = dir.resolve("events.jsonl");
    Outcome outcome =
        execute(
            "run",
            sample("square-designs.json").toString(),
            "--events",
            events.toString(),
            "--report",
            dir.resolve("report.md").toString());
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    return EventLog.create().read(events).events();
  }

  @Test
  void theSquareDesignsScenarioRanksFourDesignsAndAdoptsTheSchulzeWinner() throws Exception {
    List<Event> events = run();
    assertThat(events).filteredOn(Event.BallotCast.class::isInstance).hasSize(7);
    BallotOutcome outcome =
        events.stream()
            .filter(Event.RoundClosed.class::isInstance)
            .map(e -> ((Event.RoundClosed) e).ballot().orElseThrow())
            .findFirst()
            .orElseThrow();
    assertThat(outcome.rule()).isEqualTo("schulze");
    assertThat(outcome.tie()).isFalse();
    assertThat(outcome.chosen()).containsExactly(ProposalId.of("trees"));
    assertThat(outcome.statuses())
        .containsEntry(ProposalId.of("trees"), ProposalStatus.ADOPTED)
        .containsEntry(ProposalId.of("market"), ProposalStatus.REJECTED);
  }

  @Test
  void aScenarioWhoseBallotRuleCannotBeCountedIsRefusedBeforeItsFirstCommand() throws Exception {
    Path scenario = dir.resolve("dictator.json");
    Files.writeString(
        scenario,
        Files.readString(sample("square-designs.json"))
            .replace("\"label\": \"schulze\"", "\"label\": \"dictator\""));
    Path events = dir.resolve("dictator.jsonl");
    Outcome outcome = execute("run", scenario.toString(), "--events", events.toString());
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err())
        .startsWith("error: " + scenario + ": Invalid scenario at $.ballotRules: ")
        .contains("'dictator'");
    assertThat(events).doesNotExist();
  }

  @Test
  void theLogOfTheScenarioRecountsToTheCondorcetWinnerWithItsPairwiseMatrix() throws Exception {
    BallotCount count = BallotRounds.recount(run(), 1);
    assertThat(count.choice().orElseThrow().winners()).containsExactly("trees");
    assertThat(count.choice().orElseThrow().details())
        .containsEntry("condorcetWinner", "trees")
        .containsKey("pairwise")
        .containsKey("strongestPaths");
  }
}
