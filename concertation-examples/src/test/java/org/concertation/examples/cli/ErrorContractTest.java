package org.concertation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.examples.cli.CliRun.execute;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.concertation.examples.cli.CliRun.Outcome;
import org.concertation.examples.scenario.Scenario;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the error contract promises beside refusals: outputs written whole and only together, files
 * told by their content, help that states the bounds, titles taken from the scenario.
 */
class ErrorContractTest {
  @TempDir Path dir;

  private Path sample(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/scenarios/" + name)) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  private static final String TOI =
      "# DATA TYPE: toi\n# NUMBER ALTERNATIVES: 3\n# NUMBER VOTERS: 6\n"
          + "# NUMBER UNIQUE ORDERS: 2\n# ALTERNATIVE NAME 1: Ann\n# ALTERNATIVE NAME 2: Bob\n"
          + "# ALTERNATIVE NAME 3: Cy\n4: 1,{2,3}\n2: 3\n";

  @Test
  void aFailingReportLeavesThePreviousLogAsItWas() throws IOException {
    Path scenario = sample("small-square.json");
    Path events = dir.resolve("events.jsonl");
    Files.writeString(events, "the previous log\n");
    Files.createDirectory(dir.resolve("report.md"));
    Outcome outcome =
        execute(
            "run",
            scenario.toString(),
            "--events",
            events.toString(),
            "--report",
            dir.resolve("report.md").toString());
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(Files.readString(events)).isEqualTo("the previous log\n");
  }

  @Test
  void runReplacesItsOutputsWholeAndLeavesNoTemporaryFile() throws IOException {
    Path scenario = sample("small-square.json");
    Path events = dir.resolve("events.jsonl");
    Path report = dir.resolve("report.md");
    Files.writeString(events, "the previous log\n");
    Outcome outcome =
        execute(
            "run",
            scenario.toString(),
            "--events",
            events.toString(),
            "--report",
            report.toString(),
            "--salt-seed",
            "5");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    Scenario read = Scenario.read(scenario);
    org.concertation.core.log.LogText expected =
        org.concertation.core.log.EventLog.create(org.concertation.core.personal.Salts.seeded(5))
            .text(read.stream(), read.charter(), read.run());
    assertThat(Files.readAllLines(events)).isEqualTo(expected.lines());
    assertThat(Files.readAllLines(dir.resolve("events.personal.jsonl")))
        .isEqualTo(expected.personal());
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "small-square.json", "events.jsonl", "events.personal.jsonl", "report.md");
    }
  }

  @Test
  void runCreatesTheFoldersOfItsOutputs() throws IOException {
    Path events = dir.resolve("new/folder/events.jsonl");
    Outcome outcome =
        execute(
            "run",
            sample("small-square.json").toString(),
            "--events",
            events.toString(),
            "--report",
            dir.resolve("r.md").toString());
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(events).isRegularFile();
  }

  @Test
  void theHtmlReportOfARunIsTitledByTheScenario() throws IOException {
    Outcome outcome = execute("run", sample("small-square.json").toString(), "--format", "html");
    assertThat(outcome.out())
        .contains(
            "<title>A small square: three neighbours and the town hall, diagnosis only</title>");
  }

  @Test
  void theReportOfALogIsTitledByTitleOrElseByTheStream() throws IOException {
    Path events = dir.resolve("events.jsonl");
    execute(
        "run",
        sample("small-square.json").toString(),
        "--events",
        events.toString(),
        "--report",
        dir.resolve("r.md").toString());
    assertThat(execute("report", events.toString()).out()).startsWith("# small-square\n");
    assertThat(execute("report", events.toString(), "--title", "A small square").out())
        .startsWith("# A small square\n");
  }

  @Test
  void votesReadAPrefLibFileByItsContentWhateverItsName() throws IOException {
    Path toi = Files.writeString(dir.resolve("b.toi"), TOI);
    Path txt = Files.writeString(dir.resolve("b.txt"), TOI);
    Outcome asToi = execute("vote", "--rule", "borda", "--json", toi.toString());
    Outcome asTxt = execute("vote", "--rule", "borda", "--json", txt.toString());
    assertThat(asToi.exitCode()).as(asToi.err()).isZero();
    assertThat(asTxt.out()).isEqualTo(asToi.out()).contains("\"Ann\"");
  }

  @Test
  void aPlainRankedFileNamedLikePrefLibIsReadAsPlain() throws IOException {
    Path soc = Files.writeString(dir.resolve("b.soc"), "3: A > B\n1: B > A\n");
    Outcome outcome = execute("vote", "--rule", "plurality", soc.toString());
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out()).contains("winners  A");
  }

  @Test
  void helpStatesTheBoundsOfEverySize() {
    assertThat(execute("simulate", "--help").out())
        .contains(
            "from 2 to " + Options.MAX_ACTORS,
            "from 1 to " + Options.MAX_RUNS,
            "from 1 to " + Options.MAX_THREADS);
    assertThat(execute("compare", "--help").out())
        .contains("from 2 to " + Options.MAX_ACTORS, "from 1 to " + Options.MAX_RUNS);
    assertThat(execute("sweep", "--help").out())
        .contains(
            "from 1 to " + Options.MAX_RUNS,
            Options.MAX_GRID_POINTS + " grid points",
            "from 1 to " + Options.MAX_THREADS);
    assertThat(execute("vote", "--help").out()).contains("from 1 to the number of candidates");
    assertThat(execute("run", "--help").out().replace("\n", " ").replaceAll(" +", " "))
        .contains(
            "from PT0S to P" + Scenario.MAX_STEP.toDays() + "D",
            "up to "
                + Scenario.MAX_AMOUNT.toPlainString()
                + " with at most "
                + Scenario.MAX_DECIMALS
                + " decimals",
            "from "
                + Scenario.EARLIEST.toString().substring(0, 4)
                + " to "
                + Scenario.LATEST.toString().substring(0, 4));
  }

  @Test
  void analyseHelpSaysThatItReadsEventLogs() {
    assertThat(execute("analyse", "--help").out().replaceAll("\\s+", " "))
        .contains("an event log (verified first)")
        .doesNotContain("not supported");
  }

  @Test
  void aMessageIsOneLineWithoutControlCharacters() {
    assertThat(Errors.oneLine("a\nb\tc\u0007d\uFFFDe")).isEqualTo("a b c\\u0007d\\ufffde");
    assertThat(Errors.oneLine("x".repeat(1000))).hasSize(Errors.MAX_MESSAGE).endsWith("...");
  }

  @Test
  void aControlCharacterInAnInputIsShownEscaped() throws IOException {
    Path bad =
        Files.writeString(dir.resolve("b.txt"), "3: A > > B\u0007\n", StandardCharsets.UTF_8);
    Path worse =
        Files.writeString(dir.resolve("c.txt"), "x\u0001: A > B\n", StandardCharsets.UTF_8);
    Outcome outcome = execute("vote", "--rule", "borda", worse.toString());
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err()).contains("\\u0001").doesNotContain("\u0001");
    assertThat(execute("vote", "--rule", "borda", bad.toString()).err()).doesNotContain("\u0007");
  }

  @Test
  void aReadOnlyFolderIsRefusedBeforeAnythingRuns() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("read-only"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      Assumptions.assumeFalse(Files.isWritable(folder), "a superuser may write anywhere");
      Path csv = folder.resolve("o.csv");
      Outcome outcome =
          execute(
              "simulate",
              "--logic",
              "project",
              "--actors",
              "10",
              "--runs",
              "1",
              "--seed",
              "1",
              "--csv",
              csv.toString());
      assertThat(outcome.exitCode()).isEqualTo(1);
      assertThat(outcome.err())
          .isEqualTo(
              "error: " + csv + ": cannot be written: permission denied in '" + folder + "'\n");
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}
