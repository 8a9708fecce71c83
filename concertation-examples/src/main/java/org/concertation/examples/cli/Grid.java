package org.concertation.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concertation.api.decision.BallotRule;
import org.concertation.core.ballot.BallotRules;
import org.concertation.core.simulation.Batch;
import org.concertation.core.simulation.Csv;
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
 * SimulationConfig}), and {@code rule}, the ballot rule of every round: {@code "charter"} (the
 * charter's own rounds, the default), a ranked rule ({@code "schulze"}, {@code "borda"}...), {@code
 * "approval"}, {@code "score"} (0 to 5), {@code "majority-judgment"} (reject, poor, fair, good,
 * excellent), {@code "gradients-of-agreement"}, or a budget rule ({@code "greedy"}, {@code "mes"},
 * {@code "phragmen"}) within an envelope of 300,000; or an object {@code {"label": "mes",
 * "envelope": 250000}} or {@code {"label": "stv", "seats": 2}}. Unset parameters take {@link
 * SimulationConfig#of(int)}'s defaults, with 100 actors and the project logic. {@code logic} is
 * {@code "project"}, {@code "mission"} or {@code "prospective"}: the project logic whose
 * participants assess the proposals before the decision, which the simulation plays with the keys
 * {@code delivery_share} and {@code delivery_variation}, what carriers deliver of their commitments
 * (see {@link SimulationConfig#deliveryShare()}).
 *
 * <p>The reader is strict: the file is UTF-8 JSON; {@code seed} is required, a whole number; {@code
 * runs} (10 when absent) a whole number from 1 to {@link Options#MAX_RUNS}; integers are JSON
 * integers in their bounds, numbers JSON numbers, names JSON strings: no value is coerced. Every
 * refusal is an {@link InputException} naming the file and the key.
 */
record Grid(long seed, int runs, ImmutableList<Batch.Cell> cells) {
  private static final int DEFAULT_ACTORS = 100;

  /** The runs of each point when the file does not say. */
  private static final int DEFAULT_RUNS = 10;

  /** The keys of the file's object. */
  private static final ImmutableList<String> KEYS = ImmutableList.of("seed", "runs", "grid");

  static Grid read(Path file) {
    JsonNode root = Inputs.json(file);
    if (!root.isObject()) {
      throw InputException.said(file, "cli.grid.not.object", kind(root));
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!KEYS.contains(name)) {
        throw InputException.said(file, "cli.grid.unknown.key", name);
      }
    }
    if (!root.has("seed")) {
      throw InputException.said(file, "cli.grid.no.seed");
    }
    long seed = whole(file, "seed", root.get("seed"), Long.MIN_VALUE, Long.MAX_VALUE);
    int runs =
        root.has("runs")
            ? (int) whole(file, "runs", root.get("runs"), 1, Options.MAX_RUNS)
            : DEFAULT_RUNS;
    List<Map.Entry<String, List<JsonNode>>> axes = new ArrayList<>();
    JsonNode grid = root.path("grid");
    if (!grid.isMissingNode() && !grid.isObject()) {
      throw InputException.said(file, "cli.grid.grid.not.object", kind(grid));
    }
    long points = 1;
    for (Iterator<Map.Entry<String, JsonNode>> fields = grid.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      List<JsonNode> values = new ArrayList<>();
      if (field.getValue().isArray()) {
        field.getValue().forEach(values::add);
      } else {
        values.add(field.getValue());
      }
      if (values.isEmpty()) {
        throw InputException.said(file, "cli.grid.empty", field.getKey());
      }
      points *= values.size();
      if (points > Options.MAX_GRID_POINTS) {
        throw InputException.said(file, "cli.grid.too.many.points", Options.MAX_GRID_POINTS);
      }
      axes.add(Map.entry(field.getKey(), values));
    }
    if (points * runs > Options.MAX_RUNS) {
      throw InputException.said(file, "cli.grid.too.many.runs", Options.MAX_RUNS, points, runs);
    }
    ImmutableList.Builder<Batch.Cell> cells = ImmutableList.builder();
    expand(file, axes, 0, "project", SimulationConfig.of(DEFAULT_ACTORS), cells);
    return new Grid(seed, runs, cells.build());
  }

  private static void expand(
      Path file,
      List<Map.Entry<String, List<JsonNode>>> axes,
      int axis,
      String logic,
      SimulationConfig config,
      ImmutableList.Builder<Batch.Cell> cells) {
    if (axis == axes.size()) {
      try {
        cells.add(Batch.Cell.of(logic, config));
      } catch (IllegalArgumentException e) {
        throw InputException.said(
                file, "cli.grid.said", "grid.logic", String.valueOf(e.getMessage()))
            .causedBy(e);
      }
      return;
    }
    String key = axes.get(axis).getKey();
    for (JsonNode value : axes.get(axis).getValue()) {
      if (key.equals("logic")) {
        expand(file, axes, axis + 1, logic(file, value), config, cells);
      } else {
        SimulationConfig next;
        try {
          next = with(file, config, key, value);
        } catch (IllegalArgumentException e) {
          throw InputException.said(
                  file, "cli.grid.said", "grid." + key, String.valueOf(e.getMessage()))
              .causedBy(e);
        }
        expand(file, axes, axis + 1, logic, next, cells);
      }
    }
  }

  private static String logic(Path file, JsonNode value) {
    if (!value.isTextual()
        || !List.of("project", "mission", Batch.Cell.PROSPECTIVE).contains(value.textValue())) {
      throw InputException.said(file, "cli.grid.logic", quote(value));
    }
    return value.textValue();
  }

  /** A JSON integer within bounds, never a decimal, a string or null. */
  private static long whole(Path file, String key, JsonNode value, long min, long max) {
    if (!value.isIntegralNumber()) {
      throw InputException.said(file, "cli.grid.not.whole", key, quote(value));
    }
    BigInteger number = value.bigIntegerValue();
    if (number.compareTo(BigInteger.valueOf(min)) < 0
        || number.compareTo(BigInteger.valueOf(max)) > 0) {
      throw InputException.said(
          file,
          "cli.grid.range",
          key,
          min == Long.MIN_VALUE ? "-2^63" : Long.toString(min),
          max == Long.MAX_VALUE ? "2^63-1" : Long.toString(max),
          quote(value));
    }
    return number.longValue();
  }

  private static double number(Path file, String key, JsonNode value) {
    if (!value.isNumber()) {
      throw InputException.said(file, "cli.grid.not.number", key, quote(value));
    }
    double number = value.asDouble();
    if (!Double.isFinite(number)) {
      throw InputException.said(file, "cli.grid.not.finite", key, quote(value));
    }
    return number;
  }

  private static int integer(Path file, String key, JsonNode value, int min, int max) {
    return (int) whole(file, "grid." + key, value, min, max);
  }

  private static String text(Path file, String key, JsonNode value) {
    if (!value.isTextual()) {
      throw InputException.said(file, "cli.grid.not.string", key, quote(value));
    }
    return value.textValue();
  }

  /** A value as the file has it, cut when long. */
  private static String quote(JsonNode value) {
    String text = value.toString();
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }

  /** What a value is, in words, or the value itself. */
  private static Object kind(JsonNode node) {
    return node.isArray()
        ? InputException.Words.of("cli.grid.kind.array")
        : node.isTextual() ? InputException.Words.of("cli.grid.kind.string") : quote(node);
  }

  static SimulationConfig with(Path file, SimulationConfig c, String key, JsonNode value) {
    switch (key) {
      case "actors":
        return c.withActors(integer(file, key, value, Options.MIN_ACTORS, Options.MAX_ACTORS));
      case "strategy":
        try {
          return c.withStrategy(Options.strategy(text(file, key, value)));
        } catch (IllegalArgumentException e) {
          throw InputException.said(
                  file, "cli.grid.said", "grid.strategy", String.valueOf(e.getMessage()))
              .causedBy(e);
        }
      case "stakes":
        return c.withStakesAndProposals(integer(file, key, value, 1, MAX_ITEMS), c.proposals());
      case "proposals":
        return c.withStakesAndProposals(c.stakes(), integer(file, key, value, 1, MAX_ITEMS));
      case "harm_threshold":
        return c.withBehaviour(
            number(file, key, value), c.heterogeneity(), c.amendmentStep(), c.mergeSimilarity());
      case "heterogeneity":
        return c.withBehaviour(
            c.harmThreshold(), number(file, key, value), c.amendmentStep(), c.mergeSimilarity());
      case "amendment_step":
        return c.withBehaviour(
            c.harmThreshold(), c.heterogeneity(), number(file, key, value), c.mergeSimilarity());
      case "merge_similarity":
        return c.withBehaviour(
            c.harmThreshold(), c.heterogeneity(), c.amendmentStep(), number(file, key, value));
      case "share_institution":
        return c.withShares(number(file, key, value), c.inhabitantShare(), c.associationShare());
      case "share_inhabitant":
        return c.withShares(c.institutionShare(), number(file, key, value), c.associationShare());
      case "share_association":
        return c.withShares(c.institutionShare(), c.inhabitantShare(), number(file, key, value));
      case "propensity_institution":
        return c.withPropensities(
            number(file, key, value), c.inhabitantPropensity(), c.associationPropensity());
      case "propensity_inhabitant":
        return c.withPropensities(
            c.institutionPropensity(), number(file, key, value), c.associationPropensity());
      case "propensity_association":
        return c.withPropensities(
            c.institutionPropensity(), c.inhabitantPropensity(), number(file, key, value));
      case "aspiration_gap":
        return c.toBuilder().aspirationGap(number(file, key, value)).build();
      case "support_margin":
        return c.toBuilder().supportMargin(number(file, key, value)).build();
      case "abstain_margin":
        return c.toBuilder().abstainMargin(number(file, key, value)).build();
      case "negligible_effect":
        return c.toBuilder().negligibleEffect(number(file, key, value)).build();
      case "proposal_effect_minimum":
        return c.toBuilder().proposalEffectMinimum(number(file, key, value)).build();
      case "proposal_cost_minimum":
        return c.toBuilder().proposalCostMinimum(number(file, key, value)).build();
      case "proposal_cost_spread":
        return c.toBuilder().proposalCostSpread(number(file, key, value)).build();
      case "merged_cost_factor":
        return c.toBuilder().mergedCostFactor(number(file, key, value)).build();
      case "money_share_minimum":
        return c.toBuilder().moneyShareMinimum(number(file, key, value)).build();
      case "money_share_spread":
        return c.toBuilder().moneyShareSpread(number(file, key, value)).build();
      case "money_minimum":
        return c.toBuilder().moneyMinimum(integer(file, key, value, 0, Integer.MAX_VALUE)).build();
      case "hours_minimum":
        return c.toBuilder().hoursMinimum(integer(file, key, value, 0, Integer.MAX_VALUE)).build();
      case "hours_spread":
        return c.toBuilder().hoursSpread(integer(file, key, value, 0, Integer.MAX_VALUE)).build();
      case "leaning_minimum":
        return c.toBuilder().leaningMinimum(number(file, key, value)).build();
      case "leaning_spread":
        return c.toBuilder().leaningSpread(number(file, key, value)).build();
      case "cost_aversion_minimum":
        return c.toBuilder().costAversionMinimum(number(file, key, value)).build();
      case "cost_aversion_spread":
        return c.toBuilder().costAversionSpread(number(file, key, value)).build();
      case "reservation_maximum":
        return c.toBuilder().reservationMaximum(number(file, key, value)).build();
      case "competence_chance":
        return c.toBuilder().competenceChance(number(file, key, value)).build();
      case "rule":
        return c.withRoundRule(roundRule(file, value));
      // delivery share: what carriers deliver of their commitments
      case "delivery_share":
        return c.withDelivery(number(file, key, value), c.deliveryVariation());
      case "delivery_variation":
        return c.withDelivery(c.deliveryShare(), number(file, key, value));
      default:
        throw InputException.said(
            file, "cli.grid.unknown.grid.key", key, String.join(", ", GRID_KEYS));
    }
  }

  /** The envelope of a budget rule named without one: about a third of eight proposals' cost. */
  static final long DEFAULT_ENVELOPE = 300_000;

  /** The highest grade of the score rule named in a grid. */
  static final int SCORE_MAX = 5;

  /** The grades of majority judgment named in a grid, from the lowest. */
  private static final String[] JUDGMENT_GRADES = {"reject", "poor", "fair", "good", "excellent"};

  /** The keys of a rule given as an object. */
  private static final ImmutableList<String> RULE_KEYS =
      ImmutableList.of("label", "envelope", "seats");

  /** The ballot rule of every round, or empty for the charter's rounds. */
  static Optional<BallotRule> roundRule(Path file, JsonNode value) {
    JsonNode label = value.isObject() ? value.path("label") : value;
    if (value.isObject()) {
      for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!RULE_KEYS.contains(name)) {
          throw InputException.said(file, "cli.grid.unknown.rule.key", name);
        }
      }
    }
    String name = text(file, "rule" + (value.isObject() ? ".label" : ""), label);
    if (name.equals(Csv.CHARTER_ROUNDS)) {
      return Optional.empty();
    }
    long envelope =
        value.has("envelope")
            ? whole(file, "grid.rule.envelope", value.get("envelope"), 0, Long.MAX_VALUE)
            : DEFAULT_ENVELOPE;
    BallotRule rule;
    switch (name) {
      case BallotRule.APPROVAL_LABEL:
        rule = BallotRule.approval();
        break;
      case BallotRule.SCORE_LABEL:
        rule = BallotRule.score(SCORE_MAX);
        break;
      case BallotRule.MAJORITY_JUDGMENT_LABEL:
        rule = BallotRule.majorityJudgment(JUDGMENT_GRADES);
        break;
      case BallotRule.GRADIENTS_LABEL:
        rule = BallotRule.gradientsOfAgreement();
        break;
      case "greedy":
      case "mes":
      case "phragmen":
        rule = BallotRule.budget(name, envelope);
        break;
      default:
        rule = BallotRule.ranked(name);
    }
    if (value.has("envelope") && rule.kind() != BallotRule.Kind.BUDGET) {
      throw InputException.said(file, "cli.grid.envelope", name);
    }
    if (value.has("seats")) {
      if (rule.kind() == BallotRule.Kind.BUDGET) {
        throw InputException.said(file, "cli.grid.seats", name);
      }
      rule = rule.choosing((int) whole(file, "grid.rule.seats", value.get("seats"), 1, MAX_ITEMS));
    }
    try {
      return Optional.of(BallotRules.check(rule));
    } catch (IllegalArgumentException e) {
      throw InputException.said(file, "cli.grid.rule", name, String.valueOf(e.getMessage()))
          .causedBy(e);
    }
  }

  /** The most stakes or proposals of a generated territory, as {@link SimulationConfig} allows. */
  private static final int MAX_ITEMS = 64;

  /** The keys a grid may vary. */
  private static final ImmutableList<String> GRID_KEYS =
      ImmutableList.of(
          "logic",
          "actors",
          "strategy",
          "stakes",
          "proposals",
          "harm_threshold",
          "heterogeneity",
          "amendment_step",
          "merge_similarity",
          "share_institution",
          "share_inhabitant",
          "share_association",
          "propensity_institution",
          "propensity_inhabitant",
          "propensity_association",
          "aspiration_gap",
          "support_margin",
          "abstain_margin",
          "negligible_effect",
          "proposal_effect_minimum",
          "proposal_cost_minimum",
          "proposal_cost_spread",
          "merged_cost_factor",
          "money_share_minimum",
          "money_share_spread",
          "money_minimum",
          "hours_minimum",
          "hours_spread",
          "leaning_minimum",
          "leaning_spread",
          "cost_aversion_minimum",
          "cost_aversion_spread",
          "reservation_maximum",
          "competence_chance",
          "rule",
          // delivery share:
          "delivery_share",
          "delivery_variation");
}
