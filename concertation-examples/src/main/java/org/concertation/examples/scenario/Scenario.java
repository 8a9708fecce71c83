package org.concertation.examples.scenario;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.Role;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.json.JsonCodecException;
import org.concertation.core.process.ConcertationDecider;
import org.concertation.core.process.ProcessState;

/**
 * A process described in a JSON file: a charter, actors and a list of commands. See {@code
 * scenarios/README.md} for the format.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param title what the scenario is
 * @param stream the stream its events belong to
 * @param charter its charter
 * @param steps its commands, the actors' registrations first
 */
public record Scenario(String title, String stream, Charter charter, ImmutableList<Step> steps) {
  /** The time between two commands when the file gives no {@code step}: five minutes. */
  public static final Duration DEFAULT_STEP = Duration.ofMinutes(5);

  private static final JsonCodec CODEC = JsonCodec.create();

  /**
   * Validates the scenario.
   *
   * @param title what the scenario is
   * @param stream the stream its events belong to
   * @param charter its charter
   * @param steps its commands, the actors' registrations first
   */
  public Scenario {
    checkNotNull(title, "title must not be null");
    checkNotNull(stream, "stream must not be null");
    checkNotNull(charter, "charter must not be null");
    steps = ImmutableList.copyOf(checkNotNull(steps, "steps must not be null"));
  }

  /**
   * Reads a scenario file.
   *
   * @param file the file
   * @return the scenario
   * @throws ScenarioException if the file cannot be read or is not a valid scenario
   */
  public static Scenario read(Path file) {
    checkNotNull(file, "file must not be null");
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ScenarioException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads one of the samples shipped in this jar, under {@code scenarios/}.
   *
   * @param name the sample's file name, such as {@code saint-aubin-project.json}
   * @return the scenario
   * @throws ScenarioException if there is no such sample
   */
  public static Scenario sample(String name) {
    checkNotNull(name, "name must not be null");
    try (InputStream in = Scenario.class.getResourceAsStream("/scenarios/" + name)) {
      if (in == null) {
        throw new ScenarioException("no sample scenario '" + name + "'");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses a scenario.
   *
   * @param json the scenario's JSON
   * @return the scenario
   * @throws ScenarioException if the JSON is malformed or is not a valid scenario
   */
  public static Scenario parse(String json) {
    checkNotNull(json, "json must not be null");
    try {
      return parse(CODEC.parse(json));
    } catch (JsonCodecException e) {
      throw new ScenarioException(String.valueOf(e.getMessage()), e);
    }
  }

  private static Scenario parse(JsonNode root) {
    if (!root.isObject()) {
      throw new ScenarioException("Invalid scenario at $: expected an object");
    }
    String title = root.path("title").asText("");
    String stream = root.path("stream").asText("process");
    Charter charter = charter(root.path("charter"));
    Instant now = instant(root.path("start"), "$.start", Instant.parse("2026-01-05T09:00:00Z"));
    Duration step = duration(root.path("step"), "$.step");
    List<Step> steps = new ArrayList<>();
    JsonNode actors = root.path("actors");
    for (int i = 0; i < actors.size(); i++) {
      String place = "actors[" + i + "]";
      JsonNode node = actors.get(i);
      Actor actor = CODEC.read(node, Actor.class, "$." + place);
      Role role =
          CODEC.read(
              node.path("role").isMissingNode() ? CODEC.toTree(Role.PARTICIPANT) : node.get("role"),
              Role.class,
              "$." + place + ".role");
      Optional<CollegeId> college =
          node.hasNonNull("college")
              ? Optional.of(
                  CODEC.read(node.get("college"), CollegeId.class, "$." + place + ".college"))
              : Optional.empty();
      ActorId by =
          node.hasNonNull("registeredBy")
              ? CODEC.read(node.get("registeredBy"), ActorId.class, "$." + place + ".registeredBy")
              : actor.id();
      now = instant(node.path("at"), "$." + place + ".at", now.plus(step));
      steps.add(
          new Step(
              steps.size() + 1, place, new Command.RegisterActor(by, now, actor, role, college)));
    }
    JsonNode commands = root.path("commands");
    if (!commands.isArray()) {
      throw new ScenarioException("Invalid scenario at $.commands: expected an array of commands");
    }
    for (int i = 0; i < commands.size(); i++) {
      String place = "commands[" + i + "]";
      JsonNode node = commands.get(i);
      if (!node.isObject()) {
        throw new ScenarioException("Invalid scenario at $." + place + ": expected an object");
      }
      now = instant(node.path("at"), "$." + place + ".at", now.plus(step));
      ObjectNode dated = node.deepCopy();
      dated.put("at", now.toString());
      steps.add(new Step(steps.size() + 1, place, CODEC.readCommand(dated, "$." + place)));
    }
    return new Scenario(title, stream, charter, ImmutableList.copyOf(steps));
  }

  private static Charter charter(JsonNode node) {
    if (node.isTextual()) {
      switch (node.textValue()) {
        case "project":
          return Charters.projectLogic();
        case "mission":
          return Charters.missionLogic();
        default:
          throw new ScenarioException(
              "Invalid scenario at $.charter: unknown charter '"
                  + node.textValue()
                  + "', expected \"project\", \"mission\" or a charter object");
      }
    } else if (node.isObject()) {
      return CODEC.readCharter(node, "$.charter");
    }
    throw new ScenarioException(
        "Invalid scenario at $.charter: expected \"project\", \"mission\" or a charter object");
  }

  private static Instant instant(JsonNode node, String path, Instant otherwise) {
    if (node.isMissingNode() || node.isNull()) {
      return otherwise;
    }
    return CODEC.read(node, Instant.class, path);
  }

  private static Duration duration(JsonNode node, String path) {
    if (node.isMissingNode() || node.isNull()) {
      return DEFAULT_STEP;
    }
    try {
      return Duration.parse(node.asText());
    } catch (DateTimeParseException e) {
      throw new ScenarioException(
          "Invalid scenario at "
              + path
              + ": expected an ISO-8601 duration such as \"PT5M\", got "
              + node,
          e);
    }
  }

  /**
   * Runs the scenario through the state machine.
   *
   * @return the events of all its commands, in order
   * @throws ScenarioRejection at the first command the machine refuses
   */
  public ImmutableList<Event> run() {
    ConcertationDecider decider = ConcertationDecider.create();
    ProcessState state = decider.initialState(charter);
    List<Event> events = new ArrayList<>();
    for (Step step : steps) {
      Result<Event> result = decider.decide(step.command(), state);
      if (result instanceof Result.Rejected<Event> rejected) {
        throw new ScenarioRejection(step, rejected.rejection(), ImmutableList.copyOf(events));
      }
      events.addAll(result.events());
      state = decider.fold(state, result.events());
    }
    return ImmutableList.copyOf(events);
  }
}
