package org.concertation.core.budget;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concertation.core.exact.Q;

/**
 * The Method of Equal Shares, exact.
 *
 * <p>Every voter gets an equal share {@code budget / voters} of the budget. In each round, for each
 * project still affordable, the rule finds the least price per unit of utility {@code rho} such
 * that the supporters, each paying {@code min(money left, rho * utility)}, cover the cost; it funds
 * the project with the least {@code rho} (ties: id first in string order) and the supporters pay.
 * It stops when no project is affordable. As in pabutools, projects of cost zero with some
 * supporter are funded before the first round, and projects without supporters never are.
 *
 * <p>Money is counted in units of {@code 1 / voters}, so each voter starts with exactly {@code
 * budget}; voters' money left are exact rationals, shared between voters with the same value. Each
 * round first computes every price in floating point together with a bound on its rounding error;
 * only the projects whose price may equal or beat the best one within that bound are then priced
 * exactly, and the exact prices decide. Since money only decreases, a project's price from an
 * earlier round is a lower bound, which lets a round skip the projects that cannot beat the best
 * one.
 */
final class EqualShares {
  private EqualShares() {}

  /** A relative error bound per floating-point operation, with a wide safety margin. */
  private static final double ULP = 0x1p-48;

  /**
   * The distinct amounts of money left, shared by ballots: exact numerators over one common
   * denominator, and approximate values.
   */
  private static final class Purse {
    /** Numerators over {@link #denominator}. */
    final List<BigInteger> values = new ArrayList<>();

    BigInteger denominator = BigInteger.ONE;
    double[] approx = new double[16];
    Map<BigInteger, Integer> ids = new HashMap<>();

    int intern(BigInteger value) {
      Integer id = ids.get(value);
      if (id == null) {
        id = values.size();
        values.add(value);
        ids.put(value, id);
        if (id >= approx.length) {
          approx = Arrays.copyOf(approx, approx.length * 2);
        }
        approx[id] = ratio(value, denominator);
      }
      return id;
    }

    /** {@code num / den} as a double, relative error about 2^-52, without reducing the fraction. */
    static double ratio(BigInteger num, BigInteger den) {
      int sn = Math.max(0, num.bitLength() - 62);
      int sd = Math.max(0, den.bitLength() - 62);
      return Math.scalb(
          num.shiftRight(sn).doubleValue() / den.shiftRight(sd).doubleValue(), sn - sd);
    }

    /** Multiplies the common denominator, and every numerator, by {@code factor}. */
    void rescale(BigInteger factor) {
      if (factor.equals(BigInteger.ONE)) {
        return;
      }
      denominator = denominator.multiply(factor);
      ids = new HashMap<>();
      for (int i = 0; i < values.size(); i++) {
        values.set(i, values.get(i).multiply(factor));
        ids.put(values.get(i), i);
      }
    }
  }

  /** An exact price per supporter: {@code numerator / (count * purse denominator)}. */
  private record Price(BigInteger numerator, long count) {
    /** Compares {@code this / a} with {@code other / b}. */
    int compareScaled(long a, Price other, long b) {
      return numerator
          .multiply(BigInteger.valueOf(other.count).multiply(BigInteger.valueOf(b)))
          .compareTo(
              other.numerator.multiply(BigInteger.valueOf(count).multiply(BigInteger.valueOf(a))));
    }
  }

