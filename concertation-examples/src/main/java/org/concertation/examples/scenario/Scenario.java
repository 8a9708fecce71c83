package org.concertation.examples.scenario;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.concertation.api.Result;
import org.concertation.api.charter.Charter;
import org.concertation.api.command.Command;
import org.concertation.api.decision.BallotRule;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.CollegeId;
import org.concertation.api.domain.Role;
import org.concertation.api.event.Event;
import org.concertation.core.Charters;
import org.concertation.core.ballot.BallotRules;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.json.JsonCodecException;
import org.concertation.core.personal.RoundKeys;
import org.concertation.core.personal.Salts;
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

  /** The longest time between two commands: a year and a day, longer than any charter's phase. */
  public static final Duration MAX_STEP = Duration.ofDays(366);

  /** The earliest instant a scenario may name. */
  public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

  /** The latest instant a scenario may name. */
  public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  /**
   * The largest amount (a cost, a quantity, an indicator's value) a scenario may give: a million
   * billion, above any territory's budget in any currency.
   */
  public static final BigDecimal MAX_AMOUNT = new BigDecimal("1E15");

  /** The most decimal places an amount may have. */
  public static final int MAX_DECIMALS = 6;

  /** The fields that hold amounts, bounded by {@link #MAX_AMOUNT} and {@link #MAX_DECIMALS}. */
  private static final ImmutableSet<String> AMOUNTS =
      ImmutableSet.of("cost", "expected", "observed", "quantity");

  /** How much of a bad value a message quotes. */
  private static final int QUOTED = 40;

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
      Path directory = file.toAbsolutePath().getParent();
      return parse(
          Files.readString(file, StandardCharsets.UTF_8),
          directory == null ? Path.of("") : directory);
    } catch (CharacterCodingException e) {
      throw new ScenarioException("cannot read " + file + ": expected UTF-8 text", e);
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
      try {
        return parse(
            CODEC.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)),
            Scenario::sampleFile);
      } catch (JsonCodecException e) {
        throw new ScenarioException(String.valueOf(e.getMessage()), e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file that a sample names, shipped beside it: copied out of the jar, to be read. */
  private static Path sampleFile(String name) {
    try (InputStream in = Scenario.class.getResourceAsStream("/scenarios/" + name)) {
      if (in == null) {
        throw new ScenarioException("no sample file '" + name + "'");
      }
      Path copy = Files.createTempFile("concertation-sample-", ".csv");
      copy.toFile().deleteOnExit();
      Files.write(copy, in.readAllBytes());
      return copy;
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
    return parse(json, Path.of(""));
  }

  /**
   * Parses a scenario whose {@code drawPanel} steps name files relative to a directory.
   *
   * @param json the scenario's JSON
   * @param directory where the files that the scenario names are, relative to; usually the scenario
   *     file's
   * @return the scenario
   * @throws ScenarioException if the JSON is malformed or is not a valid scenario
   */
  public static Scenario parse(String json, Path directory) {
    checkNotNull(json, "json must not be null");
    checkNotNull(directory, "directory must not be null");
    try {
      return parse(CODEC.parse(json), name -> directory.resolve(name));
    } catch (JsonCodecException e) {
      throw new ScenarioException(String.valueOf(e.getMessage()), e);
    }
  }

  private static Scenario parse(JsonNode root, Function<String, Path> files) {
    if (!root.isObject()) {
      throw new ScenarioException("Invalid scenario at $: expected an object");
    }
    String title = text(root, "title", "");
    String stream = text(root, "stream", "process");
    if (stream.isBlank()) {
      throw new ScenarioException(
          "Invalid scenario at $.stream: expected a stream name, found \"\"");
    }
    amounts(root, new StringBuilder("$"));
    Charter charter = ballotRounds(charter(root.path("charter")), root);
    Instant now = instant(root.path("start"), "$.start", Instant.parse("2026-01-05T09:00:00Z"));
    Duration step = duration(root.path("step"), "$.step");
    List<Step> steps = new ArrayList<>();
    JsonNode actors = root.path("actors");
    if (!actors.isMissingNode() && !actors.isArray()) {
      throw new ScenarioException("Invalid scenario at $.actors: expected an array of actors");
    }
    for (int i = 0; i < actors.size(); i++) {
      String place = "actors[" + i + "]";
      JsonNode node = actors.get(i);
      if (!node.isObject()) {
        throw new ScenarioException("Invalid scenario at $." + place + ": expected an object");
      }
      Actor actor = CODEC.read(node, Actor.class, "$." + place);
      Role role =
          node.path("role").isMissingNode()
              ? Role.PARTICIPANT
              : CODEC.read(node.get("role"), Role.class, "$." + place + ".role");
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
      if (PanelStep.TYPE.equals(node.path("type").textValue())) {
        for (Command command : PanelStep.commands(node, "$." + place, now, files)) {
          steps.add(new Step(steps.size() + 1, place, command));
        }
        continue;
      }
      // the tree is this reading's own: the command's instant and ballot are set in place
      ObjectNode dated = (ObjectNode) node;
      dated.put("at", now.toString());
      ballot(dated);
      assessment(dated);
      steps.add(new Step(steps.size() + 1, place, CODEC.readCommand(dated, "$." + place)));
    }
    return new Scenario(title, stream, charter, ImmutableList.copyOf(steps));
  }

  /** The shorthands of a ballot, and the ballot kind each stands for. */
  private static final ImmutableMap<String, String[]> BALLOTS =
      ImmutableMap.of(
          "ranking", new String[] {"Ranking", "tiers"},
          "approvals", new String[] {"Approvals", "approved"},
          "grades", new String[] {"Grades", "grades"});

  /**
   * A {@code CastBallot} may give its ballot as {@code ranking} (tiers of proposals), {@code
   * approvals} (proposals) or {@code grades} (proposal to grade) instead of a {@code ballot}
   * object.
   */
  private static void ballot(ObjectNode command) {
    if (!"CastBallot".equals(command.path("type").asText()) || command.has("ballot")) {
      return;
    }
    for (Map.Entry<String, String[]> shorthand : BALLOTS.entrySet()) {
      if (command.has(shorthand.getKey())) {
        ObjectNode ballot = command.objectNode();
        ballot.put("type", shorthand.getValue()[0]);
        ballot.set(shorthand.getValue()[1], command.get(shorthand.getKey()));
        command.set("ballot", ballot);
        return;
      }
    }
  }

  /**
   * An {@code AssessProposals} may give its grades as an object from proposal to grade, {@code
   * "grades": {"lights": 4}}, instead of a graded ballot, {@code "grades": {"grades": {"lights":
   * 4}}}: an object whose values are all numbers is the shorter form (the ballot's one field is an
   * object).
   */
  private static void assessment(ObjectNode command) {
    if (!"AssessProposals".equals(command.path("type").asText())) {
      return;
    }
    JsonNode grades = command.path("grades");
    if (!grades.isObject() || grades.isEmpty()) {
      return;
    }
    for (JsonNode grade : ImmutableList.copyOf(grades.elements())) {
      if (!grade.isNumber()) {
        return; // the full form, or a mistake the codec names
      }
    }
    ObjectNode ballot = command.objectNode();
    ballot.set("grades", grades);
    command.set("grades", ballot);
  }

  /**
   * The charter with the scenario's {@code ballotRules} (from round number to ballot rule) and
   * {@code laterBallotReplaces}, if it gives them, checked so that every ballot rule can be
   * counted.
   */
  private static Charter ballotRounds(Charter charter, JsonNode root) {
    JsonNode rules = root.path("ballotRules");
    JsonNode replaces = root.path("laterBallotReplaces");
    Charter.Builder builder = Charter.builder().from(charter);
    if (!rules.isMissingNode()) {
      if (!rules.isObject()) {
        throw new ScenarioException(
            "Invalid scenario at $.ballotRules: expected an object from round number to ballot rule");
      }
      Map<Integer, BallotRule> byRound = new LinkedHashMap<>(charter.ballotRules());
      for (Map.Entry<String, JsonNode> rule : ImmutableList.copyOf(rules.fields())) {
        String at = "$.ballotRules." + rule.getKey();
        if (!rule.getKey().matches("[1-9][0-9]{0,8}")) {
          throw new ScenarioException(
              "Invalid scenario at " + at + ": expected a round number such as \"1\"");
        }
        byRound.put(
            Integer.parseInt(rule.getKey()), CODEC.read(rule.getValue(), BallotRule.class, at));
      }
      builder.ballotRules(byRound);
    }
    if (!replaces.isMissingNode()) {
      builder.laterBallotReplaces(
          CODEC.read(replaces, Boolean.class, "$.laterBallotReplaces").booleanValue());
    }
    try {
      return BallotRules.check(builder.build());
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new ScenarioException("Invalid scenario at $.ballotRules: " + e.getMessage());
    }
  }

  /** The ready-made charters a scenario may name instead of giving a charter object. */
  private static final String SHORTCUTS = "\"project\", \"mission\", \"prospective\"";

  private static Charter charter(JsonNode node) {
    if (node.isTextual()) {
      return Charters.named(node.textValue())
          .orElseThrow(
              () ->
                  new ScenarioException(
                      "Invalid scenario at $.charter: unknown charter '"
                          + node.textValue()
                          + "', expected "
                          + SHORTCUTS
                          + " or a charter object"));
    } else if (node.isObject()) {
      return CODEC.readCharter(node, "$.charter");
    }
    throw new ScenarioException(
        "Invalid scenario at $.charter: expected " + SHORTCUTS + " or a charter object");
  }

  private static Instant instant(JsonNode node, String path, Instant otherwise) {
    if (node.isMissingNode() || node.isNull()) {
      return otherwise;
    }
    Instant instant = CODEC.read(node, Instant.class, path);
    if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
      throw new ScenarioException(
          "Invalid scenario at "
              + path
              + ": expected an instant from "
              + EARLIEST
              + " to "
              + LATEST
              + ", found "
              + node);
    }
    return instant;
  }

  /** A value quoted in a message, cut after {@link #QUOTED} characters. */
  private static String shorten(String value) {
    return value.length() <= QUOTED ? value : value.substring(0, QUOTED) + "...";
  }

  private static String text(JsonNode root, String field, String otherwise) {
    JsonNode node = root.path(field);
    if (node.isMissingNode()) {
      return otherwise;
    }
    if (!node.isTextual()) {
      throw new ScenarioException(
          "Invalid scenario at $." + field + ": expected a string, found " + node);
    }
    return node.textValue();
  }

  /**
   * Refuses amounts beyond {@link #MAX_AMOUNT} or with more than {@link #MAX_DECIMALS}. The path is
   * one buffer, grown and cut back as the walk goes down and up, so that a large file does not make
   * a string per node.
   */
  private static void amounts(JsonNode node, StringBuilder path) {
    int length = path.length();
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        amounts(node.get(i), path.append('[').append(i).append(']'));
        path.setLength(length);
      }
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      path.append('.').append(field.getKey());
      JsonNode value = field.getValue();
      if (AMOUNTS.contains(field.getKey()) && (value.isNumber() || value.isTextual())) {
        amount(value, path.toString());
      } else if (value.isContainerNode()) {
        amounts(value, path);
      }
      path.setLength(length);
    }
  }

  private static void amount(JsonNode value, String path) {
    BigDecimal amount;
    try {
      amount = value.isNumber() ? value.decimalValue() : new BigDecimal(value.textValue().strip());
    } catch (NumberFormatException e) {
      return; // not a number: the codec says what it expected
    }
    if (amount.abs().compareTo(MAX_AMOUNT) > 0
        || amount.stripTrailingZeros().scale() > MAX_DECIMALS) {
      throw new ScenarioException(
          "Invalid scenario at "
              + path
              + ": expected an amount of at most "
              + MAX_AMOUNT.toPlainString()
              + " with at most "
              + MAX_DECIMALS
              + " decimals, found "
              + shorten(value.isNumber() ? value.asText() : value.textValue()));
    }
  }

  private static Duration duration(JsonNode node, String path) {
    if (node.isMissingNode() || node.isNull()) {
      return DEFAULT_STEP;
    }
    String expected =
        ": expected an ISO-8601 duration such as \"PT5M\", from PT0S to P"
            + MAX_STEP.toDays()
            + "D, got ";
    if (!node.isTextual()) {
      throw new ScenarioException("Invalid scenario at " + path + expected + node);
    }
    Duration step;
    try {
      step = Duration.parse(node.textValue());
    } catch (DateTimeParseException | ArithmeticException e) {
      throw new ScenarioException("Invalid scenario at " + path + expected + node, e);
    }
    if (step.isNegative() || step.compareTo(MAX_STEP) > 0) {
      throw new ScenarioException("Invalid scenario at " + path + expected + node);
    }
    return step;
  }

  /**
   * Runs the scenario through the state machine; a secret round's opening that gives no key gets
   * one drawn from a secure source, as {@link org.concertation.core.process.ProcessService} does.
   *
   * @return the events of all its commands, in order
   * @throws ScenarioRejection at the first command the machine refuses
   */
  public ImmutableList<Event> run() {
    return run(Salts.secure());
  }

  /**
   * Runs the scenario through the state machine, the key of each secret round it opens without one
   * drawn from a source of its own ({@link Salts#seeded(long)} for a reproducible run, for tests
   * and examples only: a seeded key is guessable by whoever knows the seed).
   *
   * @param roundKeys where the pseudonym keys of secret rounds come from
   * @return the events of all its commands, in order
   * @throws ScenarioRejection at the first command the machine refuses
   */
  public ImmutableList<Event> run(Salts roundKeys) {
    checkNotNull(roundKeys, "roundKeys must not be null");
    ConcertationDecider decider = ConcertationDecider.create();
    ProcessState state = decider.initialState(charter);
    List<Event> events = new ArrayList<>();
    for (Step step : steps) {
      // secret: a secret round opens with its pseudonym key, which a scenario file never holds
      Command command = RoundKeys.keyed(step.command(), charter, state.roundsHeld(), roundKeys);
      Result<Event> result = decider.decide(command, state);
      if (result instanceof Result.Rejected<Event> rejected) {
        throw new ScenarioRejection(step, rejected.rejection(), ImmutableList.copyOf(events));
      }
      events.addAll(result.events());
      state = decider.after(state, result);
    }
    return ImmutableList.copyOf(events);
  }
}
