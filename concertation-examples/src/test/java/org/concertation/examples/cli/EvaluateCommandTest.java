package org.concertation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.examples.cli.CliRun.execute;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concertation.core.history.CriterionEvaluation;
import org.concertation.core.history.ProcessHistory;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.log.VerifiedLog;
import org.concertation.examples.cli.CliRun.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate} prints, per criterion, ex ante against ex post; per indicator, expected against
 * observed; per carrier, committed against delivered, per kind of means; {@code --json} with the
 * documented keys exactly.
 */
class EvaluateCommandTest {
  private static final JsonCodec CODEC = JsonCodec.create();

  /**
   * The evaluation of {@code evaluate/means.json}, worked out by hand from its commands: criterion
   * c1 defined by ines and rated 4, 5 and 3 (median 4) on the process whose only action is a1; e1
   * expected of p1 (40 people by 2027-06-30, 44 observed), e2 of o1 (60.0 % by 2027-12-31, 55
   * observed); ines committed 20 hours and delivered 24, the landlord 3000 EUR and delivered
   * 2500.00. Inès registered without consenting to be named (an inhabitant is shown by kind by
   * default), so she is "inhabitant 1 (college inhabitants)", the first inhabitant so shown; the
   * landlord, a body, is shown by its name.
   */
  private static final String EVALUATION =
      """
      {"criteria":[{"criterion":"c1","chosenBy":"inhabitant 1 (college inhabitants)",\
      "exAnte":{},"exPost":{"a1":4}}],\
      "indicators":[{"indicator":"e1","expected":40,"observed":44,"horizon":"2027-06-30",\
      "unit":"people","of":{"proposal":"p1"}},\
      {"indicator":"e2","expected":60.0,"observed":55,"horizon":"2027-12-31",\
      "unit":"%","of":{"objective":"o1"}}],\
      "means":[{"carrier":"inhabitant 1 (college inhabitants)","kind":"inhabitant",\
      "committed":{"HOURS":20},\
      "delivered":{"HOURS":24},"unit":{"HOURS":"hours"}},\
      {"carrier":"Social landlord","kind":"institution","committed":{"MONEY":3000},\
      "delivered":{"MONEY":2500.00},"unit":{"MONEY":"EUR"}}]}""";

  @TempDir Path dir;

  private Path log;

  @BeforeEach
  void runTheScenario() throws IOException {
    Path scenario = dir.resolve("means.json");
    try (InputStream in = getClass().getResourceAsStream("/evaluate/means.json")) {
      assertThat(in).as("the scenario").isNotNull();
      Files.write(scenario, in.readAllBytes());
    }
    log = dir.resolve("events.jsonl");
    Outcome run =
        execute(
            "run",
            scenario.toString(),
            "--events",
            log.toString(),
            "--report",
            dir.resolve("report.md").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  @Test
  void printsTheEvaluationAsOneJsonObjectWithTheDocumentedKeys() {
    Outcome outcome = execute("evaluate", log.toString(), "--json");

    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.err()).isEmpty();
    assertThat(outcome.out().lines()).hasSize(1);
    JsonNode printed = CODEC.parse(outcome.out());
    assertThat(fields(printed)).containsExactly("criteria", "indicators", "means");
    assertThat(fields(printed.get("criteria").get(0)))
        .containsExactly("criterion", "chosenBy", "exAnte", "exPost");
    assertThat(fields(printed.get("indicators").get(0)))
        .startsWith("indicator", "expected", "observed", "horizon");
    assertThat(fields(printed.get("means").get(0)))
        .startsWith("carrier", "kind", "committed", "delivered");
    assertThat(CODEC.text(printed)).isEqualTo(EVALUATION);
  }

  @Test
  void printsTheEvaluationInEnglish() {
    Outcome outcome = execute("evaluate", log.toString());

    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out().lines())
        .containsExactly(
            "Criteria: ex ante against ex post",
            "  c1 \"Did each partner bring what it promised?\" (chosen by inhabitant 1 (college"
                + " inhabitants)): ex ante none; ex post a1: 4",
            "Indicators: expected against observed",
            "  e1 (proposal p1) young people in the workshops: expected 40 people by 2027-06-30;"
                + " observed 44 people",
            "  e2 (objective o1) share of evenings with activities: expected 60.0 % by"
                + " 2027-12-31; observed 55 %",
            "Means: committed against delivered, per carrier and kind of means",
            "  inhabitant 1 (college inhabitants) (inhabitant): hours committed 20 h, delivered"
                + " 24 h (120%)",
            "  Social landlord (institution): money committed €3,000, delivered €2,500 (83%)");
  }