  static long run(
      BudgetElection e,
      Utility utility,
      boolean[] eligible,
      List<Integer> selected,
      List<String> ties,
      ImmutableList.Builder<Object> rounds,
      Map<String, Object> spending) {
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
    Arrays.fill(money, purse.intern(BigInteger.valueOf(e.budget())));
    List<Integer> open = new ArrayList<>();
    double[] low = new double[e.size()];
    for (int p = 0; p < e.size(); p++) {
      if (eligible[p] && e.cost(p) > 0 && e.approvals[p] > 0) {
        open.add(p);
        low[p] = 0;
      }
    }
    long[] weight = new long[16];
    int[] touched = new int[16];
    double[] rho = new double[e.size()];
    double[] err = new double[e.size()];
    int round = 0;
    while (!open.isEmpty()) {
      round++;
      open.sort(
          (a, b) -> {
            int c = Double.compare(low[a], low[b]);
            return c != 0 ? c : e.id(a).compareTo(e.id(b));
          });
      if (weight.length < purse.values.size()) {
        weight = new long[purse.values.size() * 2];
        touched = new int[purse.values.size() * 2];
      }
      double bestHigh = Double.POSITIVE_INFINITY;
      List<Integer> evaluated = new ArrayList<>();
      List<Integer> unaffordable = new ArrayList<>();
      for (int p : open) {
        if (low[p] > bestHigh) {
          break;
        }
        double q = approxPrice(e, p, money, purse, weight, touched, n, err);
        if (Double.isNaN(q)) {
          if (price(e, p, money, purse, weight, voters) == null) {
            unaffordable.add(p);
            continue;
          }
          q = Double.MAX_VALUE;
          err[p] = Double.MAX_VALUE;
        }
        double unit = utility == Utility.COST ? e.cost(p) : 1;
        rho[p] = q / unit;
        err[p] = err[p] / unit + Math.abs(rho[p]) * ULP;
        low[p] = Math.max(low[p], rho[p] - err[p]);
        bestHigh = Math.min(bestHigh, rho[p] + err[p]);
        evaluated.add(p);
      }
      open.removeAll(unaffordable);
      if (evaluated.isEmpty()) {
        break;
      }
      Price best = null;
      long bestUnit = 1;
      List<Integer> tied = new ArrayList<>();
      for (int p : evaluated) {
        if (rho[p] - err[p] > bestHigh) {
          continue;
        }
        Price price = price(e, p, money, purse, weight, voters);
        if (price == null) {
          open.remove(Integer.valueOf(p));
          continue;
        }
        long unit = utility == Utility.COST ? e.cost(p) : 1;
        int c = best == null ? -1 : price.compareScaled(unit, best, bestUnit);
        if (c < 0) {
          best = price;
          bestUnit = unit;
          tied.clear();
          tied.add(p);
        } else if (c == 0) {
          tied.add(p);
        }
      }
      if (best == null) {
        continue;
      }
      tied.sort((a, b) -> e.id(a).compareTo(e.id(b)));
      int chosen = tied.get(0);
      Price price =
          tied.size() > 1
              ? requireNonNull(
                  price(e, chosen, money, purse, weight, voters), "a tied project has a price")
              : best;
      if (tied.size() > 1) {
        ties.add(
            "mes round "
                + round
                + ": "
                + ids(e, tied)
                + " tied at "
                + (utility == Utility.COST ? "price per unit of cost " : "price per voter ")
                + show(toQ(best, purse).dividedBy(Q.of(bestUnit)), voters)
                + "; "
                + e.id(chosen)
                + " funded by string order of ids");
      }
      Q paid = toQ(price, purse);
      // Make the price a whole numerator over the common denominator, then pay.
      BigInteger count = BigInteger.valueOf(price.count());
      BigInteger g = price.numerator().gcd(count);
      purse.rescale(count.divide(g));
      BigInteger q = price.numerator().divide(g);
      Map<Integer, Integer> after = new HashMap<>();
      long payers = 0;
      for (int b : e.supporters[chosen]) {
        int old = money[b];
        Integer next = after.get(old);
        if (next == null) {
          BigInteger have = purse.values.get(old);
          next = purse.intern(have.compareTo(q) > 0 ? have.subtract(q) : BigInteger.ZERO);
          after.put(old, next);
        }
        money[b] = next;
        payers += e.counts[b];
      }
      open.remove(Integer.valueOf(chosen));
      selected.add(chosen);
      spent += e.cost(chosen);
      rounds.add(
          ImmutableMap.of(
              "round", round,
              "project", e.id(chosen),
              "cost", e.cost(chosen),
              "supporters", payers,
              "pricePerSupporter", show(paid, voters),
              "tied", ids(e, tied)));
    }
    BigInteger least = null;
    BigInteger most = null;
    long untouched = 0;
    BigInteger start = BigInteger.valueOf(e.budget()).multiply(purse.denominator);
    for (int b = 0; b < money.length; b++) {
      BigInteger left = purse.values.get(money[b]);
      BigInteger spentHere = start.subtract(left);
      least = least == null || spentHere.compareTo(least) < 0 ? spentHere : least;
      most = most == null || spentHere.compareTo(most) > 0 ? spentHere : most;
      if (spentHere.signum() == 0) {
        untouched += e.counts[b];
      }
    }
    if (least != null && most != null) {
      BigInteger scale = purse.denominator.multiply(voters);
      spending.put("leastSpentByAVoter", Q.of(least, scale).toNumber().toString());
      spending.put("mostSpentByAVoter", Q.of(most, scale).toNumber().toString());
      spending.put("votersWhoSpentNothing", untouched);
    }
    return spent;
  }

