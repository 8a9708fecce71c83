package org.concertation.core.simulation;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;

/**
 * Kendall's tau-b between two gradings of the same items (M. G. Kendall, "The treatment of ties in
 * ranking problems", Biometrika 33(3), 1945, 239-251): see {@link RunMetrics.Evaluation}. Grades
 * are whole numbers on small scales, so pairs are counted from the table of how many items got each
 * pair of grades (as in A. Agresti, <i>Analysis of Ordinal Categorical Data</i>, 2nd ed., 2010,
 * section 7.1), in time that grows with the items and the square of the grades, not with the square
 * of the items.
 */
final class Agreement {
  private Agreement() {}

  /**
   * Kendall's tau-b of two gradings.
   *
   * @param x the first grade of each item
   * @param y the second grade of each item, as many
   * @return tau-b, from -1 to 1; NaN with fewer than two items or when either grading gives every
   *     item the same grade
   */
  static double tauB(int[] x, int[] y) {
    checkArgument(x.length == y.length, "Invalid gradings: %s and %s items", x.length, y.length);
    int n = x.length;
    if (n < 2) {
      return Double.NaN;
    }
    int[] xs = distinct(x);
    int[] ys = distinct(y);
    long[][] table = new long[xs.length][ys.length];
    for (int i = 0; i < n; i++) {
      table[Arrays.binarySearch(xs, x[i])][Arrays.binarySearch(ys, y[i])]++;
    }
    long concordant = 0;
    long discordant = 0;
    for (int a = 0; a < xs.length; a++) {
      for (int b = 0; b < ys.length; b++) {
        if (table[a][b] == 0) {
          continue;
        }
        long above = 0;
        long below = 0;
        for (int c = a + 1; c < xs.length; c++) {
          for (int d = 0; d < ys.length; d++) {
            if (d > b) {
              above += table[c][d];
            } else if (d < b) {
              below += table[c][d];
            }
          }
        }
        concordant += table[a][b] * above;
        discordant += table[a][b] * below;
      }
    }
    double pairs = n * (n - 1L) / 2.0;
    double tiedX = 0;
    for (long[] row : table) {
      long count = Arrays.stream(row).sum();
      tiedX += count * (count - 1) / 2.0;
    }
    double tiedY = 0;
    for (int b = 0; b < ys.length; b++) {
      long count = 0;
      for (long[] row : table) {
        count += row[b];
      }
      tiedY += count * (count - 1) / 2.0;
    }
    double denominator = Math.sqrt((pairs - tiedX) * (pairs - tiedY));
    // every item on one grade of either side: no order to agree with
    if (denominator == 0) {
      return Double.NaN;
    }
    return Math.max(-1.0, Math.min(1.0, (concordant - discordant) / denominator));
  }

  private static int[] distinct(int[] values) {
    return Arrays.stream(values).distinct().sorted().toArray();
  }
}
