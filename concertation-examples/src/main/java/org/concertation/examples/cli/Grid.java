package org.concertation.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.concertation.core.simulation.Batch;
import org.concertation.core.simulation.SimulationConfig;

/**
 * A parameter grid read from JSON:
 *
 * <pre>{@code
 * {"seed": 42, "runs": 20,
 *  "grid": {"logic": ["project", "mission"], "actors": [50, 200],
 *           "strategy": ["boulware", "conceder"], "harm_threshold": 1.5}}
 * }</pre>
 *
 * <p>Each grid key takes one value or a list; the grid is their Cartesian product, the last key
 * varying fastest. Keys: {@code logic}, {@code actors}, {@code strategy}, {@code stakes}, {@code
 * proposals}, {@code harm_threshold}, {@code heterogeneity}, {@code amendment_step}, {@code
 * merge_similarity}, {@code share_institution}, {@code share_inhabitant}, {@code
 * share_association}, {@code propensity_institution}, {@code propensity_inhabitant}, {@code
 * propensity_association}, and the actors' behaviour phase by phase: {@code aspiration_gap}, {@code
 * support_margin}, {@code abstain_margin}, {@code negligible_effect}, {@code
 * proposal_effect_minimum}, {@code proposal_cost_minimum}, {@code proposal_cost_spread}, {@code
 * merged_cost_factor}, {@code money_share_minimum}, {@code money_share_spread}, {@code
 * money_minimum}, {@code hours_minimum}, {@code hours_spread}, and the territory's hidden
 * preferences: {@code leaning_minimum}, {@code leaning_spread}, {@code cost_aversion_minimum},
 * {@code cost_aversion_spread}, {@code reservation_maximum}, {@code competence_chance} (see {@link
 * SimulationConfig}). Unset parameters take {@link SimulationConfig#of(int)}'s defaults, with 100
 * actors and the project logic.
 */
record Grid(long seed, int runs, ImmutableList<Batch.Cell> cells) {
  private static final int DEFAULT_ACTORS = 100;

