package org.concertation.core.budget;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Method of Equal Shares, exact.
 *
 * <p>Every voter gets an equal share {@code budget / voters} of the budget. In each round, for each
 * project still affordable, the rule finds the least price per unit of utility {@code rho} such that
 * the supporters, each paying {@code min(money left, rho * utility)}, cover the cost; it funds the
 * project with the least {@code rho} (ties: id first in string order) and the supporters pay. It
 * stops when no project is affordable. As in pabutools, projects of cost zero with some supporter are
 * funded before the first round, and projects without supporters never are.
 *
 * <p>Money is counted in units of {@code 1 / voters}, so each voter starts with exactly {@code
 * budget}; voters' money left are exact rationals, shared between voters with the same value. Since
 * money only decreases, a project's {@code rho} from an earlier round is a lower bound, which lets a
 * round skip the projects that cannot beat the best one found.
 */
final class EqualShares {
  private EqualShares() {}

  /** The state of a run: the distinct amounts of money left, shared by ballots. */
  private static final class Purse {
    final List<Q> values = new ArrayList<>();
    final Map<Q, Integer> ids = new HashMap<>();

    int intern(Q value) {
      Integer id = ids.get(value);
      if (id == null) {
        id = values.size();
        values.add(value);
        ids.put(value, id);
      }
      return id;
    }
  }

  static long run(
      BudgetElection e, Utility utility, boolean[] eligible, List<Integer> selected,
      List<String> ties, ImmutableList.Builder<Object> rounds) {
    long n = e.voters();
    long spent = 0;
    if (n == 0) {
      return spent;
    }
    List<Integer> free = new ArrayList<>();
    for (int p = 0; p < e.size(); p++) {
      if (eligible[p] && e.cost(p) == 0 && e.approvals[p] > 0) {
        free.add(p);
      }
    }
    free.sort((a, b) -> e.id(a).compareTo(e.id(b)));
    selected.addAll(free);
    BigInteger voters = BigInteger.valueOf(n);
    Purse purse = new Purse();
    int[] money = new int[e.ballots.length];
    int start = purse.intern(Q.of(e.budget()));
    java.util.Arrays.fill(money, start);
    List<Integer> open = new ArrayList<>();
    Q[] bound = new Q[e.size()];
    for (int p = 0; p < e.size(); p++) {
      if (eligible[p] && e.cost(p) > 0 && e.approvals[p] > 0) {
        open.add(p);
        Q price = Q.of(BigInteger.valueOf(e.cost(p)).multiply(voters), BigInteger.valueOf(e.approvals[p]));
        bound[p] = rho(price, utility, e.cost(p));
      }
    }
    long[] weight = new long[0];
    int round = 0;
    while (!open.isEmpty()) {
      round++;
      open.sort((a, b) -> {
        int c = bound[a].compareTo(bound[b]);
        return c != 0 ? c : e.id(a).compareTo(e.id(b));
      });
      if (weight.length < purse.values.size()) {
        weight = new long[purse.values.size() * 2];
      }
      Q best = null;
      Q bestPrice = null;
      List<Integer> tied = new ArrayList<>();
      List<Integer> unaffordable = new ArrayList<>();
      for (int p : open) {
        if (best != null && bound[p].compareTo(best) > 0) {
          break;
        }
        Q price = price(e, p, money, purse, weight, voters);
        if (price == null) {
          unaffordable.add(p);
          continue;
        }
        Q rho = rho(price, utility, e.cost(p));
        bound[p] = rho;
        int c = best == null ? -1 : rho.compareTo(best);
        if (c < 0) {
          best = rho;
          bestPrice = price;
          tied.clear();
          tied.add(p);
        } else if (c == 0) {
          tied.add(p);
        }
      }
      open.removeAll(unaffordable);
      if (best == null) {
        break;
      }
      tied.sort((a, b) -> e.id(a).compareTo(e.id(b)));
      int chosen = tied.get(0);
      if (tied.size() > 1) {
        Q q = price(e, chosen, money, purse, weight, voters);
        ties.add("mes round " + round + ": " + ids(e, tied) + " tied at " + (utility == Utility.COST
            ? "price per unit of cost " : "price per voter ") + show(best, voters)
            + "; " + e.id(chosen) + " funded by string order of ids");
        bestPrice = q;
      }
      Q price = bestPrice;
      Map<Integer, Integer> after = new HashMap<>();
      long payers = 0;
      for (int b : e.supporters[chosen]) {
        int old = money[b];
        Integer next = after.get(old);
        if (next == null) {
          Q have = purse.values.get(old);
          next = purse.intern(have.compareTo(price) > 0 ? have.minus(price) : Q.ZERO);
          after.put(old, next);
        }
        money[b] = next;
        payers += e.counts[b];
      }
      open.remove(Integer.valueOf(chosen));
      selected.add(chosen);
      spent += e.cost(chosen);
      rounds.add(ImmutableMap.of(
          "round", round,
          "project", e.id(chosen),
          "cost", e.cost(chosen),
          "supporters", payers,
          "pricePerSupporter", show(price, voters),
          "tied", ids(e, tied)));
    }
    return spent;
  }

  /**
   * The least uniform price {@code q} (in units of 1/voters) such that the supporters, each paying
   * {@code min(money left, q)}, cover the cost; null when all their money is not enough.
   */
  private static Q price(BudgetElection e, int p, int[] money, Purse purse, long[] weight, BigInteger voters) {
    List<Integer> touched = new ArrayList<>();
    for (int b : e.supporters[p]) {
      int v = money[b];
      if (weight[v] == 0) {
        touched.add(v);
      }
      weight[v] += e.counts[b];
    }
    touched.sort((a, b) -> purse.values.get(a).compareTo(purse.values.get(b)));
    Q remaining = Q.of(BigInteger.valueOf(e.cost(p)).multiply(voters), BigInteger.ONE);
    long count = e.approvals[p];
    Q result = null;
    for (int v : touched) {
      Q have = purse.values.get(v);
      if (result == null) {
        if (have.times(count).compareTo(remaining) >= 0) {
          result = remaining.dividedBy(Q.of(count));
        } else {
          remaining = remaining.minus(have.times(weight[v]));
          count -= weight[v];
        }
      }
      weight[v] = 0;
    }
    return result;
  }

  private static Q rho(Q price, Utility utility, long cost) {
    return utility == Utility.COST ? price.dividedBy(Q.of(cost)) : price;
  }

  private static String show(Q scaled, BigInteger voters) {
    return scaled.dividedBy(Q.of(voters, BigInteger.ONE)).toNumber().toString();
  }

  private static String ids(BudgetElection e, List<Integer> projects) {
    List<String> ids = new ArrayList<>();
    projects.forEach(p -> ids.add(e.id(p)));
    return String.join(", ", ids);
  }
}
