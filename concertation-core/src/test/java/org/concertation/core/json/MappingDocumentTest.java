package org.concertation.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.concertation.api.charter.Activity;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.decision.Grounds;
import org.concertation.api.decision.Method;
import org.concertation.api.decision.TieBreak;
import org.concertation.api.decision.Verdict;
import org.concertation.api.domain.AnswerKind;
import org.concertation.api.domain.Ballot;
import org.concertation.api.domain.Phase;
import org.concertation.api.domain.ProposalStatus;
import org.concertation.api.domain.ResourceKind;
import org.concertation.api.domain.Role;
import org.concertation.api.domain.Stance;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.junit.jupiter.api.Test;

/** The reference of the mapping stays in step with the api's records. */
class MappingDocumentTest {
  private static final JsonCodec CODEC = JsonCodec.create();

  private static String document() throws IOException {
    try (InputStream in = JsonCodec.class.getResourceAsStream("mapping.md")) {
      assertThat(in).as("mapping.md beside JsonCodec").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void documentsEveryEventWithItsStoredKeysInWrittenOrder() throws IOException {
    String document = document();
    for (Mappings.Member<? extends Event> member : TreeMapper.EVENTS.members()) {
      assertThat(namesInRow(document, member.type()))
          .as(member.type())
          .isEqualTo(String.join(",", member.mapping().keys()));
    }
  }

  @Test
  void documentsEveryCommandWithItsStoredKeysInWrittenOrder() throws IOException {
    String document = document();
    for (Mappings.Member<? extends Command> member : TreeMapper.COMMANDS.members()) {
      assertThat(namesInRow(document, member.type()))
          .as(member.type())
          .isEqualTo(String.join(",", member.mapping().keys()));
    }
  }

  @Test
  void documentsEveryValueRecordWithItsStoredKeysInWrittenOrder() throws IOException {
    String document = document();
    for (Mappings.RecordMapping<?> mapping :
        List.of(
            TreeMapper.COLLEGE_TALLY,
            TreeMapper.DECISION_RULE,
            TreeMapper.ELECTORATE,
            TreeMapper.FRACTION,
            TreeMapper.OUTCOME,
            TreeMapper.QUORUM,
            TreeMapper.TALLY,
            TreeMapper.ACTION,
            TreeMapper.ACTOR,
            TreeMapper.AMENDMENT,
            TreeMapper.COLLEGE,
            TreeMapper.COMMITMENT,
            TreeMapper.INDICATOR,
            TreeMapper.OBJECTIVE,
            TreeMapper.POSITION,
            TreeMapper.PROPOSAL,
            TreeMapper.PROPOSAL_CONTENT,
            TreeMapper.RATING,
            TreeMapper.RESOURCE,
            TreeMapper.STAKE,
            TreeMapper.ROUND_DECISION,
            TreeMapper.GRANT,
            TreeMapper.CONTRIBUTION,
            TreeMapper.CRITERION,
            TreeMapper.MERGE,
            TreeMapper.GRADE_SCALE,
            TreeMapper.BUDGET_TERMS,
            TreeMapper.BALLOT_RULE,
            TreeMapper.BALLOT_OUTCOME,
            // exante: what an assessment found
            TreeMapper.ASSESSMENT_RESULT)) {
      assertThat(namesInRow(document, mapping.name()))
          .as(mapping.name())
          .isEqualTo(String.join(",", mapping.keys()));
    }
  }

  @Test
  void documentsThePanelDrawRecordAndTheProcessSummaryWithTheirKeysInWrittenOrder()
      throws IOException {
    String document = document();
    for (Mappings.RecordMapping<?> mapping :
        List.of(
            TreeMapper.PANEL_DRAW_RECORD, TreeMapper.PROCESS_SUMMARY, TreeMapper.SUMMARY_ROUND)) {
      assertThat(namesInRow(document, mapping.name()))
          .as(mapping.name())
          .isEqualTo(String.join(",", mapping.keys()));
    }
  }

  @Test
  void documentsTheChartersFieldsInWrittenOrder() throws IOException {
    String document = document();
    String table =
        document.substring(document.indexOf("## Charter"), document.indexOf("## Events"));
    List<String> documented = new ArrayList<>();
    Matcher row = Pattern.compile("(?m)^\\| `(\\w+)` \\|").matcher(table);
    while (row.find()) {
      documented.add(row.group(1));
    }
    List<String> written = new ArrayList<>();
    // a charter with every optional field, so that every field is written
    Charter withEverything =
        Charter.builder()
            .from(Charters.projectLogic())
            .currency(java.util.Currency.getInstance("EUR"))
            .ballotRules(Map.of(2, BallotRule.ranked("schulze")))
            .laterBallotReplaces(true)
            .secretRounds(java.util.Set.of(1)) // secret
            // exante: criteria early and prospective assessment
            .criteriaFrom(Phase.DIAGNOSIS)
            .weighingScale(org.concertation.api.decision.GradeScale.score(3))
            .assessmentGate(2)
            .build();
    CODEC.toTree(withEverything).fieldNames().forEachRemaining(written::add);
    assertThat(documented).isEqualTo(written);
  }

  @Test
  void documentsEveryEnumsConstantsAsTheyAreStored() throws IOException {
    String document = document();
    Map<String, Enum<?>[]> enums =
        Map.of(
            "Phase", Phase.values(),
            "Role", Role.values(),
            "Stance", Stance.values(),
            "AnswerKind", AnswerKind.values(),
            "ProposalStatus", ProposalStatus.values(),
            "ResourceKind", ResourceKind.values(),
            "Activity", Activity.values(),
            "Method", Method.values(),
            "TieBreak", TieBreak.values(),
            "Verdict", Verdict.values());
    // consent
    assertThat(namesInRow(document, "Naming")).isEqualTo("BY_NAME,BY_KIND");
    assertThat(namesInRow(document, "BallotRule.Kind"))
        .isEqualTo(
            Arrays.stream(BallotRule.Kind.values())
                .map(c -> CODEC.toTree(c).textValue())
                .collect(Collectors.joining(",")));
    enums.forEach(
        (name, constants) ->
            assertThat(namesInRow(document, name))
                .as(name)
                .isEqualTo(
                    Arrays.stream(constants)
                        .map(c -> CODEC.toTree(c).textValue())
                        .collect(Collectors.joining(","))));
  }

  @Test
  void documentsEveryBallotWithItsStoredKeysInWrittenOrder() throws IOException {
    String document = document();
    for (Mappings.Member<? extends Ballot> member : TreeMapper.BALLOTS.members()) {
      assertThat(namesInRow(document, member.type()))
          .as(member.type())
          .isEqualTo(String.join(",", member.mapping().keys()));
    }
    assertThat(TreeMapper.BALLOTS.classes())
        .containsExactlyInAnyOrder(Ballot.class.getPermittedSubclasses());
  }

  // consent
  @Test
  void documentsEveryKindOfGroundsAndTheirRecordsWithTheirStoredKeysInWrittenOrder()
      throws IOException {
    String document = document();
    for (Mappings.Member<? extends Grounds> member : TreeMapper.GROUNDS.members()) {
      assertThat(namesInRow(document, member.type()))
          .as(member.type())
          .isEqualTo(String.join(",", member.mapping().keys()));
    }
    assertThat(TreeMapper.GROUNDS.classes())
        .containsExactlyInAnyOrder(Grounds.class.getPermittedSubclasses());
    for (Mappings.RecordMapping<?> mapping :
        List.of(TreeMapper.SHORTFALL, TreeMapper.COLLEGE_SHARE)) {
      assertThat(namesInRow(document, mapping.name()))
          .as(mapping.name())
          .isEqualTo(String.join(",", mapping.keys()));
    }
    Map<String, Enum<?>[]> enums =
        Map.of(
            "Grounds.Measure", Grounds.Measure.values(),
            "Grounds.Relation", Grounds.Relation.values(),
            "Grounds.Finding", Grounds.Finding.values());
    enums.forEach(
        (name, constants) ->
            assertThat(namesInRow(document, name))
                .as(name)
                .isEqualTo(
                    Arrays.stream(constants)
                        .map(c -> CODEC.toTree(c).textValue())
                        .collect(Collectors.joining(","))));
  }

  @Test
  void everyEventAndCommandTypeOfTheApiHasAMapping() {
    assertThat(TreeMapper.EVENTS.classes())
        .containsExactlyInAnyOrder(Event.class.getPermittedSubclasses());
    assertThat(TreeMapper.COMMANDS.classes())
        .containsExactlyInAnyOrder(Command.class.getPermittedSubclasses());
  }

  private static String namesInRow(String document, String type) {
    String start = "| `" + type + "` | ";
    int at = document.indexOf(start);
    assertThat(at).as("a row for %s", type).isNotNegative();
    String line = document.substring(at + start.length(), document.indexOf('\n', at));
    return Arrays.stream(line.split(", (?=`)"))
        .map(field -> field.substring(1, field.indexOf('`', 1)))
        .collect(Collectors.joining(","));
  }
}
