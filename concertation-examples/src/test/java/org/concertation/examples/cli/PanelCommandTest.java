package org.concertation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PanelCommandTest {
  @TempDir Path dir;

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cli = ConcertationCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static final String CATEGORIES =
      "category,feature,min,max\ngender,female,2,2\ngender,male,2,2\nage,old,2,4\nage,young,1,4\n";

  private static final String RESPONDENTS =
      "id,gender,age\nann,female,old\nbea,female,young\ncat,female,young\ndee,female,young\n"
          + "eli,male,old\nfox,male,old\ngus,male,old\nhal,male,young\nian,male,young\n";

  private String[] panel(String algorithm, String... more) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "panel",
                "--pool",
                file("respondents.csv", RESPONDENTS).toString(),
                "--quotas",
                file("categories.csv", CATEGORIES).toString(),
                "--size",
                "4",
                "--algorithm",
                algorithm,
                "--seed",
                "2026"));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  @Test
  void printsTheIssuesJsonKeysWithIdsFromTheIdColumn() throws IOException {
    assertThat(run(panel("leximin", "--json"))).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .startsWith(
            "algorithm",
            "size",
            "seed",
            "panel",
            "probabilities",
            "minimum",
            "gini",
            "geometricMean",
            "panels",
            "certificate");
    assertThat(json.get("algorithm").asText()).isEqualTo("leximin");
    assertThat(json.get("size").asInt()).isEqualTo(4);
    assertThat(json.get("seed").asLong()).isEqualTo(2026);
    assertThat(json.get("panel")).hasSize(4);
    assertThat(json.get("probabilities").has("ann")).isTrue();
    double sum = 0;
    for (JsonNode panel : json.get("panels")) {
      assertThat(panel.get("members")).hasSize(4);
      sum += panel.get("probability").asDouble();
    }
    assertThat(sum).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(json.get("certificate").get("checked").asBoolean()).isTrue();
    assertThat(json.get("certificate").get("bound").asDouble())
        .isCloseTo(json.get("minimum").asDouble(), org.assertj.core.api.Assertions.within(1e-6));
  }

  @Test
  void usesRowNumbersAsIdsWithoutAnIdColumnAndPrintsATable() throws IOException {
    String[] args = panel("maximin");
    // the same volunteers without the id column
    file("respondents.csv", RESPONDENTS.replaceAll("(?m)^[^,\n]+,", ""));
    assertThat(run(args)).isZero();
    assertThat(out.toString())
        .contains("algorithm      maximin")
        .contains("pool           9 volunteers, panels of 4")
        .contains("checked")
        .containsPattern("panel          [1-9], [1-9], [1-9], [1-9]");
  }

  @Test
  void verifyRedoesTheDrawAndRefusesAnotherSeed() throws IOException {
    assertThat(run(panel("nash", "--json"))).isZero();
    Path draw = file("draw.json", out.toString());
    String pool = dir.resolve("respondents.csv").toString();
    String quotas = dir.resolve("categories.csv").toString();
    assertThat(
            run("panel", "verify", "--pool", pool, "--quotas", quotas, "--draw", draw.toString()))
        .isZero();
    assertThat(out.toString()).startsWith("verified: the seed 2026 draws the same panel of 4");
    ObjectNode json = (ObjectNode) new ObjectMapper().readTree(draw.toFile());
    String drawn = json.get("panel").toString();
    for (long seed = 1; seed < 200; seed++) {
      json.put("seed", seed);
      Path forged = file("forged.json", json.toString());
      int code =
          run("panel", "verify", "--pool", pool, "--quotas", quotas, "--draw", forged.toString());
      // some other seed draws another panel from this distribution: that record must fail
      if (code != 0) {
        assertThat(code).isEqualTo(1);
        assertThat(err.toString())
            .contains("the draw does not verify: the seed " + seed + " draws");
        return;
      }
      assertThat(drawn).isEqualTo(json.get("panel").toString());
    }
    throw new AssertionError("every seed drew the same panel");
  }

  @Test
  void verifyRefusesADistributionThatWasChanged() throws IOException {
    assertThat(run(panel("maximin", "--json"))).isZero();
    ObjectNode json = (ObjectNode) new ObjectMapper().readTree(out.toString());
    Iterator<JsonNode> panels = json.get("panels").elements();
    ObjectNode first = (ObjectNode) panels.next();
    ObjectNode second = (ObjectNode) panels.next();
    double a = first.get("probability").asDouble();
    first.put("probability", second.get("probability").asDouble());
    second.put("probability", a);
    Path draw = file("draw.json", json.toString());
    int code =
        run(
            "panel",
            "verify",
            "--pool",
            dir.resolve("respondents.csv").toString(),
            "--quotas",
            dir.resolve("categories.csv").toString(),
            "--draw",
            draw.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("the distribution's digest is");
  }

  @Test
  void infeasibleQuotasAreABadInputNamingTheConflict() throws IOException {
    String[] args = panel("leximin");
    file("categories.csv", CATEGORIES.replace("gender,female,2,2", "gender,female,3,4"));
    assertThat(run(args)).isEqualTo(1);
    assertThat(err.toString())
        .startsWith(
            "error: No panel of 4 meets these quotas together: gender/female in [3, 4];"
                + " gender/male in [2, 2]");
  }

  @Test
  void aMalformedFileNamesItsLineAndAMissingOptionIsAUsageError() throws IOException {
    String[] args = panel("legacy", "--draws", "100");
    file("respondents.csv", RESPONDENTS + "joe,other,young\n");
    assertThat(run(args)).isEqualTo(1);
    assertThat(err.toString()).contains("respondents.csv:11: expected a feature of 'gender'");
    assertThat(run("panel", "--size", "4")).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required option: '--pool'");
    assertThat(run(panel("fair"))).isEqualTo(2);
    assertThat(err.toString()).contains("Invalid algorithm 'fair'");
  }

  @Test
  void plotsLegacyAndTheAlgorithmSideBySide() throws IOException {
    Path png = dir.resolve("plots/chances.png");
    assertThat(run(panel("leximin", "--draws", "200", "--plot", png.toString()))).isZero();
    assertThat(Files.size(png)).isPositive();
  }
}
