package org.concertation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.examples.cli.CliRun.execute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concertation.core.Charters;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.log.EventLog;
import org.concertation.examples.cli.CliRun.Outcome;
import org.concertation.examples.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyseCommandTest {
  /** What one run of the command line printed, and its exit code. */
  private static JsonNode json(String... args) throws IOException {
    Outcome outcome = execute(args);
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.err()).isEmpty();
    return new ObjectMapper().readTree(outcome.out());
  }

  @Test
  void theProjectCharterCollaboratesAsAPartnershipInJson() throws IOException {
    JsonNode root = json("analyse", "--charter", "project", "--json");
    assertThat(root.get("iap2").asText()).isEqualTo("collaborate");
    assertThat(root.get("arnstein").asText()).isEqualTo("partnership");
    assertThat(root.get("profile").get("principle").asDouble()).isEqualTo(1.0);
    assertThat(root.get("gaps").isArray()).isTrue();
    assertThat(root.get("gaps")).isEmpty();
  }

  @Test
  void theMissionCharterConsultsInJson() throws IOException {
    JsonNode root = json("analyse", "--charter=mission", "--json");
    assertThat(root.get("iap2").asText()).isEqualTo("consult");
    assertThat(root.get("arnstein").asText()).isEqualTo("consultation");
    assertThat(root.get("profile").get("operationalisation").asDouble()).isZero();
  }

  @Test
  void theJsonProfileHasTheSevenDimensionsInOrder() throws IOException {
    JsonNode profile = json("analyse", "--charter", "project", "--json").get("profile");
    assertThat(profile.fieldNames())
        .toIterable()
        .containsExactly(
            "principle",
            "ethic",
            "logic",
            "organisation",
            "management",
            "operationalisation",
            "evaluation");
  }

  @Test
  void theJsonSaysWhichCriteriaPlacedTheLevel() throws IOException {
    JsonNode root = json("analyse", "--charter", "mission", "--json");
    assertThat(root.get("placedBy"))
        .extracting(JsonNode::asText)
        .containsExactly("answers", "proposals");
  }

  @Test
  void withoutJsonItPrintsText() {
    Outcome outcome = execute("analyse", "--charter", "project");
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out())
        .startsWith("Charter: project logic\nIAP2: collaborate\nArnstein: partnership\n")
        .contains("  principle          1.00\n")
        .endsWith("Gaps: none\n");
  }

  @Test
  void nothingToAnalyseIsAUsageError() {
    Outcome outcome = execute("analyse");
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("Usage: concertation analyse");
  }

  @Test
  void aFileAndACharterTogetherAreAUsageError(@TempDir Path dir) {
    Outcome outcome = execute("analyse", dir.resolve("x.json").toString(), "--charter", "project");
    assertThat(outcome.exitCode()).isEqualTo(2);
  }

  @Test
  void anUnknownCharterIsAUsageError() {
    Outcome outcome = execute("analyse", "--charter", "bogus");
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err()).contains("expected 'project' or 'mission', got 'bogus'");
  }

  @Test
  void aMissingFileExitsWithOneAndAnErrorLine(@TempDir Path dir) {
    Path missing = dir.resolve("missing.json");
    Outcome outcome = execute("analyse", missing.toString());
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err()).isEqualTo("error: " + missing + ": no such file\n");
    assertThat(outcome.out()).isEmpty();
  }

  @Test
  void aFileThatIsNeitherACharterNorAScenarioNorALogIsRefusedWithItsReason(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("charter.json"), "{}");
    Outcome outcome = execute("analyse", file.toString());
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err()).startsWith("error: " + file + ": ");
    assertThat(outcome.err().lines()).hasSize(1);
    assertThat(outcome.out()).isEmpty();
  }

  @Test
  void aCharterFileIsAnalysedAsTheReadyMadeCharterItHolds(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("charter.json"), JsonCodec.create().writeCharter(Charters.missionLogic()));
    assertThat(execute("analyse", file.toString(), "--json").out())
        .isEqualTo(execute("analyse", "--charter", "mission", "--json").out());
  }

  @Test
  void aScenarioIsRunAndAnalysedAsARun(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("scenario.json");
    try (InputStream in = getClass().getResourceAsStream("/scenarios/saint-aubin-mission.json")) {
      Files.write(file, in.readAllBytes());
    }
    Outcome outcome = execute("analyse", file.toString(), "--json");
    assertThat(outcome.exitCode()).isZero();
    JsonNode root = new ObjectMapper().readTree(outcome.out());
    assertThat(root.get("iap2").asText()).isIn("inform", "consult");
    // the mission run overrules a decision of its round: a gap between what it allows and a
    // participatory process, reported as such
    assertThat(root.get("gaps").toString()).contains("fencing");
  }

  @Test
  void anEventLogIsVerifiedAndAnalysedAsARun(@TempDir Path dir) throws IOException {
    Scenario scenario = Scenario.sample("saint-aubin-project.json");
    Path log = dir.resolve("events.jsonl");
    EventLog.create().write(log, scenario.stream(), scenario.charter(), scenario.run());
    Outcome outcome = execute("analyse", log.toString(), "--json");
    assertThat(outcome.exitCode()).isZero();
    JsonNode root = new ObjectMapper().readTree(outcome.out());
    assertThat(root.get("iap2").asText()).isEqualTo("collaborate");
    assertThat(root.get("gaps")).isEmpty();
  }

  @Test
  void aBrokenEventLogIsRefused(@TempDir Path dir) throws IOException {
    Scenario scenario = Scenario.sample("saint-aubin-project.json");
    Path log = dir.resolve("events.jsonl");
    EventLog.create().write(log, scenario.stream(), scenario.charter(), scenario.run());
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(log));
    lines.remove(3);
    Files.write(log, lines);
    Outcome outcome = execute("analyse", log.toString());
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err())
        .isEqualTo(
            "error: "
                + log
                + ": broken event log at event 3 (line 4): its version is 4"
                + " where 3 was expected: a line was removed, inserted or moved\n");
  }
}
