package org.concertation.core.choice;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.concertation.core.exact.Q;

/**
 * Ballot weights counted exactly in whole multiples of their greatest common divisor, the unit: a
 * ballot of count {@code c} and weight {@code w} counts {@code c * w / unit} units.
 */
final class Weights {
  /**
   * How many times the total of units must fit in a {@code long}: the rules' largest sums are
   * Borda's half points (twice the candidates per unit) and Kemeny's sums of pairwise counts (the
   * candidates squared per unit), so four times the candidates squared leaves room for every one.
   */
  private static final long HEADROOM_PER_CANDIDATE_SQUARED = 4;

  private Weights() {}

  static ImmutableList<Q> check(int ballots, List<Q> weights) {
    checkNotNull(weights, "weights must not be null");
    checkArgument(
        weights.size() == ballots,
        "Invalid weights: %s ballots but %s weights",
        ballots,
        weights.size());
    for (Q w : weights) {
      checkNotNull(w, "weight must not be null");
      checkArgument(w.signum() > 0, "Invalid weight '%s': must be positive", w);
    }
    return ImmutableList.copyOf(weights);
  }

  /** The greatest common divisor of the weights; one when there are none. */
  static Q unit(List<Q> weights) {
    Q unit = null;
    for (Q w : weights) {
      unit = unit == null ? w : Q.gcd(unit, w);
    }
    return unit == null ? Q.ONE : unit;
  }

  /** The largest total of units the rules accept for {@code candidates} candidates. */
  static long limit(int candidates) {
    return Long.MAX_VALUE / (HEADROOM_PER_CANDIDATE_SQUARED * candidates * candidates);
  }

  /**
   * Multiplies each count by its weight in units, in place, and returns the total in units.
   *
   * @throws IllegalArgumentException when the total goes beyond {@code limit}
   */
  static long scale(long[] counts, List<Q> weights, Q unit, long limit) {
    long total = 0;
    try {
      for (int b = 0; b < counts.length; b++) {
        counts[b] = Math.multiplyExact(counts[b], weights.get(b).dividedBy(unit).longValueExact());
        total = Math.addExact(total, counts[b]);
      }
    } catch (ArithmeticException e) {
      total = Long.MAX_VALUE;
    }
    checkArgument(
        total <= limit,
        "Invalid weights: counted in their common unit %s, the total weight exceeds %s units",
        unit,
        limit);
    return total;
  }
}
