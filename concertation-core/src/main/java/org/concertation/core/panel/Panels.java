package org.concertation.core.panel;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes allocations: probability distributions over the panels that meet the quotas.
 *
 * <p>MAXIMIN, LEXIMIN and NASH work by column generation: a linear program over known panels, new
 * panels found by an integer program. Volunteers with the same features and no housemate in the
 * pool are interchangeable, so the programs count members per type of volunteer; each panel
 * composition found is then turned into named panels by systematic sampling, which gives every
 * volunteer of a type the same chance exactly (the LEXIMIN chances are unique, so they give
 * interchangeable volunteers equal chances anyway). LEGACY's chances are estimated from {@link
 * #LEGACY_DRAWS} seeded greedy draws, its distribution being the draws' panels with their
 * frequencies.
 */
public final class Panels {
  private static final Logger LOG = LoggerFactory.getLogger(Panels.class);

  /** How many greedy draws estimate LEGACY's chances by default. */
  public static final int LEGACY_DRAWS = 10_000;

  /** The seed of the greedy draws that estimate LEGACY's chances by default. */
  public static final long LEGACY_SEED = 0;

  /** Panel compositions of lower probability are dropped (linear-program round-off). */
  static final double NEGLIGIBLE = 1e-12;

  private Panels() {}

  /**
   * Computes an allocation.
   *
   * @param pool the pool
   * @param quotas the quotas: each category of the pool's, each of its features once
   * @param size the panel's size
   * @param algorithm the algorithm
   * @return the allocation
   * @throws InfeasibleQuotasException if no panel meets the quotas
   * @throws IllegalArgumentException if the quotas and the pool disagree on the categories or
   *     features, or the size is below 1
   */
  public static Allocation allocate(Pool pool, List<Quota> quotas, int size, Algorithm algorithm) {
    checkNotNull(algorithm, "algorithm must not be null");
    if (algorithm == Algorithm.LEGACY) {
      return legacy(pool, quotas, size, LEGACY_DRAWS, LEGACY_SEED);
    }
    Model model = new Model(pool, quotas, size, false);
    model.checkFeasible();
    long start = System.nanoTime();
    Allocation allocation;
    if (algorithm == Algorithm.NASH) {
      Nash.Result result = new Nash(model).run();
      allocation = allocation(model, algorithm, result.columns(), result.probabilities(), null);
    } else {
      ColumnGeneration.Result result =
          new ColumnGeneration(model).run(algorithm == Algorithm.LEXIMIN);
      allocation =
          allocation(
              model,
              algorithm,
              result.columns(),
              result.probabilities(),
              certificate(model, result.levels()));
    }
    LOG.debug(
        "{}: {} types, {} panels, minimum {}, in {} ms",
        algorithm.label(),
        model.types(),
        allocation.panels().size(),
        allocation.minimum(),
        (System.nanoTime() - start) / 1_000_000);
    return allocation;
  }

