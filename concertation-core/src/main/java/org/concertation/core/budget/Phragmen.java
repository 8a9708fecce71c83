package org.concertation.core.budget;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Sequential Phragmén, exact, as pabutools does it.
 *
 * <p>Voters earn money continuously and each carries a load, zero at first. Funding project {@code p}
 * would give its supporters the load {@code (cost(p) + their loads) / approvals(p)}; each round takes
 * the project with the least such load (projects without supporters have an infinite one) and its
 * supporters' loads become that value. Projects costing more than the whole budget are left out from
 * the start. The rule stops as soon as a project with the least load (any of them, when tied) no
 * longer fits in what is left of the budget, even if cheaper projects would fit; ties otherwise go to
 * the id first in string order.
 *
 * <p>Loads only take the values of past rounds, so each project keeps the exact sum of its
 * supporters' loads, updated per round and per past round rather than per voter.
 */
final class Phragmen {
  private Phragmen() {}

  static long run(
      BudgetElection e, boolean[] eligible, List<Integer> selected, List<String> ties,
      ImmutableList.Builder<Object> rounds, StringBuilder stop) {
    int m = e.size();
    List<Integer> open = new ArrayList<>();
    for (int p = 0; p < m; p++) {
      if (eligible[p] && e.cost(p) <= e.budget()) {
        open.add(p);
      }
    }
    Q[] sum = new Q[m];
    java.util.Arrays.fill(sum, Q.ZERO);
    List<Q> loads = new ArrayList<>();
    loads.add(Q.ZERO);
    int[] roundOf = new int[e.ballots.length];
    long spent = 0;
    int round = 0;
    while (!open.isEmpty()) {
      round++;
      Q min = null;
      List<Integer> tied = new ArrayList<>();
      for (int p : open) {
        Q load = e.approvals[p] == 0 ? null
            : sum[p].plus(Q.of(e.cost(p))).dividedBy(Q.of(e.approvals[p]));
        int c = tied.isEmpty() ? -1 : compare(load, min);
        if (c < 0) {
          min = load;
          tied.clear();
          tied.add(p);
        } else if (c == 0) {
          tied.add(p);
        }
      }
      tied.sort((a, b) -> e.id(a).compareTo(e.id(b)));
      for (int p : tied) {
        if (spent + e.cost(p) > e.budget()) {
          stop.append("stopped: ").append(e.id(p)).append(" has the least load ")
              .append(min == null ? "(infinite)" : min.toNumber()).append(" but costs ")
              .append(e.cost(p)).append(" with ").append(e.budget() - spent).append(" left");
          return spent;
        }
      }
      int chosen = tied.get(0);
      if (tied.size() > 1) {
        ties.add("phragmen round " + round + ": " + ids(e, tied) + " tied at load "
            + (min == null ? "infinite" : min.toNumber()) + "; " + e.id(chosen)
            + " funded by string order of ids");
      }
      open.remove(Integer.valueOf(chosen));
      selected.add(chosen);
      spent += e.cost(chosen);
      loads.add(min == null ? Q.ZERO : min);
      if (min != null) {
        move(e, chosen, round, loads, roundOf, sum);
      }
      rounds.add(ImmutableMap.of(
          "round", round, "project", e.id(chosen), "cost", e.cost(chosen),
          "load", min == null ? "infinite" : min.toNumber().toString(),
          "approvals", e.approvals[chosen]));
    }
    return spent;
  }

  /** The supporters of {@code chosen} take the load of {@code round}; the sums follow. */
  private static void move(BudgetElection e, int chosen, int round, List<Q> loads, int[] roundOf, Q[] sum) {
    // moved[p][k]: voters approving p whose load goes from round k's to this round's.
    java.util.Map<Long, long[]> moved = new java.util.HashMap<>();
    for (int b : e.supporters[chosen]) {
      int from = roundOf[b];
      for (int p : e.ballots[b]) {
        moved.computeIfAbsent(((long) p << 32) | from, k -> new long[1])[0] += e.counts[b];
      }
      roundOf[b] = round;
    }
    Q now = loads.get(round);
    for (var entry : moved.entrySet()) {
      int p = (int) (entry.getKey() >>> 32);
      int from = (int) (entry.getKey() & 0xffffffffL);
      sum[p] = sum[p].plus(now.minus(loads.get(from)).times(entry.getValue()[0]));
    }
  }

  /** Compares loads, null standing for infinity. */
  private static int compare(Q a, Q b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    return a.compareTo(b);
  }

  private static String ids(BudgetElection e, List<Integer> projects) {
    List<String> ids = new ArrayList<>();
    projects.forEach(p -> ids.add(e.id(p)));
    return String.join(", ", ids);
  }

}
