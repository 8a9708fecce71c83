package org.concertation.core.panel;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MAXIMIN and LEXIMIN by column generation over panel compositions (members per type).
 *
 * <p>Each level solves the dual linear program of "maximise the lowest chance among the volunteers
 * not yet fixed, keeping the fixed ones at their chance": weights {@code y} on volunteers
 * (nonnegative, summing to 1 over those not fixed) and a cap that every known panel's weight stays
 * under. The integer program then looks for a panel heavier than the cap; if one exists it joins
 * the known panels, else the weights prove the level's value optimal over all panels. LEXIMIN fixes
 * the volunteers of positive weight (complementary slackness pins them at the level's value in
 * every optimal distribution) and goes on; MAXIMIN stops after the first level. A last linear
 * program over the known panels finds the probabilities.
 */
final class ColumnGeneration {
  private static final Logger LOG = LoggerFactory.getLogger(ColumnGeneration.class);

  /** A panel joins the known ones when its weight exceeds the cap by more than this. */
  static final double COLUMN_TOLERANCE = 1e-9;

  /** A volunteer's weight above this pins the volunteer at the level's value. */
  static final double WEIGHT_TOLERANCE = 1e-9;

  /** A level's value this close to 1 is a chance of 1 for every volunteer left. */
  static final double CERTAIN = 1e-7;

  /** The weight of the best weights seen when pricing between them and the LP's weights. */
  static final double SMOOTHING = 0.8;

  /**
   * How far below its level's value a fixed chance may fall in later levels (LP round-off); small,
   * since later levels multiply it by the weights they put on fixed volunteers.
   */
  static final double LEVEL_SLACK = 1e-12;

  /** One level of the result: its value, its weights per type, the types it fixed. */
  record Level(double value, double[] weights, boolean[] fixedHere) {}

  /** The result: panel compositions with their probabilities, and the levels. */
  record Result(List<int[]> columns, double[] probabilities, List<Level> levels) {}

  private final Model model;
  private final Model.Program program;
  private final Columns known;
  private final List<int[]> columns;

  ColumnGeneration(Model model) {
    this.model = model;
    this.program = model.program();
    this.known = new Columns();
    this.columns = known.list;
  }

  Result run(boolean leximin) {
    try {
      boolean[] unused = known.cover(model, program);
      int types = model.types();
      double[] fixedValue = new double[types];
      boolean[] fixed = new boolean[types];
      List<Level> levels = new ArrayList<>();
      int fixedCount = 0;
      while (fixedCount < types) {
        Level level = level(fixed, fixedValue);
        levels.add(level);
        // at a value of 1 every remaining volunteer sits on every panel: all are fixed
        boolean full = level.value() >= 1 - CERTAIN;
        for (int t = 0; t < types; t++) {
          if (level.fixedHere()[t] || (full && !fixed[t])) {
            fixed[t] = true;
            fixedValue[t] = Math.max(0, level.value());
            fixedCount++;
          }
        }
        LOG.debug(
            "level {}: value {}, {} of {} types fixed, {} panels",
            levels.size(),
            level.value(),
            fixedCount,
            types,
            columns.size());
        if (!leximin) {
          break;
        }
      }
      double[] target = leximin ? fixedValue : new double[types];
      return new Result(List.copyOf(columns), primal(target), levels);
    } finally {
      program.close();
    }
  }

