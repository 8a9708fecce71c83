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
import java.util.Set;
import org.concertation.api.domain.ActorId;
import org.concertation.api.event.Event;
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
    }
    assertThat(Files.readAllBytes(EventLog.personalFile(events))).isEqualTo(personal);
  }
}
