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

class VoteAndBudgetCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = ConcertationCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static final String TENNESSEE =
      "42: Memphis > Nashville > Chattanooga > Knoxville\n"
          + "26: Nashville > Chattanooga > Knoxville > Memphis\n"
          + "15: Chattanooga > Knoxville > Nashville > Memphis\n"
          + "17: Knoxville > Chattanooga > Nashville > Memphis\n";

  private static final String PB =
      "META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\n"
          + "project_id;cost\na;6\nb;5\nc;4\nd;1\nVOTES\nvoter_id;vote\n1;a,b\n2;a,b,c\n3;a,b,c\n4;d\n";

  @Test
  void votePrintsTheIssuesJsonKeys() throws IOException {
    int code = run("vote", "--rule", "schulze", "--json", file("tn.txt", TENNESSEE).toString());
    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("rule").asText()).isEqualTo("schulze");
    assertThat(json.get("winners").get(0).asText()).isEqualTo("Nashville");
    assertThat(json.get("ranking").size()).isEqualTo(4);
    assertThat(json.get("tie").asBoolean()).isFalse();
    assertThat(json.get("details").has("strongestPaths")).isTrue();
  }

  @Test
  void votePrintsAReadableTableWithoutJson() throws IOException {
    assertThat(run("vote", "--rule", "irv", file("tn.txt", TENNESSEE).toString())).isZero();
    assertThat(out.toString()).contains("winners  Knoxville").contains("eliminated Chattanooga");
  }

  @Test
  void voteFillsSeatsWithStv() throws IOException {
    assertThat(
            run(
                "vote",
                "--rule",
                "stv",
                "--seats",
                "2",
                "--json",
                file("tn.txt", TENNESSEE).toString()))
        .isZero();
    assertThat(new ObjectMapper().readTree(out.toString()).get("winners").size()).isEqualTo(2);
  }

  @Test
  void voteReadsPrefLibNamesFromTheHeader() throws IOException {
    Path toi =
        file(
            "e.toi",
            "# DATA TYPE: toi\n# NUMBER ALTERNATIVES: 2\n# ALTERNATIVE NAME 1: Ann\n"
                + "# ALTERNATIVE NAME 2: Bob\n3: 2,1\n1: 1\n");
    assertThat(run("vote", "--rule", "plurality", "--json", toi.toString())).isZero();
    assertThat(new ObjectMapper().readTree(out.toString()).get("winners").get(0).asText())
        .isEqualTo("Bob");
  }

  @Test
  void voteCountsApprovalsAndGrades() throws IOException {
    assertThat(run("vote", "--rule", "approval", file("a.txt", "2: A, B\n1: B\n").toString()))
        .isZero();
    assertThat(out.toString()).contains("winners  B");
    assertThat(
            run(
                "vote",
                "--rule",
                "majority-judgment",
                file("g.csv", "count,A,B\n2,3,1\n1,0,2\n").toString()))
        .isZero();
    assertThat(out.toString()).contains("winners  A");
  }

  @Test
  void voteRefusesAMalformedFileWithOneErrorLineAndExitOne() throws IOException {
    Path bad = file("bad.txt", "3: A > B\n2: A > > B\n");
    assertThat(run("vote", "--rule", "borda", bad.toString())).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            "error: "
                + bad
                + ":2: expected a candidate name between '>' or '=', found nothing"
                + System.lineSeparator());
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void voteRefusesAMissingFileWithExitOne() {
    assertThat(run("vote", "--rule", "borda", dir.resolve("none.txt").toString())).isEqualTo(1);
    assertThat(err.toString())
        .startsWith("error: ")
        .endsWith("none.txt: no such file" + System.lineSeparator());
  }

  @Test
  void voteRefusesAnUnknownRuleWithExitTwo() throws IOException {
    assertThat(run("vote", "--rule", "dictator", file("tn.txt", TENNESSEE).toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("'dictator' is not one of");
  }

  @Test
  void budgetPrintsTheIssuesJsonKeys() throws IOException {
    int code = run("budget", "--rule", "greedy", "--json", file("e.pb", PB).toString());
    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("rule").asText()).isEqualTo("greedy");
    assertThat(json.get("utility").asText()).isEqualTo("cost");
    assertThat(json.get("selected").toString()).isEqualTo("[\"a\",\"c\"]");
    assertThat(json.get("cost").asLong()).isEqualTo(10);
    assertThat(json.get("budget").asLong()).isEqualTo(10);
    assertThat(json.get("details").get("tie").asBoolean()).isTrue();
  }

  @Test
  void budgetRunsEqualSharesCompletedByGreedyWithAMinimum() throws IOException {
    assertThat(
            run(
                "budget",
                "--rule",
                "mes",
                "--utility",
                "approval",
                "--complete",
                "greedy",
                "--min-approvals",
                "2",
                file("e.pb", PB).toString()))
        .isZero();
    assertThat(out.toString()).contains("rule      mes (approval utility)").contains("selected  ");
  }

  @Test
  void budgetRefusesAMalformedFileNamingTheLine() throws IOException {
    Path bad = file("bad.pb", PB.replace("4;d", "4;e"));
    assertThat(run("budget", "--rule", "phragmen", bad.toString())).isEqualTo(1);
    assertThat(err.toString())
        .isEqualTo(
            "error: "
                + bad
                + ":16: expected a project_id listed in PROJECTS, found 'e'"
                + System.lineSeparator());
  }

  @Test
  void budgetRefusesCompletingPhragmenWithExitTwo() throws IOException {
    assertThat(
            run(
                "budget",
                "--rule",
                "phragmen",
                "--complete",
                "greedy",
                file("e.pb", PB).toString()))
        .isEqualTo(2);
    assertThat(run("budget", "--rule", "greedy", "--utility", "joy", file("e.pb", PB).toString()))
        .isEqualTo(2);
  }
}