  /** One level: the best lowest chance among the types not fixed. */
  private Level level(boolean[] fixed, double[] fixedValue) {
    int types = model.types();
    MPSolver lp = Solvers.create("GLOP");
    try {
      MPVariable[] y = new MPVariable[types];
      for (int t = 0; t < types; t++) {
        y[t] = lp.makeNumVar(0, MPSolver.infinity(), "y" + t);
      }
      MPVariable cap = lp.makeNumVar(-MPSolver.infinity(), MPSolver.infinity(), "cap");
      MPConstraint unit = lp.makeConstraint(1, 1, "unit");
      MPObjective objective = lp.objective();
      objective.setCoefficient(cap, 1);
      for (int t = 0; t < types; t++) {
        int m = model.members[t].length;
        if (fixed[t]) {
          objective.setCoefficient(y[t], -Math.max(0, fixedValue[t] - LEVEL_SLACK) * m);
        } else {
          unit.setCoefficient(y[t], m);
        }
      }
      objective.setMinimization();
      int added = 0;
      for (int[] column : columns) {
        row(lp, y, cap, column, added++);
      }
      double[] fixedCost = new double[types];
      for (int t = 0; t < types; t++) {
        fixedCost[t] =
            fixed[t] ? Math.max(0, fixedValue[t] - LEVEL_SLACK) * model.members[t].length : 0;
      }
      double[] weights = new double[types];
      double[] center = null;
      double upper = Double.POSITIVE_INFINITY;
      int iterations = 0;
      while (true) {
        iterations++;
        MPSolver.ResultStatus status = lp.solve();
        if (status != MPSolver.ResultStatus.OPTIMAL) {
          throw new IllegalStateException("The level's linear program ended with status " + status);
        }
        for (int t = 0; t < types; t++) {
          weights[t] = Math.max(0, y[t].solutionValue());
        }
        double capValue = cap.solutionValue();
        if (center != null) {
          // in-out smoothing: price at a point between the best weights seen and the LP's
          double[] query = new double[types];
          for (int t = 0; t < types; t++) {
            query[t] = SMOOTHING * center[t] + (1 - SMOOTHING) * weights[t];
          }
          int[] best = program.best(query).orElseThrow(Columns::infeasible);
          double bound = dot(best, query) - dot(fixedCost, query);
          if (bound < upper) {
            upper = bound;
            center = query;
          }
          if (dot(best, weights) > capValue + COLUMN_TOLERANCE && known.add(best)) {
            row(lp, y, cap, best, added++);
            continue;
          }
        }
        // exact pricing at the LP's weights: a new panel, or the proof that the level is solved
        int[] best = program.best(weights).orElseThrow(Columns::infeasible);
        double bound = dot(best, weights) - dot(fixedCost, weights);
        if (bound < upper) {
          upper = bound;
          center = weights.clone();
        }
        if (dot(best, weights) <= capValue + COLUMN_TOLERANCE || !known.add(best)) {
          break;
        }
        row(lp, y, cap, best, added++);
      }
      LOG.debug("{} iterations, {} panels", iterations, columns.size());
      double value = objective.value();
      boolean[] fixedHere = new boolean[types];
      for (int t = 0; t < types; t++) {
        fixedHere[t] = !fixed[t] && weights[t] > WEIGHT_TOLERANCE;
      }
      return new Level(value, weights.clone(), fixedHere);
    } finally {
      lp.delete();
    }
  }

  private static double dot(int[] counts, double[] weights) {
    double sum = 0;
    for (int t = 0; t < counts.length; t++) {
      sum += counts[t] * weights[t];
    }
    return sum;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int t = 0; t < a.length; t++) {
      sum += a[t] * b[t];
    }
    return sum;
  }

  private static void row(MPSolver lp, MPVariable[] y, MPVariable cap, int[] column, int index) {
    MPConstraint row = lp.makeConstraint(-MPSolver.infinity(), 0, "panel" + index);
    for (int t = 0; t < column.length; t++) {
      if (column[t] > 0) {
        row.setCoefficient(y[t], column[t]);
      }
    }
    row.setCoefficient(cap, -1);
  }

  /**
   * Probabilities of the known panels that keep each type's chance at least its target plus a
   * common margin, the margin as large as possible.
   */
  private double[] primal(double[] target) {
    int types = model.types();
    MPSolver lp = Solvers.create("GLOP");
    try {
      MPVariable[] p = new MPVariable[columns.size()];
      MPConstraint total = lp.makeConstraint(1, 1, "total");
      for (int c = 0; c < p.length; c++) {
        p[c] = lp.makeNumVar(0, 1, "p" + c);
        total.setCoefficient(p[c], 1);
      }
      MPVariable margin = lp.makeNumVar(-1, 1, "margin");
      for (int t = 0; t < types; t++) {
        double m = model.members[t].length;
        MPConstraint chance =
            lp.makeConstraint(Math.max(0, target[t] - LEVEL_SLACK), MPSolver.infinity(), "t" + t);
        for (int c = 0; c < p.length; c++) {
          int count = columns.get(c)[t];
          if (count > 0) {
            chance.setCoefficient(p[c], count / m);
          }
        }
        chance.setCoefficient(margin, -1);
      }
      lp.objective().setCoefficient(margin, 1);
      lp.objective().setMaximization();
      MPSolver.ResultStatus status = lp.solve();
      if (status != MPSolver.ResultStatus.OPTIMAL) {
        throw new IllegalStateException("The distribution's linear program ended with " + status);
      }
      double[] probabilities = new double[p.length];
      double sum = 0;
      for (int c = 0; c < p.length; c++) {
        probabilities[c] = Math.max(0, p[c].solutionValue());
        sum += probabilities[c];
      }
      for (int c = 0; c < p.length; c++) {
        probabilities[c] /= sum;
      }
      return probabilities;
    } finally {
      lp.delete();
    }
  }
}
