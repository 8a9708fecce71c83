package org.concertation.core.panel;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns a panel composition (members per type) into named panels with probabilities, so that each
 * volunteer of a type sits on the panel with the same chance, exactly: systematic sampling. The
 * volunteers of each type are laid on a line, each over a length of (members of the type on the
 * panel) / (volunteers of the type); a point {@code u} in [0, 1) selects the volunteers whose
 * segment holds {@code u} plus a whole number. Each run of {@code u} between two consecutive
 * breakpoints gives one panel, with the run's length as its probability.
 */
final class Systematic {
  private Systematic() {}

  /** A set of volunteers, as their sorted positions in the pool. */
  record Members(int[] positions) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Members that && Arrays.equals(positions, that.positions);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(positions);
    }

    @Override
    public String toString() {
      return Arrays.toString(positions);
    }
  }

  /** Adds the panels of one composition, weighed by its probability, to {@code panels}. */
  static void expand(Model model, int[] column, double probability, Map<Members, Double> panels) {
    TreeSet<long[]> breakpoints = new TreeSet<>((a, b) -> Long.compare(a[0] * b[1], b[0] * a[1]));
    breakpoints.add(new long[] {0, 1});
    for (int t = 0; t < column.length; t++) {
      long m = model.members[t].length;
      long c = column[t];
      if (c > 0 && c < m) {
        long step = m / gcd(c, m); // the breakpoints j / step
        for (long j = 1; j < step; j++) {
          long g = gcd(j, step);
          breakpoints.add(new long[] {j / g, step / g});
        }
      }
    }
    long[][] points = breakpoints.toArray(new long[0][]);
    for (int k = 0; k < points.length; k++) {
      double from = (double) points[k][0] / points[k][1];
      double to = k + 1 < points.length ? (double) points[k + 1][0] / points[k + 1][1] : 1.0;
      double u = (from + to) / 2;
      panels.merge(members(model, column, u), (to - from) * probability, Double::sum);
    }
  }

  private static Members members(Model model, int[] column, double u) {
    int[] chosen = new int[model.size];
    int next = 0;
    for (int t = 0; t < column.length; t++) {
      int[] volunteers = model.members[t];
      long m = volunteers.length;
      long c = column[t];
      if (c == 0) {
        continue;
      }
      for (int r = 0; r < volunteers.length; r++) {
        if (c == m
            || Math.ceil((double) ((r + 1) * c) / m - u) > Math.ceil((double) (r * c) / m - u)) {
          chosen[next++] = volunteers[r];
        }
      }
    }
    if (next != model.size) {
      throw new IllegalStateException(
          "Systematic sampling chose " + next + " volunteers instead of " + model.size);
    }
    Arrays.sort(chosen);
    return new Members(chosen);
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}
