package org.concertation.examples.bench;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.concertation.core.panel.InfeasibleQuotasException;
import org.concertation.core.panel.Panels;
import org.concertation.core.panel.Pool;
import org.concertation.core.panel.Quota;

/**
 * Seeded pools of volunteers with tight quotas, for benchmarks: volunteers have one feature per
 * category, drawn from skewed shares and correlated through a hidden group (as self-selected pools
 * over-represent some people); quotas ask for each feature's share of a "population" whose shares
 * differ from the pool's, within {@code slack} seats either way. When no panel meets the quotas,
 * the slack grows by one until one does. This class is immutable and thread-safe.
 *
 * @param pool the pool
 * @param quotas the quotas
 * @param size the panel's size
 * @param slack the seats allowed either side of each feature's target
 */
public record PoolGenerator(Pool pool, ImmutableList<Quota> quotas, int size, int slack) {
  /** How many features each category has, in turn. */
  private static final int[] FEATURES = {2, 4, 3, 4, 3, 2, 3, 2};

  /** How many hidden groups correlate the features. */
  private static final int GROUPS = 4;

  /** How far a group's shares lean from the common shares, from 0 (not) to 1 (entirely). */
  private static final double LEAN = 0.5;

  /**
   * Generates a pool and its quotas.
   *
   * @param volunteers the pool's size
   * @param categories the number of categories, from 1 to 8
   * @param size the panel's size
   * @param seed the seed
   * @return the pool, quotas that some panel meets, and the slack they needed
   */
  public static PoolGenerator generate(int volunteers, int categories, int size, long seed) {
    checkArgument(
        categories >= 1 && categories <= FEATURES.length,
        "Invalid number of categories '%s': from 1 to %s",
        categories,
        FEATURES.length);
    checkArgument(
        size >= 1 && size <= volunteers, "Invalid size '%s' for %s volunteers", size, volunteers);
    SplittableRandom random = new SplittableRandom(seed);
    double[][] common = new double[categories][];
    double[][] population = new double[categories][];
    double[][][] byGroup = new double[GROUPS][categories][];
    for (int c = 0; c < categories; c++) {
      common[c] = shares(random, FEATURES[c]);
      population[c] = shares(random, FEATURES[c]);
      for (int g = 0; g < GROUPS; g++) {
        double[] lean = shares(random, FEATURES[c]);
        byGroup[g][c] = new double[FEATURES[c]];
        for (int f = 0; f < FEATURES[c]; f++) {
          byGroup[g][c][f] = (1 - LEAN) * common[c][f] + LEAN * lean[f];
        }
      }
    }
    List<String> names = new ArrayList<>();
    for (int c = 0; c < categories; c++) {
      names.add("c" + c);
    }
    List<String> ids = new ArrayList<>();
    List<List<String>> features = new ArrayList<>();
    for (int i = 0; i < volunteers; i++) {
      int group = random.nextInt(GROUPS);
      List<String> row = new ArrayList<>();
      for (int c = 0; c < categories; c++) {
        row.add("c" + c + "f" + pick(random, byGroup[group][c]));
      }
      ids.add(Integer.toString(i + 1));
      features.add(row);
    }
    Pool pool = Pool.of(ids, names, features, List.of());
    for (int slack = 0; ; slack++) {
      ImmutableList.Builder<Quota> quotas = ImmutableList.builder();
      for (int c = 0; c < categories; c++) {
        for (int f = 0; f < FEATURES[c]; f++) {
          double target = size * population[c][f];
          int min = Math.max(0, (int) Math.floor(target) - slack);
          int max = Math.min(size, (int) Math.ceil(target) + slack);
          quotas.add(new Quota("c" + c, "c" + c + "f" + f, min, max));
        }
      }
      ImmutableList<Quota> built = quotas.build();
      try {
        Panels.checkFeasible(pool, built, size);
        return new PoolGenerator(pool, built, size, slack);
      } catch (InfeasibleQuotasException e) {
        // loosen and try again
      }
    }
  }

  /** Shares of a category's features: skewed, each at least 5%. */
  private static double[] shares(SplittableRandom random, int features) {
    double[] shares = new double[features];
    double sum = 0;
    for (int f = 0; f < features; f++) {
      shares[f] = 0.05 * features + random.nextDouble() * random.nextDouble() * 2;
      sum += shares[f];
    }
    for (int f = 0; f < features; f++) {
      shares[f] /= sum;
    }
    return shares;
  }

  private static int pick(SplittableRandom random, double[] shares) {
    double u = random.nextDouble();
    for (int f = 0; f < shares.length - 1; f++) {
      u -= shares[f];
      if (u < 0) {
        return f;
      }
    }
    return shares.length - 1;
  }
}
