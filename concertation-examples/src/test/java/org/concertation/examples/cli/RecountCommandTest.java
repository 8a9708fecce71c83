package org.concertation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.examples.cli.CliRun.execute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.decision.BudgetTerms;
import org.concertation.api.event.BallotOutcome;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.log.EventLog;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;
import org.concertation.core.simulation.Simulation;
import org.concertation.core.simulation.SimulationConfig;
import org.concertation.core.simulation.SimulationRun;
import org.concertation.examples.cli.CliRun.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code concertation recount}: another rule on the ballots of a round, the log left alone. */
class RecountCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** The log of a simulated process whose rounds all count ballots by this rule. */
  private Path log(String name, Optional<BallotRule> rule) throws IOException {
    SimulationConfig config = SimulationConfig.of(30).withRoundRule(rule);
    Charter charter = Simulation.charterOf(Charters.projectLogic(), config);
    SimulationRun run = Simulation.run(charter, config, 7);
    ConcertationDecider decider = ConcertationDecider.create();
    ProcessState state = decider.initialState(charter);
    List<Event> events = new ArrayList<>();
    for (Command command : run.commands()) {
      Result<Event> result = decider.decide(command, state);
      if (result.isAccepted()) {
        events.addAll(result.events());
        state = decider.after(state, result);
      }
    }
    assertThat(events)
        .as("the fixture holds a closed round 1")
        .anyMatch(e -> e instanceof Event.RoundClosed c && c.round() == 1);
    Path file = dir.resolve(name + ".jsonl");
    EventLog.create().write(file, "simulated-" + name, charter, events);
    return file;
  }

  private static BallotOutcome recorded(Path log) {
    return EventLog.create().read(log).events().stream()
        .filter(e -> e instanceof Event.RoundClosed c && c.round() == 1)
        .map(e -> ((Event.RoundClosed) e).ballot().orElseThrow())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aRecountUnderTheRoundsOwnRuleGivesTheRecordedOutcomeAndLeavesTheLogAlone()
      throws IOException {
    Path log = log("schulze", Optional.of(BallotRule.ranked("schulze")));
    byte[] before = Files.readAllBytes(log);
    Outcome outcome =
        execute("recount", log.toString(), "--round", "1", "--rule", "schulze", "--json");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    JsonNode json = JSON.readTree(outcome.out());
    BallotOutcome recorded = recorded(log);
    assertThat(json.get("agrees").asBoolean()).isTrue();
    assertThat(json.get("ballots").asInt()).isEqualTo(recorded.ballots());
    recorded
        .statuses()
        .forEach(
            (id, status) ->
                assertThat(json.get("statuses").get(id.value()).asText())
                    .isEqualTo(status.name().toLowerCase(java.util.Locale.ROOT)));
    assertThat(json.get("winners")).isNotNull();
    assertThat(Files.readAllBytes(log)).isEqualTo(before);
  }

  @Test
  void rankingsRecountedUnderAnotherRankedRuleArePrintedAsVotePrintsThem() throws IOException {
    Path log = log("schulze", Optional.of(BallotRule.ranked("schulze")));
    Outcome outcome = execute("recount", log.toString(), "--round", "1", "--rule", "borda");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out())
        .contains("recorded  schulze chose")
        .contains("recount   borda chooses")
        .contains("rule     borda")
        .contains("ranking\n");
  }

  @Test
  void approvalsRecountedUnderABudgetRuleNeedAnEnvelopeAndArePrintedAsBudgetPrintsThem()
      throws IOException {
    Path log = log("approval", Optional.of(BallotRule.approval()));
    Outcome missing = execute("recount", log.toString(), "--round", "1", "--rule", "mes");
    assertThat(missing.exitCode()).isEqualTo(Errors.USAGE);
    assertThat(missing.err()).startsWith("error: Missing option '--envelope'");
    Outcome outcome =
        execute(
            "recount",
            log.toString(),
            "--round",
            "1",
            "--rule",
            "mes",
            "--envelope",
            "200000",
            "--complete",
            "greedy");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out()).contains("rule      mes").contains("of 200,000");
  }

  @Test
  void aBudgetRoundRecountedUnderAnotherBudgetRuleKeepsItsEnvelope() throws IOException {
    Path log = log("greedy", Optional.of(BallotRule.budget("greedy", 250_000)));
    Outcome outcome =
        execute("recount", log.toString(), "--round", "1", "--rule", "phragmen", "--json");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    JsonNode json = JSON.readTree(outcome.out());
    assertThat(json.get("budget").asLong()).isEqualTo(250_000);
    assertThat(json.get("cost").asLong()).isLessThanOrEqualTo(250_000);
    assertThat(json.get("recorded").get("rule").asText()).isEqualTo("greedy");
  }

  @Test
  void aRoundOfEqualSharesCompletedAndRaisedIsRecountedByGreedyWithoutItsCompletion()
      throws IOException {
    BallotRule completed =
        BallotRule.budget("mes", 250_000)
            .withTerms(
                new BudgetTerms(250_000, BudgetTerms.COST_UTILITY, true, Optional.of("1%"), 0));
    Path log = log("mes-completed", Optional.of(completed));

    Outcome greedy =
        execute("recount", log.toString(), "--round", "1", "--rule", "greedy", "--json");
    Outcome own = execute("recount", log.toString(), "--round", "1", "--rule", "mes", "--json");

    assertThat(greedy.exitCode()).as(greedy.err()).isZero();
    assertThat(JSON.readTree(greedy.out()).get("rule").asText()).isEqualTo("greedy");
    assertThat(JSON.readTree(greedy.out()).get("cost").asLong()).isLessThanOrEqualTo(250_000);
    assertThat(own.exitCode()).as(own.err()).isZero();
    assertThat(JSON.readTree(own.out()).get("agrees").asBoolean())
        .as("mes keeps the round's completion and increment")
        .isTrue();
  }

  @Test
  void gradesAreReadAsApprovalsOnlyFromAGradeNamed() throws IOException {
    Path log = log("score", Optional.of(BallotRule.score(5)));
    Outcome refused = execute("recount", log.toString(), "--round", "1", "--rule", "approval");
    assertThat(refused.exitCode()).isEqualTo(Errors.FAILURE);
    assertThat(refused.err())
        .startsWith("error: " + log + ": rule 'approval' reads approvals")
        .contains("grades");
    Outcome outcome =
        execute(
            "recount", log.toString(), "--round", "1", "--rule", "approval", "--approve-from", "3");
    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out()).contains("rule     approval");
    Outcome graded =
        execute("recount", log.toString(), "--round", "1", "--rule", "majority-judgment");
    assertThat(graded.exitCode()).as(graded.err()).isZero();
  }

  @Test
  void aRuleThatCannotReadTheRoundsBallotsIsBadInputNamingBoth() throws IOException {
    Path log = log("schulze", Optional.of(BallotRule.ranked("schulze")));
    Outcome outcome = execute("recount", log.toString(), "--round", "1", "--rule", "approval");
    assertThat(outcome.exitCode()).isEqualTo(Errors.FAILURE);
    assertThat(outcome.err())
        .isEqualTo(
            "error: "
                + log
                + ": rule 'approval' reads approvals, and the round's ballots are rankings\n");
    assertThat(outcome.out()).isEmpty();
  }

  @Test
  void aRoundMissingOrDecidedByPositionsIsBadInput() throws IOException {
    Path ballots = log("schulze", Optional.of(BallotRule.ranked("schulze")));
    Outcome missing = execute("recount", ballots.toString(), "--round", "99", "--rule", "borda");
    assertThat(missing.exitCode()).isEqualTo(Errors.FAILURE);
    assertThat(missing.err()).isEqualTo("error: " + ballots + ": the log holds no round 99\n");
    Path positions = log("positions", Optional.empty());
    Outcome outcome = execute("recount", positions.toString(), "--round", "1", "--rule", "borda");
    assertThat(outcome.exitCode()).isEqualTo(Errors.FAILURE);
    assertThat(outcome.err()).contains("round 1 decided by positions, not by ballots");
  }

  @Test
  void optionsOfAnotherFamilyOfRulesAndUnknownRulesAreUsageErrors() throws IOException {
    Path log = log("schulze", Optional.of(BallotRule.ranked("schulze")));
    Outcome unknown = execute("recount", log.toString(), "--round", "1", "--rule", "dictator");
    assertThat(unknown.exitCode()).isEqualTo(Errors.USAGE);
    assertThat(unknown.err()).startsWith("error: Invalid value for option '--rule': 'dictator'");
    Outcome seats =
        execute("recount", log.toString(), "--round", "1", "--rule", "mes", "--seats", "2");
    assertThat(seats.exitCode()).isEqualTo(Errors.USAGE);
    Outcome utility =
        execute("recount", log.toString(), "--round", "1", "--rule", "borda", "--utility", "cost");
    assertThat(utility.exitCode()).isEqualTo(Errors.USAGE);
    assertThat(utility.err()).startsWith("error: Invalid option '--utility'");
    Outcome round = execute("recount", log.toString(), "--round", "0", "--rule", "borda");
    assertThat(round.exitCode()).isEqualTo(Errors.USAGE);
  }
}
