package org.concertation.core.choice;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Ranked pairs by margins; see {@link RankedRule#RANKED_PAIRS}.
 *
 * <p>The pairs are locked from the largest margin down, each unless it would close a cycle. Within
 * a group of pairs of equal margin the order matters, so the count considers every order (the
 * "parallel universes" of Tideman's tie-breaking): the outcome of a group is exactly a maximal set
 * of its pairs that the graph locked so far can take without a cycle, and every such set is
 * reachable by some order. Pairs joining two strongly connected parts of the graph with the whole
 * group are locked in every order, so only the pairs inside a cycle are branched on, and states
 * with the same transitive closure are explored once.
 *
 * <p>For one seat the search tries to elect each candidate in turn, and stops for that candidate at
 * the first order that elects it. A branch is cut when the candidate can no longer reach, in time,
 * every candidate that would beat it, or when no order of the groups left taken as one group elects
 * it; the last group itself is decided exactly, without exploring its orders (see {@code
 * electsInLastGroup}). For several seats every outcome is explored.
 *
 * <p>Deciding whether a candidate wins in some order is NP-complete (Brill and Fischer, 2012), so
 * the search is bounded by {@link #STEP_LIMIT} steps and refuses, with a clear error, a profile
 * that needs more: in practice tens of voters over many candidates, where several groups of equal
 * margins hold cycles.
 */
final class RankedPairs {
  /** The most search steps one count may take before it refuses the profile. */
  static final long STEP_LIMIT = 1_000_000;

  private RankedPairs() {}

  static ChoiceOutcome count(RankedRule rule, Profile profile, int seats) {
    return count(rule, profile, seats, STEP_LIMIT);
  }

  /** The count with another bound on the search, for tests. */
  static ChoiceOutcome count(RankedRule rule, Profile profile, int seats, long stepLimit) {
    PairwiseMatrix m = profile.pairwise();
    int n = m.size();
    List<long[]> pairs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (i != j && m.marginOf(i, j) > 0) {
          pairs.add(new long[] {m.marginOf(i, j), i, j});
        }
      }
    }
    pairs.sort(
        (a, b) ->
            a[0] != b[0]
                ? Long.compare(b[0], a[0])
                : a[1] != b[1] ? Long.compare(a[1], b[1]) : Long.compare(a[2], b[2]));
    List<int[][]> groups = new ArrayList<>();
    int start = 0;
    while (start < pairs.size()) {
      int end = start;
      while (end < pairs.size() && pairs.get(end)[0] == pairs.get(start)[0]) {
        end++;
      }
      int[][] group = new int[end - start][];
      for (int k = start; k < end; k++) {
        group[k - start] = new int[] {(int) pairs.get(k)[1], (int) pairs.get(k)[2]};
      }
      groups.add(group);
      start = end;
    }

    // The candidates' order is one of the orders: locked in the search's closures, its winners
    // come first.
    Search search = new Search(n, groups, seats, stepLimit);
    long[] canonical = search.none();
    ImmutableList.Builder<Object> lockedPairs = ImmutableList.builder();
    ImmutableList.Builder<Object> skipped = ImmutableList.builder();
    ImmutableList.Builder<ChoiceFact.Pair> lockedFacts = ImmutableList.builder();
    for (long[] pair : pairs) {
      int i = (int) pair[1];
      int j = (int) pair[2];
      boolean lock = !search.has(canonical, j, i);
      if (lock) {
        search.lock(canonical, i, j);
        lockedFacts.add(
            new ChoiceFact.Pair(
                profile.candidates().get(i), profile.candidates().get(j), profile.amount(pair[0])));
      }
      (lock ? lockedPairs : skipped)
          .add(
              profile.candidates().get(i)
                  + " > "
                  + profile.candidates().get(j)
                  + " ("
                  + profile.amount(pair[0])
                  + ")");
    }
    List<int[]> tiers = search.tiers(canonical);
    BitSet canonicalWinners = topTiers(tiers, seats);
    search.outcomes.add(canonicalWinners);
    search.found.or(canonicalWinners);
    search.start();
    // Every outcome's winners join the candidates found, so these are all the possible winners.
    BitSet possible = search.found;
    // For one seat the search may only learn that some order elects a candidate, not the whole
    // set of winners of that order: a candidate beyond the candidates' order is then a tie.
    boolean tie =
        search.outcomes.size() > 1 || !search.found.equals(canonicalWinners) && seats == 1;
    List<int[]> ranking = tiers;
    if (tie) {
      ranking = new ArrayList<>();
      ranking.add(possible.stream().toArray());
      for (int[] tier : tiers) {
        int[] rest = java.util.Arrays.stream(tier).filter(c -> !possible.get(c)).toArray();
        if (rest.length > 0) {
          ranking.add(rest);
        }
      }
    }
    ImmutableList<Object> locked = lockedPairs.build();
    ImmutableMap<String, Object> own =
        ImmutableMap.of(
            "locked",
            locked,
            "skipped",
            skipped.build(),
            "possibleWinners",
            Tally.names(profile.candidates(), possible.stream().toArray()),
            "searchSteps",
            search.steps);
    String text = "locked: " + String.join(", ", locked.stream().map(Object::toString).toList());
    List<ChoiceFact> account = new ArrayList<>();
    account.add(new ChoiceFact.Locked(lockedFacts.build()));
    if (tie) {
      account.add(
          new ChoiceFact.LockTie(
              seats == 1, Tally.names(profile.candidates(), possible.stream().toArray())));
      text +=
          System.lineSeparator()
              + "tie: pairs of equal margin locked in other orders elect "
              + (seats == 1 ? "other winners" : "other sets of winners")
              + "; every possible winner ("
              + String.join(", ", Tally.names(profile.candidates(), possible.stream().toArray()))
              + ") shares the first place";
    }
    return Tally.outcome(
        rule.name,
        profile.candidates(),
        ranking,
        seats,
        tie,
        RankedRule.details(profile, m, own),
        text,
        account);
  }

  /**
   * The exploration of every order of the pairs of equal margin. A state is the transitive closure
   * of the pairs locked so far: whether a pair closes a cycle, and who is still unbeaten, depend on
   * nothing else, so states reached by different orders are explored once.
   */
  private static final class Search {
    private final int n;
    private final int words;
    private final List<int[][]> groups;
    private final int seats;
    private final long stepLimit;

    /** Per candidate, the pairs it wins: {other candidate, group}. */
    private final int[][][] out;

    /** Per candidate, the pairs it loses: {other candidate, group}. */
    private final int[][][] in;

    /**
     * Distinct sets of winners, each of some order of the equal margins: all of them for several
     * seats; for one seat, enough of them to elect every candidate that some order elects.
     */
    final Set<BitSet> outcomes = new LinkedHashSet<>();

    /** The candidates known to win in some order. */
    final BitSet found = new BitSet();

    private final Set<Key> seen = new HashSet<>();

    /** For one seat: the candidate the search is trying to elect. */
    private int target = -1;

    long steps;

    Search(int n, List<int[][]> groups, int seats, long stepLimit) {
      this.n = n;
      this.stepLimit = stepLimit;
      this.words = Math.max(1, (n + 63) >>> 6);
      this.groups = groups;
      this.seats = seats;
      List<List<int[]>> outs = new ArrayList<>();
      List<List<int[]>> ins = new ArrayList<>();
      for (int c = 0; c < n; c++) {
        outs.add(new ArrayList<>());
        ins.add(new ArrayList<>());
      }
      for (int k = 0; k < groups.size(); k++) {
        for (int[] pair : groups.get(k)) {
          outs.get(pair[0]).add(new int[] {pair[1], k});
          ins.get(pair[1]).add(new int[] {pair[0], k});
        }
      }
      out = new int[n][][];
      in = new int[n][][];
      for (int c = 0; c < n; c++) {
        out[c] = outs.get(c).toArray(int[][]::new);
        in[c] = ins.get(c).toArray(int[][]::new);
      }
    }

    /**
     * Explores every outcome; for one seat, tries in turn to elect each candidate not yet known to
     * win that could win at all, and stops trying as soon as some order elects it.
     */
    /** The closure of no pair. */
    long[] none() {
      return new long[n * words];
    }

    void start() {
      long[] none = none();
      if (seats != 1) {
        explore(0, none);
        return;
      }
      for (int c = 0; c < n; c++) {
        if (found.get(c) || !canStillWin(c, 0, none)) {
          continue;
        }
        target = c;
        seen.clear();
        try {
          explore(0, none);
        } catch (Elected elected) {
          // some order elects the target: on to the next candidate
        }
      }
    }

    /**
     * Explores every outcome from group {@code g} on, starting from the closure {@code reach} (not
     * modified). Groups that leave no choice follow one another in a loop; recursion happens only
     * where the order of a group's pairs matters.
     */
    private void explore(int g, long[] reach) {
      long[] current = reach;
      boolean copied = false;
      while (true) {
        step();
        if (g == groups.size()) {
          BitSet winners = winners(current);
          if (outcomes.add(winners)) {
            found.or(winners);
          }
          if (seats == 1 && found.get(target)) {
            throw Elected.INSTANCE;
          }
          return;
        }
        if (seats == 1 && beaten(current, target)) {
          return;
        }
        List<int[]> open = open(groups.get(g), current);
        if (open.size() > 1) {
          // A pair between two strongly connected parts of (locked + every open pair) lies on no
          // cycle of any subgraph, so it is locked in every order and blocks nothing: lock it now.
          long[] all = current.clone();
          for (int[] pair : open) {
            lock(all, pair[0], pair[1]);
          }
          List<int[]> inside = new ArrayList<>();
          for (int[] pair : open) {
            if (has(all, pair[1], pair[0])) {
              inside.add(pair);
            } else {
              if (!copied) {
                current = current.clone();
                copied = true;
              }
              lock(current, pair[0], pair[1]);
            }
          }
          open = inside;
        }
        if (open.isEmpty()) {
          g++;
        } else if (open.size() == 1) {
          if (!copied) {
            current = current.clone();
            copied = true;
          }
          lock(current, open.get(0)[0], open.get(0)[1]);
          g++;
        } else {
          if (!seen.add(new Key(g, BitSet.valueOf(current)))) {
            return;
          }
          if (seats == 1) {
            if (!canStillWin(target, g, current)) {
              return;
            }
            if (g == groups.size() - 1) {
              if (electsInLastGroup(target, current, open)) {
                found.set(target);
                throw Elected.INSTANCE;
              }
              return;
            }
            // Taking the groups left as one group allows more orders, never fewer: if no order of
            // that one group elects the target, no order of the groups does.
            List<int[]> rest = new ArrayList<>(open);
            for (int k = g + 1; k < groups.size(); k++) {
              rest.addAll(open(groups.get(k), current));
            }
            if (!electsInLastGroup(target, current, rest)) {
              return;
            }
            // Pairs that extend what the target beats come first and pairs against it last: the
            // first dive tends to elect it.
            long[] r = current;
            open.sort(
                Comparator.comparingInt(
                    pair ->
                        pair[1] == target
                            ? 2
                            : pair[0] == target || has(r, target, pair[0]) ? 0 : 1));
          }
          for (int[] pair : open) {
            long[] next = current.clone();
            lock(next, pair[0], pair[1]);
            explore(g, next);
          }
          return;
        }
      }
    }

    /**
     * Whether candidate {@code c} might still win from this state: nothing locked beats it and, for
     * every pair against it still to come, it can reach that pair's winner by the time the pair
     * comes, through pairs locked or pairs not yet blocked of that group or earlier ones. A
     * necessary condition only, the search settles the rest: for each candidate, the earliest group
     * by which a path from {@code c} can reach it (the path's latest group, minimised as in
     * Dijkstra's algorithm; locked pairs count as group {@code g - 1}).
     */
    private boolean canStillWin(int c, int g, long[] reach) {
      step();
      if (beaten(reach, c)) {
        return false;
      }
      int[] earliest = new int[n];
      boolean[] done = new boolean[n];
      java.util.Arrays.fill(earliest, Integer.MAX_VALUE);
      earliest[c] = g - 1;
      for (int x = 0; x < n; x++) {
        if (has(reach, c, x)) {
          earliest[x] = g - 1;
        }
      }
      while (true) {
        int u = -1;
        for (int x = 0; x < n; x++) {
          if (!done[x]
              && earliest[x] != Integer.MAX_VALUE
              && (u < 0 || earliest[x] < earliest[u])) {
            u = x;
          }
        }
        if (u < 0) {
          break;
        }
        done[u] = true;
        for (int[] pair : out[u]) {
          int v = pair[0];
          int k = Math.max(earliest[u], pair[1]);
          if (pair[1] >= g && k < earliest[v] && !has(reach, v, u)) {
            earliest[v] = k;
            for (int y = 0; y < n; y++) {
              if (earliest[y] > k && has(reach, v, y)) {
                earliest[y] = k;
              }
            }
          }
        }
      }
      for (int[] pair : in[c]) {
        if (pair[1] >= g && earliest[pair[0]] > pair[1]) {
          return false;
        }
      }
      return true;
    }

    /**
     * Exactly, for the last group: whether some order of its open pairs elects {@code c} (for
     * earlier groups, with the pairs of every group left, a necessary condition). It does if and
     * only if some set of candidates, from {@code c} and holding every candidate that would beat
     * it, can be ordered consistently with the closure so that each one but {@code c} is beaten by
     * an earlier one, through the closure or an open pair not against {@code c}: locking the open
     * pairs that go forward in that order first makes {@code c} reach every candidate that would
     * beat it, and the pairs against it are then skipped, whatever comes next. Conversely the
     * candidates {@code c} reaches in a winning order form such a set.
     */
    private boolean electsInLastGroup(int c, long[] reach, List<int[]> open) {
      long[] pairs = new long[n * words];
      BitSet needed = new BitSet(n);
      for (int[] pair : open) {
        if (pair[1] == c) {
          needed.set(pair[0]);
        } else {
          pairs[pair[0] * words + (pair[1] >>> 6)] |= 1L << pair[1];
        }
      }
      BitSet reached = new BitSet(n);
      reached.set(c);
      return grow(reached, needed, pairs, reach, new HashSet<>());
    }

    /**
     * Extends the set {@code reached} (owned by this call) towards every {@code needed} candidate:
     * first with every candidate whose addition forbids nothing, then by trying each candidate that
     * still leads to a needed one.
     */
    private boolean grow(
        BitSet reached, BitSet needed, long[] pairs, long[] reach, Set<BitSet> visited) {
      while (true) {
        step();
        // A candidate that the closure puts before one already reached can never come after it.
        BitSet dead = new BitSet(n);
        for (int v = reached.nextClearBit(0); v < n; v = reached.nextClearBit(v + 1)) {
          for (int t = reached.nextSetBit(0); t >= 0; t = reached.nextSetBit(t + 1)) {
            if (has(reach, v, t)) {
              dead.set(v);
              break;
            }
          }
        }
        if (needed.intersects(dead)) {
          return false;
        }
        BitSet missing = (BitSet) needed.clone();
        missing.andNot(reached);
        if (missing.isEmpty()) {
          return true;
        }
        BitSet next = new BitSet(n);
        BitSet harmless = new BitSet(n);
        for (int v = reached.nextClearBit(0); v < n; v = reached.nextClearBit(v + 1)) {
          if (dead.get(v) || !enteredFrom(reached, v, pairs, reach)) {
            continue;
          }
          next.set(v);
          boolean forbidsNothing = true;
          for (int w = 0; w < n && forbidsNothing; w++) {
            forbidsNothing = !has(reach, w, v) || reached.get(w) || dead.get(w);
          }
          if (forbidsNothing) {
            harmless.set(v);
          }
        }
        if (harmless.isEmpty()) {
          if (!visited.add((BitSet) reached.clone())) {
            return false;
          }
          BitSet useful = leadingTo(missing, reached, dead, pairs, reach);
          next.and(useful);
          for (int v = next.nextSetBit(0); v >= 0; v = next.nextSetBit(v + 1)) {
            BitSet more = (BitSet) reached.clone();
            more.set(v);
            if (grow(more, needed, pairs, reach, visited)) {
              return true;
            }
          }
          return false;
        }
        reached.or(harmless);
      }
    }

    /** Whether a reached candidate beats {@code v} through the closure or an open pair. */
    private boolean enteredFrom(BitSet reached, int v, long[] pairs, long[] reach) {
      for (int u = reached.nextSetBit(0); u >= 0; u = reached.nextSetBit(u + 1)) {
        if (has(reach, u, v) || has(pairs, u, v)) {
          return true;
        }
      }
      return false;
    }

    /**
     * The candidates, neither reached nor dead, with a path to a missing one through such
     * candidates.
     */
    private BitSet leadingTo(
        BitSet missing, BitSet reached, BitSet dead, long[] pairs, long[] reach) {
      BitSet useful = (BitSet) missing.clone();
      boolean grew = true;
      while (grew) {
        grew = false;
        for (int v = 0; v < n; v++) {
          if (useful.get(v) || reached.get(v) || dead.get(v)) {
            continue;
          }
          for (int w = useful.nextSetBit(0); w >= 0; w = useful.nextSetBit(w + 1)) {
            if (has(reach, v, w) || has(pairs, v, w)) {
              useful.set(v);
              grew = true;
              break;
            }
          }
        }
      }
      return useful;
    }

    /** Whether something locked beats {@code c}. */
    private boolean beaten(long[] reach, int c) {
      int word = c >>> 6;
      long bit = 1L << c;
      for (int a = 0; a < n; a++) {
        if ((reach[a * words + word] & bit) != 0) {
          return true;
        }
      }
      return false;
    }

    /** The pairs of a group that are neither blocked nor already implied by the closure. */
    private List<int[]> open(int[][] pairs, long[] reach) {
      List<int[]> open = new ArrayList<>();
      for (int[] pair : pairs) {
        if (!has(reach, pair[0], pair[1]) && !has(reach, pair[1], pair[0])) {
          open.add(pair);
        }
      }
      return open;
    }

    boolean has(long[] reach, int from, int to) {
      return (reach[from * words + (to >>> 6)] & (1L << to)) != 0;
    }

    /** Adds {@code from > to} to a transitive closure, keeping it transitively closed. */
    void lock(long[] reach, int from, int to) {
      for (int a = 0; a < n; a++) {
        if (a == from || has(reach, a, from)) {
          int row = a * words;
          reach[row + (to >>> 6)] |= 1L << to;
          for (int w = 0; w < words; w++) {
            reach[row + w] |= reach[to * words + w];
          }
        }
      }
    }

    /**
     * The top tiers of the final ranking down to the last one that fills a seat; the tiers of a
     * graph and of its closure are the same (a candidate's tier is the longest chain above it).
     */
    private BitSet winners(long[] reach) {
      return topTiers(tiers(reach), seats);
    }

    /**
     * The ranking of a closure: the tiers of its graph, by the longest chain above each candidate.
     */
    List<int[]> tiers(long[] reach) {
      return Tally.undominatedTiers(n, (a, b) -> has(reach, a, b));
    }

    private void step() {
      if (++steps > stepLimit) {
        throw new IllegalArgumentException(
            String.format(
                "ranked-pairs cannot settle this profile exactly: its pairs of equal margin admit too many"
                    + " orders (more than %,d search steps over %d candidates); schulze, which needs no"
                    + " order of equal margins, counts it",
                stepLimit, n));
      }
    }
  }

  /** The candidates of the top tiers, down to the last tier that fills a seat. */
  private static BitSet topTiers(List<int[]> tiers, int seats) {
    BitSet winners = new BitSet();
    int taken = 0;
    for (int[] tier : tiers) {
      if (taken >= seats) {
        break;
      }
      for (int c : tier) {
        winners.set(c);
      }
      taken += tier.length;
    }
    return winners;
  }

  /** Unwinds the search for one candidate once some order elects it. */
  private static final class Elected extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Elected INSTANCE = new Elected();

    private Elected() {
      super(null, null, false, false);
    }
  }

  /** A state of the search: a group and the closure of the pairs locked before it. */
  private record Key(int group, BitSet reach) {}
}
