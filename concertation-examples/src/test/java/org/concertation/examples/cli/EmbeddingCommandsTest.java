package org.concertation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.examples.cli.CliRun.execute;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.concertation.core.Charters;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.log.EventLog;
import org.concertation.examples.cli.CliRun.Outcome;
import org.concertation.examples.demo.Demo;
import org.concertation.examples.demo.Logic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands {@code run}, {@code replay}, {@code report} and {@code diagram}. */
class EmbeddingCommandsTest {
  @TempDir Path dir;

  private Path sample(String name) throws Exception {
    Path file = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/scenarios/" + name)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  private Path flagshipLog() throws Exception {
    Path events = dir.resolve("events.jsonl");
    Outcome run =
        execute(
            "run",
            sample("saint-aubin-project.json").toString(),
            "--events",
            events.toString(),
            "--report",
            dir.resolve("r.md").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return events;
  }

  @Test
  void runWritesAnIntactLogOfTheFlagshipsEventsAndItsReport() throws Exception {
    Path events = flagshipLog();
    assertThat(EventLog.create().read(events).events()).isEqualTo(Demo.run(Logic.PROJECT).events());
    assertThat(Files.readString(dir.resolve("r.md")))
        .startsWith("# Saint-Aubin-les-Prés")
        .contains("## Proposals");
  }

  @Test
  void runPrintsTheReportWhenNoReportFileIsGiven() throws Exception {
    Outcome outcome = execute("run", sample("small-square.json").toString());
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).startsWith("# A small square").contains("## Diagnosis");
    assertThat(outcome.err()).isEmpty();
  }

  @Test
  void runWritesAnHtmlReportWithFormatHtml() throws Exception {
    Path report = dir.resolve("report.html");
    Outcome outcome =
        execute(
            "run",
            sample("small-square.json").toString(),
            "--report",
            report.toString(),
            "--format",
            "html");
    assertThat(outcome.exitCode()).isZero();
    assertThat(Files.readString(report)).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
  }

  @Test
  void runStopsAtARefusedCommandWithExitOneNamingItsPositionAndWritesNothing() throws Exception {
    Path scenario = dir.resolve("refused.json");
    Files.writeString(
        scenario,
        Files.readString(sample("small-square.json"))
            .replace(
                "{\"type\": \"AdvancePhase\", \"by\": \"facilitator\"",
                "{\"type\": \"AdvancePhase\", \"by\": \"ines\""));
    Path events = dir.resolve("refused.jsonl");
    Outcome outcome = execute("run", scenario.toString(), "--events", events.toString());
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err())
        .startsWith("error: " + scenario + ": command 5 (commands[0], AdvancePhase) was refused: ");
    assertThat(outcome.err().lines()).hasSize(1);
    assertThat(events).doesNotExist();
  }

  @Test
  void runRefusesAnInvalidScenarioWithExitOne() throws Exception {
    Path scenario = dir.resolve("bad.json");
    Files.writeString(scenario, "{\"charter\": \"project\", \"commands\": [");
    Outcome outcome = execute("run", scenario.toString());
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err()).startsWith("error: " + scenario + ":1: ");
  }

  @Test
  void runRefusesAnUnknownFormatAsAUsageError() throws Exception {
    Outcome outcome = execute("run", sample("small-square.json").toString(), "--format", "pdf");
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("expected 'md' or 'html', got 'pdf'");
  }

  @Test
  void replayOfAnIntactLogPrintsASummaryWithExitZero() throws Exception {
    Outcome outcome = execute("replay", flagshipLog().toString());
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out())
        .startsWith("log: sealed, " + Demo.run(Logic.PROJECT).events().size() + " events, head ")
        .contains("charter: prospective project logic", "phase: closed");
  }

  @Test
  void replayOfATamperedLogFailsWithThePositionOfTheFirstBadEvent() throws Exception {
    Path events = flagshipLog();
    List<String> lines = new ArrayList<>(Files.readAllLines(events));
    Collections.swap(lines, 40, 41);
    Files.write(events, lines);
    Outcome outcome = execute("replay", events.toString());
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err())
        .startsWith(
            "error: " + events + ": broken event log at event 40 (line 41): its version is 41");
    assertThat(outcome.out()).isEmpty();
  }

  @Test
  void replayDetectsATruncatedLastLine() throws Exception {
    Path events = flagshipLog();
    byte[] bytes = Files.readAllBytes(events);
    Files.write(events, java.util.Arrays.copyOf(bytes, bytes.length - 30));
    Outcome outcome = execute("replay", events.toString());
    assertThat(outcome.exitCode()).isEqualTo(1);
    int seal = Demo.run(Logic.PROJECT).events().size() + 1;
    assertThat(outcome.err())
        .contains(
            "event log at line " + (seal + 1) + ": truncated: the log stops inside this line");
  }

  @Test
  void replayOfAMissingFileFailsWithExitOne() {
    Outcome outcome = execute("replay", dir.resolve("none.jsonl").toString());
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err()).isEqualTo("error: " + dir.resolve("none.jsonl") + ": no such file\n");
  }

  @Test
  void reportPrintsTheReportOfAVerifiedLogInEitherFormat() throws Exception {
    Path events = flagshipLog();
    Outcome md = execute("report", events.toString());
    assertThat(md.exitCode()).isZero();
    assertThat(md.out()).contains("## Proposals", "## Evaluation", "Log head: ");
    Outcome html = execute("report", events.toString(), "--format", "html");
    assertThat(html.exitCode()).isZero();
    assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("<h2>Proposals</h2>");
  }

  @Test
  void reportRefusesATamperedLog() throws Exception {
    Path events = flagshipLog();
    Files.writeString(
        events, Files.readString(events).replaceFirst("\"digest\":\"(.)", "\"digest\":\"$1$1"));
    Outcome outcome = execute("report", events.toString());
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err()).startsWith("error: ").contains("broken event log at ");
  }

  @Test
  void reportRefusesATamperedPersonalPartNamingItsValue() throws Exception {
    Path events = flagshipLog();
    Path personal = events.resolveSibling("events.personal.jsonl");
    Files.writeString(personal, Files.readString(personal).replaceFirst("Amina", "Amine"));
    Outcome outcome = execute("report", events.toString());
    assertThat(outcome.exitCode()).as(outcome.err()).isEqualTo(1);
    assertThat(outcome.err())
        .startsWith("error: ")
        .contains("Invalid personal value actor.name of event ")
        .doesNotContain("Amin");
  }

  @Test
  void diagramPrintsTheMermaidDiagramOfACharterFile() throws Exception {
    Path charter = dir.resolve("mission.json");
    Files.writeString(
        charter, JsonCodec.create().writeCharter(Charters.missionLogic()), StandardCharsets.UTF_8);
    Outcome outcome = execute("diagram", charter.toString());
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).startsWith("stateDiagram-v2\n").contains("[*] --> FRAMING");
    assertThat(execute("diagram", "project").out()).contains("%% charter: project logic");
    assertThat(execute("diagram", "prospective").out())
        .contains("%% charter: " + Charters.prospectiveProjectLogic().name());
  }

  @Test
  void diagramRefusesAnInvalidCharterWithExitOne() throws Exception {
    Path charter = dir.resolve("bad.json");
    Files.writeString(charter, "{\"name\": \"x\"}");
    Outcome outcome = execute("diagram", charter.toString());
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err())
        .startsWith(
            "error: " + charter + ": Invalid JSON at $.phases: missing value, expected an array");
  }
}
