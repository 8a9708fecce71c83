package org.concertation.core.budget;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import org.concertation.core.exact.Q;

/**
 * Greedy selection by utility per unit of cost, as pabutools does it: the projects are taken in
 * decreasing order of total utility per unit of cost (ties in code point order of ids) and funded
 * when they fit in what is left. With the cost utility that order is by votes; with the approval
 * utility, by votes per unit of cost. A project of cost zero with some utility comes first.
 */
final class Greedy {
  private Greedy() {}

  /**
   * The density of a project as a fraction {@code num/den}; {@code den == 0} stands for infinity.
   */
  static long[] density(BudgetElection e, Utility utility, int p) {
    long approvals = e.approvals[p];
    long cost = e.cost(p);
    if (utility == Utility.COST) {
      return approvals > 0 && cost > 0 ? new long[] {approvals, 1} : new long[] {0, 1};
    }
    if (approvals == 0) {
      return new long[] {0, 1};
    }
    return cost == 0 ? new long[] {1, 0} : new long[] {approvals, cost};
  }

  static int compare(long[] a, long[] b) {
    return Long.compare(Math.multiplyExact(a[0], b[1]), Math.multiplyExact(b[0], a[1]));
  }

  static String show(long[] d) {
    return d[1] == 0 ? "infinite" : d[1] == 1 ? Long.toString(d[0]) : d[0] + "/" + d[1];
  }

  /** A density in weight: the votes' weight per unit of cost. */
  static String show(BudgetElection e, long[] d) {
    if (!e.isWeighted() || d[1] == 0) {
      return show(d);
    }
    Q weight = e.weightUnit().times(d[0]);
    // A whole weight keeps the unweighted form, votes over cost.
    return weight.isInteger()
        ? show(new long[] {weight.longValueExact(), d[1]})
        : weight.dividedBy(Q.of(d[1])).toString();
  }

  /**
   * Adds to {@code selected} the eligible projects greedy funds with {@code left} of the budget.
   *
   * @return the money left
   */
  static long run(
      BudgetElection e,
      Utility utility,
      boolean[] eligible,
      List<Integer> selected,
      long left,
      TieLog ties,
      ImmutableList.Builder<Object> steps) {
    boolean[] taken = new boolean[e.size()];
    selected.forEach(p -> taken[p] = true);
    List<Integer> order = new ArrayList<>();
    for (int p = 0; p < e.size(); p++) {
      if (eligible[p] && !taken[p]) {
        order.add(p);
      }
    }
    long[][] density = new long[e.size()][];
    for (int p : order) {
      density[p] = density(e, utility, p);
    }
    order.sort(
        (a, b) -> {
          int c = compare(density[b], density[a]);
          return c != 0 ? c : e.compareIds(a, b);
        });
    int start = 0;
    while (start < order.size()) {
      int end = start;
      while (end < order.size()
          && compare(density[order.get(end)], density[order.get(start)]) == 0) {
        end++;
      }
      List<String> chosen = new ArrayList<>();
      List<String> refused = new ArrayList<>();
      long leftAtStart = left;
      for (int k = start; k < end; k++) {
        int p = order.get(k);
        boolean fits = e.cost(p) <= left;
        if (fits) {
          left -= e.cost(p);
          selected.add(p);
          chosen.add(e.id(p));
        } else if (e.cost(p) <= leftAtStart) {
          refused.add(e.id(p));
        }
        steps.add(
            ImmutableMap.of(
                "project",
                e.id(p),
                "approvals",
                e.amount(e.approvals[p]),
                "cost",
                e.cost(p),
                "density",
                show(e, density[p]),
                "selected",
                fits,
                "budgetLeft",
                left));
      }
      if (!chosen.isEmpty() && !refused.isEmpty()) {
        ties.add(
            "greedy: "
                + String.join(", ", chosen)
                + " and "
                + String.join(", ", refused)
                + " tied at "
                + show(e, density[order.get(start)])
                + " per unit of cost; "
                + String.join(", ", chosen)
                + " funded first by code point order of ids, then "
                + String.join(", ", refused)
                + " no longer fit",
            new BudgetFact.GreedyTie(
                ImmutableList.copyOf(chosen),
                ImmutableList.copyOf(refused),
                show(e, density[order.get(start)])));
      }
      start = end;
    }
    return left;
  }
}
