package org.concertation.core.panel;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * NASH: the distribution over panels of greatest geometric mean of the chances, by a Frank–Wolfe
 * method on the sum of the logarithms of the chances, with the same integer program as the other
 * algorithms as its linear oracle.
 *
 * <p>Each round first reweighs the known panels by Cover's multiplicative update (each panel's
 * probability times its gradient, the sum over its members of 1 / chance, divided by the number of
 * volunteers; it keeps the probabilities summing to 1 and never lowers the objective), then asks
 * the integer program for the panel of largest gradient. The gradient's excess over the number of
 * volunteers bounds how far the objective is from its optimum (concavity): the method stops when
 * that gap, per volunteer, is at most {@link #GAP_TOLERANCE}, so that the geometric mean is within
 * a factor {@code exp(GAP_TOLERANCE)} of the best; else the panel joins with the step that best
 * raises the objective. Volunteers that no panel can seat have chance 0 and are left out of the
 * objective.
 */
final class Nash {
  private static final Logger LOG = LoggerFactory.getLogger(Nash.class);

  /** The largest gap, per volunteer, between the objective and its optimum at the end. */
  static final double GAP_TOLERANCE = 1e-4;

  /** The most reweighing steps per round. */
  static final int STEPS = 50;

  /** The most rounds, a guard against a stalled search (then the result is logged as such). */
  static final int ROUNDS = 5_000;

  /** Panels whose probability falls below this are dropped. */
  static final double NEGLIGIBLE = 1e-12;

  record Result(List<int[]> columns, double[] probabilities, double gap) {}

  private final Model model;

  Nash(Model model) {
    this.model = model;
  }

  Result run() {
    Model.Program program = model.program();
    try {
      Columns known = new Columns();
      boolean[] active = known.cover(model, program);
      List<int[]> columns = new ArrayList<>(known.list);
      List<Double> p = new ArrayList<>();
      columns.forEach(c -> p.add(1.0 / columns.size()));
      int types = model.types();
      double volunteers = 0;
      for (int t = 0; t < types; t++) {
        if (active[t]) {
          volunteers += model.members[t].length;
        }
      }
      double gap = Double.POSITIVE_INFINITY;
      for (int round = 0; round < ROUNDS; round++) {
        double[] chance = chances(columns, p);
        for (int step = 0; step < STEPS; step++) {
          double most = 0;
          for (int c = 0; c < columns.size(); c++) {
            double g = gradient(columns.get(c), chance, active);
            most = Math.max(most, g);
            p.set(c, p.get(c) * g / volunteers);
          }
          chance = chances(columns, p);
          if (most - volunteers <= GAP_TOLERANCE * volunteers / 2) {
            break;
          }
        }
        double[] weights = new double[types];
        for (int t = 0; t < types; t++) {
          weights[t] = active[t] ? 1 / chance[t] : 0;
        }
        int[] best = program.best(weights).orElseThrow(Columns::infeasible);
        gap = gradient(best, chance, active) - volunteers;
        if (gap <= GAP_TOLERANCE * volunteers) {
          break;
        }
        double gamma = step(best, chance, active);
        for (int c = 0; c < p.size(); c++) {
          p.set(c, p.get(c) * (1 - gamma));
        }
        if (known.add(best)) {
          columns.add(best);
          p.add(gamma);
        } else {
          int at = indexOf(columns, best);
          p.set(at, p.get(at) + gamma);
        }
        for (int c = p.size() - 1; c >= 0; c--) {
          if (p.get(c) < NEGLIGIBLE) {
            p.remove(c);
            columns.remove(c);
          }
        }
      }
      LOG.debug("NASH: {} panels, gap per volunteer {}", columns.size(), gap / volunteers);
      double[] probabilities = new double[p.size()];
      double sum = p.stream().mapToDouble(Double::doubleValue).sum();
      for (int c = 0; c < probabilities.length; c++) {
        probabilities[c] = p.get(c) / sum;
      }
      return new Result(columns, probabilities, gap / volunteers);
    } finally {
      program.close();
    }
  }

  private static int indexOf(List<int[]> columns, int[] column) {
    for (int c = 0; c < columns.size(); c++) {
      if (java.util.Arrays.equals(columns.get(c), column)) {
        return c;
      }
    }
    throw new AssertionError("a known panel is missing");
  }

  /** Each type's chance: its members on the panel over its volunteers, averaged over panels. */
  private double[] chances(List<int[]> columns, List<Double> p) {
    double[] chance = new double[model.types()];
    for (int c = 0; c < columns.size(); c++) {
      int[] column = columns.get(c);
      for (int t = 0; t < column.length; t++) {
        chance[t] += p.get(c) * column[t];
      }
    }
    for (int t = 0; t < chance.length; t++) {
      chance[t] /= model.members[t].length;
    }
    return chance;
  }

  /** The gradient of the objective along a panel: the sum over its members of 1 / chance. */
  private static double gradient(int[] column, double[] chance, boolean[] active) {
    double g = 0;
    for (int t = 0; t < column.length; t++) {
      if (active[t] && column[t] > 0) {
        g += column[t] / chance[t];
      }
    }
    return g;
  }

  /** The step towards a panel that most raises the objective, by bisection on its derivative. */
  private double step(int[] column, double[] chance, boolean[] active) {
    double lo = 0;
    double hi = 1;
    for (int k = 0; k < 60; k++) {
      double gamma = (lo + hi) / 2;
      double slope = 0;
      for (int t = 0; t < column.length; t++) {
        if (active[t]) {
          double m = model.members[t].length;
          double a = column[t] / m;
          slope += m * (a - chance[t]) / ((1 - gamma) * chance[t] + gamma * a);
        }
      }
      if (slope > 0) {
        lo = gamma;
      } else {
        hi = gamma;
      }
    }
    return lo;
  }
}
