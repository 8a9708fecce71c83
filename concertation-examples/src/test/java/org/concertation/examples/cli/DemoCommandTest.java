package org.concertation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.examples.cli.CliRun.execute;

import org.concertation.examples.cli.CliRun.Outcome;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DemoCommandTest {
  /** What one run of the command line printed, and its exit code. */
  @Test
  void demoPrintsBothLogicsAndTheSideBySide() {
    Outcome outcome = execute("demo");
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out())
        .contains("(project logic)\n")
        .contains("(mission logic)\n")
        .contains("## Side by side");
    assertThat(outcome.out().indexOf("(project logic)"))
        .isLessThan(outcome.out().indexOf("(mission logic)"));
    assertThat(outcome.err()).isEmpty();
  }

  @Test
  void demoWithLogicMissionPrintsOnlyTheMissionAccount() {
    Outcome outcome = execute("demo", "--logic", "mission");
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out().lines().filter(line -> line.startsWith("# ")))
        .singleElement()
        .asString()
        .endsWith("(mission logic)");
    assertThat(outcome.out()).doesNotContain("project logic)").doesNotContain("## Side by side");
  }

  @Test
  void demoWithLogicProjectPrintsOnlyTheProjectAccount() {
    Outcome outcome = execute("demo", "--logic=project");
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).contains("(project logic)").doesNotContain("(mission logic)");
  }

  @Test
  void anUnknownOptionExitsWithTwoAndTheUsage() {
    Outcome outcome = execute("demo", "--bogus");
    assertThat(outcome.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE).isEqualTo(2);
    assertThat(outcome.err())
        .contains("Unknown option: '--bogus'")
        .contains("Usage: concertation demo");
    assertThat(outcome.out()).isEmpty();
  }

  @Test
  void anUnknownLogicExitsWithTwoAndSaysWhatIsExpected() {
    Outcome outcome = execute("demo", "--logic", "market");
    assertThat(outcome.exitCode()).isEqualTo(2);
    assertThat(outcome.err())
        .contains("expected 'project' or 'mission', got 'market'")
        .contains("Usage:");
  }

  @Test
  void twoRunsPrintTheSameText() {
    assertThat(execute("demo").out()).isEqualTo(execute("demo").out());
  }

  // budgetdemo: --process

  @Test
  void processConcertationIsTheDefault() {
    Outcome outcome = execute("demo", "--process", "concertation");
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).isEqualTo(execute("demo").out());
  }

  @Test
  void processBudgetTellsTheParticipatoryBudget() {
    Outcome outcome = execute("demo", "--process", "budget");
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out())
        .startsWith("# Saint-Aubin-les-Prés: a participatory budget\n")
        .contains("## What greedy would have funded")
        .doesNotContain("(project logic)");
    assertThat(outcome.err()).isEmpty();
  }

  @Test
  void processBudgetInFrenchTellsItInFrench() {
    Outcome outcome = execute("demo", "--process=BUDGET", "--lang", "fr");
    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out())
        .startsWith("# Saint-Aubin-les-Prés\u00a0: un budget participatif\n")
        .contains("## Ce qu’aurait financé la règle gloutonne");
  }

  @Test
  void anUnknownProcessExitsWithTwoAndSaysWhatIsExpected() {
    Outcome outcome = execute("demo", "--process", "referendum");
    assertThat(outcome.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(outcome.err())
        .contains("expected 'concertation' or 'budget', got 'referendum'")
        .contains("Usage:");
    assertThat(outcome.out()).isEmpty();
  }

  @Test
  void aLogicWithTheBudgetIsAUsageError() {
    Outcome outcome = execute("demo", "--process", "budget", "--logic", "project");
    assertThat(outcome.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
    assertThat(outcome.err()).contains("--logic tells the concertation, not the budget");
    assertThat(outcome.out()).isEmpty();
  }
}
