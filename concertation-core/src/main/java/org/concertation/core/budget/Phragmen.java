package org.concertation.core.budget;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.concertation.core.exact.Q;

/**
 * Sequential Phragmén, exact, as pabutools does it.
 *
 * <p>Voters earn money continuously and each carries a load, zero at first. Funding project {@code
 * p} would give its supporters the load {@code (cost(p) + their loads) / approvals(p)}; each round
 * takes the project with the least such load (projects without supporters have an infinite one) and
 * its supporters' loads become that value. Projects costing more than the whole budget are left out
 * from the start. The rule stops as soon as a project with the least load (any of them, when tied)
 * no longer fits in what is left of the budget, even if cheaper projects would fit; ties otherwise
 * go to the id first in code point order.
 *
 * <p>A voter's load is always the load of some past round, so for each project the rule keeps how
 * many of its supporters carry each past round's load. Each round first computes every project's
 * new load in floating point with a bound on its rounding error; only the projects that may equal
 * or beat the least one within that bound get their load computed exactly, and the exact loads
 * decide.
 */
final class Phragmen {
  private Phragmen() {}

  /** A relative error bound per floating-point operation, with a wide safety margin. */
  private static final double ULP = 0x1p-48;

  static long run(
      BudgetElection e,
      boolean[] eligible,
      List<Integer> selected,
      TieLog ties,
      ImmutableList.Builder<Object> rounds,
      StringBuilder stop,
      BudgetFact.PhragmenStop[] stopped) {
    int m = e.size();
    List<Integer> open = new ArrayList<>();
    for (int p = 0; p < m; p++) {
      if (eligible[p] && e.cost(p) <= e.budget()) {
        open.add(p);
      }
    }
    int levels = open.size() + 1;
    long[][] carrying = new long[m][];
    for (int p : open) {
      carrying[p] = new long[levels];
      carrying[p][0] = e.approvals[p];
    }
    List<Q> loads = new ArrayList<>();
    loads.add(Q.ZERO);
    double[] approx = new double[levels];
    int[] roundOf = new int[e.ballots.length];
    long spent = 0;
    int round = 0;
    double[] guess = new double[m];
    while (!open.isEmpty()) {
      round++;
      double bestHigh = Double.POSITIVE_INFINITY;
      double tolerance = ULP * (round + 8);
      for (int p : open) {
        if (e.approvals[p] == 0) {
          continue;
        }
        double sum = e.cost(p);
        long[] c = carrying[p];
        for (int k = 1; k < round; k++) {
          if (c[k] != 0) {
            sum += approx[k] * c[k];
          }
        }
        guess[p] = sum / e.approvals[p];
        bestHigh = Math.min(bestHigh, guess[p] * (1 + tolerance));
      }
      Q min = null;
      List<Integer> tied = new ArrayList<>();
      boolean finite = bestHigh < Double.POSITIVE_INFINITY;
      for (int p : open) {
        if (finite && (e.approvals[p] == 0 || guess[p] * (1 - tolerance) > bestHigh)) {
          continue;
        }
        Q load = finite ? exactLoad(e, p, carrying[p], loads, round) : null;
        int c =
            tied.isEmpty() ? -1 : finite ? requireNonNull(load).compareTo(requireNonNull(min)) : 0;
        if (c < 0) {
          min = load;
          tied.clear();
          tied.add(p);
        } else if (c == 0) {
          tied.add(p);
        }
      }
      tied.sort((a, b) -> e.compareIds(a, b));
      for (int p : tied) {
        if (spent + e.cost(p) > e.budget()) {
          stop.append("stopped: ")
              .append(e.id(p))
              .append(" has the least load ")
              .append(min == null ? "(infinite)" : perWeight(e, min).toNumber())
              .append(" but costs ")
              .append(e.cost(p))
              .append(" with ")
              .append(e.budget() - spent)
              .append(" left");
          stopped[0] =
              new BudgetFact.PhragmenStop(
                  e.id(p),
                  Optional.ofNullable(min == null ? null : perWeight(e, min).toNumber()),
                  e.cost(p),
                  e.budget() - spent);
          return spent;
        }
      }
      int chosen = tied.get(0);
      if (tied.size() > 1) {
        ties.add(
            "phragmen round "
                + round
                + ": "
                + ids(e, tied)
                + " tied at load "
                + (min == null ? "infinite" : perWeight(e, min).toNumber())
                + "; "
                + e.id(chosen)
                + " funded by code point order of ids",
            new BudgetFact.LoadTie(
                round,
                idList(e, tied),
                Optional.ofNullable(min == null ? null : perWeight(e, min).toNumber()),
                e.id(chosen)));
      }
      open.remove(Integer.valueOf(chosen));
      selected.add(chosen);
      spent += e.cost(chosen);
      loads.add(min == null ? Q.ZERO : min);
      approx[round] = min == null ? 0 : min.toDouble();
      if (min != null) {
        for (int b : e.supporters[chosen]) {
          int from = roundOf[b];
          long count = e.counts[b];
          for (int p : e.ballots[b]) {
            if (carrying[p] != null) {
              carrying[p][from] -= count;
              carrying[p][round] += count;
            }
          }
          roundOf[b] = round;
        }
      }
      rounds.add(
          ImmutableMap.of(
              "round",
              round,
              "project",
              e.id(chosen),
              "cost",
              e.cost(chosen),
              "load",
              min == null ? "infinite" : perWeight(e, min).toNumber().toString(),
              "approvals",
              e.amount(e.approvals[chosen])));
    }
    return spent;
  }

  /** A load counted per unit of the election's weight unit, per unit of weight. */
  private static Q perWeight(BudgetElection e, Q load) {
    return e.isWeighted() ? load.dividedBy(e.weightUnit()) : load;
  }

  private static Q exactLoad(BudgetElection e, int p, long[] carrying, List<Q> loads, int round) {
    Q sum = Q.of(e.cost(p));
    for (int k = 1; k < round; k++) {
      if (carrying[k] != 0) {
        sum = sum.plus(loads.get(k).times(carrying[k]));
      }
    }
    return sum.dividedBy(Q.of(e.approvals[p]));
  }

  private static ImmutableList<String> idList(BudgetElection e, List<Integer> projects) {
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    projects.forEach(p -> ids.add(e.id(p)));
    return ids.build();
  }

  private static String ids(BudgetElection e, List<Integer> projects) {
    List<String> ids = new ArrayList<>();
    projects.forEach(p -> ids.add(e.id(p)));
    return String.join(", ", ids);
  }
}