  /**
   * Estimates LEGACY's allocation from seeded greedy draws.
   *
   * @param pool the pool
   * @param quotas the quotas
   * @param size the panel's size
   * @param draws how many greedy draws, at least 1
   * @param seed the seed of the draws
   * @return the allocation: the panels drawn, each with its frequency
   * @throws InfeasibleQuotasException if no panel meets the quotas
   * @throws IllegalStateException if a greedy draw fails {@value Legacy#ATTEMPTS} times in a row
   */
  public static Allocation legacy(Pool pool, List<Quota> quotas, int size, int draws, long seed) {
    checkArgument(draws >= 1, "Invalid number of draws '%s': must be at least 1", draws);
    Model model = new Model(pool, quotas, size, false);
    model.checkFeasible();
    Legacy legacy = new Legacy(model);
    SplittableRandom random = new SplittableRandom(seed);
    Map<Systematic.Members, Integer> counts = new HashMap<>();
    for (int d = 0; d < draws; d++) {
      int[] panel =
          legacy
              .draw(random)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "LEGACY found no panel in " + Legacy.ATTEMPTS + " attempts"));
      counts.merge(new Systematic.Members(panel), 1, Integer::sum);
    }
    List<Allocation.Panel> panels = new ArrayList<>();
    counts.forEach((members, count) -> panels.add(panel(pool, members, (double) count / draws)));
    return Allocation.of(Algorithm.LEGACY, size, pool, panels, Optional.empty());
  }

  /**
   * Throws if no panel of the size meets the quotas.
   *
   * @param pool the pool
   * @param quotas the quotas
   * @param size the panel's size
   * @throws InfeasibleQuotasException naming quotas that conflict
   */
  public static void checkFeasible(Pool pool, List<Quota> quotas, int size) {
    new Model(pool, quotas, size, false).checkFeasible();
  }

  /**
   * What a panel breaks: ids unknown or repeated, quotas not met, housemates together.
   *
   * @param pool the pool
   * @param quotas the quotas
   * @param panel the members' ids
   * @return the problems, one sentence each; empty when the panel meets every quota
   */
  public static ImmutableList<String> violations(
      Pool pool, List<Quota> quotas, Collection<String> panel) {
    checkNotNull(pool, "pool must not be null");
    checkNotNull(quotas, "quotas must not be null");
    checkNotNull(panel, "panel must not be null");
    ImmutableList.Builder<String> problems = ImmutableList.builder();
    Map<String, Integer> counts = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    Map<String, String> households = new HashMap<>();
    for (String id : panel) {
      Optional<Integer> at = pool.indexOf(id);
      if (at.isEmpty()) {
        problems.add("'" + id + "' is not in the pool");
        continue;
      }
      if (!seen.add(id)) {
        problems.add("'" + id + "' sits twice");
        continue;
      }
      for (int c = 0; c < pool.categories().size(); c++) {
        counts.merge(
            pool.categories().get(c) + "\t" + pool.features(at.get()).get(c), 1, Integer::sum);
      }
      Optional<String> household = pool.household(at.get());
      if (household.isPresent() && !household.get().isEmpty()) {
        String mate = households.putIfAbsent(household.get(), id);
        if (mate != null) {
          problems.add("'" + id + "' and '" + mate + "' share a household");
        }
      }
    }
    for (Quota quota : quotas) {
      int count = counts.getOrDefault(quota.category() + "\t" + quota.feature(), 0);
      if (count < quota.min() || count > quota.max()) {
        problems.add("the panel has " + count + " of " + quota);
      }
    }
    return problems.build();
  }

  private static Allocation allocation(
      Model model,
      Algorithm algorithm,
      List<int[]> columns,
      double[] probabilities,
      @org.jspecify.annotations.Nullable Certificate certificate) {
    double kept = 0;
    for (double p : probabilities) {
      kept += p >= NEGLIGIBLE ? p : 0;
    }
    Map<Systematic.Members, Double> named = new LinkedHashMap<>();
    for (int c = 0; c < columns.size(); c++) {
      if (probabilities[c] >= NEGLIGIBLE) {
        Systematic.expand(model, columns.get(c), probabilities[c] / kept, named);
      }
    }
    List<Allocation.Panel> panels = new ArrayList<>();
    named.forEach((members, p) -> panels.add(panel(model.pool, members, Math.min(1, p))));
    return Allocation.of(
        algorithm, model.size, model.pool, panels, Optional.ofNullable(certificate));
  }

  private static Allocation.Panel panel(Pool pool, Systematic.Members members, double p) {
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    for (int i : members.positions()) {
      ids.add(pool.ids().get(i));
    }
    return new Allocation.Panel(ids.build(), p);
  }

  private static Certificate certificate(Model model, List<ColumnGeneration.Level> levels) {
    List<Certificate.Level> result = new ArrayList<>();
    for (ColumnGeneration.Level level : levels) {
      ImmutableMap.Builder<String, Double> weights = ImmutableMap.builder();
      ImmutableSet.Builder<String> fixed = ImmutableSet.builder();
      for (int t = 0; t < model.types(); t++) {
        double y = Math.max(0, level.weights()[t]);
        for (int i : model.members[t]) {
          String id = model.pool.ids().get(i);
          if (y > 0) {
            weights.put(id, y);
          }
          if (level.fixedHere()[t]) {
            fixed.add(id);
          }
        }
      }
      result.add(new Certificate.Level(level.value(), weights.buildOrThrow(), fixed.build()));
    }
    return Certificate.of(result);
  }
}
