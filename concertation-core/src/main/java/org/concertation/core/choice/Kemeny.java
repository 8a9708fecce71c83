package org.concertation.core.choice;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Kemeny-Young by dynamic programming over subsets; see {@link RankedRule#KEMENY}.
 *
 * <p>{@code best[S]} is the most pairwise agreement that an ordering of the candidates outside
 * {@code S} can reach when they come after those of {@code S}; the cost is {@code 2^n * n^2}.
 */
final class Kemeny {
  private Kemeny() {}

  static ChoiceOutcome count(RankedRule rule, Profile profile, int seats) {
    int n = profile.size();
    checkArgument(
        n <= RankedRule.KEMENY_LIMIT,
        "Too many candidates for kemeny: %s, the exact count supports at most %s",
        n,
        RankedRule.KEMENY_LIMIT);
    PairwiseMatrix m = profile.pairwise();
    int full = (1 << n) - 1;
    long[] best = new long[full + 1];
    long[] ways = new long[full + 1];
    ways[full] = 1;
    for (int s = full - 1; s >= 0; s--) {
      long max = Long.MIN_VALUE;
      long count = 0;
      for (int c = 0; c < n; c++) {
        if ((s & (1 << c)) == 0) {
          long value = gain(m, n, s, c) + best[s | (1 << c)];
          if (value > max) {
            max = value;
            count = ways[s | (1 << c)];
          } else if (value == max) {
            count = saturatedAdd(count, ways[s | (1 << c)]);
          }
        }
      }
      best[s] = max;
      ways[s] = count;
    }
    List<int[]> tiers = new ArrayList<>();
    List<Integer> firsts = new ArrayList<>();
    int s = 0;
    while (s != full) {
      int chosen = -1;
      for (int c = 0; c < n; c++) {
        if ((s & (1 << c)) == 0 && gain(m, n, s, c) + best[s | (1 << c)] == best[s]) {
          if (chosen < 0) {
            chosen = c;
          }
          if (s == 0) {
            firsts.add(c);
          }
        }
      }
      tiers.add(new int[] {chosen});
      s |= 1 << chosen;
    }
    boolean tie = ways[0] > 1;
    ImmutableMap<String, Object> own =
        ImmutableMap.of(
            "agreement", profile.amount(best[0]),
            "optimalRankings", ways[0],
            "possibleWinners",
                Tally.names(
                    profile.candidates(), firsts.stream().mapToInt(Integer::intValue).toArray()));
    ImmutableList<String> order =
        tiers.stream()
            .map(t -> profile.candidates().get(t[0]))
            .collect(ImmutableList.toImmutableList());
    String text =
        "best ranking "
            + String.join(" > ", order)
            + " agrees with "
            + profile.amount(best[0])
            + " pairwise preferences"
            + (tie
                ? "; "
                    + ways[0]
                    + " rankings reach it (tie), the first in the candidates' order is shown"
                : "");
    List<ChoiceFact> account =
        List.of(new ChoiceFact.BestRanking(order, profile.amount(best[0]), ways[0]));
    if (seats == 1 && firsts.size() > 1) {
      List<int[]> ranking = new ArrayList<>();
      ranking.add(firsts.stream().mapToInt(Integer::intValue).toArray());
      for (int[] tier : tiers) {
        if (!firsts.contains(tier[0])) {
          ranking.add(tier);
        }
      }
      return Tally.outcome(
          rule.name,
          profile.candidates(),
          ranking,
          seats,
          true,
          RankedRule.details(profile, m, own),
          text,
          account);
    }
    return Tally.outcome(
        rule.name,
        profile.candidates(),
        tiers,
        seats,
        seats > 1 && tie,
        RankedRule.details(profile, m, own),
        text,
        account);
  }

  /**
   * The agreement gained by putting {@code c} right after {@code s}, before every other candidate.
   */
  private static long gain(PairwiseMatrix m, int n, int s, int c) {
    long sum = 0;
    for (int j = 0; j < n; j++) {
      if (j != c && (s & (1 << j)) == 0) {
        sum += m.get(c, j);
      }
    }
    return sum;
  }

  private static long saturatedAdd(long a, long b) {
    long r = a + b;
    return r < 0 ? Long.MAX_VALUE : r;
  }
}
