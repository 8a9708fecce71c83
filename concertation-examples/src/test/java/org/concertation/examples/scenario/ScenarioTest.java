package org.concertation.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import org.concertation.api.command.Command;
import org.concertation.api.domain.ProposalId;
import org.concertation.api.rejection.Rejection;
import org.concertation.core.Charters;
import org.concertation.core.json.JsonCodec;
import org.concertation.examples.demo.Demo;
import org.concertation.examples.demo.Logic;
import org.junit.jupiter.api.Test;

class ScenarioTest {
  private static final String SMALL =
"""
{
  "title": "Two neighbours",
  "stream": "small",
  "charter": "project",
  "start": "2026-03-02T09:00:00Z",
  "actors": [
    {"id": "town-hall", "name": "Town hall", "kind": "institution", "role": "PROJECT_OWNER"},
    {"id": "ines", "name": "Inès", "kind": "inhabitant"}
  ],
  "commands": [
    {"type": "AdvancePhase", "by": "town-hall"},
    {"type": "Contribute", "by": "ines", "text": "The square is dark", "at": "2026-03-09T18:00:00Z"},
    {"type": "Contribute", "by": "ines", "text": "No bench", "colour": "ignored"}
  ]
}
""";

  @Test
  void theProjectSampleIsTheFlagshipDemoAsAFile() {
    assertThat(Scenario.sample("saint-aubin-project.json").run())
        .isEqualTo(Demo.run(Logic.PROJECT).events());
  }

  @Test
  void theMissionSampleIsTheFlagshipDemoUnderTheMissionLogic() {
    assertThat(Scenario.sample("saint-aubin-mission.json").run())
        .isEqualTo(Demo.run(Logic.MISSION).events());
  }

  @Test
  void registersTheActorsFirstThenTheCommandsInOrder() {
    Scenario scenario = Scenario.parse(SMALL);
    assertThat(scenario.steps())
        .extracting(Step::place)
        .containsExactly("actors[0]", "actors[1]", "commands[0]", "commands[1]", "commands[2]");
    assertThat(scenario.steps().get(1).command())
        .isInstanceOfSatisfying(
            Command.RegisterActor.class, r -> assertThat(r.by().value()).isEqualTo("ines"));
    assertThat(scenario.charter()).isEqualTo(Charters.projectLogic());
    assertThat(scenario.run()).hasSize(5);
  }

  @Test
  void datesACommandWithoutAtOneStepAfterThePreviousOne() {
    Scenario scenario = Scenario.parse(SMALL);
    assertThat(scenario.steps())
        .extracting(s -> s.command().at())
        .containsExactly(
            Instant.parse("2026-03-02T09:05:00Z"),
            Instant.parse("2026-03-02T09:10:00Z"),
            Instant.parse("2026-03-02T09:15:00Z"),
            Instant.parse("2026-03-09T18:00:00Z"),
            Instant.parse("2026-03-09T18:05:00Z"));
  }

  @Test
  void readsAnInlineCharter() {
    String charter = JsonCodec.create().writeCharter(Charters.missionLogic());
    Scenario scenario = Scenario.parse(SMALL.replace("\"project\"", charter));
    assertThat(scenario.charter()).isEqualTo(Charters.missionLogic());
  }

  @Test
  void stopsAtARefusedCommandNamingItsPositionAndTheRejection() {
    String json =
        SMALL.replace(
            "{\"type\": \"AdvancePhase\", \"by\": \"town-hall\"}",
            "{\"type\": \"AdvancePhase\", \"by\": \"ines\"}");
    assertThatThrownBy(() -> Scenario.parse(json).run())
        .isInstanceOf(ScenarioRejection.class)
        .hasMessageStartingWith("command 3 (commands[0], AdvancePhase) was refused: ")
        .satisfies(
            e -> {
              ScenarioRejection r = (ScenarioRejection) e;
              assertThat(r.rejection()).isInstanceOf(Rejection.NotPermitted.class);
              assertThat(r.eventsBefore()).hasSize(2);
            });
  }

  @Test
  void refusesAnUnknownCharterName() {
    assertThatThrownBy(() -> Scenario.parse(SMALL.replace("\"project\"", "\"anarchy\"")))
        .isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith("Invalid scenario at $.charter: unknown charter 'anarchy'")
        .hasMessageContaining("\"prospective\"");
  }

