package org.concertation.core.choice;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;

/** Instant-runoff voting; see {@link RankedRule#IRV}. */
final class InstantRunoff {
  private InstantRunoff() {}

  /**
   * The candidate a ballot counts for among those left, or -1 when it is exhausted: its next
   * preference is a tie or it has none. An exhausted ballot stays exhausted.
   */
  static int current(int[][] tiers, boolean[] out) {
    for (int[] tier : tiers) {
      int left = -1;
      int count = 0;
      for (int c : tier) {
        if (!out[c]) {
          left = c;
          count++;
        }
      }
      if (count == 1) {
        return left;
      }
      if (count > 1) {
        return -1;
      }
    }
    return -1;
  }

  static ChoiceOutcome count(RankedRule rule, Profile profile, int seats) {
    int n = profile.size();
    List<String> names = profile.candidates();
    boolean[] out = new boolean[n];
    int left = n;
    List<int[]> eliminatedTiers = new ArrayList<>();
    ImmutableList.Builder<Object> rounds = ImmutableList.builder();
    StringBuilder text = new StringBuilder();
    long[] votes = new long[n];
    boolean tie = false;
    int[] winners = null;
    int round = 0;
    List<long[]> history = new ArrayList<>();
    boolean[] dead = new boolean[profile.tiers.length];
    List<String> ties = new ArrayList<>();
    List<ChoiceFact> account = new ArrayList<>();
    while (winners == null) {
      round++;
      java.util.Arrays.fill(votes, 0);
      long exhausted = 0;
      for (int b = 0; b < profile.tiers.length; b++) {
        int c = dead[b] ? -1 : current(profile.tiers[b], out);
        if (c < 0) {
          dead[b] = true;
          exhausted += profile.counts[b];
        } else {
          votes[c] += profile.counts[b];
        }
      }
      long active = profile.units - exhausted;
      ImmutableMap.Builder<String, Object> tally = ImmutableMap.builder();
      ImmutableList.Builder<ChoiceFact.Entry> entries = ImmutableList.builder();
      int best = -1;
      long min = Long.MAX_VALUE;
      for (int c = 0; c < n; c++) {
        if (!out[c]) {
          tally.put(names.get(c), profile.amount(votes[c]));
          entries.add(new ChoiceFact.Entry(names.get(c), profile.amount(votes[c])));
          if (best < 0 || votes[c] > votes[best]) {
            best = c;
          }
          min = Math.min(min, votes[c]);
        }
      }
      ImmutableMap.Builder<String, Object> record = ImmutableMap.builder();
      record
          .put("round", round)
          .put("votes", tally.buildOrThrow())
          .put("exhausted", profile.amount(exhausted));
      text.append("round ").append(round).append(": ");
      appendVotes(text, names, votes, out, profile);
      if (left == 1 || 2 * votes[best] > active) {
        winners = new int[] {best};
        record.put("elected", ImmutableList.of(names.get(best)));
        text.append("; ")
            .append(names.get(best))
            .append(" has a majority of ")
            .append(profile.amount(active))
            .append(" ballots still counting");
        account.add(
            new ChoiceFact.Round(
                round,
                entries.build(),
                ChoiceFact.Step.MAJORITY,
                names.get(best),
                profile.amount(active),
                ImmutableList.of()));
      } else {
        List<Integer> lowest = new ArrayList<>();
        for (int c = 0; c < n; c++) {
          if (!out[c] && votes[c] == min) {
            lowest.add(c);
          }
        }
        if (lowest.size() == left && left == 2) {
          int[] tier = lowest.stream().mapToInt(Integer::intValue).toArray();
          winners = tier;
          tie = true;
          record.put("elected", Tally.names(names, tier));
          text.append("; the last two are tied");
          account.add(
              new ChoiceFact.Round(
                  round,
                  entries.build(),
                  ChoiceFact.Step.LAST_TWO_TIED,
                  "",
                  0,
                  ImmutableList.of()));
        } else {
          int loser = lowest.get(lowest.size() - 1);
          String how = "";
          ChoiceFact.Step step = ChoiceFact.Step.ELIMINATED;
          ImmutableList<String> others = ImmutableList.of();
          if (lowest.size() > 1) {
            List<Integer> tied = new ArrayList<>(lowest);
            for (int r = history.size() - 1; r >= 0 && tied.size() > 1; r--) {
              long[] earlier = history.get(r);
              long least = tied.stream().mapToLong(c -> earlier[c]).min().orElseThrow();
              tied.removeIf(c -> earlier[c] != least);
            }
            loser = tied.get(tied.size() - 1);
            if (tied.size() > 1) {
              tie = true;
              step = ChoiceFact.Step.ELIMINATED_TIED_THROUGHOUT;
              others =
                  Tally.names(
                      names,
                      lowest.stream()
                          .filter(c -> c != tiedLast(tied))
                          .mapToInt(Integer::intValue)
                          .toArray());
              how =
                  " (tied with "
                      + String.join(", ", others)
                      + " in every round; the candidate last in the file's order goes)";
              ties.add(
                  String.join(
                          ", ",
                          Tally.names(names, tied.stream().mapToInt(Integer::intValue).toArray()))
                      + " tied for elimination in round "
                      + round
                      + ", "
                      + names.get(loser)
                      + " eliminated");
            } else {
              step = ChoiceFact.Step.ELIMINATED_FEWER_EARLIER;
              others =
                  Tally.names(
                      names,
                      lowest.stream()
                          .filter(c -> !c.equals(tied.get(0)))
                          .mapToInt(Integer::intValue)
                          .toArray());
              how = " (fewer votes than " + String.join(", ", others) + " in an earlier round)";
            }
          }
          out[loser] = true;
          left--;
          eliminatedTiers.add(new int[] {loser});
          record.put("eliminated", ImmutableList.of(names.get(loser)));
          text.append("; eliminated ").append(names.get(loser)).append(how);
          account.add(
              new ChoiceFact.Round(round, entries.build(), step, names.get(loser), 0, others));
        }
      }
      history.add(votes.clone());
      rounds.add(record.buildOrThrow());
      text.append(System.lineSeparator());
    }
    List<int[]> ranking = new ArrayList<>();
    ranking.add(winners);
    boolean[] placed = new boolean[n];
    for (int c : winners) {
      placed[c] = true;
    }
    long[] last = new long[n];
    boolean any = false;
    for (int c = 0; c < n; c++) {
      if (!out[c] && !placed[c]) {
        last[c] = votes[c];
        any = true;
      } else {
        last[c] = Long.MIN_VALUE;
      }
    }
    if (any) {
      for (int[] tier : Tally.tiersByScore(last, true)) {
        if (last[tier[0]] != Long.MIN_VALUE) {
          ranking.add(tier);
        }
      }
    }
    for (int i = eliminatedTiers.size() - 1; i >= 0; i--) {
      ranking.add(eliminatedTiers.get(i));
    }
    return Tally.outcome(
        rule.name,
        names,
        ranking,
        seats,
        tie,
        RankedRule.details(
            profile, ImmutableMap.of("rounds", rounds.build(), "ties", ImmutableList.copyOf(ties))),
        text.toString().strip(),
        account);
  }

  private static int tiedLast(List<Integer> tied) {
    return tied.get(tied.size() - 1);
  }

  static void appendVotes(
      StringBuilder text, List<String> names, long[] votes, boolean[] out, Profile profile) {
    boolean first = true;
    for (int c = 0; c < names.size(); c++) {
      if (!out[c]) {
        text.append(first ? "" : ", ")
            .append(names.get(c))
            .append(' ')
            .append(profile.amount(votes[c]));
        first = false;
      }
    }
  }
}
