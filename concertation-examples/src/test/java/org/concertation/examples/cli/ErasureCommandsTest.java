package org.concertation.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concertation.examples.cli.CliRun.execute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concertation.api.charter.Charter;
import org.concertation.api.domain.ActorId;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.log.EventLog;
import org.concertation.core.log.VerifiedLog;
import org.concertation.core.personal.PersonalValues;
import org.concertation.examples.cli.CliRun.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands {@code erase} and {@code export} on the flagship scenario. */
class ErasureCommandsTest {
  private static final ActorId AMINA = ActorId.of("amina");

  @TempDir Path dir;

  private Path flagshipLog() throws Exception {
    Path scenario = dir.resolve("saint-aubin-project.json");
    try (InputStream in = getClass().getResourceAsStream("/scenarios/saint-aubin-project.json")) {
      Files.write(scenario, in.readAllBytes());
    }
    Path events = dir.resolve("events.jsonl");
    Outcome run =
        execute(
            "run",
            scenario.toString(),
            "--events",
            events.toString(),
            "--report",
            dir.resolve("report.md").toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return events;
  }

  /** Amina's name and every text she wrote, as the log held them before the erasure. */
  private static Set<String> valuesOf(VerifiedLog log, ActorId actor) {
    Set<String> values = new LinkedHashSet<>();
    for (Event event : log.events()) {
      for (PersonalValues.Value v : PersonalValues.of(event)) {
        if (v.actor().equals(actor)) {
          values.add(v.value().orElseThrow());
        }
      }
    }
    return values;
  }

  /** A text in every encoding the library writes: raw UTF-8, JSON with and without \\u, HTML. */
  private static List<String> encodings(String text) {
    List<String> forms = new ArrayList<>();
    forms.add(text);
    String json = JsonCodec.create().text(JsonNodeFactory.instance.textNode(text));
    forms.add(json.substring(1, json.length() - 1));
    StringBuilder ascii = new StringBuilder();
    for (char c : forms.get(1).toCharArray()) {
      ascii.append(c < 128 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    forms.add(ascii.toString());
    forms.add(
        text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("\"", "&quot;")
            .replace("'", "&#39;"));
    forms.add(text.replace("|", "\\|"));
    return forms;
  }

  private static void assertHoldsNone(String what, byte[] bytes, Set<String> values) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    for (String value : values) {
      for (String form : encodings(value)) {
        assertThat(text.contains(form))
            .as("%s holds an erased value (%s characters)", what, value.length())
            .isFalse();
      }
    }
  }

  @Test
  void erasingAnActorKeepsTheHeadHashAndLeavesNoneOfHerValuesInTheLogItsPartOrTheReport()
      throws Exception {
    Path events = flagshipLog();
    Path personal = EventLog.personalFile(events);
    VerifiedLog before = EventLog.create().read(events);
    Set<String> values = valuesOf(before, AMINA);
    assertThat(values).contains("Amina B. (Les Tilleuls)").hasSizeGreaterThan(3);
    assertThat(Files.readString(personal)).contains("Amina B. (Les Tilleuls)");

    Outcome erase = execute("erase", events.toString(), "--actor", "amina", "--reason", "GDPR 17");
    assertThat(erase.exitCode()).as(erase.err()).isZero();
    assertThat(erase.out()).contains(before.head()).contains("amina");

    VerifiedLog after = EventLog.create().read(events);
    assertThat(after.head()).isEqualTo(before.head());
    assertThat(after.events()).hasSameSizeAs(before.events());
    assertThat(after.state().phase()).isEqualTo(before.state().phase());
    assertThat(after.state().proposals().keySet()).isEqualTo(before.state().proposals().keySet());
    assertThat(execute("replay", events.toString()).exitCode()).isZero();
    Outcome markdown = execute("report", events.toString());
    Outcome html = execute("report", events.toString(), "--format", "html");
    Outcome french = execute("report", events.toString(), "--lang", "fr");
    assertThat(markdown.exitCode()).as(markdown.err()).isZero();
    assertThat(html.exitCode()).as(html.err()).isZero();
    assertThat(markdown.out()).contains("[erased at the request of the person concerned]");
    assertThat(french.out()).contains("[effacé à la demande de la personne concernée]");

    assertHoldsNone("the log", Files.readAllBytes(events), values);
    assertHoldsNone("the personal part", Files.readAllBytes(personal), values);
    assertHoldsNone("the Markdown report", markdown.out().getBytes(StandardCharsets.UTF_8), values);
    assertHoldsNone("the HTML report", html.out().getBytes(StandardCharsets.UTF_8), values);
    assertHoldsNone("the French report", french.out().getBytes(StandardCharsets.UTF_8), values);
    // the others' values are still there
    assertThat(Files.readString(personal)).contains("Karim D. (Les Tilleuls)");
    assertThat(markdown.out()).contains("Karim D. (Les Tilleuls)");
  }

  @Test
  void exportPrintsHerRegistrationEventsAndValuesThenOnlyDigestsAfterAnErasure() throws Exception {
    Path events = flagshipLog();
    Outcome export = execute("export", events.toString(), "--actor", "amina");
    assertThat(export.exitCode()).as(export.err()).isZero();
    JsonNode json = JsonCodec.create().parse(export.out().strip());
    assertThat(json.get("actor").textValue()).isEqualTo("amina");
    assertThat(json.get("registration").get("actor").get("name").textValue())
        .isEqualTo("Amina B. (Les Tilleuls)");
    assertThat(json.get("events").size()).isGreaterThan(3);
    assertThat(json.get("personal").get(0).get("text").textValue())
        .isEqualTo("Amina B. (Les Tilleuls)");
    assertThat(json.get("erasures").size()).isZero();

    assertThat(execute("erase", events.toString(), "--actor", "amina").exitCode()).isZero();
    Outcome after = execute("export", events.toString(), "--actor", "amina");
    assertThat(after.exitCode()).as(after.err()).isZero();
    assertThat(after.out()).doesNotContain("Amina B.");
    JsonNode erased = JsonCodec.create().parse(after.out().strip());
    assertThat(erased.get("personal").get(0).get("digest").textValue()).matches("[0-9a-f]{64}");
    assertThat(erased.get("erasures").get(0).get("actor").textValue()).isEqualTo("amina");
  }

  @Test
  void anUnknownActorIsBadInputAndChangesNothing() throws Exception {
    Path events = flagshipLog();
    byte[] personal = Files.readAllBytes(EventLog.personalFile(events));
    for (String command : List.of("erase", "export")) {
      Outcome outcome = execute(command, events.toString(), "--actor", "nobody");
      assertThat(outcome.exitCode()).as(command).isEqualTo(1);
      assertThat(outcome.err())
          .startsWith("error: ")
          .contains("unknown actor 'nobody': the log never registered it");
      Outcome french = execute(command, events.toString(), "--actor", "nobody", "--lang", "fr");
      assertThat(french.exitCode()).as(command).isEqualTo(1);
      assertThat(french.err())
          .isEqualTo(
              "error: "
                  + events
                  + ": acteur inconnu 'nobody'\u00a0: le journal ne l'a jamais inscrit\n");
    }
    assertThat(Files.readAllBytes(EventLog.personalFile(events))).isEqualTo(personal);
  }

  @Test
  void aDamagedPersonalPartIsBadInputToEveryCommandThatReadsItAndChangesNothing() throws Exception {
    Path events = flagshipLog();
    Path personal = EventLog.personalFile(events);
    String part = Files.readString(personal, StandardCharsets.UTF_8);
    List<String> lines = part.lines().toList();
    int amina = lines.indexOf(lines.stream().filter(l -> l.contains("Amina B.")).findFirst().get());
    String cut = part.substring(0, part.lastIndexOf('"'));
    Map<String, String> damages =
        Map.of(
            "Invalid personal part: line "
                + lines.size()
                + " of the personal part is not valid:"
                + " Malformed JSON at column ",
            cut,
            "its salt and text do not give the digest the chain holds",
            part.replace("Amina B.", "Amina C."),
            "it belongs to 'amina', not to 'karim'",
            part.replace(
                lines.get(amina),
                lines.get(amina).replace("\"actor\":\"amina\"", "\"actor\":\"karim\"")));
    byte[] log = Files.readAllBytes(events);
    for (Map.Entry<String, String> damage : damages.entrySet()) {
      Files.writeString(personal, damage.getValue(), StandardCharsets.UTF_8);
      for (List<String> command :
          List.of(
              List.of("replay", events.toString()),
              List.of("report", events.toString()),
              List.of("erase", events.toString(), "--actor", "amina"),
              List.of("export", events.toString(), "--actor", "amina"))) {
        Outcome outcome = execute(command.toArray(String[]::new));
        assertThat(outcome.exitCode()).as("%s: %s", command, outcome.err()).isEqualTo(1);
        assertThat(outcome.out()).as("%s", command).isEmpty();
        assertThat(outcome.err())
            .as("%s", command)
            .startsWith("error: " + personal + ": ")
            .contains(damage.getKey())
            .doesNotContain("Amina", "Tilleuls", "\tat ");
        assertThat(outcome.err().lines()).as("%s", command).hasSize(1);
        assertThat(Files.readString(personal, StandardCharsets.UTF_8))
            .as("%s", command)
            .isEqualTo(damage.getValue());
        assertThat(Files.readAllBytes(events)).as("%s", command).isEqualTo(log);
      }
    }
  }

  @Test
  void oneValueErasedIsSaidInTheSingularInBothLanguages() throws Exception {
    Path scenario = dir.resolve("small-square.json");
    try (InputStream in = getClass().getResourceAsStream("/scenarios/small-square.json")) {
      Files.write(scenario, in.readAllBytes());
    }
    Path events = dir.resolve("small.jsonl");
    assertThat(execute("run", scenario.toString(), "--events", events.toString()).exitCode())
        .isZero();
    Outcome english = execute("erase", events.toString(), "--actor", "facilitator");
    assertThat(english.out())
        .startsWith("Erased 1 personal value of actor 'facilitator' from " + events + "; ");
    Outcome french = execute("erase", events.toString(), "--actor", "town-hall", "--lang", "fr");
    assertThat(french.out())
        .startsWith("2\u00a0valeurs personnelles de l'acteur 'town-hall' effacées de ");
    Outcome again = execute("erase", events.toString(), "--actor", "facilitator", "--lang", "fr");
    assertThat(again.out())
        .startsWith("0\u00a0valeur personnelle de l'acteur 'facilitator' effacée de ");
  }

  @Test
  void eraseRunFromTheShellPrintsItsOneLineAndNoLogLine() throws Exception {
    Path events = flagshipLog();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process erase =
        new ProcessBuilder(
                java,
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                ConcertationCommand.class.getName(),
                "erase",
                events.toString(),
                "--actor",
                "amina")
            .start();
    String out = new String(erase.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(erase.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(erase.waitFor()).as(err).isZero();
    assertThat(out.lines()).singleElement().asString().startsWith("Erased 7 personal values");
    assertThat(err).as("the library's INFO line repeats the command's own").isEmpty();
  }

  @Test
  void exportSaysItsErrorsInTheLanguageAskedAndPrintsTheSameJsonInEither() throws Exception {
    Path events = flagshipLog();
    Outcome english = execute("export", events.toString(), "--actor", "amina");
    Outcome french =
        execute("export", events.toString(), "--actor", "amina", "--lang", "fr", "--zone", "UTC");
    assertThat(french.exitCode()).as(french.err()).isZero();
    assertThat(french.out()).isEqualTo(english.out()).contains("\"registration\"");
    Outcome invalid = execute("export", events.toString(), "--actor", " amina", "--lang", "fr");
    assertThat(invalid.exitCode()).isEqualTo(1);
    assertThat(invalid.err())
        .isEqualTo(
            "error: "
                + events
                + ": acteur ' amina' invalide\u00a0: un identifiant n'est pas vide, n'est pas"
                + " entouré d'espaces et compte au plus 200\u00a0caractères\n");
    Outcome blank = execute("erase", events.toString(), "--actor", " ");
    assertThat(blank.exitCode()).isEqualTo(1);
    assertThat(blank.err())
        .isEqualTo(
            "error: "
                + events
                + ": invalid actor ' ': an id is not blank, has no spaces around it and has at most"
                + " 200 characters\n");
    Outcome database =
        execute(
            "export",
            "--db",
            "jdbc:mysql://x/y",
            "--stream",
            "s",
            "--actor",
            "amina",
            "--lang",
            "fr");
    assertThat(database.exitCode()).isEqualTo(1);
    assertThat(database.err())
        .isEqualTo(
            "error: jdbc:mysql://x/y: une URL JDBC jdbc:sqlite:FICHIER ou"
                + " jdbc:postgresql://HÔTE/BASE était attendue\n");
  }

  // secret: what she wrote in a secret round still open is hers, and exported with her values

  /** A process whose first round is secret, left open after Inès objected and the town hall too. */
  private Path openSecretRound() throws Exception {
    return secretRound("", "secret-open", List.of());
  }

  /** The same process, with more commands after the positions, run with more options. */
  private Path secretRound(String more, String name, List<String> options) throws Exception {
    String charter =
        JsonCodec.create()
            .writeCharter(
                Charter.builder().from(Charters.projectLogic()).secretRounds(Set.of(1)).build());
    String scenario =
        """
        {"title": "A secret round left open", "stream": "secret-open", "charter": %s,
         "start": "2026-03-02T09:00:00Z", "step": "PT10M",
         "actors": [
          {"id": "town-hall", "name": "Town hall", "kind": "institution", "role": "PROJECT_OWNER",
           "college": "institutions"},
          {"id": "facilitator", "name": "Facilitator", "kind": "independent", "naming": "BY_NAME",
           "role": "FACILITATOR", "registeredBy": "town-hall"},
          {"id": "ines", "name": "Inès Ferreira", "kind": "inhabitant", "college": "inhabitants"},
          {"id": "residents", "name": "Residents' association", "kind": "association",
           "college": "associations"}],
         "commands": [
          {"type": "AdvancePhase", "by": "facilitator"},
          {"type": "IdentifyStake", "by": "ines", "stake": "light", "title": "Light"},
          {"type": "Contribute", "by": "ines", "text": "The square is dark.", "stakes": ["light"]},
          {"type": "Contribute", "by": "residents", "text": "Forty households agree."},
          {"type": "Contribute", "by": "town-hall", "text": "The lamps went in 2019."},
          {"type": "ValidateStake", "by": "facilitator", "stake": "light"},
          {"type": "AdvancePhase", "by": "facilitator"},
          {"type": "SubmitProposal", "by": "residents", "proposal": "lamps",
           "content": {"title": "Four lamps", "text": "Four lamps on the square.",
                       "stakes": ["light"]}},
          {"type": "AdvancePhase", "by": "facilitator"},
          {"type": "OpenRound", "by": "facilitator", "agenda": ["lamps"]},
          {"type": "TakePosition", "by": "ines", "proposal": "lamps", "stance": "OBJECT",
           "reason": "The lamps would shine into the bedrooms of number 12."},
          {"type": "TakePosition", "by": "town-hall", "proposal": "lamps", "stance": "SUPPORT"}
          %s]}
        """
            .formatted(charter, more);
    Path file = dir.resolve(name + ".json");
    Files.writeString(file, scenario, StandardCharsets.UTF_8);
    Path events = dir.resolve(name + ".jsonl");
    List<String> arguments =
        new ArrayList<>(List.of("run", file.toString(), "--events", events.toString()));
    arguments.addAll(options);
    Outcome run = execute(arguments.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return events;
  }

  @Test
  void exportGivesHerStanceAndReasonInASecretRoundStillOpenAndOnlyHers() throws Exception {
    Path events = openSecretRound();
    String reason = "The lamps would shine into the bedrooms of number 12.";
    assertThat(EventLog.create().read(events).events())
        .filteredOn(Event.SecretPositionTaken.class::isInstance)
        .hasSize(2);

    Outcome ines = execute("export", events.toString(), "--actor", "ines");
    assertThat(ines.exitCode()).as(ines.err()).isZero();
    JsonNode json = JsonCodec.create().parse(ines.out().strip());
    List<String> texts = new ArrayList<>();
    json.get("personal").forEach(v -> texts.add(v.path("text").asText()));
    assertThat(texts).contains("Inès Ferreira", reason);
    List<String> types = new ArrayList<>();
    json.get("events").forEach(e -> types.add(e.get("event").get("type").textValue()));
    assertThat(types).containsOnlyOnce("SecretPositionTaken");

    Outcome townHall = execute("export", events.toString(), "--actor", "town-hall");
    assertThat(townHall.exitCode()).as(townHall.err()).isZero();
    assertThat(townHall.out()).doesNotContain(reason);
    List<String> itsTypes = new ArrayList<>();
    JsonCodec.create()
        .parse(townHall.out().strip())
        .get("events")
        .forEach(e -> itsTypes.add(e.get("event").get("type").textValue()));
    assertThat(itsTypes).containsOnlyOnce("SecretPositionTaken");

    // erased while the round is open, her reason goes with her name
    assertThat(execute("erase", events.toString(), "--actor", "ines").exitCode()).isZero();
    assertThat(Files.readString(EventLog.personalFile(events), StandardCharsets.UTF_8))
        .doesNotContain(reason)
        .doesNotContain("Inès Ferreira");
  }

  @Test
  void aScenarioOpensItsSecretRoundWithAKeyThatTheLogNoLongerHoldsOnceTheRoundClosed()
      throws Exception {
    String close = ", {\"type\": \"CloseRound\", \"by\": \"facilitator\"}";
    Path once = secretRound(close, "closed-once", List.of("--salt-seed", "7"));
    Path twice = secretRound(close, "closed-twice", List.of("--salt-seed", "7"));
    // seeded, the same run writes the same log and the same personal part
    assertThat(Files.readString(twice)).isEqualTo(Files.readString(once));
    assertThat(Files.readString(EventLog.personalFile(twice)))
        .isEqualTo(Files.readString(EventLog.personalFile(once)));
    VerifiedLog log = EventLog.create().read(once);
    Event.RoundOpened opened =
        log.events().stream()
            .filter(Event.RoundOpened.class::isInstance)
            .map(Event.RoundOpened.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(opened.key()).as("the opening commits to a key").isPresent();
    assertThat(opened.key().get().isErased()).as("erased at the close").isTrue();
    assertThat(Files.readString(EventLog.personalFile(once))).doesNotContain("\"field\":\"key\"");
    assertThat(execute("replay", once.toString()).exitCode()).isZero();
    assertThat(execute("report", once.toString(), "--lang", "fr").out())
        .contains("Scrutins secrets");
  }
}