  static Grid read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(
          "Invalid grid file '" + file + "': expected a JSON object");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("seed") && !name.equals("runs") && !name.equals("grid")) {
        throw new IllegalArgumentException(
            "Invalid key '" + name + "' in '" + file + "': expected seed, runs and grid");
      }
    }
    long seed = root.path("seed").asLong(0);
    int runs = root.path("runs").asInt(10);
    if (runs < 1) {
      throw new IllegalArgumentException("Invalid runs '" + runs + "': at least 1");
    }
    List<Map.Entry<String, List<JsonNode>>> axes = new ArrayList<>();
    JsonNode grid = root.path("grid");
    if (!grid.isMissingNode() && !grid.isObject()) {
      throw new IllegalArgumentException("Invalid grid '" + grid + "': expected an object");
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = grid.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      List<JsonNode> values = new ArrayList<>();
      if (field.getValue().isArray()) {
        field.getValue().forEach(values::add);
      } else {
        values.add(field.getValue());
      }
      if (values.isEmpty()) {
        throw new IllegalArgumentException("Invalid grid key '" + field.getKey() + "': no value");
      }
      axes.add(Map.entry(field.getKey(), values));
    }
    ImmutableList.Builder<Batch.Cell> cells = ImmutableList.builder();
    expand(axes, 0, "project", SimulationConfig.of(DEFAULT_ACTORS), cells);
    return new Grid(seed, runs, cells.build());
  }

  private static void expand(
      List<Map.Entry<String, List<JsonNode>>> axes,
      int axis,
      String logic,
      SimulationConfig config,
      ImmutableList.Builder<Batch.Cell> cells) {
    if (axis == axes.size()) {
      cells.add(Batch.Cell.of(logic, config));
      return;
    }
    String key = axes.get(axis).getKey();
    for (JsonNode value : axes.get(axis).getValue()) {
      if (key.equals("logic")) {
        expand(axes, axis + 1, value.asText(), config, cells);
      } else {
        expand(axes, axis + 1, logic, with(config, key, value), cells);
      }
    }
  }

  private static double number(String key, JsonNode value) {
    if (!value.isNumber()) {
      throw new IllegalArgumentException("Invalid " + key + " '" + value + "': expected a number");
    }
    return value.asDouble();
  }

  private static int integer(String key, JsonNode value) {
    if (!value.isIntegralNumber()) {
      throw new IllegalArgumentException(
          "Invalid " + key + " '" + value + "': expected an integer");
    }
    return value.asInt();
  }

  static SimulationConfig with(SimulationConfig c, String key, JsonNode value) {
    switch (key) {
      case "actors":
        return c.withActors(integer(key, value));
      case "strategy":
        return c.withStrategy(Options.strategy(value.asText()));
      case "stakes":
        return c.withStakesAndProposals(integer(key, value), c.proposals());
      case "proposals":
        return c.withStakesAndProposals(c.stakes(), integer(key, value));
      case "harm_threshold":
        return c.withBehaviour(
            number(key, value), c.heterogeneity(), c.amendmentStep(), c.mergeSimilarity());
      case "heterogeneity":
        return c.withBehaviour(
            c.harmThreshold(), number(key, value), c.amendmentStep(), c.mergeSimilarity());
      case "amendment_step":
        return c.withBehaviour(
            c.harmThreshold(), c.heterogeneity(), number(key, value), c.mergeSimilarity());
      case "merge_similarity":
        return c.withBehaviour(
            c.harmThreshold(), c.heterogeneity(), c.amendmentStep(), number(key, value));
      case "share_institution":
        return c.withShares(number(key, value), c.inhabitantShare(), c.associationShare());
      case "share_inhabitant":
        return c.withShares(c.institutionShare(), number(key, value), c.associationShare());
      case "share_association":
        return c.withShares(c.institutionShare(), c.inhabitantShare(), number(key, value));
      case "propensity_institution":
        return c.withPropensities(
            number(key, value), c.inhabitantPropensity(), c.associationPropensity());
      case "propensity_inhabitant":
        return c.withPropensities(
            c.institutionPropensity(), number(key, value), c.associationPropensity());
      case "propensity_association":
        return c.withPropensities(
            c.institutionPropensity(), c.inhabitantPropensity(), number(key, value));
      case "aspiration_gap":
        return c.toBuilder().aspirationGap(number(key, value)).build();
      case "support_margin":
        return c.toBuilder().supportMargin(number(key, value)).build();
      case "abstain_margin":
        return c.toBuilder().abstainMargin(number(key, value)).build();
      case "negligible_effect":
        return c.toBuilder().negligibleEffect(number(key, value)).build();
      case "proposal_effect_minimum":
        return c.toBuilder().proposalEffectMinimum(number(key, value)).build();
      case "proposal_cost_minimum":
        return c.toBuilder().proposalCostMinimum(number(key, value)).build();
      case "proposal_cost_spread":
        return c.toBuilder().proposalCostSpread(number(key, value)).build();
      case "merged_cost_factor":
        return c.toBuilder().mergedCostFactor(number(key, value)).build();
      case "money_share_minimum":
        return c.toBuilder().moneyShareMinimum(number(key, value)).build();
      case "money_share_spread":
        return c.toBuilder().moneyShareSpread(number(key, value)).build();
      case "money_minimum":
        return c.toBuilder().moneyMinimum(integer(key, value)).build();
      case "hours_minimum":
        return c.toBuilder().hoursMinimum(integer(key, value)).build();
      case "hours_spread":
        return c.toBuilder().hoursSpread(integer(key, value)).build();
      case "leaning_minimum":
        return c.toBuilder().leaningMinimum(number(key, value)).build();
      case "leaning_spread":
        return c.toBuilder().leaningSpread(number(key, value)).build();
      case "cost_aversion_minimum":
        return c.toBuilder().costAversionMinimum(number(key, value)).build();
      case "cost_aversion_spread":
        return c.toBuilder().costAversionSpread(number(key, value)).build();
      case "reservation_maximum":
        return c.toBuilder().reservationMaximum(number(key, value)).build();
      case "competence_chance":
        return c.toBuilder().competenceChance(number(key, value)).build();
      default:
        throw new IllegalArgumentException("Invalid grid key '" + key + "': unknown parameter");
    }
  }
}
