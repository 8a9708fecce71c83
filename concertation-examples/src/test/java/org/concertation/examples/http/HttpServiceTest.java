package org.concertation.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.concertation.api.charter.Charter;
import org.concertation.api.event.Event;
import org.concertation.api.store.StoredEvent;
import org.concertation.core.Charters;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.log.EventLog;
import org.concertation.core.store.jdbc.DriverDataSource;
import org.concertation.core.store.jdbc.JdbcEventStore;
import org.concertation.examples.cli.ConcertationCommand;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The HTTP service's routes, status codes and JSON keys, through {@code java.net.http} on a free
 * port: one service for the whole class, one process per test.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class HttpServiceTest {
  private static final JsonCodec CODEC = JsonCodec.create();

  @TempDir static Path dir;

  private static HttpService service;
  private static Client client;

  @BeforeAll
  static void start() {
    service =
        HttpService.start(
            "jdbc:sqlite:" + dir.resolve("city.db"), Tokens.of(Story.tokens(Story.ACTORS)), 0);
    client = new Client(service.port());
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  /** The service's database, as the command line opens it. */
  private static JdbcEventStore<Event> database() {
    return JdbcEventStore.forEvents(DriverDataSource.of("jdbc:sqlite:" + dir.resolve("city.db")));
  }

  private static void assertFailure(Client.Answer answer, int status) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/json");
    assertThat(answer.json().path("message").isTextual()).as(answer.body()).isTrue();
  }

  @Test
  void opensAProcessWith201AndRefusesASecondOpeningWith409() {
    Client.Answer opened =
        client.put("/processes/opened", "town-hall", "{\"charter\":\"mission\",\"title\":\"T\"}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    assertThat(opened.json().get("stream").textValue()).isEqualTo("opened");

    Client.Answer again = client.put("/processes/opened", "ines", "{\"charter\":\"project\"}");
    assertFailure(again, 409);
    assertThat(again.json().get("message").textValue()).contains("opened", "exists");
    // the process keeps the charter it was opened with
    assertThat(client.get("/processes/opened/report?format=md", null).body())
        .contains("mission logic");
  }

  @Test
  void opensAProcessUnderTheProspectiveCharterByItsName() {
    Client.Answer opened =
        client.put("/processes/ahead", "town-hall", "{\"charter\":\"prospective\"}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    assertThat(client.get("/processes/ahead/report?format=md", null).body())
        .contains(Charters.prospectiveProjectLogic().name());
    Client.Answer unknown =
        client.put("/processes/unknown", "town-hall", "{\"charter\":\"anarchy\"}");
    assertFailure(unknown, 400);
    assertThat(unknown.json().get("message").textValue())
        .contains("\"project\", \"mission\", \"prospective\"")
        .doesNotContain("anarchy");
  }

  @Test
  void opensAProcessUnderACharterGivenAsJson() {
    String charter =
        CODEC.writeCharter(
            Charter.builder().from(Charters.missionLogic()).name("a charter of its own").build());
    Client.Answer opened =
        client.put("/processes/own", "town-hall", "{\"charter\":" + charter + "}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    assertThat(client.get("/processes/own/report?format=md", null).body())
        .contains("a charter of its own");
  }

  @Test
  void refusesAnOpeningWithABadCharterWith400AtTheCharter() {
    Client.Answer named = client.put("/processes/bad", "town-hall", "{\"charter\":\"anarchy\"}");
    assertFailure(named, 400);
    assertThat(named.json().get("path").textValue()).isEqualTo("$.charter");
    Client.Answer object =
        client.put("/processes/bad", "town-hall", "{\"charter\":{\"name\":\"no phases\"}}");
    assertFailure(object, 400);
    assertThat(object.json().get("path").textValue()).startsWith("$.charter");
    assertFailure(client.get("/processes/bad", null), 404);
  }

  @Test
  void decidesACommandWith200TheStreamsVersionAndTheEvents() {
    Story story = new Story(client, "decided").open();
    JsonNode first =
        story.send(
            "town-hall", Story.register("town-hall", "Town hall", "institution", "PROJECT_OWNER"));
    // the process's first event opened it
    assertThat(first.get("version").longValue()).isEqualTo(2);
    assertThat(first.get("events")).hasSize(1);
    JsonNode event = first.get("events").get(0);
    assertThat(event.get("type").textValue()).isEqualTo("ActorRegistered");
    // who comes from the bearer token, when from the service's clock
    Event read = CODEC.readEvent(event, "$");
    assertThat(read).isInstanceOf(Event.ActorRegistered.class);
    assertThat(((Event.ActorRegistered) read).by().value()).isEqualTo("town-hall");

    JsonNode second =
        story.send("ines", Story.register("ines", "Inès", "inhabitant", "PARTICIPANT"));
    assertThat(second.get("version").longValue()).isEqualTo(3);
  }

  @Test
  void answersATypedRejectionWith409AndAppendsNothing() {
    Story story = new Story(client, "rejected").open();
    story.send(
        "town-hall", Story.register("town-hall", "Town hall", "institution", "PROJECT_OWNER"));
    story.send("ines", Story.register("ines", "Inès", "inhabitant", "PARTICIPANT"));

    Client.Answer refused =
        client.post(story.path() + "/commands", "ines", "{\"type\":\"AdvancePhase\"}");
    assertFailure(refused, 409);
    JsonNode rejection = refused.json().get("rejection");
    assertThat(rejection.get("type").textValue()).isEqualTo("NotPermitted");
    assertThat(rejection.get("actor").textValue()).isEqualTo("ines");
    assertThat(rejection.get("phase").textValue()).isEqualTo("FRAMING");
    assertThat(rejection.get("command").textValue()).isEqualTo("AdvancePhase");
    assertThat(refused.json().get("message").textValue()).contains("ines", "may not");

    assertThat(client.get(story.path(), null).json().get("events").intValue()).isEqualTo(3);
  }

  @Test
  void refusesMalformedOrInvalidJsonWith400AndThePathOfTheFault() {
    Story story = new Story(client, "malformed").open();
    String commands = story.path() + "/commands";

    Client.Answer syntax = client.post(commands, "ines", "{\"type\":");
    assertFailure(syntax, 400);
    assertThat(syntax.json().get("path").textValue()).isEqualTo("$");
    assertThat(syntax.json().get("message").textValue()).startsWith("Malformed JSON at line 1");

    Client.Answer field =
        client.post(
            commands,
            "ines",
            "{\"type\":\"SubmitProposal\",\"proposal\":\"p1\",\"content\":{\"title\":\" \","
                + "\"text\":\"t\"}}");
    assertFailure(field, 400);
    assertThat(field.json().get("path").textValue()).isEqualTo("$.content");

    Client.Answer type = client.post(commands, "ines", "{\"type\":\"Dance\"}");
    assertFailure(type, 400);
    assertThat(type.json().get("path").textValue()).isEqualTo("$.type");

    Client.Answer by = client.post(commands, "ines", "{\"type\":\"AdvancePhase\",\"by\":\"x\"}");
    assertFailure(by, 400);
    assertThat(by.json().get("path").textValue()).isEqualTo("$.by");

    Client.Answer at =
        client.post(
            commands, "ines", "{\"type\":\"AdvancePhase\",\"at\":\"2026-01-01T00:00:00Z\"}");
    assertThat(at.json().get("path").textValue()).isEqualTo("$.at");

    Client.Answer id = client.post(commands, "ines", "{\"type\":\"AdvancePhase\",\"commandId\":7}");
    assertFailure(id, 400);
    assertThat(id.json().get("path").textValue()).isEqualTo("$.commandId");

    Client.Answer array = client.post(commands, "ines", "[]");
    assertFailure(array, 400);
    assertThat(array.json().get("path").textValue()).isEqualTo("$");

    assertThat(client.get(story.path(), null).json().get("events").intValue()).isEqualTo(1);
  }

  @Test
  void refusesWritesAndEventsWithoutAKnownBearerTokenWith401() {
    Story story = new Story(client, "guarded").open();
    String command = Story.register("ines", "Inès", "inhabitant", "PARTICIPANT");
    for (String authorization :
        new String[] {null, "Bearer " + Client.tokenOf("intruder"), "Basic aW5lczppbmVz"}) {
      assertFailure(client.send("POST", story.path() + "/commands", authorization, command), 401);
      assertFailure(
          client.send("PUT", "/processes/other", authorization, "{\"charter\":\"project\"}"), 401);
      assertFailure(client.send("GET", story.path() + "/events", authorization, ""), 401);
    }
    assertFailure(client.get("/processes/other", null), 404);
    assertThat(client.get(story.path(), null).json().get("events").intValue()).isEqualTo(1);
  }

  @Test
  void answersAnUnknownProcessOrRouteWith404() {
    String missing = "/processes/missing";
    assertFailure(client.get(missing, null), 404);
    assertFailure(client.get(missing + "/events", "ines"), 404);
    assertFailure(client.get(missing + "/report", null), 404);
    assertFailure(client.get(missing + "/due?at=2026-03-02T09:00:00Z", null), 404);
    assertFailure(client.post(missing + "/commands", "ines", "{\"type\":\"AdvancePhase\"}"), 404);
    assertFailure(client.get("/nowhere", null), 404);
  }

  @Test
  void refusesBadQueryParametersWith400() {
    Story story = new Story(client, "queried").open();
    assertFailure(client.get(story.path() + "/events?after=-1", "ines"), 400);
    assertFailure(client.get(story.path() + "/events?after=one", "ines"), 400);
    assertFailure(client.get(story.path() + "/report?format=pdf", null), 400);
    assertFailure(client.get(story.path() + "/due?at=tomorrow", null), 400);
  }

  @Test
  void refusesAProcessIdThatWouldForgeALogLineWith400() {
    assertFailure(client.put("/processes/a%0Ab", "town-hall", "{\"charter\":\"project\"}"), 400);
    assertFailure(client.get("/processes/a%0Db", null), 400);
  }

  @Test
  void answersWhatIsDueAtAnInstant() {
    Story story = new Story(client, "due").open().diagnose();
    story.send(
        "ines",
        "{\"type\":\"SubmitProposal\",\"proposal\":\"p1\",\"content\":{\"title\":\"Lamps\","
            + "\"text\":\"Four lamps\",\"stakes\":[\"light\"]}}");
    story.send("facilitator", "{\"type\":\"AdvancePhase\"}");
    story.send("facilitator", "{\"type\":\"OpenRound\",\"agenda\":[\"p1\"]}");
    story.send(
        "town-hall",
        "{\"type\":\"SetDeadline\",\"target\":{\"round\":1},\"deadline\":\"2030-01-01T00:00:00Z\","
            + "\"reason\":\"a month to take positions\"}");

    Client.Answer before = client.get(story.path() + "/due?at=2029-12-31T00:00:00Z", null);
    assertThat(before.status()).as(before.body()).isEqualTo(200);
    assertThat(before.json().get("at").textValue()).isEqualTo("2029-12-31T00:00:00Z");
    JsonNode ahead = before.json().get("items").get(0);
    assertThat(ahead.get("type").textValue()).isEqualTo("DeadlineAhead");
    assertThat(ahead.get("deadline").textValue()).isEqualTo("2030-01-01T00:00:00Z");
    assertThat(ahead.get("overdue").booleanValue()).isFalse();

    JsonNode after = client.get(story.path() + "/due?at=2030-01-02T00:00:00Z", null).json();
    JsonNode close = after.get("items").get(0);
    assertThat(close.get("type").textValue()).isEqualTo("RoundToClose");
    assertThat(close.get("round").intValue()).isEqualTo(1);
    assertThat(close.get("overdue").booleanValue()).isTrue();
  }

  @Test
  void appliesACommandSentTwiceWithOneIdOnceAndAnswersTheSame() {
    Story story = new Story(client, "idempotent").open();
    story.send(
        "town-hall", Story.register("town-hall", "Town hall", "institution", "PROJECT_OWNER"));
    story.send("ines", Story.register("ines", "Inès", "inhabitant", "PARTICIPANT"));
    String command = "{\"type\":\"AdvancePhase\",\"commandId\":\"advance-1\"}";

    Client.Answer first = client.post(story.path() + "/commands", "town-hall", command);
    Client.Answer second = client.post(story.path() + "/commands", "town-hall", command);

    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(first.json().get("version").longValue()).isEqualTo(4);
    JsonNode summary = client.get(story.path(), null).json();
    assertThat(summary.get("events").intValue()).isEqualTo(4);
    assertThat(summary.get("phase").textValue()).isEqualTo("DIAGNOSIS");
  }

  @Test
  void runsAWholeSmallProcessThroughHttp() {
    Story story = new Story(client, "square").open().diagnose().negotiate();

    JsonNode summary = client.get(story.path(), null).json();
    assertThat(summary.get("stream").textValue()).isEqualTo("square");
    assertThat(summary.get("phase").textValue()).isEqualTo("NEGOTIATION");
    assertThat(summary.get("rounds")).hasSize(1);
    JsonNode round = summary.get("rounds").get(0);
    assertThat(round.get("round").intValue()).isEqualTo(1);
    assertThat(round.get("rule").textValue()).isEqualTo("college-majority");
    assertThat(round.get("adopted")).extracting(JsonNode::textValue).containsExactly("p1");
    assertThat(round.get("rejected")).isEmpty();
    assertThat(round.get("carried")).isEmpty();
    assertThat(round.get("tie").booleanValue()).isFalse();
    assertThat(summary.get("proposals").get("p1").textValue()).isEqualTo("ADOPTED");

    // the events in JSON lines, each with its version; after=N gives those that follow N
    String lines = client.get(story.path() + "/events", "ines").body();
    List<Event> events = new ArrayList<>();
    int version = 0;
    for (String line : lines.split("\n")) {
      JsonNode node = CODEC.parse(line);
      assertThat(node.get("version").intValue()).isEqualTo(++version);
      events.add(CODEC.readEvent(node.get("event"), "$.event"));
    }
    assertThat(summary.get("events").intValue()).isEqualTo(events.size());
    Client.Answer after = client.get(story.path() + "/events?after=" + (version - 2), "ines");
    assertThat(after.contentType()).startsWith("application/x-ndjson");
    assertThat(after.body().split("\n")).hasSize(2);
    assertThat(after.body()).startsWith("{\"version\":" + (version - 1) + ",");

    // the head is that of the sealed log of what the store holds, its values with their salts
    List<Event> stored = database().read("square").stream().map(StoredEvent::event).toList();
    assertThat(stored).containsExactlyElementsOf(events);
    ImmutableList<String> log = EventLog.create().write("square", Charters.projectLogic(), stored);
    assertThat(CODEC.parse(log.get(log.size() - 1)).get("seal").get("head").textValue())
        .isEqualTo(summary.get("head").textValue());

    // the same object as replay --json prints for the process's log
    Path file = dir.resolve("square.jsonl");
    EventLog.create().write(file, "square", Charters.projectLogic(), stored);
    StringWriter out = new StringWriter();
    CommandLine replay = ConcertationCommand.commandLine();
    replay.setOut(new PrintWriter(out));
    assertThat(replay.execute("replay", file.toString(), "--json")).isZero();
    assertThat(CODEC.parse(out.toString().strip())).isEqualTo(summary);

    Client.Answer markdown = client.get(story.path() + "/report?format=md", null);
    assertThat(markdown.contentType()).startsWith("text/markdown");
    assertThat(markdown.body()).startsWith("# A small square").contains("Lamps");
    Client.Answer html = client.get(story.path() + "/report", null);
    assertThat(html.contentType()).startsWith("text/html");
    assertThat(html.body()).contains("<html", "Lamps");
  }

  // erasure from the service's database

  @Test
  void erasingAnActorFromTheDatabaseKeepsTheSummarysHeadAndMarksHerTextsInTheReport() {
    Story story = new Story(client, "erased").open().diagnose().negotiate();
    JsonNode before = client.get(story.path(), null).json();
    assertThat(client.get(story.path() + "/report?format=md", null).body())
        .contains("The square is dark at night.");
    assertThat(client.get(story.path() + "/events", "ines").body()).contains("\"Inès\"");

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine erase = ConcertationCommand.commandLine();
    erase.setOut(new PrintWriter(out));
    erase.setErr(new PrintWriter(err));
    String url = "jdbc:sqlite:" + dir.resolve("city.db");
    int exit = erase.execute("erase", "--db", url, "--stream", "erased", "--actor", "ines");

    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString()).contains(before.get("head").textValue());
    JsonNode after = client.get(story.path(), null).json();
    assertThat(after).isEqualTo(before);
    String report = client.get(story.path() + "/report?format=md", null).body();
    assertThat(report)
        .contains("[erased at the request of the person concerned]")
        .doesNotContain("Inès", "The square is dark at night.", "Four lamps on the square");
    assertThat(client.get(story.path() + "/events", "ines").body())
        .doesNotContain("Inès", "The square is dark at night.", "Four lamps on the square");
  }
}
