package org.concertation.examples.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.concertation.api.command.Command;
import org.concertation.api.domain.Actor;
import org.concertation.api.domain.ActorId;
import org.concertation.api.domain.ActorKind;
import org.concertation.api.domain.CollegeId;
import org.concertation.core.choice.FormatException;
import org.concertation.core.json.JsonCodec;
import org.concertation.core.panel.Algorithm;
import org.concertation.core.panel.Allocation;
import org.concertation.core.panel.Draw;
import org.concertation.core.panel.InfeasibleQuotasException;
import org.concertation.core.panel.Panels;
import org.concertation.core.panel.Pool;
import org.concertation.core.panel.Quota;
import org.jspecify.annotations.Nullable;

/**
 * A scenario's {@code drawPanel} step: draws a college's members by lot from a pool of volunteers
 * under quotas, and becomes the process's commands, a {@link Command.RecordPanelDraw} then one
 * {@link Command.RegisterActor} per member drawn, all at the step's instant. The draw is
 * deterministic (the pool, the quotas, the size, the algorithm and the seed give the same panel),
 * so reading a scenario twice gives the same commands.
 */
final class PanelStep {
  /** The step's {@code type}: not a command of the API, a step of scenarios. */
  static final String TYPE = "drawPanel";

  /** The kind of the actors drawn when the step gives none. */
  static final ActorKind DEFAULT_KIND = ActorKind.INHABITANT;

  private static final JsonCodec CODEC = JsonCodec.create();

  private PanelStep() {}

  /**
   * The commands of one step.
   *
   * @param node the step
   * @param path where it is, such as {@code $.commands[2]}
   * @param at when it happens
   * @param files the files the step names, by name
   */
  static ImmutableList<Command> commands(
      JsonNode node, String path, Instant at, Function<String, Path> files) {
    ActorId by = CODEC.read(required(node, "by", path), ActorId.class, path + ".by");
    CollegeId college =
        CODEC.read(required(node, "college", path), CollegeId.class, path + ".college");
    int size = CODEC.read(required(node, "size", path), Integer.class, path + ".size");
    if (size < 1) {
      throw new ScenarioException(
          "Invalid scenario at "
              + path
              + ".size: expected a panel's size of at least 1, found "
              + size);
    }
    long seed = CODEC.read(required(node, "seed", path), Long.class, path + ".seed");
    String label = CODEC.read(required(node, "algorithm", path), String.class, path + ".algorithm");
    Algorithm algorithm;
    try {
      algorithm = Algorithm.fromLabel(label);
    } catch (IllegalArgumentException e) {
      throw new ScenarioException(
          "Invalid scenario at " + path + ".algorithm: " + e.getMessage(), e);
    }
    Optional<String> households =
        node.hasNonNull("households")
            ? Optional.of(CODEC.read(node.get("households"), String.class, path + ".households"))
            : Optional.empty();
    ActorKind kind =
        node.hasNonNull("kind")
            ? CODEC.read(node.get("kind"), ActorKind.class, path + ".kind")
            : DEFAULT_KIND;
    String prefix =
        node.hasNonNull("idPrefix")
            ? CODEC.read(node.get("idPrefix"), String.class, path + ".idPrefix")
            : college.value() + "-";

    Path quotasFile = file(node, "quotas", path, files);
    ImmutableList<Quota> quotas = input(path + ".quotas", quotasFile, () -> Quota.read(quotasFile));
    Path poolFile = file(node, "pool", path, files);
    Pool pool = input(path + ".pool", poolFile, () -> Pool.read(poolFile, quotas, households));
    Draw draw;
    try {
      Allocation allocation = Panels.allocate(pool, quotas, size, algorithm);
      draw = Draw.of(pool, quotas, allocation, seed);
    } catch (InfeasibleQuotasException | IllegalArgumentException e) {
      throw new ScenarioException(
          "Invalid scenario at " + path + ": cannot draw the panel: " + e.getMessage(), e);
    }
    Map<String, Actor> actors = new LinkedHashMap<>();
    for (String id : draw.panel()) {
      try {
        actors.put(id, Actor.of(prefix + id, "Volunteer " + id, kind));
      } catch (IllegalArgumentException e) {
        throw new ScenarioException(
            "Invalid scenario at " + path + ".idPrefix: " + e.getMessage(), e);
      }
    }
    ImmutableList.Builder<Command> commands = ImmutableList.builder();
    try {
      commands.add(draw.toCommand(quotas, college, by, at));
    } catch (IllegalArgumentException e) {
      throw new ScenarioException("Invalid scenario at " + path + ".quotas: " + e.getMessage(), e);
    }
    commands.addAll(draw.commands(college, by, at, actors));
    return commands.build();
  }

  private static JsonNode required(JsonNode node, String field, String path) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new ScenarioException(
          "Invalid scenario at "
              + path
              + "."
              + field
              + ": missing value, expected "
              + switch (field) {
                case "size" -> "an integer";
                case "seed" -> "an integer";
                default -> "a string";
              });
    }
    return value;
  }

  private static Path file(JsonNode node, String field, String path, Function<String, Path> files) {
    String name = CODEC.read(required(node, field, path), String.class, path + "." + field);
    if (name.isBlank()) {
      throw new ScenarioException(
          "Invalid scenario at " + path + "." + field + ": expected a file name, found \"\"");
    }
    return files.apply(name);
  }

  /** Reads an input file, its refusals as the scenario's. */
  private static <T> T input(String path, Path file, Supplier<T> read) {
    try {
      return read.get();
    } catch (FormatException e) {
      throw new ScenarioException("Invalid scenario at " + path + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      @Nullable IOException cause = e.getCause();
      String reason =
          cause instanceof NoSuchFileException
              ? "no such file"
              : String.valueOf(cause == null ? e.getMessage() : cause.getMessage());
      throw new ScenarioException(
          "Invalid scenario at " + path + ": cannot read " + file + ": " + reason, e);
    }
  }
}