  @Test
  void printsTheEvaluationInFrench() {
    Outcome outcome = execute("evaluate", log.toString(), "--lang", "fr");

    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out())
        .contains("Critères\u00a0: évaluation ex ante et ex post")
        .contains("valeur attendue 40 people à l’échéance du 30/06/2027\u00a0; valeur observée 44")
        .contains("Moyens engagés et moyens effectivement mobilisés")
        .contains(
            "habitant 1 (collège inhabitants) (habitant)\u00a0: heures\u00a0: moyens engagés"
                + " 20\u00a0h, moyens effectivement mobilisés 24\u00a0h (120\u00a0%)")
        .doesNotContainPattern("\\bines\\b");
  }

  @Test
  void printsTheExAnteAndExPostGradesOfTheProspectiveAssessment() throws IOException {
    Path scenario = dir.resolve("prospective.json");
    try (InputStream in = getClass().getResourceAsStream("/golden/v5-scenario-prospective.json")) {
      assertThat(in).as("the scenario").isNotNull();
      Files.write(scenario, in.readAllBytes());
    }
    Path events = dir.resolve("prospective.jsonl");
    assertThat(execute("run", scenario.toString(), "--events", events.toString()).exitCode())
        .isZero();
    VerifiedLog verified = Logs.read(events);
    ProcessHistory history = ProcessHistory.of(verified.charter(), verified.events());

    JsonNode criteria =
        CODEC.parse(execute("evaluate", events.toString(), "--json").out()).get("criteria");

    assertThat(history.criterionEvaluations()).isNotEmpty();
    assertThat(history.criterionEvaluations()).anySatisfy(e -> assertThat(e.exAnte()).isNotEmpty());
    for (CriterionEvaluation evaluation : history.criterionEvaluations()) {
      JsonNode node = null;
      for (JsonNode c : criteria) {
        if (c.get("criterion").asText().equals(evaluation.id().value())) {
          node = c;
        }
      }
      assertThat(node).as("criterion %s", evaluation.id()).isNotNull();
      Map<String, Integer> exAnte = new LinkedHashMap<>();
      node.get("exAnte")
          .fields()
          .forEachRemaining(f -> exAnte.put(f.getKey(), f.getValue().asInt()));
      Map<String, Integer> expected = new LinkedHashMap<>();
      evaluation.exAnte().forEach((proposal, grade) -> expected.put(proposal.value(), grade));
      assertThat(exAnte).isEqualTo(expected);
      if (!evaluation.exPost().isEmpty()) {
        Map<String, Integer> exPost = new LinkedHashMap<>();
        node.get("exPost")
            .fields()
            .forEachRemaining(f -> exPost.put(f.getKey(), f.getValue().asInt()));
        Map<String, Integer> graded = new LinkedHashMap<>();
        evaluation.exPost().forEach((action, grade) -> graded.put(action.value(), grade));
        assertThat(exPost).isEqualTo(graded);
      }
    }
  }

  /**
   * The sample {@code square-evaluation.json}, run then evaluated, worked out by hand from its
   * commands. Ex ante, five graders each; the majority grade is the third lowest: alive, lights 4 3
   * 3 3 3 (3 3 [3] 3 4) -> 3, kiosk 5 4 3 5 4 (3 4 [4] 5 5) -> 4; safe, lights 5 5 4 4 5 (4 4 [5] 5
   * 5) -> 5, kiosk 3 3 2 3 3 (2 3 [3] 3 3) -> 3. Ex post: light-up on safe 5 4 4 4 5 (4 4 [4] 5 5)
   * -> 4; kiosk-evenings on alive 4 4 3 5 4 (3 4 [4] 4 5) -> 4. Means, carriers in the order they
   * first committed: the town hall 20,000 + 15,000 = 35,000 committed and delivered; Omar 10 hours
   * committed, 12 delivered; the residents 120 and 90; Nadia 30 and 30. Inès consented to be named;
   * Omar and Nadia did not, and are the first and second inhabitants shown by kind.
   */
  @Test
  void theSampleThatLooksAheadRunsAndIsEvaluatedShowingActorsAsTheyConsented() throws IOException {
    Path scenario = dir.resolve("square-evaluation.json");
    try (InputStream in = getClass().getResourceAsStream("/scenarios/square-evaluation.json")) {
      assertThat(in).as("the sample scenario").isNotNull();
      Files.write(scenario, in.readAllBytes());
    }
    Path events = dir.resolve("square-evaluation.jsonl");
    Outcome run = execute("run", scenario.toString(), "--events", events.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();

    Outcome json = execute("evaluate", events.toString(), "--json");
    Outcome text = execute("evaluate", events.toString());
    Outcome french = execute("evaluate", events.toString(), "--lang", "fr");

    assertThat(json.exitCode()).as(json.err()).isZero();
    JsonNode root = CODEC.parse(json.out());
    assertThat(CODEC.text(root.get("criteria")))
        .isEqualTo(
            """
            [{"criterion":"alive","chosenBy":"Inès","exAnte":{"lights":3,"kiosk":4},\
            "exPost":{"kiosk-evenings":4}},\
            {"criterion":"safe","chosenBy":"Residents' association",\
            "exAnte":{"lights":5,"kiosk":3},"exPost":{"light-up":4}}]""");
    List<String> carriers = new ArrayList<>();
    List<String> delivered = new ArrayList<>();
    for (JsonNode carrier : root.get("means")) {
      carriers.add(carrier.get("carrier").asText());
      delivered.add(CODEC.text(carrier.get("committed")) + CODEC.text(carrier.get("delivered")));
    }
    assertThat(carriers)
        .containsExactly(
            "Town hall",
            "inhabitant 1 (college inhabitants)",
            "Residents' association",
            "inhabitant 2 (college inhabitants)");
    assertThat(delivered)
        .containsExactly(
            "{\"MONEY\":35000}{\"MONEY\":35000}",
            "{\"HOURS\":10}{\"HOURS\":12}",
            "{\"HOURS\":120}{\"HOURS\":90}",
            "{\"HOURS\":30}{\"HOURS\":30}");
    assertThat(text.out())
        .contains("(chosen by Inès)", "(chosen by Residents' association)")
        .contains("  inhabitant 1 (college inhabitants) (inhabitant): hours committed 10 h")
        .contains("  inhabitant 2 (college inhabitants) (inhabitant): hours committed 30 h");
    assertThat(french.out())
        .contains("(choisi par Inès)")
        .contains("  habitant 1 (collège inhabitants) (habitant)\u00a0: heures");
    for (Outcome outcome : List.of(json, text, french)) {
      assertThat(outcome.out())
          .as("no identity nor name of an actor shown by kind")
          .doesNotContainPattern("\\b(omar|nadia|Omar K\\.|Nadia S\\.)")
          .doesNotContain("\"ines\"", "(chosen by ines)");
    }
  }

  @Test
  void aLogWithoutEvaluationSaysThereIsNone() throws IOException {
    Path scenario = dir.resolve("small.json");
    try (InputStream in = getClass().getResourceAsStream("/scenarios/small-square.json")) {
      assertThat(in).as("the sample scenario").isNotNull();
      Files.write(scenario, in.readAllBytes());
    }
    Path small = dir.resolve("small.jsonl");
    assertThat(execute("run", scenario.toString(), "--events", small.toString()).exitCode())
        .isZero();

    Outcome text = execute("evaluate", small.toString());
    Outcome json = execute("evaluate", small.toString(), "--json");

    assertThat(text.out()).contains("Criteria: ex ante against ex post\n  none\n");
    assertThat(CODEC.parse(json.out()).get("criteria").isArray()).isTrue();
  }

  @Test
  void refusesABrokenLogWithTheErrorContract() throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(log));
    lines.set(3, lines.get(3).replace("town-hall", "town-hall2"));
    Files.write(log, lines);

    Outcome outcome = execute("evaluate", log.toString());

    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.err()).startsWith("error: ");
    assertThat(outcome.out()).isEmpty();
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void aCarrierOfSeveralKindsOfMeansHasThemSaidOneAfterTheOtherInEachLanguage() throws Exception {
    Path scenario = dir.resolve("saint-aubin-project.json");
    try (InputStream in = getClass().getResourceAsStream("/scenarios/saint-aubin-project.json")) {
      assertThat(in).as("the flagship scenario").isNotNull();
      Files.write(scenario, in.readAllBytes());
    }
    Path events = dir.resolve("flagship.jsonl");
    Outcome run = execute("run", scenario.toString(), "--events", events.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    // the sports club promised 200 hours and a competence, and gave 160 hours and the competence
    assertThat(execute("evaluate", events.toString()).out())
        .contains(
            "  US Saint-Aubin sports club (association): hours committed 200 h, delivered 160 h"
                + " (80%); competence committed 1 person or day, delivered 1 person or day (100%)");
    assertThat(execute("evaluate", events.toString(), "--lang", "fr").out())
        .contains(
            "(80\u00a0%)\u00a0; en compétences\u00a0: moyens engagés 1 personne ou journée,"
                + " moyens effectivement mobilisés 1 personne ou journée (100\u00a0%)");
  }
}
