package org.concertation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AnalyseCommandTest {
  /** What one run of the command line printed, and its exit code. */
  private record Outcome(int exitCode, String out, String err) {}

  private static Outcome execute(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = ConcertationCommand.commandLine();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int exitCode = commandLine.execute(args);
    return new Outcome(exitCode, out.toString(), err.toString());
  }

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
    assertThat(outcome.err()).isEqualTo("error: cannot read '" + missing + "'\n");
    assertThat(outcome.out()).isEmpty();
  }

  @Test
  void aReadableFileIsRefusedUntilFilesAreSupported(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("charter.json"), "{}");
    Outcome outcome = execute("analyse", file.toString());
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err())
        .startsWith("error: cannot analyse '" + file + "'")
        .contains("--charter");
  }
}