  @Test
  void prospectiveNamesTheProjectLogicWhoseEvaluationLooksAhead() {
    Scenario scenario = Scenario.parse(SMALL.replace("\"project\"", "\"prospective\""));
    assertThat(scenario.charter()).isEqualTo(Charters.prospectiveProjectLogic());
    assertThat(scenario.charter()).isNotEqualTo(Charters.projectLogic());
    assertThat(scenario.run()).hasSize(5);
  }

  /** A small process under the prospective charter, up to an open assessment of one proposal. */
  private static String assessing(String grades) {
    return """
        {"charter": "prospective",
         "actors": [
           {"id": "town-hall", "name": "Town hall", "kind": "institution", "role": "PROJECT_OWNER"},
           {"id": "claire", "name": "Claire", "kind": "independent", "role": "FACILITATOR",
            "registeredBy": "town-hall"},
           {"id": "ines", "name": "Inès", "kind": "inhabitant"},
           {"id": "residents", "name": "Residents", "kind": "association"}],
         "commands": [
           {"type": "AdvancePhase", "by": "claire"},
           {"type": "DefineCriterion", "by": "ines", "criterion": "alive", "title": "Alive?"},
           {"type": "Contribute", "by": "ines", "text": "Dark"},
           {"type": "Contribute", "by": "residents", "text": "Empty"},
           {"type": "Contribute", "by": "town-hall", "text": "Budget"},
           {"type": "IdentifyStake", "by": "ines", "stake": "square", "title": "The square"},
           {"type": "ValidateStake", "by": "claire", "stake": "square"},
           {"type": "AdvancePhase", "by": "claire"},
           {"type": "SubmitProposal", "by": "ines", "proposal": "lights",
            "content": {"title": "Lights", "text": "Six lamps", "stakes": ["square"]}},
           {"type": "OpenAssessment", "by": "claire", "agenda": ["lights"]},
           {"type": "AssessProposals", "by": "ines", "criterion": "alive", "grades": GRADES}]}
        """
        .replace("GRADES", grades);
  }

  @Test
  void anAssessmentsGradesMayBeGivenAsAnObjectFromProposalToGrade() {
    Scenario shorter = Scenario.parse(assessing("{\"lights\": 4}"));
    Scenario full = Scenario.parse(assessing("{\"grades\": {\"lights\": 4}}"));
    Command last = shorter.steps().get(shorter.steps().size() - 1).command();
    assertThat(last)
        .isEqualTo(full.steps().get(full.steps().size() - 1).command())
        .isInstanceOfSatisfying(
            Command.AssessProposals.class,
            a ->
                assertThat(a.grades().grades()).containsExactly(entry(ProposalId.of("lights"), 4)));
    assertThat(shorter.run()).hasSameSizeAs(shorter.steps());
  }

  @Test
  void theEvaluationSampleRunsEveryStepOfAnEvaluationThatLooksAhead() {
    Scenario sample = Scenario.sample("square-evaluation.json");
    assertThat(sample.charter()).isEqualTo(Charters.prospectiveProjectLogic());
    assertThat(sample.run()).hasSameSizeAs(sample.steps());
    assertThat(sample.steps())
        .extracting(s -> s.command().getClass().getSimpleName())
        .contains(
            "DefineCriterion",
            "WeighCriteria",
            "OpenAssessment",
            "AssessProposals",
            "CloseAssessment",
            "ExpectEffect",
            "RecordDelivery",
            "RateAction");
  }

  @Test
  void refusesAnInvalidCommandNamingItsPlace() {
    assertThatThrownBy(() -> Scenario.parse(SMALL.replace("\"text\": \"No bench\", ", "")))
        .isInstanceOf(ScenarioException.class)
        .hasMessage("Invalid JSON at $.commands[2].text: missing value, expected a string");
  }

  @Test
  void theSmallSampleRuns() {
    assertThat(Scenario.sample("small-square.json").run()).hasSize(10);
  }

  @Test
  void refusesMalformedJson() {
    assertThatThrownBy(() -> Scenario.parse(SMALL.substring(0, 100)))
        .isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith("Malformed JSON at line");
  }
}
