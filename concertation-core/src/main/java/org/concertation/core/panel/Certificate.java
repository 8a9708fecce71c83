package org.concertation.core.panel;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A proof that an allocation's chances are optimal, level by level, that anyone can check with one
 * integer program per level.
 *
 * <p>Each level holds weights {@code y}, one per volunteer, nonnegative, summing to 1 over the
 * volunteers not fixed at earlier levels, and a bound {@code b}: the largest weight of any panel
 * that meets the quotas, less the weight of the chances fixed earlier ({@code b = max over panels P
 * of y(P) - sum over fixed i of y_i f_i}). For any distribution over such panels that gives the
 * fixed volunteers at least their chance, the lowest chance among the others is at most their
 * weighted mean, at most {@code b}. An allocation whose chances reach {@code b} for all the others
 * is therefore optimal at this level, and every volunteer of positive weight then has exactly
 * {@code b}: they are the level's fixed volunteers (checked as a weighted sum of their excesses
 * over {@code b}, which weak duality bounds, within {@link #TOLERANCE}). MAXIMIN's certificate has
 * one level; LEXIMIN's has one per distinct chance. This class is immutable and thread-safe.
 */
public final class Certificate {
  /** How far a recomputed bound or a chance may stray from the certificate's bound. */
  public static final double TOLERANCE = 1e-6;

  /**
   * One level of the certificate.
   *
   * @param bound the level's bound: the best lowest chance among the volunteers not fixed before
   * @param weights the volunteers' weights, by id (volunteers of weight 0 left out)
   * @param fixed the volunteers whose chance this level fixes at the bound
   */
  public record Level(
      double bound, ImmutableMap<String, Double> weights, ImmutableSet<String> fixed) {
    /**
     * Validates the level.
     *
     * @param bound the level's bound, from 0 to 1
     * @param weights the volunteers' weights, by id, each finite and nonnegative
     * @param fixed the volunteers whose chance this level fixes
     */
    public Level {
      checkArgument(
          Double.isFinite(bound), "Invalid certificate level: the bound '%s' is not finite", bound);
      weights = ImmutableMap.copyOf(checkNotNull(weights, "weights must not be null"));
      fixed = ImmutableSet.copyOf(checkNotNull(fixed, "fixed must not be null"));
      weights.forEach(
          (id, y) ->
              checkArgument(
                  y >= 0 && Double.isFinite(y),
                  "Invalid certificate level: the weight '%s' of '%s' is not a nonnegative number",
                  y,
                  id));
    }
  }

  /**
   * The outcome of a check.
   *
   * @param holds whether every level proves what it claims about the allocation
   * @param bounds each level's bound as the check recomputed it with its own integer program
   * @param problems what failed, one sentence each; empty when the certificate holds
   */
  public record Check(boolean holds, ImmutableList<Double> bounds, ImmutableList<String> problems) {
    /**
     * Copies the lists.
     *
     * @param holds whether every level proves what it claims
     * @param bounds the recomputed bounds
     * @param problems what failed
     */
    public Check {
      bounds = ImmutableList.copyOf(checkNotNull(bounds, "bounds must not be null"));
      problems = ImmutableList.copyOf(checkNotNull(problems, "problems must not be null"));
    }
  }

  private final ImmutableList<Level> levels;

  private Certificate(ImmutableList<Level> levels) {
    this.levels = levels;
  }

  /**
   * A certificate from its levels.
   *
   * @param levels the levels, at least one, in order
   * @return the certificate
   */
  public static Certificate of(List<Level> levels) {
    ImmutableList<Level> copy =
        ImmutableList.copyOf(checkNotNull(levels, "levels must not be null"));
    checkArgument(!copy.isEmpty(), "Invalid certificate: no level");
    return new Certificate(copy);
  }

  /**
   * The levels, in order.
   *
   * @return the levels
   */
  public ImmutableList<Level> levels() {
    return levels;
  }

  /**
   * The first level's bound: no distribution over the panels that meet the quotas gives every
   * volunteer a higher chance.
   *
   * @return the bound on the lowest chance
   */
  public double bound() {
    return levels.get(0).bound();
  }

  /**
   * Checks the certificate against an allocation, recomputing each level's bound with an integer
   * program over the volunteers themselves (one variable each, not the types the algorithms use).
   *
   * @param pool the pool
   * @param quotas the quotas
   * @param allocation the allocation whose chances the certificate claims optimal
   * @return the outcome
   */
  public Check check(Pool pool, List<Quota> quotas, Allocation allocation) {
    checkNotNull(allocation, "allocation must not be null");
    Model model = new Model(pool, quotas, allocation.size(), true);
    ImmutableList.Builder<Double> bounds = ImmutableList.builder();
    ImmutableList.Builder<String> problems = ImmutableList.builder();
    Map<String, Double> fixedBefore = new HashMap<>();
    Model.Program program = model.program();
    try {
      for (int l = 0; l < levels.size(); l++) {
        Level level = levels.get(l);
        String name = "level " + (l + 1);
        double[] y = new double[pool.size()];
        double free = 0;
        double fixedWeight = 0;
        for (Map.Entry<String, Double> weight : level.weights().entrySet()) {
          Optional<Integer> at = pool.indexOf(weight.getKey());
          if (at.isEmpty()) {
            problems.add(name + ": weight for '" + weight.getKey() + "', who is not in the pool");
            continue;
          }
          y[at.get()] = weight.getValue();
          Double f = fixedBefore.get(weight.getKey());
          if (f == null) {
            free += weight.getValue();
          } else {
            fixedWeight += weight.getValue() * f;
          }
        }
        if (Math.abs(free - 1) > TOLERANCE) {
          problems.add(
              name + ": the weights of the volunteers not fixed sum to " + free + ", not 1");
        }
        Optional<int[]> heaviest = program.best(y);
        if (heaviest.isEmpty()) {
          problems.add(name + ": no panel meets the quotas");
          break;
        }
        double bound = program.bound() - fixedWeight;
        bounds.add(bound);
        if (Math.abs(bound - level.bound()) > TOLERANCE) {
          problems.add(
              String.format(
                  Locale.ROOT,
                  "%s: the bound is %s, not %s as claimed",
                  name,
                  bound,
                  level.bound()));
        }
        for (Map.Entry<String, Double> chance : allocation.probabilities().entrySet()) {
          String id = chance.getKey();
          if (!fixedBefore.containsKey(id) && chance.getValue() < bound - TOLERANCE) {
            problems.add(
                String.format(
                    Locale.ROOT,
                    "%s: '%s' has chance %s, below the bound %s",
                    name,
                    id,
                    chance.getValue(),
                    bound));
          }
        }
        // weak duality bounds the weighted excess of the fixed volunteers over the bound
        double excess = 0;
        for (String id : level.fixed()) {
          Double chance = allocation.probabilities().get(id);
          Double weight = level.weights().get(id);
          if (chance == null || fixedBefore.containsKey(id)) {
            problems.add(name + ": fixes '" + id + "', unknown or fixed before");
          } else if (weight == null || weight <= 0) {
            problems.add(name + ": fixes '" + id + "', whose weight is not positive");
          } else {
            excess += weight * Math.max(0, chance - bound);
          }
        }
        if (excess > TOLERANCE) {
          problems.add(
              String.format(
                  Locale.ROOT,
                  "%s: the volunteers it fixes exceed the bound by %s in weighted sum",
                  name,
                  excess));
        }
        for (String id : level.fixed()) {
          fixedBefore.putIfAbsent(id, Math.max(0, level.bound()));
        }
      }
    } finally {
      program.close();
    }
    ImmutableList<String> found = problems.build();
    return new Check(found.isEmpty(), bounds.build(), found);
  }

  @Override
  public String toString() {
    return "Certificate of " + levels.size() + " levels, bound " + bound();
  }
}
