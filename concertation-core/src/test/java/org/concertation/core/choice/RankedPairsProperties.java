package org.concertation.core.choice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.concertation.core.testing.PropertyHarness.assume;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.concertation.core.testing.PropertyHarness;
import org.concertation.core.testing.PropertyHarness.Summary;
import org.junit.jupiter.api.Test;

/**
 * Ranked pairs against a brute force that locks the pairs in every order of every group of equal
 * margins, on small profiles with few voters, where equal margins and cycles are common.
 */
class RankedPairsProperties {
  /** Profiles whose groups admit more orders than this are left to the other properties. */
  private static final long MAX_ORDERS = 20_000;

  /**
   * Three strict orders of twenty candidates whose pairs of margin 1 a search of 50 steps cannot
   * settle.
   */
  private static final List<String> BEYOND_THE_BOUND =
      List.of(
          "c12 c18 c14 c3 c1 c4 c6 c17 c10 c5 c15 c16 c13 c2 c0 c9 c8 c11 c7 c19",
          "c4 c0 c19 c7 c12 c14 c8 c3 c6 c15 c10 c17 c1 c9 c13 c2 c11 c5 c18 c16",
          "c18 c17 c5 c10 c14 c16 c19 c11 c13 c7 c0 c12 c4 c6 c9 c1 c2 c3 c15 c8");

  @Test
  void possibleWinnersAreExactlyTheWinnersOfSomeOrderOfEqualMargins() {
    AtomicInteger ties = new AtomicInteger();
    Summary summary =
        PropertyHarness.forAll(
            "ranked pairs' possible winners are the winners of some order of equal margins",
            2000,
            RankedPairsProperties::fewVoters,
            RankedRuleProperties::simpler,
            (profile, random) -> {
              int seats = random.nextInt(4) == 0 ? 2 : 1;
              Set<Set<String>> expected = everyOrder(profile, seats);
              assume(expected != null);
              ChoiceOutcome outcome = RankedRule.RANKED_PAIRS.apply(profile, seats);
              Set<String> union = new TreeSet<>();
              expected.forEach(union::addAll);
              String why =
                  profile.ballots() + " seats " + seats + ": every order gives " + expected;
              assertThat(new TreeSet<>(outcome.winners())).as(why).isEqualTo(union);
              boolean straddles = expected.iterator().next().size() > seats;
              assertThat(outcome.tie()).as(why).isEqualTo(expected.size() > 1 || straddles);
              if (expected.size() > 1) {
                ties.incrementAndGet();
              }
              if (seats == 1) {
                assertThat(new TreeSet<>(names(outcome.details().get("possibleWinners"))))
                    .as(why)
                    .isEqualTo(union);
              }
            });
    // The property says something only if most profiles were small enough and many had ties
    // (unless a few tries are replayed).
    summary.requireChecked(0.75);
    if (summary.isFullRun()) {
      assertThat(ties.get()).isGreaterThan(10);
    }
  }

