package org.concertation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.examples.cli.CliRun.execute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.log.EventLog;
import org.concertation.core.log.VerifiedLog;
import org.concertation.examples.cli.CliRun.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code replay --json} prints the process's summary as one JSON object with the documented keys
 * exactly, and refuses a bad log through the command line's error contract.
 */
class ReplayJsonTest {
  private static final JsonCodec CODEC = JsonCodec.create();

  /** The summary of the flagship scenario's log, its head left out (checked on its own). */
  private static final String FLAGSHIP =
      """
      {"stream":"saint-aubin-project","events":318,"phase":"CLOSED","head":"HEAD",\
      "rounds":[{"round":1,"rule":"college-majority",\
      "adopted":["youth-hub","garden-market","bus-line"],"rejected":["cameras"],\
      "carried":["green-path"],"tie":false},\
      {"round":2,"rule":"college-majority","adopted":["green-path"],"rejected":[],\
      "carried":[],"tie":false}],\
      "proposals":{"green-path":"ADOPTED","city-pitch":"MERGED","youth-room":"MERGED",\
      "garden-market":"ADOPTED","bus-line":"ADOPTED","cameras":"REJECTED",\
      "youth-hub":"ADOPTED"}}""";

  @TempDir Path dir;

  private Path log;

  /** Writes the flagship's log through the command line's {@code run}. */
  @BeforeEach
  void runTheFlagshipScenario() throws IOException {
    Path scenario = dir.resolve("saint-aubin-project.json");
    try (InputStream in = getClass().getResourceAsStream("/scenarios/saint-aubin-project.json")) {
      assertThat(in).as("the sample scenario").isNotNull();
      Files.write(scenario, in.readAllBytes());
    }
    log = dir.resolve("events.jsonl");
    Outcome run =
        execute(
            "run",
            scenario.toString(),
            "--events",
            log.toString(),
            "--report",
            dir.resolve("report.md").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void printsTheFlagshipsSummaryAsOneJsonObject() {
    Outcome outcome = execute("replay", log.toString(), "--json");

    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.err()).isEmpty();
    assertThat(outcome.out().lines()).hasSize(1);
    ObjectNode printed = (ObjectNode) CODEC.parse(outcome.out());
    VerifiedLog read = EventLog.create().read(log);
    assertThat(printed.get("head").textValue()).isEqualTo(read.head());
    printed.put("head", "HEAD");
    assertThat(CODEC.text(printed)).isEqualTo(FLAGSHIP);
  }

  @Test
  void printsExactlyTheDocumentedKeys() {
    JsonNode printed = CODEC.parse(execute("replay", log.toString(), "--json").out());

    assertThat(names(printed))
        .containsExactly("stream", "events", "phase", "head", "rounds", "proposals");
    assertThat(printed.get("rounds")).isNotEmpty();
    for (JsonNode round : printed.get("rounds")) {
      assertThat(names(round))
          .containsExactly("round", "rule", "adopted", "rejected", "carried", "tie");
    }
  }

  @Test
  void keepsTheTextSummaryWithoutJson() {
    Outcome outcome = execute("replay", log.toString());

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out())
        .startsWith("log: sealed, 318 events, head ")
        .contains("\nproposals: 7 {adopted=4, merged=2, rejected=1}\nrounds held: 2\n");
    assertThat(outcome.out().lines()).hasSize(9);
  }

  @Test
  void refusesABrokenLogWithOneErrorLineAndNothingPrinted() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(log));
    lines.remove(lines.size() / 2);
    Files.write(log, lines);

    Outcome outcome = execute("replay", log.toString(), "--json");

    assertThat(outcome.exitCode()).isEqualTo(Errors.FAILURE);
    assertThat(outcome.out()).isEmpty();
    assertThat(outcome.err()).startsWith("error: " + log + ": broken event log at ");
    assertThat(outcome.err().lines()).hasSize(1);
  }

  @Test
  void refusesAMissingLogWithOneErrorLine() {
    Outcome outcome = execute("replay", dir.resolve("absent.jsonl").toString(), "--json");

    assertThat(outcome.exitCode()).isEqualTo(Errors.FAILURE);
    assertThat(outcome.out()).isEmpty();
    assertThat(outcome.err()).startsWith("error: ").doesNotContain("Exception");
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
