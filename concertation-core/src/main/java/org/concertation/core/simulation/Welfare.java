package org.concertation.core.simulation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.Arrays;

/**
 * Welfare measures over the satisfactions of a population (each from 0 to 1), and over an
 * enumerated space of outcomes, each given by every actor's satisfaction with it.
 *
 * <p>This class has no state and is thread-safe.
 */
public final class Welfare {
  private Welfare() {}

  private static double[] checked(double[] values) {
    checkNotNull(values, "values must not be null");
    checkArgument(values.length > 0, "Invalid values: at least one is needed");
    for (double value : values) {
      if (!(value >= 0) || Double.isInfinite(value)) {
        throw new IllegalArgumentException(
            "Invalid value '"
                + value
                + "' in "
                + Arrays.toString(values)
                + ": must be finite and not negative");
      }
    }
    return values;
  }

  /**
   * Utilitarian welfare: the mean satisfaction.
   *
   * @param satisfactions the satisfactions, not negative
   * @return the mean
   */
  public static double utilitarian(double[] satisfactions) {
    double sum = 0;
    for (double value : checked(satisfactions)) {
      sum += value;
    }
    return sum / satisfactions.length;
  }

  /**
   * Egalitarian welfare: the least satisfaction.
   *
   * @param satisfactions the satisfactions, not negative
   * @return the minimum
   */
  public static double egalitarian(double[] satisfactions) {
    double min = Double.POSITIVE_INFINITY;
    for (double value : checked(satisfactions)) {
      min = Math.min(min, value);
    }
    return min;
  }

  /**
   * Nash welfare, normalised: the geometric mean of the satisfactions (0 when anyone has none).
   *
   * @param satisfactions the satisfactions, not negative
   * @return the geometric mean
   */
  public static double nash(double[] satisfactions) {
    double logs = 0;
    for (double value : checked(satisfactions)) {
      if (value == 0) {
        return 0;
      }
      logs += Math.log(value);
    }
    return Math.exp(logs / satisfactions.length);
  }

  /**
   * The Gini coefficient: the mean absolute difference between any two satisfactions, over twice
   * the mean; 0 when all are equal, {@code (n-1)/n} when one actor has everything. 0 when all are
   * 0.
   *
   * @param values the values, not negative
   * @return the coefficient, from 0 to 1
   */
  public static double gini(double[] values) {
    double[] sorted = checked(values).clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double total = 0;
    double weighted = 0;
    for (int i = 0; i < n; i++) {
      total += sorted[i];
      weighted += (i + 1) * sorted[i];
    }
    if (total == 0) {
      return 0;
    }
    return 2 * weighted / (n * total) - (n + 1.0) / n;
  }

  @CanIgnoreReturnValue
  private static double[][] checkedOutcomes(double[][] outcomes) {
    checkNotNull(outcomes, "outcomes must not be null");
    checkArgument(outcomes.length > 0, "Invalid outcomes: at least one is needed");
    int n = checked(outcomes[0]).length;
    for (double[] outcome : outcomes) {
      if (checked(outcome).length != n) {
        throw new IllegalArgumentException(
            "Invalid outcome "
                + Arrays.toString(outcome)
                + ": "
                + outcome.length
                + " satisfactions where the first has "
                + n);
      }
    }
    return outcomes;
  }

  /**
   * The Nash bargaining point of an enumerated outcome space, with each actor's worst outcome
   * (satisfaction 0) as the disagreement point: the outcome that maximises the product of the
   * satisfactions. Ties go to the first outcome.
   *
   * @param outcomes for each outcome, every actor's satisfaction with it
   * @return the index of the Nash point
   */
  public static int nashPoint(double[][] outcomes) {
    checkedOutcomes(outcomes);
    int best = 0;
    double bestLogs = Double.NEGATIVE_INFINITY;
    for (int o = 0; o < outcomes.length; o++) {
      double logs = 0;
      for (double value : outcomes[o]) {
        logs += Math.log(value);
      }
      if (logs > bestLogs) {
        bestLogs = logs;
        best = o;
      }
    }
    return best;
  }

  /**
   * Tells which outcomes are Pareto-optimal: no other outcome is at least as good for every actor
   * and better for one.
   *
   * @param outcomes for each outcome, every actor's satisfaction with it
   * @return for each outcome, whether it is Pareto-optimal
   */
  public static boolean[] paretoOptimal(double[][] outcomes) {
    checkedOutcomes(outcomes);
    boolean[] optimal = new boolean[outcomes.length];
    for (int a = 0; a < outcomes.length; a++) {
      optimal[a] = true;
      for (int b = 0; b < outcomes.length && optimal[a]; b++) {
        if (b != a && dominates(outcomes[b], outcomes[a])) {
          optimal[a] = false;
        }
      }
    }
    return optimal;
  }

  private static boolean dominates(double[] b, double[] a) {
    boolean better = false;
    for (int i = 0; i < a.length; i++) {
      if (b[i] < a[i]) {
        return false;
      }
      better |= b[i] > a[i];
    }
    return better;
  }

  /**
   * The distance between two points of satisfaction: the root mean square of the differences, so
   * that it compares across populations of different sizes.
   *
   * @param a a point
   * @param b another point, of the same size
   * @return the distance, from 0 to 1 for satisfactions
   */
  public static double distance(double[] a, double[] b) {
    checkNotNull(a, "a must not be null");
    checkNotNull(b, "b must not be null");
    checkArgument(
        a.length == b.length && a.length > 0,
        "Invalid points: sizes %s and %s",
        a.length,
        b.length);
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (a[i] - b[i]) * (a[i] - b[i]);
    }
    return Math.sqrt(sum / a.length);
  }

  /**
   * The distance from a point to the nearest Pareto-optimal outcome.
   *
   * @param outcomes for each outcome, every actor's satisfaction with it
   * @param point the point, such as the outcome reached
   * @return the distance, 0 when the point is Pareto-optimal
   */
  public static double distanceToPareto(double[][] outcomes, double[] point) {
    boolean[] optimal = paretoOptimal(outcomes);
    double best = Double.POSITIVE_INFINITY;
    for (int o = 0; o < outcomes.length; o++) {
      if (optimal[o]) {
        best = Math.min(best, distance(outcomes[o], point));
      }
    }
    return best;
  }
}
