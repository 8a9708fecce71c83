package org.concertation.core.budget;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.concertation.core.exact.Q;

/**
 * The Method of Equal Shares, exact.
 *
 * <p>Every voter gets an equal share {@code budget / voters} of the budget. In each round, for each
 * project still affordable, the rule finds the least price per unit of utility {@code rho} such
 * that the supporters, each paying {@code min(money left, rho * utility)}, cover the cost; it funds
 * the project with the least {@code rho} (ties: id first in the code point order of ids) and the
 * supporters pay. It stops when no project is affordable. As in pabutools, projects without
 * supporters are never funded, and projects of cost zero with some supporter are funded before the
 * first round under the approval utility and never under the cost utility (their supporters gain
 * nothing from them).
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

  /** The fewest amounts worth looking through for those no ballot holds any more. */
  private static final int MIN_COMPACT = 64;

  /**
   * The amounts of money left, shared by ballots: exact numerators over one common denominator, and
   * approximate values. Ballots that paid the same prices share an amount; amounts reached by
   * different payments are kept apart (the prices do not need them merged), except nothing, which
   * is one amount.
   */
  private static final class Purse {
    /**
     * Numerators over the denominator of their epoch: {@code values.get(v) / scale(epoch[v])} of
     * {@link #denominator}'s start. Rescaling only starts a new epoch; an amount is brought to the
     * current epoch when it is read ({@link #value}), so amounts no price reads cost nothing.
     */
    List<BigInteger> values = new ArrayList<>();

    /** Per amount, the epoch of the denominator its numerator is over. */
    int[] epoch = new int[16];

    /** Per epoch, the product of the factors of the rescalings before it. */
    final List<BigInteger> scales = new ArrayList<>(List.of(BigInteger.ONE));

    /** Per epoch, the factor from it to the current epoch, once asked in the current epoch. */
    BigInteger[] toCurrent = new BigInteger[16];

    BigInteger denominator = BigInteger.ONE;
    double[] approx = new double[16];
    int zero = -1;

    /** The size from which {@link #compact} looks for amounts no ballot holds. */
    int compactAt = MIN_COMPACT;

    int intern(BigInteger value) {
      if (value.signum() == 0 && zero >= 0) {
        return zero;
      }
      int id = values.size();
      values.add(value);
      if (id >= approx.length) {
        approx = Arrays.copyOf(approx, approx.length * 2);
        epoch = Arrays.copyOf(epoch, approx.length);
      }
      epoch[id] = scales.size() - 1;
      approx[id] = ratio(value, denominator);
      if (value.signum() == 0) {
        zero = id;
      }
      return id;
    }

    /**
     * Drops the amounts no ballot holds any more, renumbering {@code money}, when they are most of
     * the purse: they would only cost time when the denominator changes.
     */
    void compact(int[] money) {
      if (values.size() < compactAt) {
        return;
      }
      int[] remap = new int[values.size()];
      Arrays.fill(remap, -1);
      int live = 0;
      for (int v : money) {
        if (remap[v] < 0) {
          remap[v] = live++;
        }
      }
      compactAt = Math.max(MIN_COMPACT, 2 * live);
      if (live * 2 > values.size()) {
        return;
      }
      List<BigInteger> kept = new ArrayList<>(Collections.nCopies(live, BigInteger.ZERO));
      double[] keptApprox = new double[Math.max(16, live * 2)];
      int[] keptEpoch = new int[keptApprox.length];
      for (int v = 0; v < remap.length; v++) {
        if (remap[v] >= 0) {
          kept.set(remap[v], values.get(v));
          keptApprox[remap[v]] = approx[v];
          keptEpoch[remap[v]] = epoch[v];
        }
      }
      zero = zero >= 0 ? remap[zero] : -1;
      values = kept;
      approx = keptApprox;
      epoch = keptEpoch;
      for (int b = 0; b < money.length; b++) {
        money[b] = remap[money[b]];
      }
    }

    /** {@code num / den} as a double, relative error about 2^-52, without reducing the fraction. */
    static double ratio(BigInteger num, BigInteger den) {
      int sn = Math.max(0, num.bitLength() - 62);
      int sd = Math.max(0, den.bitLength() - 62);
      return Math.scalb(
          num.shiftRight(sn).doubleValue() / den.shiftRight(sd).doubleValue(), sn - sd);
    }

    /**
     * Multiplies the common denominator, and so every numerator, by {@code factor}: starts a new
     * epoch, the numerators follow when read.
     */
    void rescale(BigInteger factor) {
      if (factor.equals(BigInteger.ONE)) {
        return;
      }
      denominator = denominator.multiply(factor);
      scales.add(scales.get(scales.size() - 1).multiply(factor));
      if (toCurrent.length < scales.size()) {
        toCurrent = new BigInteger[scales.size() * 2];
      } else {
        Arrays.fill(toCurrent, null);
      }
    }

    /** The numerator of amount {@code v} over the current {@link #denominator}. */
    BigInteger value(int v) {
      int current = scales.size() - 1;
      int from = epoch[v];
      BigInteger numerator = values.get(v);
      if (from == current) {
        return numerator;
      }
      BigInteger factor = toCurrent[from];
      if (factor == null) {
        factor = scales.get(current).divide(scales.get(from));
        toCurrent[from] = factor;
      }
      numerator = numerator.multiply(factor);
      values.set(v, numerator);
      epoch[v] = current;
      return numerator;
    }
  }

  /**
   * A project funded in a round, with the price its supporters paid, over the purse's denominator
   * of that round.
   */
  private record Funded(
      int round, int project, long payers, Price price, BigInteger over, List<Integer> tied) {}

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

  /**
   * Runs the rule with each voter's budget {@code start / voters}, given as {@code start =
   * startNumerator / startDenominator} (the plain rule has {@code start = budget}), and returns the
   * cost of the funded projects. When that cost goes beyond {@code spendLimit} the run stops at
   * once and returns it: the caller only needs to know that the outcome does not fit.
   */
  static long run(
      BudgetElection e,
      Utility utility,
      boolean[] eligible,
      BigInteger startNumerator,
      BigInteger startDenominator,
      long spendLimit,
      List<Integer> selected,
      TieLog ties,
      ImmutableList.Builder<Object> rounds,
      Map<String, Object> spending) {
    Left[] left = new Left[1];
    long spent =
        run(
            e,
            utility,
            eligible,
            startNumerator,
            startDenominator,
            spendLimit,
            selected,
            ties,
            rounds,
            left);
    if (left[0] != null) {
      left[0].summarise(e, spending);
    }
    return spent;
  }

  /**
   * What a run leaves in the voters' hands: enough to tell, when the run is kept, how much each
   * voter spent. A completion by increments runs the rule many times and keeps one run: only that
   * one is summarised.
   */
  private record Left(
      Purse purse,
      int[] money,
      BigInteger startNumerator,
      BigInteger startDenominator,
      List<Funded> funded,
      ImmutableList.Builder<Object> rounds) {
    /**
     * Adds the funded projects' rounds to {@code rounds}, and the least and most spent by a voter
     * and how many spent nothing to {@code spending}.
     */
    void summarise(BudgetElection e, Map<String, Object> spending) {
      BigInteger voters = BigInteger.valueOf(e.units);
      for (Funded f : funded) {
        Q paid =
            Q.of(f.price().numerator(), BigInteger.valueOf(f.price().count()).multiply(f.over()));
        rounds.add(
            ImmutableMap.of(
                "round", f.round(),
                "project", e.id(f.project()),
                "cost", e.cost(f.project()),
                "supporters", e.amount(f.payers()),
                "pricePerSupporter", show(e, paid, voters),
                "tied", ids(e, f.tied())));
      }
      BigInteger least = null;
      BigInteger most = null;
      long untouched = 0;
      BigInteger start = startNumerator.multiply(purse.denominator).divide(startDenominator);
      // Ballots share amounts: each amount a ballot holds is compared once, its voters added up.
      long[] votersHolding = new long[purse.values.size()];
      int[] held = new int[purse.values.size()];
      int amounts = 0;
      for (int b = 0; b < money.length; b++) {
        int v = money[b];
        if (votersHolding[v] == 0) {
          held[amounts++] = v;
        }
        votersHolding[v] += e.voterCounts[b];
      }
      for (int i = 0; i < amounts; i++) {
        BigInteger leftHere = purse.value(held[i]);
        BigInteger spentHere = start.subtract(leftHere);
        least = least == null || spentHere.compareTo(least) < 0 ? spentHere : least;
        most = most == null || spentHere.compareTo(most) > 0 ? spentHere : most;
        if (spentHere.signum() == 0) {
          untouched += votersHolding[held[i]];
        }
      }
      if (least != null && most != null) {
        BigInteger scale = purse.denominator.multiply(voters);
        if (e.isWeighted()) {
          // What one unit spent, over the unit's weight: the spending per unit of weight.
          Q perUnit = e.weightUnit();
          spending.put(
              "leastSpentPerUnitOfWeight",
              Q.of(least, scale).dividedBy(perUnit).toNumber().toString());
          spending.put(
              "mostSpentPerUnitOfWeight",
              Q.of(most, scale).dividedBy(perUnit).toNumber().toString());
        } else {
          spending.put("leastSpentByAVoter", Q.of(least, scale).toNumber().toString());
          spending.put("mostSpentByAVoter", Q.of(most, scale).toNumber().toString());
        }
        spending.put("votersWhoSpentNothing", untouched);
      }
    }
  }

  /**
   * Runs the rule as {@link #run(BudgetElection, Utility, boolean[], BigInteger, BigInteger, long,
   * List, List, ImmutableList.Builder, Map)} does, leaving what the voters hold in {@code left[0]}
   * instead of summarising it (unless the run stops beyond {@code spendLimit}, which leaves it
   * null).
   */
  private static long run(
      BudgetElection e,
      Utility utility,
      boolean[] eligible,
      BigInteger startNumerator,
      BigInteger startDenominator,
      long spendLimit,
      List<Integer> selected,
      TieLog ties,
      ImmutableList.Builder<Object> rounds,
      Left[] left) {
    // Money is counted in units of 1 / n where n is the total weight in units: one per voter when
    // unweighted, so a voter's share is proportional to its weight.
    long n = e.units;
    long spent = 0;
    if (n == 0) {
      return spent;
    }
    if (utility == Utility.APPROVAL) {
      // A supporter gains from a free project and pays nothing; under the cost utility it gains
      // nothing (its utility is the cost, 0), so, as in pabutools, the rule never funds it.
      List<Integer> free = new ArrayList<>();
      for (int p = 0; p < e.size(); p++) {
        if (eligible[p] && e.cost(p) == 0 && e.approvals[p] > 0) {
          free.add(p);
        }
      }
      free.sort((a, b) -> e.compareIds(a, b));
      selected.addAll(free);
    }
    BigInteger voters = BigInteger.valueOf(n);
    Purse purse = new Purse();
    purse.denominator = startDenominator;
    int[] money = new int[e.ballots.length];
    // While no ballot has paid, every supporter holds this amount and a price needs no gather.
    int uniform = purse.intern(startNumerator);
    Arrays.fill(money, uniform);
    List<Integer> open = new ArrayList<>();
    double[] low = new double[e.size()];
    for (int p = 0; p < e.size(); p++) {
      if (eligible[p] && e.cost(p) > 0 && e.approvals[p] > 0) {
        open.add(p);
        low[p] = 0;
      }
    }
    long[] weight = new long[16];
    Gathered gathered = new Gathered(e.size());
    int[] touched = new int[16];
    double[] rho = new double[e.size()];
    double[] err = new double[e.size()];
    List<Funded> funded = new ArrayList<>();
    int round = 0;
    while (!open.isEmpty()) {
      round++;
      open.sort(
          (a, b) -> {
            int c = Double.compare(low[a], low[b]);
            return c != 0 ? c : e.compareIds(a, b);
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
        double q = approxPrice(e, p, money, purse, weight, touched, n, err, uniform, gathered);
        if (Double.isNaN(q)) {
          if (price(e, p, money, purse, weight, touched, voters, Double.NaN, 0, uniform, gathered)
              == null) {
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
        double perRho = utility == Utility.COST ? e.cost(p) : 1;
        Price price =
            price(
                e,
                p,
                money,
                purse,
                weight,
                touched,
                voters,
                rho[p] * perRho,
                err[p] * perRho,
                uniform,
                gathered);
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
      tied.sort((a, b) -> e.compareIds(a, b));
      int chosen = tied.get(0);
      Price price =
          tied.size() > 1
              ? requireNonNull(
                  price(
                      e,
                      chosen,
                      money,
                      purse,
                      weight,
                      touched,
                      voters,
                      rho[chosen] * (utility == Utility.COST ? e.cost(chosen) : 1),
                      err[chosen] * (utility == Utility.COST ? e.cost(chosen) : 1),
                      uniform,
                      gathered),
                  "a tied project has a price")
              : best;
      if (tied.size() > 1) {
        ties.add(
            "mes round "
                + round
                + ": "
                + ids(e, tied)
                + " tied at "
                + (utility == Utility.COST ? "price per unit of cost " : "price per voter ")
                + show(e, toQ(best, purse).dividedBy(Q.of(bestUnit)), voters)
                + "; "
                + e.id(chosen)
                + " funded by code point order of ids",
            new BudgetFact.PriceTie(
                round,
                idList(e, tied),
                utility,
                show(e, toQ(best, purse).dividedBy(Q.of(bestUnit)), voters),
                e.id(chosen)));
      }
      // Make the price a whole numerator over the common denominator, then pay.
      BigInteger count = BigInteger.valueOf(price.count());
      BigInteger g = price.numerator().gcd(count);
      purse.compact(money);
      purse.rescale(count.divide(g));
      BigInteger q = price.numerator().divide(g);
      uniform = -1;
      gathered.forget(); // the money changes: what was gathered no longer holds
      int[] after = new int[purse.values.size()];
      Arrays.fill(after, -1);
      long payers = 0;
      for (int b : e.supporters[chosen]) {
        int old = money[b];
        int next = after[old];
        if (next < 0) {
          BigInteger have = purse.value(old);
          next = purse.intern(have.compareTo(q) > 0 ? have.subtract(q) : BigInteger.ZERO);
          after[old] = next;
        }
        money[b] = next;
        payers += e.counts[b];
      }
      open.remove(Integer.valueOf(chosen));
      selected.add(chosen);
      spent += e.cost(chosen);
      if (spent > spendLimit) {
        return spent;
      }
      funded.add(new Funded(round, chosen, payers, price, purse.denominator, List.copyOf(tied)));
    }
    left[0] = new Left(purse, money, startNumerator, startDenominator, funded, rounds);
    return spent;
  }

  /** One run of the rule at one voter budget: what it funds and its tally. */
  static final class Run {
    final List<Integer> selected = new ArrayList<>();
    final TieLog ties = new TieLog();
    final ImmutableList.Builder<Object> rounds = ImmutableList.builder();
    final Map<String, Object> spending = new java.util.LinkedHashMap<>();

    /** The money of all voters together at the start, {@code start[0] / start[1]}. */
    final BigInteger[] start;

    /** The steps of the increment that gave the start. */
    final long steps;

    long spent;

    /** What the voters hold at the end of the run, until it is summarised. */
    final Left[] left = new Left[1];

    Run(BigInteger[] start, long steps) {
      this.start = start;
      this.steps = steps;
    }

    /** Fills {@link #spending} from what the voters hold at the end, and returns this run. */
    @com.google.errorprone.annotations.CanIgnoreReturnValue
    Run summarised(BudgetElection e) {
      Left end = left[0];
      if (end != null) {
        end.summarise(e, spending);
        left[0] = null;
      }
      return this;
    }
  }

  /** Why the completion by increments stopped. */
  enum Stop {
    /** Nothing more that the rule may fund fits in the budget. */
    EXHAUSTIVE,
    /** The next step's outcome would spend more than the budget. */
    NEXT_OVERSPENDS
  }

  /**
   * The rule completed as pabutools' {@code voter_budget_increment} does it: run with each voter's
   * budget {@code budget / voters}, then again with {@code step} more per voter, and so on; stop at
   * the first outcome that costs more than the budget, keeping the one before, or at the first
   * outcome that leaves no project it may fund (eligible, of positive cost, with a supporter) that
   * would still fit, keeping it. {@code step} is the step of all voters together, {@code
   * {numerator, denominator}}.
   */
  static Run completeByIncrements(
      BudgetElection e, Utility utility, boolean[] eligible, BigInteger[] step, Stop[] stop) {
    BigInteger[] start = {BigInteger.valueOf(e.budget()), BigInteger.ONE};
    Run kept = null;
    for (long k = 0; ; k++) {
      Run run = new Run(start, k);
      run.spent =
          run(
              e,
              utility,
              eligible,
              start[0],
              start[1],
              e.budget(),
              run.selected,
              run.ties,
              run.rounds,
              run.left);
      if (run.spent > e.budget()) {
        stop[0] = Stop.NEXT_OVERSPENDS;
        // The first run spends at most the voters' money, i.e. the budget: kept is set.
        return requireNonNull(kept, "the first run fits").summarised(e);
      }
      kept = run;
      if (e.voters() == 0 || exhaustive(e, eligible, run)) {
        stop[0] = Stop.EXHAUSTIVE;
        return run.summarised(e);
      }
      start =
          new BigInteger[] {
            start[0].multiply(step[1]).add(step[0].multiply(start[1])), start[1].multiply(step[1])
          };
      BigInteger g = start[0].gcd(start[1]);
      start = new BigInteger[] {start[0].divide(g), start[1].divide(g)};
    }
  }

  /** Whether no project the rule may fund is left that would fit in what the run leaves. */
  private static boolean exhaustive(BudgetElection e, boolean[] eligible, Run run) {
    boolean[] funded = new boolean[e.size()];
    run.selected.forEach(p -> funded[p] = true);
    for (int p = 0; p < e.size(); p++) {
      if (eligible[p]
          && !funded[p]
          && e.cost(p) > 0
          && e.approvals[p] > 0
          && e.cost(p) <= e.budget() - run.spent) {
        return false;
      }
    }
    return true;
  }

  /**
   * What {@link #gather} found for each project since the money last changed: a round prices a
   * project approximately, then exactly, from the same amounts.
   */
  private static final class Gathered {
    final int[][] amounts;
    final long[][] weights;

    Gathered(int projects) {
      amounts = new int[projects][];
      weights = new long[projects][];
    }

    /** Keeps the {@code k} amounts just gathered for {@code p} and their weights. */
    void keep(int p, long[] weight, int[] touched, int k) {
      int[] ids = Arrays.copyOf(touched, k);
      long[] w = new long[k];
      for (int i = 0; i < k; i++) {
        w[i] = weight[ids[i]];
      }
      amounts[p] = ids;
      weights[p] = w;
    }

    /** Puts back what was gathered for {@code p} and returns how many amounts; -1 if nothing. */
    int restore(int p, long[] weight, int[] touched) {
      int[] ids = amounts[p];
      if (ids == null) {
        return -1;
      }
      long[] w = weights[p];
      for (int i = 0; i < ids.length; i++) {
        touched[i] = ids[i];
        weight[ids[i]] = w[i];
      }
      return ids.length;
    }

    void forget() {
      Arrays.fill(amounts, null);
      Arrays.fill(weights, null);
    }
  }

  /**
   * The passes over a project's amounts after which the price is found by sorting them: a pass that
   * caps few amounts at a time would otherwise cost a pass per amount.
   */
  private static final int MAX_PASSES = 6;

  /**
   * Gathers the supporters of {@code p} by amount of money left: the amounts' ids go to {@code
   * touched} and their voters' weight to {@code weight}; returns how many amounts.
   */
  private static int gather(BudgetElection e, int p, int[] money, long[] weight, int[] touched) {
    int k = 0;
    long[] counts = e.counts;
    for (int b : e.supporters[p]) {
      int v = money[b];
      if (weight[v] == 0) {
        touched[k++] = v;
      }
      weight[v] += counts[b];
    }
    return k;
  }

  /**
   * The price {@link #price} in floating point, NaN when it looks unaffordable; {@code err[p]}
   * receives a bound on its absolute error.
   *
   * <p>The price {@code q} solves {@code sum of min(have, q) = cost} over the supporters: every
   * amount below the uniform share {@code remaining / count} is below {@code q} too (capping only
   * raises the share), so it pays all it has. Passes over the amounts cap those below the current
   * share until none is left, without sorting the amounts; after {@link #MAX_PASSES} passes the
   * amounts left are sorted and walked in increasing order. While no ballot has paid ({@code
   * uniform} is the amount every ballot holds, else -1), every supporter holds the same amount.
   */
  private static double approxPrice(
      BudgetElection e,
      int p,
      int[] money,
      Purse purse,
      long[] weight,
      int[] touched,
      long n,
      double[] err,
      int uniform,
      Gathered gathered) {
    if (uniform >= 0) {
      // Every supporter holds the one amount: the pass below would cap all or none of them.
      double have = purse.approx[uniform];
      double remaining = (double) e.cost(p) * n;
      long count = e.approvals[p];
      if (have * count < remaining) {
        err[p] = 0;
        return Double.NaN;
      }
      double result = remaining / count;
      err[p] = remaining * ULP / count + result * ULP;
      return result;
    }
    int k = gather(e, p, money, weight, touched);
    gathered.keep(p, weight, touched, k);
    double[] approx = purse.approx;
    double remaining = (double) e.cost(p) * n;
    double error = remaining * ULP;
    long count = e.approvals[p];
    // touched[0, capped) pay all they have; touched[capped, k) pay the share.
    int capped = 0;
    boolean changed = true;
    for (int pass = 0; changed && count > 0 && pass < MAX_PASSES; pass++) {
      changed = false;
      for (int i = capped; i < k; i++) {
        int v = touched[i];
        double have = approx[v];
        if (have * count < remaining) {
          double pay = have * weight[v];
          error += (pay + remaining) * ULP;
          remaining -= pay;
          count -= weight[v];
          touched[i] = touched[capped];
          touched[capped++] = v;
          changed = true;
        }
      }
    }
    if (changed && count > 0) {
      // Many amounts capped a few at a time: walk the rest in increasing order.
      sortByApprox(touched, capped, k, approx);
      for (int i = capped; i < k && count > 0; i++) {
        int v = touched[i];
        double have = approx[v];
        if (have * count >= remaining) {
          break;
        }
        double pay = have * weight[v];
        error += (pay + remaining) * ULP;
        remaining -= pay;
        count -= weight[v];
      }
    }
    for (int i = 0; i < k; i++) {
      weight[touched[i]] = 0;
    }
    if (count <= 0) {
      err[p] = 0;
      return Double.NaN;
    }
    double result = remaining / count;
    err[p] = error / count + result * ULP;
    return result;
  }

  /** Sorts {@code ids[from, to)} by increasing {@code approx}, without boxing. */
  private static void sortByApprox(int[] ids, int from, int to, double[] approx) {
    long[] keys = new long[to - from];
    for (int i = from; i < to; i++) {
      // Amounts are at least 0, and the bits of non-negative doubles order as the doubles do.
      keys[i - from] = Double.doubleToLongBits(approx[ids[i]]);
    }
    Integer[] order = new Integer[to - from];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
    int[] sorted = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      sorted[i] = ids[from + order[i]];
    }
    System.arraycopy(sorted, 0, ids, from, sorted.length);
  }

  /**
   * The relative error of an amount's floating-point value against its exact value, with a wide
   * margin: {@link Purse#ratio} is within about 2^-52.
   */
  private static final double AMOUNT_ERROR = 0x1p-44;

  /**
   * The least uniform price {@code q} (in units of 1/voters) such that the supporters, each paying
   * {@code min(money left, q)}, cover the cost; null when all their money is not enough. Exact, in
   * integers over the purse's common denominator. As in {@link #approxPrice}, amounts below the
   * current share pay all they have, pass after pass until none is left below it; the amounts that
   * pay all they have are then exactly those below {@code q}.
   *
   * <p>When {@code q} is known to lie within {@code qError} of {@code qApprox} (not NaN), an amount
   * whose floating-point value lies clearly below that interval pays all it has and one clearly
   * above it pays the share, with no exact comparison: only the amounts close to the price are
   * compared exactly.
   *
   * <p>While no ballot has paid ({@code uniform} is the amount every ballot holds, else -1), the
   * price is found without looking at the supporters.
   */
  private static @org.jspecify.annotations.Nullable Price price(
      BudgetElection e,
      int p,
      int[] money,
      Purse purse,
      long[] weight,
      int[] touched,
      BigInteger voters,
      double qApprox,
      double qError,
      int uniform,
      Gathered gathered) {
    BigInteger remaining =
        BigInteger.valueOf(e.cost(p)).multiply(voters).multiply(purse.denominator);
    long count = e.approvals[p];
    if (uniform >= 0) {
      // Every supporter holds the one amount: all pay the share, or all they have is too little.
      return purse.value(uniform).multiply(BigInteger.valueOf(count)).compareTo(remaining) < 0
          ? null
          : new Price(remaining, count);
    }
    int all = gathered.restore(p, weight, touched);
    if (all < 0) {
      all = gather(e, p, money, weight, touched);
    }
    // touched[0, capped) pay all they have; touched[capped, open) are to be compared exactly;
    // touched[open, all) surely pay the share.
    int capped = 0;
    int open = all;
    if (!Double.isNaN(qApprox) && qError < Double.MAX_VALUE) {
      double low = qApprox - qError;
      double high = qApprox + qError;
      double[] approx = purse.approx;
      int i = 0;
      while (i < open) {
        int v = touched[i];
        double margin = approx[v] * AMOUNT_ERROR;
        if (approx[v] + margin < low) {
          remaining = remaining.subtract(purse.value(v).multiply(BigInteger.valueOf(weight[v])));
          count -= weight[v];
          touched[i] = touched[capped];
          touched[capped++] = v;
          i++;
        } else if (approx[v] - margin > high) {
          open--;
          touched[i] = touched[open];
          touched[open] = v;
        } else {
          i++;
        }
      }
    }
    boolean changed = true;
    while (changed && count > 0) {
      changed = false;
      BigInteger share = BigInteger.valueOf(count);
      for (int i = capped; i < open; i++) {
        int v = touched[i];
        BigInteger have = purse.value(v);
        // have < remaining / count, with remaining and count as they stand: the share only grows.
        if (have.multiply(share).compareTo(remaining) < 0) {
          remaining = remaining.subtract(have.multiply(BigInteger.valueOf(weight[v])));
          count -= weight[v];
          share = BigInteger.valueOf(count);
          touched[i] = touched[capped];
          touched[capped++] = v;
          changed = true;
          if (count == 0) {
            break;
          }
        }
      }
    }
    for (int i = 0; i < all; i++) {
      weight[touched[i]] = 0;
    }
    return count > 0 ? new Price(remaining, count) : null;
  }

  private static Q toQ(Price price, Purse purse) {
    return Q.of(price.numerator(), BigInteger.valueOf(price.count()).multiply(purse.denominator));
  }

  /**
   * A price counted in units of {@code 1 / voters} per unit of weight, as money per voter: per unit
   * of weight when the voters are weighted.
   */
  private static String show(BudgetElection e, Q scaled, BigInteger voters) {
    Q perUnit = scaled.dividedBy(Q.of(voters, BigInteger.ONE));
    return (e.isWeighted() ? perUnit.dividedBy(e.weightUnit()) : perUnit).toNumber().toString();
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