  @Test
  void aProfileBeyondTheSearchBoundIsRefusedWithAClearError() {
    // Three voters over twenty candidates: every margin is 1 or 3, and the pairs of margin 1 hold
    // many cycles, more than a bound of 50 steps can settle. (Not every such profile does: these
    // three orders are one that does.)
    List<RankedBallot> ballots = new ArrayList<>();
    for (String order : BEYOND_THE_BOUND) {
      ballots.add(RankedBallot.strict(1, order.split(" ")));
    }
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      names.add("c" + i);
    }
    Profile profile = Profile.of(names, ballots);
    assertThatThrownBy(() -> RankedPairs.count(RankedRule.RANKED_PAIRS, profile, 1, 50))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ranked-pairs cannot settle this profile exactly")
        .hasMessageContaining("20 candidates")
        .hasMessageContaining("schulze");
  }

  /** A few kinds of ballot (strict, truncated or with ties), each cast a random number of times. */
  private static Profile fewVoters(SplittableRandom random) {
    return RankedRuleProperties.randomProfile(
        random, 3 + random.nextInt(4), 2 + random.nextInt(5), 8, random.nextBoolean());
  }

  /**
   * The distinct sets of winners over every order of the pairs of equal margin, found by locking
   * each order in turn; null when there are more than {@link #MAX_ORDERS} orders.
   */
  private static Set<Set<String>> everyOrder(Profile profile, int seats) {
    PairwiseMatrix m = profile.pairwise();
    int n = m.size();
    TreeSet<Long> margins = new TreeSet<>(java.util.Comparator.reverseOrder());
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j && m.marginOf(i, j) > 0) {
          margins.add(m.marginOf(i, j));
        }
      }
    }
    List<List<int[]>> groups = new ArrayList<>();
    for (long margin : margins) {
      List<int[]> group = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (i != j && m.marginOf(i, j) == margin) {
            group.add(new int[] {i, j});
          }
        }
      }
      groups.add(group);
    }
    long orders = 1;
    for (List<int[]> group : groups) {
      for (int k = 2; k <= group.size(); k++) {
        orders *= k;
        if (orders > MAX_ORDERS) {
          return null;
        }
      }
    }
    Set<Set<String>> outcomes = new HashSet<>();
    lockEveryOrder(profile, groups, 0, new boolean[n][n], seats, outcomes);
    return outcomes;
  }

  private static void lockEveryOrder(
      Profile profile,
      List<List<int[]>> groups,
      int g,
      boolean[][] locked,
      int seats,
      Set<Set<String>> outcomes) {
    if (g == groups.size()) {
      outcomes.add(topTiers(profile, locked, seats));
      return;
    }
    for (List<int[]> order : permutations(groups.get(g))) {
      boolean[][] next = new boolean[locked.length][];
      for (int i = 0; i < locked.length; i++) {
        next[i] = locked[i].clone();
      }
      for (int[] pair : order) {
        if (!reaches(next, pair[1], pair[0])) {
          next[pair[0]][pair[1]] = true;
        }
      }
      lockEveryOrder(profile, groups, g + 1, next, seats, outcomes);
    }
  }

  private static List<List<int[]>> permutations(List<int[]> items) {
    if (items.size() <= 1) {
      return List.of(items);
    }
    List<List<int[]>> all = new ArrayList<>();
    for (int k = 0; k < items.size(); k++) {
      List<int[]> rest = new ArrayList<>(items);
      int[] first = rest.remove(k);
      for (List<int[]> tail : permutations(rest)) {
        List<int[]> order = new ArrayList<>();
        order.add(first);
        order.addAll(tail);
        all.add(order);
      }
    }
    return all;
  }

  private static boolean reaches(boolean[][] locked, int from, int to) {
    boolean[] seen = new boolean[locked.length];
    List<Integer> stack = new ArrayList<>(List.of(from));
    seen[from] = true;
    while (!stack.isEmpty()) {
      int c = stack.remove(stack.size() - 1);
      if (c == to) {
        return true;
      }
      for (int o = 0; o < locked.length; o++) {
        if (locked[c][o] && !seen[o]) {
          seen[o] = true;
          stack.add(o);
        }
      }
    }
    return false;
  }

  /**
   * The top tiers of the locked graph (sources, then sources once those are removed...) filling the
   * seats.
   */
  private static Set<String> topTiers(Profile profile, boolean[][] locked, int seats) {
    int n = locked.length;
    Set<String> winners = new TreeSet<>();
    boolean[] placed = new boolean[n];
    while (winners.size() < seats) {
      List<Integer> tier = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        boolean source = !placed[c];
        for (int o = 0; o < n && source; o++) {
          source = placed[o] || !locked[o][c];
        }
        if (source) {
          tier.add(c);
        }
      }
      if (tier.isEmpty()) {
        break;
      }
      for (int c : tier) {
        placed[c] = true;
        winners.add(profile.candidates().get(c));
      }
    }
    return winners;
  }

  private static List<String> names(Object list) {
    List<String> names = new ArrayList<>();
    for (Object o : (List<?>) list) {
      names.add(o.toString());
    }
    return names;
  }
}
