package org.concertation.examples.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.concertation.core.json.JsonCodec;

/**
 * A small process told through the HTTP service: the town hall opens it, four actors join, the
 * diagnosis is shared, Inès proposes lamps on the square, a round adopts them.
 */
final class Story {
  /** The actors of the story, who have tokens; {@code stranger} has a token and never joins. */
  static final List<String> ACTORS =
      List.of("town-hall", "facilitator", "ines", "residents", "stranger");

  private final Client client;
  private final String stream;

  Story(Client client, String stream) {
    this.client = client;
    this.stream = stream;
  }

  /** The tokens file's JSON: one token per actor. */
  static JsonNode tokens(Iterable<String> actors) {
    ObjectNode tokens = JsonNodeFactory.instance.objectNode();
    actors.forEach(actor -> tokens.put(Client.tokenOf(actor), actor));
    return tokens;
  }

  String path() {
    return "/processes/" + stream;
  }

  /** Opens the process under the project logic. */
  Story open() {
    Client.Answer answer =
        client.put(path(), "town-hall", "{\"charter\":\"project\",\"title\":\"A small square\"}");
    assertThat(answer.status()).as(answer.body()).isEqualTo(201);
    return this;
  }

  /** Sends a command, which must be accepted. */
  JsonNode send(String actor, String command) {
    Client.Answer answer = client.post(path() + "/commands", actor, command);
    assertThat(answer.status()).as(command + " -> " + answer.body()).isEqualTo(200);
    return answer.json();
  }

  /** The actors join; the diagnosis is shared and the process is in its proposals phase. */
  Story diagnose() {
    send("town-hall", register("town-hall", "Town hall", "institution", "PROJECT_OWNER"));
    send("town-hall", register("facilitator", "Facilitator", "independent", "FACILITATOR"));
    send("ines", register("ines", "Inès", "inhabitant", "PARTICIPANT"));
    send(
        "residents", register("residents", "Residents' association", "association", "PARTICIPANT"));
    send("facilitator", "{\"type\":\"AdvancePhase\"}");
    send("ines", contribution("The square is dark at night."));
    send("ines", "{\"type\":\"IdentifyStake\",\"stake\":\"light\",\"title\":\"Light\"}");
    send("residents", contribution("Forty households signed for lamps.", "light"));
    send("town-hall", contribution("The lamps were removed in 2019 for cost.", "light"));
    send("facilitator", "{\"type\":\"ValidateStake\",\"stake\":\"light\"}");
    send("facilitator", "{\"type\":\"AdvancePhase\"}");
    return this;
  }

  /** Inès proposes lamps; a round with three supports adopts them. */
  Story negotiate() {
    send(
        "ines",
        "{\"type\":\"SubmitProposal\",\"proposal\":\"p1\",\"content\":{\"title\":\"Lamps\","
            + "\"text\":\"Four lamps on the square\",\"stakes\":[\"light\"],\"cost\":\"12000\"}}");
    send("facilitator", "{\"type\":\"AdvancePhase\"}");
    send("facilitator", "{\"type\":\"OpenRound\",\"agenda\":[\"p1\"]}");
    for (String actor : List.of("ines", "residents", "town-hall")) {
      send(actor, "{\"type\":\"TakePosition\",\"proposal\":\"p1\",\"stance\":\"SUPPORT\"}");
    }
    send("facilitator", "{\"type\":\"CloseRound\"}");
    return this;
  }

  static String register(String id, String name, String kind, String role) {
    ObjectNode command = JsonNodeFactory.instance.objectNode();
    command.put("type", "RegisterActor");
    command.putObject("actor").put("id", id).put("name", name).put("kind", kind);
    command.put("role", role);
    return JsonCodec.create().text(command);
  }

  static String contribution(String text, String... stakes) {
    ObjectNode command = JsonNodeFactory.instance.objectNode();
    command.put("type", "Contribute");
    command.put("text", text);
    ArrayNode array = command.putArray("stakes");
    for (String stake : stakes) {
      array.add(stake);
    }
    return JsonCodec.create().text(command);
  }
}
