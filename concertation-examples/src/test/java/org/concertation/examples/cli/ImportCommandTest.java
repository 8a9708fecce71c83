package org.concertation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.concertation.api.command.Command;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.Role;
import org.concertation.api.event.BallotOutcome;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.examples.scenario.Scenario;
import org.concertation.examples.scenario.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  @TempDir Path dir;

  /** Four projects within 10; voter 5 approves nothing; a, b, c tie on cost order. */
  private static final String PB =
      "META\nkey;value\ndescription;Small PB in Testville\ninstance;2026\nunit;Testville\n"
          + "budget;10\nvote_type;approval\ncurrency;EUR\nPROJECTS\n"
          + "project_id;cost;name\na;6;A library\nb;5;A bench\nc;4;\nd;1;A tree\n"
          + "VOTES\nvoter_id;vote\n101;a,b\n102;a,b,c\n103;a,b,c\n104;d\n105;\n";

  /** Burlington-like rankings with ties and truncation, named alternatives. */
  private static final String TOI =
      "# FILE NAME: e.toi\n# DATA TYPE: toi\n# NUMBER ALTERNATIVES: 3\n# NUMBER VOTERS: 9\n"
          + "# NUMBER UNIQUE ORDERS: 4\n# ALTERNATIVE NAME 1: Ann\n# ALTERNATIVE NAME 2: Bob\n"
          + "# ALTERNATIVE NAME 3: Cy\n4: 1,2\n3: 2,{1,3}\n1: 3\n1: 3,2,1\n";

  private static final ObjectMapper JSON = new ObjectMapper();

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static Scenario imported(String... args) {
    CliRun.Outcome outcome = CliRun.execute(args);
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.err()).isEmpty();
    return Scenario.parse(outcome.out());
  }

  private static BallotOutcome round(Scenario scenario) {
    ImmutableList<Event> events = scenario.run();
    return ((Event.RoundClosed) events.get(events.size() - 1)).ballot().orElseThrow();
  }

  private static List<Command> commands(Scenario scenario, Class<? extends Command> type) {
    return scenario.steps().stream().map(Step::command).filter(type::isInstance).toList();
  }

  @Test
  void aPabulibFileBecomesAParticipatoryBudgetWithItsBudgetAsTheEnvelope() throws IOException {
    Scenario scenario =
        imported(
            "import",
            "--rule",
            "mes",
            "--increment",
            "1%",
            "--complete",
            "greedy",
            file("city.pb", PB).toString());
    BallotRule rule = scenario.charter().ballotRuleOfRound(1).orElseThrow();
    assertThat(rule)
        .isEqualTo(BallotRule.budget("mes", 10).withIncrement("1%").withGreedyCompletion(true));
    assertThat(scenario.charter().name()).isEqualTo(Charters.participatoryBudget(10).name());
    assertThat(scenario.charter().grants()).isEqualTo(Charters.participatoryBudget(10).grants());
    assertThat(scenario.charter().currency().orElseThrow().getCurrencyCode()).isEqualTo("EUR");
    assertThat(scenario.title()).isEqualTo("Small PB in Testville 2026, imported from city.pb");
    assertThat(scenario.stream()).isEqualTo("city");
  }

  @Test
  void projectsBecomeProposalsWithTheirCostAndNameSubmittedBeforeTheOwnerFindsThemFeasible()
      throws IOException {
    Scenario scenario = imported("import", "--rule", "greedy", file("city.pb", PB).toString());
    List<Command> submitted = commands(scenario, Command.SubmitProposal.class);
    assertThat(submitted)
        .extracting(c -> ((Command.SubmitProposal) c).proposal().value())
        .containsExactly("a", "b", "c", "d");
    Command.SubmitProposal a = (Command.SubmitProposal) submitted.get(0);
    assertThat(a.content().title().orElseThrow()).isEqualTo("A library");
    assertThat(a.content().cost()).contains(new BigDecimal("6"));
    assertThat(((Command.SubmitProposal) submitted.get(2)).content().title().orElseThrow())
        .isEqualTo("Project c");
    assertThat(commands(scenario, Command.AnswerProposal.class))
        .hasSize(4)
        .allSatisfy(
            c -> assertThat(((Command.AnswerProposal) c).by()).isEqualTo(ImportCommand.OWNER));
    Command.OpenRound open = (Command.OpenRound) commands(scenario, Command.OpenRound.class).get(0);
    assertThat(open.agenda()).extracting(ProposalId::value).containsExactly("a", "b", "c", "d");
  }

  @Test
  void eachVoterIsAnInhabitantCastingItsBallotAndOneWhoApprovedNothingStillCounts()
      throws IOException {
    Scenario scenario = imported("import", "--rule", "mes", file("city.pb", PB).toString());
    List<Command> registered = commands(scenario, Command.RegisterActor.class);
    assertThat(registered).hasSize(2 + 5);
    Command.RegisterActor owner = (Command.RegisterActor) registered.get(0);
    assertThat(owner.role()).isEqualTo(Role.PROJECT_OWNER);
    assertThat(owner.actor().kind()).isEqualTo(ActorKind.INSTITUTION);
    assertThat(owner.actor().name().orElseThrow()).isEqualTo("Testville");
    assertThat(registered.subList(1, registered.size()))
        .allSatisfy(
            c ->
                assertThat(((Command.RegisterActor) c).actor().kind())
                    .isEqualTo(ActorKind.INHABITANT));
    List<Command> cast = commands(scenario, Command.CastBallot.class);
    assertThat(cast).hasSize(5);
    assertThat(cast)
        .extracting(c -> ((Command.CastBallot) c).ballot())
        .containsExactlyInAnyOrder(
            Ballot.Approvals.of(ProposalId.of("a"), ProposalId.of("b")),
            Ballot.Approvals.of(ProposalId.of("a"), ProposalId.of("b"), ProposalId.of("c")),
            Ballot.Approvals.of(ProposalId.of("a"), ProposalId.of("b"), ProposalId.of("c")),
            Ballot.Approvals.of(ProposalId.of("d")),
            Ballot.Approvals.of());
    assertThat(round(scenario).ballots()).isEqualTo(5);
  }

  @Test
  void theImportedRoundAdoptsWhatBudgetSelectsAndRejectsTheRest() throws IOException {
    Path pb = file("city.pb", PB);
    for (List<String> options :
        List.of(
            List.of("greedy"),
            List.of("mes"),
            List.of("mes", "--utility", "approval", "--complete", "greedy"),
            List.of("mes", "--increment", "0.5", "--complete", "greedy"),
            List.of("phragmen", "--min-approvals", "3"))) {
      String[] budget = concat(List.of("budget", "--json", "--rule"), options, pb);
      JsonNode selected = JSON.readTree(CliRun.execute(budget).out()).get("selected");
      BallotOutcome round = round(imported(concat(List.of("import", "--rule"), options, pb)));
      assertThat(round.chosen())
          .as("%s", options)
          .extracting(ProposalId::value)
          .containsExactlyElementsOf(JSON.convertValue(selected, List.class));
      assertThat(round.statuses().values())
          .filteredOn(s -> s == ProposalStatus.ADOPTED)
          .hasSize(selected.size());
      assertThat(round.statuses().values())
          .filteredOn(s -> s == ProposalStatus.REJECTED)
          .hasSize(4 - selected.size());
    }
  }

  @Test
  void aPrefLibFileBecomesARankedRoundWithItsAlternativesAsProposals() throws IOException {
    Path toi = file("e.toi", TOI);
    Scenario scenario = imported("import", "--rule", "stv", "--seats", "2", toi.toString());
    assertThat(scenario.charter().ballotRuleOfRound(1)).contains(BallotRule.ranked("stv", 2));
    assertThat(scenario.charter().name()).isEqualTo(ImportCommand.RANKED_CHARTER);
    assertThat(commands(scenario, Command.SubmitProposal.class))
        .extracting(c -> ((Command.SubmitProposal) c).proposal().value())
        .containsExactly("Ann", "Bob", "Cy");
    assertThat(commands(scenario, Command.CastBallot.class))
        .hasSize(9)
        .extracting(c -> ((Command.CastBallot) c).ballot())
        .contains(
            Ballot.Ranking.of(
                List.of(
                    List.of(ProposalId.of("Bob")),
                    List.of(ProposalId.of("Ann"), ProposalId.of("Cy")))));
    JsonNode vote =
        JSON.readTree(
            CliRun.execute("vote", "--json", "--rule", "stv", "--seats", "2", toi.toString())
                .out());
    assertThat(round(scenario).chosen())
        .extracting(ProposalId::value)
        .containsExactlyElementsOf(JSON.convertValue(vote.get("winners"), List.class));
  }

  @Test
  void aPlainRankingFileIsImportedAsVoteReadsIt() throws IOException {
    Path plain = file("tn.txt", "3: Memphis > Nashville\n2: Nashville > Memphis\n");
    BallotOutcome round = round(imported("import", "--rule", "plurality", plain.toString()));
    assertThat(round.chosen()).containsExactly(ProposalId.of("Memphis"));
    assertThat(round.ballots()).isEqualTo(5);
  }

  @Test
  void speaksFrenchWithLangFr() throws IOException {
    Scenario scenario =
        imported("import", "--rule", "greedy", "--lang", "fr", file("city.pb", PB).toString());
    assertThat(scenario.title()).isEqualTo("Small PB in Testville 2026, importé de city.pb");
    Command.RegisterActor voter =
        (Command.RegisterActor) commands(scenario, Command.RegisterActor.class).get(2);
    assertThat(voter.actor().name().orElseThrow()).isEqualTo("Votant 1");
  }

  @Test
  void optionsOfTheOtherFamilyOfRulesAreAUsageError() throws IOException {
    CliRun.Outcome seats =
        CliRun.execute("import", "--rule", "mes", "--seats", "2", file("city.pb", PB).toString());
    assertThat(seats.exitCode()).isEqualTo(Errors.USAGE);
    assertThat(seats.err()).startsWith("error: Invalid option '--seats'");
    assertThat(seats.out()).isEmpty();
    CliRun.Outcome utility =
        CliRun.execute(
            "import", "--rule", "irv", "--utility", "cost", file("e.toi", TOI).toString());
    assertThat(utility.exitCode()).isEqualTo(Errors.USAGE);
    assertThat(utility.err()).startsWith("error: Invalid option '--utility'");
    CliRun.Outcome unknown =
        CliRun.execute("import", "--rule", "dice", file("e.toi", TOI).toString());
    assertThat(unknown.exitCode()).isEqualTo(Errors.USAGE);
    CliRun.Outcome increment =
        CliRun.execute(
            "import", "--rule", "mes", "--increment", "0%", file("city.pb", PB).toString());
    assertThat(increment.exitCode()).isEqualTo(Errors.USAGE);
  }

  @Test
  void aRuleThatCannotReadTheFileIsAnInputErrorNamingIt() throws IOException {
    Path pb = file("city.pb", PB);
    CliRun.Outcome ranked = CliRun.execute("import", "--rule", "schulze", pb.toString());
    assertThat(ranked.exitCode()).isEqualTo(Errors.FAILURE);
    assertThat(ranked.err())
        .isEqualTo(
            "error: "
                + pb
                + ": is a Pabulib participatory budgeting file, which rule schulze cannot read:"
                + " import counts budgets with one of greedy, mes, phragmen\n");
    Path toi = file("e.toi", TOI);
    CliRun.Outcome budget = CliRun.execute("import", "--rule", "mes", toi.toString());
    assertThat(budget.exitCode()).isEqualTo(Errors.FAILURE);
    assertThat(budget.err()).contains("which rule mes cannot read").doesNotContain("Usage");
    CliRun.Outcome graded = CliRun.execute("import", "--rule", "approval", toi.toString());
    assertThat(graded.exitCode()).isEqualTo(Errors.FAILURE);
    assertThat(graded.out()).isEmpty();
  }

  @Test
  void badFilesAreInputErrorsAndNothingIsPrinted() throws IOException {
    CliRun.Outcome missing =
        CliRun.execute("import", "--rule", "mes", dir.resolve("no.pb").toString());
    assertThat(missing.exitCode()).isEqualTo(Errors.FAILURE);
    assertThat(missing.err()).endsWith("no.pb: no such file\n");
    Path broken = file("broken.pb", PB.replace("a;6;A library", "a;six;A library"));
    CliRun.Outcome malformed = CliRun.execute("import", "--rule", "mes", broken.toString());
    assertThat(malformed.exitCode()).isEqualTo(Errors.FAILURE);
    assertThat(malformed.err()).startsWith("error: " + broken + ":11: ");
    assertThat(malformed.out()).isEmpty();
    CliRun.Outcome seats =
        CliRun.execute("import", "--rule", "borda", "--seats", "4", file("e.toi", TOI).toString());
    assertThat(seats.exitCode()).isEqualTo(Errors.FAILURE);
    assertThat(seats.err()).contains("expected at most 3 seats");
  }

  @Test
  void kemenyBeyondTheCandidatesItRanksExactlyIsRefusedBeforeAnythingIsWritten()
      throws IOException {
    StringBuilder many = new StringBuilder("1: ");
    for (int c = 0; c < 17; c++) {
      many.append(c == 0 ? "" : " > ").append("c").append(c);
    }
    CliRun.Outcome outcome =
        CliRun.execute("import", "--rule", "kemeny", file("many.txt", many + "\n").toString());
    assertThat(outcome.exitCode()).isEqualTo(Errors.FAILURE);
    assertThat(outcome.err()).contains("has 17 candidates, more than the 16 that kemeny ranks");
    assertThat(outcome.out()).isEmpty();
  }

  @Test
  void theImportedScenarioRunsOnTheCommandLine() throws IOException {
    Path scenario =
        file(
            "city.json",
            CliRun.execute("import", "--rule", "mes", file("city.pb", PB).toString()).out());
    CliRun.Outcome run =
        CliRun.execute(
            "run",
            scenario.toString(),
            "--events",
            dir.resolve("city.jsonl").toString(),
            "--report",
            dir.resolve("city.md").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    CliRun.Outcome replay =
        CliRun.execute("replay", dir.resolve("city.jsonl").toString(), "--json");
    JsonNode rounds = JSON.readTree(replay.out()).get("rounds");
    assertThat(rounds.get(0).get("rule").asText()).isEqualTo("mes");
  }

  private static String[] concat(List<String> head, List<String> options, Path file) {
    return ImmutableList.<String>builder()
        .addAll(head)
        .addAll(options)
        .add(file.toString())
        .build()
        .toArray(String[]::new);
  }
}
