package org.concertation.examples.scenario;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.concertation.api.command.Command;
import org.concertation.api.event.Event;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.process.HistoryCheck;

/**
 * Writes a scenario file that replays given events: each event becomes the command that caused it.
 * The samples under {@code scenarios/} were recorded this way from the flagship demo.
 */
final class Recorder {
  private static final JsonCodec CODEC = JsonCodec.create();

  private Recorder() {}

  static String record(
      String title, String stream, String charter, Instant start, List<Event> events) {
    Duration step = Scenario.DEFAULT_STEP;
    List<String> actors = new ArrayList<>();
    List<String> commands = new ArrayList<>();
    Instant now = start;
    boolean registering = true;
    for (Event event : events) {
      Command command = HistoryCheck.commandOf(event);
      Instant at = event.at();
      boolean onTime = at.equals(now.plus(step));
      now = at;
      if (registering && command instanceof Command.RegisterActor r) {
        ObjectNode actor = (ObjectNode) CODEC.toTree(r.actor());
        if (actor.path("competences").isEmpty()) {
          actor.remove("competences");
        }
        if (actor.path("resources").isEmpty()) {
          actor.remove("resources");
        }
        actor.put("role", r.role().name());
        r.college().ifPresent(c -> actor.put("college", c.value()));
        if (!r.by().equals(r.actor().id())) {
          actor.put("registeredBy", r.by().value());
        }
        if (!onTime) {
          actor.put("at", at.toString());
        }
        actors.add(CODEC.text(actor));
        continue;
      }
      registering = false;
      ObjectNode node = (ObjectNode) CODEC.toTree(command);
      if (onTime) {
        node.remove("at");
      }
      commands.add(CODEC.text(node));
    }
    return "{\n"
        + "  \"title\": "
        + CODEC.text(CODEC.toTree(title))
        + ",\n"
        + "  \"stream\": "
        + CODEC.text(CODEC.toTree(stream))
        + ",\n"
        + "  \"charter\": "
        + CODEC.text(CODEC.toTree(charter))
        + ",\n"
        + "  \"start\": \""
        + start
        + "\",\n"
        + "  \"step\": \""
        + step
        + "\",\n"
        + "  \"actors\": [\n    "
        + String.join(",\n    ", actors)
        + "\n  ],\n"
        + "  \"commands\": [\n    "
        + String.join(",\n    ", commands)
        + "\n  ]\n"
        + "}\n";
  }
}