  /**
   * The price {@link #price} in floating point, NaN when it looks unaffordable; {@code err[p]}
   * receives a bound on its absolute error.
   */
  private static double approxPrice(
      BudgetElection e,
      int p,
      int[] money,
      Purse purse,
      long[] weight,
      int[] touched,
      long n,
      double[] err) {
    int k = 0;
    for (int b : e.supporters[p]) {
      int v = money[b];
      if (weight[v] == 0) {
        touched[k++] = v;
      }
      weight[v] += e.counts[b];
    }
    double[] approx = purse.approx;
    Integer[] order = new Integer[k];
    for (int i = 0; i < k; i++) {
      order[i] = touched[i];
    }
    Arrays.sort(order, (a, b) -> Double.compare(approx[a], approx[b]));
    double remaining = (double) e.cost(p) * n;
    double error = remaining * ULP;
    long count = e.approvals[p];
    double result = Double.NaN;
    for (int v : order) {
      double have = approx[v];
      if (Double.isNaN(result)) {
        if (have * count >= remaining) {
          result = remaining / count;
          error = error / count + result * ULP;
        } else {
          double pay = have * weight[v];
          error += (pay + remaining) * ULP;
          remaining -= pay;
          count -= weight[v];
        }
      }
      weight[v] = 0;
    }
    err[p] = Double.isNaN(result) ? 0 : error;
    return result;
  }

  /**
   * The least uniform price {@code q} (in units of 1/voters) such that the supporters, each paying
   * {@code min(money left, q)}, cover the cost; null when all their money is not enough. Exact, in
   * integers over the purse's common denominator.
   */
  private static @org.jspecify.annotations.Nullable Price price(
      BudgetElection e, int p, int[] money, Purse purse, long[] weight, BigInteger voters) {
    List<Integer> touched = new ArrayList<>();
    for (int b : e.supporters[p]) {
      int v = money[b];
      if (weight[v] == 0) {
        touched.add(v);
      }
      weight[v] += e.counts[b];
    }
    touched.sort((a, b) -> purse.values.get(a).compareTo(purse.values.get(b)));
    BigInteger remaining =
        BigInteger.valueOf(e.cost(p)).multiply(voters).multiply(purse.denominator);
    long count = e.approvals[p];
    Price result = null;
    for (int v : touched) {
      BigInteger have = purse.values.get(v);
      if (result == null) {
        if (have.multiply(BigInteger.valueOf(count)).compareTo(remaining) >= 0) {
          result = new Price(remaining, count);
        } else {
          remaining = remaining.subtract(have.multiply(BigInteger.valueOf(weight[v])));
          count -= weight[v];
        }
      }
      weight[v] = 0;
    }
    return result;
  }

  private static Q toQ(Price price, Purse purse) {
    return Q.of(price.numerator(), BigInteger.valueOf(price.count()).multiply(purse.denominator));
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
